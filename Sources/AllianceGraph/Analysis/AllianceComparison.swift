/// One row of a core-group composition table (the report's Table 2).
public struct CompositionRow: Sendable, Hashable, Codable {
    /// The actor kind's id, or the policy-area group's id for an area total row.
    public var id: String
    /// The policy-area group the row belongs to.
    public var group: String
    /// Whether this is an area total: the sum of the group's rows (mentions, as the report's n=133).
    public var isAreaTotal: Bool
    /// Alliances whose core group has an actor of this kind (for totals: summed mentions).
    public var total: Int
    /// The same, split by alliance kind id.
    public var byAllianceKind: [String: Int]
}

/// Core-group composition across alliances in one year, like the report's Table 2: in how many
/// alliances each actor kind sits in the core group, split by alliance kind.
public struct CompositionTable: Sendable, Hashable, Codable {
    /// The year.
    public var year: Int
    /// Alliances with data for the year (the N of the percentages).
    public var alliances: Int
    /// Alliances per alliance kind id.
    public var alliancesByKind: [String: Int]
    /// Rows grouped by policy-area group: the group's total first, then its kinds by descending count.
    public var rows: [CompositionRow]

    /// The share of `count` in `n`, `nil` if `n` is 0.
    public static func share(_ count: Int, of n: Int) -> Double? { n == 0 ? nil : Double(count) / Double(n) }
}

/// A yes/no property of an alliance in a year, counted across alliances in trend tables.
public enum TrendIndicator: Hashable, Sendable, CustomStringConvertible {
    /// At least one written relation (cooperation agreement, letter of intent, …) holds.
    case writtenAgreement
    /// At least one relation involves an actor of the kind (e.g. `abh`: cooperation with the immigration office).
    case cooperatesWith(ActorKindID)
    /// At least one relation of the format holds (e.g. `case_conference`).
    case format(FormatID)
    /// At least one relation of the format involves an actor of the kind (case conferences with the ABH).
    case formatWith(FormatID, ActorKindID)
    /// At least one relation has the mechanism (coded, else inferred, unless only coded ones count).
    case mechanism(Mechanism)

    /// The report's three trend questions: written agreements, cooperation with the immigration
    /// office, case conferences (and those with the immigration office taking part).
    public static let reportDefaults: [TrendIndicator] = [
        .writtenAgreement, .cooperatesWith("abh"), .format("case_conference"), .formatWith("case_conference", "abh"),
    ]

    /// Reads `written`, `with:KIND`, `format:ID`, `format:ID+KIND`, `mechanism:ID`.
    public init?(_ text: String) {
        if text == "written" { self = .writtenAgreement; return }
        if text.hasPrefix("with:") { self = .cooperatesWith(ActorKindID(String(text.dropFirst(5)))); return }
        if text.hasPrefix("mechanism:") {
            guard let m = Mechanism.term(id: String(text.dropFirst(10))) else { return nil }
            self = .mechanism(m); return
        }
        if text.hasPrefix("format:") {
            let rest = text.dropFirst(7).split(separator: "+", maxSplits: 1).map(String.init)
            guard let first = rest.first, !first.isEmpty else { return nil }
            self = rest.count == 2 ? .formatWith(FormatID(first), ActorKindID(rest[1])) : .format(FormatID(first))
            return
        }
        return nil
    }

    /// The text form accepted by ``init(_:)``.
    public var description: String {
        switch self {
        case .writtenAgreement: "written"
        case .cooperatesWith(let k): "with:\(k.rawValue)"
        case .format(let f): "format:\(f.rawValue)"
        case .formatWith(let f, let k): "format:\(f.rawValue)+\(k.rawValue)"
        case .mechanism(let m): "mechanism:\(m.id)"
        }
    }

    /// A label for tables.
    public func label(_ language: Language, vocabulary: Vocabulary) -> String {
        switch self {
        case .writtenAgreement:
            return ReportMessage.writtenAgreements.text(language)
        case .cooperatesWith(let k):
            let name = vocabulary.label(of: k).short(language)
            return ReportMessage.cooperationWith.text(language, ["partner": .text(name)])
        case .format(let f):
            return vocabulary.label(of: f).text(language)
        case .formatWith(let f, let k):
            let name = vocabulary.label(of: k).short(language)
            return ReportMessage.formWith.text(language, ["format": .label(vocabulary.label(of: f)), "partner": .text(name)])
        case .mechanism(let m):
            return m.label.text(language)
        }
    }

