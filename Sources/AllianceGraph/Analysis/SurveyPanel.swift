/// How an alliance stands towards one question in one year.
public enum Response: Hashable, Sendable {
    /// It answered: yes (`true`) or no.
    case answered(Bool)
    /// It reported in the wave but left the question unanswered.
    case unanswered
    /// It did not report in the wave (or has no file).
    case notReported
    /// The wave did not ask the question (or there is no wave that year).
    case notAsked
}

/// The alliances read together with their initiative, if any: who belongs to the population of
/// each year, who reported, and what they answered. Without an initiative the population of a
/// year is every alliance whose `years` cover it, as before waves existed.
public struct SurveyPanel: Sendable {
    /// The alliances read from files.
    public var alliances: [Alliance]
    /// The initiative file's content, if one was read.
    public var initiative: Initiative?

    /// Creates a panel.
    public init(alliances: [Alliance], initiative: Initiative? = nil) {
        self.alliances = alliances
        self.initiative = initiative
    }

    /// The panel of the alliances of `kind` only (and the roster's members of that kind).
    public func restricted(to kind: AllianceKind) -> SurveyPanel {
        var initiative = self.initiative
        initiative?.roster.removeAll { $0.kind != kind }
        return SurveyPanel(alliances: alliances.filter { $0.kind == kind }, initiative: initiative)
    }

    /// Roster entries without a file among the alliances read: members that never reported.
    public var membersWithoutFile: [RosterEntry] {
        guard let initiative else { return [] }
        let ids = Set(alliances.map(\.id))
        return initiative.roster.filter { !ids.contains($0.alliance) }
    }

    /// Every indicator known: the built-in ones and the initiative's.
    public var indicators: [Indicator] { initiative?.allIndicators ?? Indicator.builtIn }

    /// The population of `year`: with an initiative every roster member with a file (those without
    /// count as not reporting, ``membersWithoutFile``), else the alliances whose years cover it.
    public func population(in year: Int) -> [Alliance] {
        if initiative != nil { return alliances }
        return alliances.filter { $0.years.contains(year) }
    }

    /// Whether a wave of `year` asked `question` (`nil`: whether there is a wave at all). Without an
    /// initiative every question counts as asked in every year.
    public func asks(_ question: QuestionID?, in year: Int) -> Bool {
        guard let initiative else { return true }
        guard let wave = initiative.wave(in: year) else { return false }
        return question.map(wave.questions.contains) ?? true
    }

    /// How `alliance` stands towards `indicator` in `year`.
    public func response(of alliance: Alliance, to indicator: Indicator, in year: Int,
                         mechanisms basis: MechanismBasis = .effective) -> Response {
        guard asks(indicator.question, in: year) else { return .notAsked }
        guard alliance.years.contains(year), let report = alliance.report(in: year) else { return .notReported }
        if let q = indicator.question, report.unanswered.contains(q) { return .unanswered }
        guard let value = indicator.value(in: alliance.snapshot(year: year), report: report, mechanisms: basis) else { return .unanswered }
        return .answered(value)
    }

    /// The years the alliances' files cover, and with an initiative the years of its waves.
    public var coveredYears: Set<Int> {
        var years = Set(alliances.flatMap { Array($0.years) })
        if let initiative { years.formUnion(initiative.waves.map(\.year)) }
        return years
    }

    /// The alliances counted in the core-group composition of `year`: those that reported and did
    /// not leave the question `core_group` unanswered.
    public func compositionPopulation(in year: Int) -> [Alliance] {
        population(in: year).filter { a in
            guard a.years.contains(year), let report = a.report(in: year) else { return false }
            return !report.unanswered.contains("core_group")
        }
    }

    /// How many members did not report in `year` (roster members without a file included).
    public func notReporting(in year: Int) -> Int {
        population(in: year).filter { !$0.years.contains(year) || !$0.reported(in: year) }.count + membersWithoutFile.count
    }
}

/// One indicator from one year to the next across the alliances that answered in both.
public struct TransitionCell: Sendable, Hashable, Codable {
    /// The indicator's id.
    public var indicator: String
    /// The earlier year.
    public var from: Int
    /// The later year.
    public var to: Int
    /// No, then yes.
    public var started: Int
    /// Yes in both years.
    public var kept: Int
    /// Yes, then no.
    public var ended: Int
    /// No in both years.
    public var absent: Int
    /// Alliances answering in only one of the years (or in neither): not comparable.
    public var notComparable: Int
    /// Alliances answering in both years.
    public var of: Int { started + kept + ended + absent }
}

extension AllianceComparison {
    /// For every indicator and year: how many alliances answered yes, of how many answered (its
    /// own N), how many did not report and how many reported but left its question unanswered.
    /// A year whose wave did not ask the question gives a cell with ``TrendCell/asked`` `false`.
    /// - Complexity: O(*i* · *y* · *a*) indicator evaluations for *i* indicators, *y* years, *a* alliances.
    public static func trends(_ panel: SurveyPanel, years: [Int], indicators: [Indicator],
                              mechanisms: MechanismBasis = .effective) -> [TrendCell] {
        let missing = panel.membersWithoutFile.count
        return indicators.flatMap { indicator in
            years.map { year in
                var cell = TrendCell(indicator: indicator.id.rawValue, year: year, count: 0, of: 0)
                guard panel.asks(indicator.question, in: year) else {
                    cell.asked = false
                    return cell
                }
                cell.notReported = missing
                for a in panel.population(in: year) {
                    switch panel.response(of: a, to: indicator, in: year, mechanisms: mechanisms) {
                    case .answered(let yes): cell.of += 1; if yes { cell.count += 1 }
                    case .unanswered: cell.unanswered += 1
                    case .notReported: cell.notReported += 1
                    case .notAsked: break
                    }
                }
                return cell
            }
        }
    }

    /// For every indicator and each pair of consecutive `years`: how many alliances started,
    /// kept, ended or never had it, among those answering in both years (formation and
    /// dissolution counts, as statnet's tsna gives them for ties).
    public static func transitions(_ panel: SurveyPanel, years: [Int], indicators: [Indicator],
                                   mechanisms: MechanismBasis = .effective) -> [TransitionCell] {
        let sorted = years.sorted()
        guard sorted.count > 1 else { return [] }
        let missing = panel.membersWithoutFile.count
        var cells: [TransitionCell] = []
        for indicator in indicators {
            for (from, to) in zip(sorted, sorted.dropFirst()) {
                var cell = TransitionCell(indicator: indicator.id.rawValue, from: from, to: to, started: 0, kept: 0, ended: 0,
                                          absent: 0, notComparable: missing)
                let population = Set(panel.population(in: from).map(\.id)).union(panel.population(in: to).map(\.id))
                for a in panel.alliances where population.contains(a.id) {
                    let before = panel.response(of: a, to: indicator, in: from, mechanisms: mechanisms)
                    let after = panel.response(of: a, to: indicator, in: to, mechanisms: mechanisms)
                    switch (before, after) {
                    case (.answered(false), .answered(true)): cell.started += 1
                    case (.answered(true), .answered(true)): cell.kept += 1
                    case (.answered(true), .answered(false)): cell.ended += 1
                    case (.answered(false), .answered(false)): cell.absent += 1
                    default: cell.notComparable += 1
                    }
                }
                cells.append(cell)
            }
        }
        return cells
    }
}