    /// Whether the indicator holds for `snapshot`; `mechanisms` decides what counts for a
    /// mechanism indicator (default: coded, else inferred).
    public func holds(in snapshot: AllianceYear, mechanisms basis: MechanismBasis = .effective) -> Bool {
        let vocab = snapshot.alliance.vocabulary
        let relations = snapshot.relations
        func involves(_ r: Relation, _ kind: ActorKindID) -> Bool {
            r.actors.contains { snapshot.alliance.actor($0)?.kind == kind }
        }
        switch self {
        case .writtenAgreement: return relations.contains { $0.effectiveFormalisation(in: vocab) == .written }
        case .cooperatesWith(let k): return relations.contains { involves($0, k) }
        case .format(let f): return relations.contains { $0.format == f }
        case .formatWith(let f, let k): return relations.contains { $0.format == f && involves($0, k) }
        case .mechanism(let m):
            return snapshot.analysedRelations(basis: basis).contains { $0.mechanism?.mechanism == m }
        }
    }
}

/// One indicator in one year across alliances.
public struct TrendCell: Sendable, Hashable, Codable {
    /// The indicator (text form).
    public var indicator: String
    /// The year.
    public var year: Int
    /// Alliances for which the indicator holds.
    public var count: Int
    /// Alliances with data for the year: those that answered the indicator's question (its own N).
    public var of: Int
    /// Members that did not report in the year (roster members without a file included).
    public var notReported = 0
    /// Alliances that reported but left the indicator's question unanswered.
    public var unanswered = 0
    /// Whether the year's wave asked the question; `false` leaves count, N and share empty.
    public var asked = true
    /// `count / of`, `nil` when no alliance has data.
    public var share: Double? { of == 0 ? nil : Double(count) / Double(of) }
}

/// One place in a ranking of alliance-years by a metric.
public struct RankingEntry: Sendable, Hashable, Codable {
    /// 1 = first; ties share the better rank.
    public var rank: Int
    /// The alliance id.
    public var alliance: String
    /// The alliance's name.
    public var allianceName: String
    /// The year.
    public var year: Int
    /// The metric's value (`nil` if undefined: ranked last).
    public var value: Double?
}

/// One place in a ranking of actors (across alliance-years) by an actor-level metric.
public struct ActorRankingEntry: Sendable, Hashable, Codable {
    /// 1 = first; ties share the better rank.
    public var rank: Int
    /// The alliance id.
    public var alliance: String
    /// The alliance's name.
    public var allianceName: String
    /// The year.
    public var year: Int
    /// The actor's id.
    public var actor: String
    /// The actor kind's id.
    public var kind: String
    /// The policy area's id, if known.
    public var area: String?
    /// The metric's value (`nil` if undefined: ranked last).
    public var value: Double?
}

/// Comparisons across alliances: core-group composition, trends across years, rankings.
public enum AllianceComparison {
    /// The core-group composition in `year` over all `alliances` with data for that year.
    ///
    /// An alliance counts once for a kind when at least one actor of that kind holds the core-group
    /// role in the year. Rows are grouped by the kind's policy-area group (Table 2's four groups and
    /// governance); kinds no alliance has are left out unless `includeEmpty`. `vocabulary` (the user's:
    /// built-in plus their vocabulary files) gives the kinds listed and their order; kinds an alliance
    /// file adds follow, grouped by that alliance's own ``Alliance/vocabulary``.
    public static func composition(_ alliances: [Alliance], year: Int, vocabulary: Vocabulary,
                                   includeEmpty: Bool = false) -> CompositionTable {
        composition(of: alliances.filter { $0.years.contains(year) }, year: year, vocabulary: vocabulary, includeEmpty: includeEmpty)
    }

    /// The core-group composition in `year` over the alliances of `panel` that reported and
    /// answered the question `core_group` that year (``SurveyPanel/compositionPopulation(in:)``).
    public static func composition(_ panel: SurveyPanel, year: Int, vocabulary: Vocabulary,
                                   includeEmpty: Bool = false) -> CompositionTable {
        composition(of: panel.compositionPopulation(in: year), year: year, vocabulary: vocabulary, includeEmpty: includeEmpty)
    }

    /// The composition over exactly the alliances `present`.
    private static func composition(of present: [Alliance], year: Int, vocabulary: Vocabulary,
                                    includeEmpty: Bool) -> CompositionTable {
        var byKind: [String: Int] = [:]
        for a in present { byKind[a.kind.id, default: 0] += 1 }
        var counts: [ActorKindID: [String: Int]] = [:]
        var kindGroup: [ActorKindID: PolicyAreaGroup] = [:]
        var order: [ActorKindID] = Array(vocabulary.actorKinds.keys)
        for a in present {
            let vocab = a.vocabulary
            let kinds = Set(a.snapshot(year: year).coreGroup.filter { $0.isPresent(in: year) }.map(\.kind))
            for k in kinds {
                counts[k, default: [:]][a.kind.id, default: 0] += 1
                if kindGroup[k] == nil { kindGroup[k] = vocab.actorKind(k)?.area.group ?? .governance }
                if !order.contains(k) { order.append(k) }
            }
        }
        for k in order where kindGroup[k] == nil { kindGroup[k] = vocabulary.actorKind(k)?.area.group ?? .governance }
        var rows: [CompositionRow] = []
        for group in PolicyAreaGroup.allCases {
            let kinds = order.filter { kindGroup[$0] == group && (includeEmpty || counts[$0] != nil) }
            guard !kinds.isEmpty else { continue }
            let kindRows = kinds.map { k -> CompositionRow in
                let c = counts[k] ?? [:]
                return CompositionRow(id: k.rawValue, group: group.id, isAreaTotal: false,
                                      total: c.values.reduce(0, +), byAllianceKind: c)
            }.enumerated().sorted { ($0.element.total, -$0.offset) > ($1.element.total, -$1.offset) }.map(\.element)
            var totalByKind: [String: Int] = [:]
            for r in kindRows { for (k, v) in r.byAllianceKind { totalByKind[k, default: 0] += v } }
            rows.append(CompositionRow(id: group.id, group: group.id, isAreaTotal: true,
                                       total: kindRows.reduce(0) { $0 + $1.total }, byAllianceKind: totalByKind))
            rows.append(contentsOf: kindRows)
        }
        return CompositionTable(year: year, alliances: present.count, alliancesByKind: byKind, rows: rows)
    }

    /// For every indicator and year: how many of the alliances with data for that year meet it.
    /// Mechanism indicators use `mechanisms` (default: coded, else inferred).
    public static func trends(_ alliances: [Alliance], years: [Int], indicators: [TrendIndicator] = TrendIndicator.reportDefaults,
                              mechanisms: MechanismBasis = .effective) -> [TrendCell] {
        indicators.flatMap { indicator in
            years.map { year in
                let present = alliances.filter { $0.years.contains(year) }
                let count = present.filter { indicator.holds(in: $0.snapshot(year: year), mechanisms: mechanisms) }.count
                return TrendCell(indicator: indicator.description, year: year, count: count, of: present.count)
            }
        }
    }

    /// Ranks alliance-years by the network metric `metric` (see ``NetworkMetrics/numericMetricNames``),
    /// highest first unless `ascending`. Undefined values come last; ties share the better rank,
    /// equal values are ordered by alliance id and year. `top` keeps the entries ranked `top` or better.
    public static func ranking(_ metrics: [NetworkMetrics], by metric: String, ascending: Bool = false,
                               top: Int? = nil) -> [RankingEntry] {
        ranked(metrics, value: { $0.value(metric) }, tieOrder: { ($0.alliance, $0.year) < ($1.alliance, $1.year) },
               ascending: ascending, top: top) { m, value, rank in
            RankingEntry(rank: rank, alliance: m.alliance, allianceName: m.allianceName, year: m.year, value: value)
        }
    }

    /// Ranks every actor of every given alliance-year by the actor-level metric `metric`
    /// (see ``ActorMetrics/numericMetricNames``), highest first unless `ascending`.
    ///
    /// Undefined values (constraint and effective size of isolated actors) come last. Equal
    /// values share the better rank (1, 1, 3: standard competition ranking) and are listed by
    /// alliance id, then year, then actor id, so the order never depends on input order.
    /// `top` keeps the entries ranked `top` or better, so ties at the boundary are all kept.
    public static func actorRanking(_ metrics: [NetworkMetrics], by metric: String, ascending: Bool = false,
                                    top: Int? = nil) -> [ActorRankingEntry] {
        let actors = metrics.flatMap { m in m.actorMetrics.map { (network: m, actor: $0) } }
        return ranked(actors, value: { $0.actor.value(metric) },
                      tieOrder: { ($0.network.alliance, $0.network.year, $0.actor.id) < ($1.network.alliance, $1.network.year, $1.actor.id) },
                      ascending: ascending, top: top) { x, value, rank in
            ActorRankingEntry(rank: rank, alliance: x.network.alliance, allianceName: x.network.allianceName,
                              year: x.network.year, actor: x.actor.id, kind: x.actor.kind, area: x.actor.area, value: value)
        }
    }

    /// The ranking rule shared by both rankings: by value (descending unless `ascending`),
    /// undefined values last, equal values by `tieOrder` and sharing the better rank.
    private static func ranked<Item, Entry>(_ items: [Item], value: (Item) -> Double?, tieOrder: (Item, Item) -> Bool,
                                            ascending: Bool, top: Int?,
                                            make: (Item, Double?, Int) -> Entry) -> [Entry] {
        let entries = items.map { (item: $0, v: value($0)) }
        let sorted = entries.sorted { x, y in
            switch (x.v, y.v) {
            case let (a?, b?) where a != b: return ascending ? a < b : a > b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return tieOrder(x.item, y.item)
            }
        }
        var result: [Entry] = []
        var previousRank = 0
        for (i, e) in sorted.enumerated() {
            let rank = (i > 0 && sorted[i - 1].v == e.v) ? previousRank : i + 1
            if let top, rank > top { break }
            previousRank = rank
            result.append(make(e.item, e.v, rank))
        }
        return result
    }
}
