/// How a relation of more than two actors appears in an exported network.
public enum MultiActorMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// Every pair of actors the relation connects gets an edge (a group becomes a clique, a
    /// directed relation every source × target pair: ``RelationEnds/pairs``). The default.
    case pairs
    /// Every relation becomes a node of its own (`node_type` `relation`), tied to each actor
    /// taking part by a membership edge (`role` `member`, `from` or `to`): the bipartite
    /// actor–relation (affiliation) network that two-mode analyses expect.
    case affiliation
}

/// What ``ExportNetwork`` keeps of an alliance: which years, which mechanisms, which mode, which language.
public struct ExportOptions: Sendable, Hashable {
    /// One calendar year, or `nil` for all the alliance's years with the years as attributes (and,
    /// in GEXF, as spells).
    public var year: Int?
    /// Which mechanisms the `mechanism` attribute carries: coded, else inferred (``MechanismBasis/effective``),
    /// or coded only. `mechanism_source` says which one each relation has.
    public var mechanisms: MechanismBasis
    /// Pairs or affiliation.
    public var multiActor: MultiActorMode
    /// The language of the labels (`label`, `*_label` attributes).
    public var language: Language

    /// Creates options; the defaults are all years, effective mechanisms, pairs, German labels.
    public init(year: Int? = nil, mechanisms: MechanismBasis = .effective, multiActor: MultiActorMode = .pairs,
                language: Language = .de) {
        self.year = year
        self.mechanisms = mechanisms
        self.multiActor = multiActor
        self.language = language
    }
}

/// The type of an exported attribute, as the XML formats declare it.
public enum ExportValueType: String, Sendable, Hashable {
    case string
    case int
    case bool
}

/// One attribute value of an exported node, edge or graph.
public enum ExportValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)

    /// The value as the XML formats and CSV write it (`true`/`false` for booleans).
    public var text: String {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        }
    }
}

/// A declared attribute: its name (the GraphML `attr.name`, the GEXF `title`, the CSV column, the
/// Kumu field) and its type.
public struct ExportAttribute: Sendable, Hashable {
    /// The name, e.g. `kind` or `core_group_2021`.
    public var name: String
    /// The type.
    public var type: ExportValueType

    /// Creates an attribute.
    public init(_ name: String, _ type: ExportValueType) {
        self.name = name
        self.type = type
    }
}

/// A span of months, both ends included: when a node or edge exists, for GEXF's spells.
public struct ExportSpell: Sendable, Hashable {
    /// The first month.
    public var start: YearMonth
    /// The last month.
    public var end: YearMonth

    /// Creates a spell.
    public init(start: YearMonth, end: YearMonth) {
        self.start = start
        self.end = end
    }

    /// The first day, `YYYY-MM-DD`.
    public var startDate: String { Self.date(start.year, start.month, 1) }
    /// The last day, `YYYY-MM-DD`.
    public var endDate: String { Self.date(end.year, end.month, Self.days(end.year, end.month)) }

    private static func date(_ y: Int, _ m: Int, _ d: Int) -> String {
        "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    private static func days(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The spells covering `years` (sorted, each whole year), one per run of consecutive years.
    static func runs(_ years: [Int]) -> [ExportSpell] {
        var spells: [ExportSpell] = []
        for y in years {
            if let last = spells.last, last.end.year == y - 1 {
                spells[spells.count - 1].end = YearMonth(y, 12)
            } else {
                spells.append(ExportSpell(start: YearMonth(y, 1), end: YearMonth(y, 12)))
            }
        }
        return spells
    }
}

/// A node of an exported network: an actor, or in ``MultiActorMode/affiliation`` also a relation.
public struct ExportNode: Sendable, Hashable {
    /// The id: the actor's id, or `relation:` and the relation's id.
    public var id: String
    /// What a viewer shows: the actor's name (own name, else the kind's abbreviation or label).
    public var label: String
    /// One value per ``ExportNetwork/nodeAttributes`` entry, `nil` where the node has none.
    public var values: [ExportValue?]
    /// When the node exists (empty when one year is exported).
    public var spells: [ExportSpell]
    /// The periods of the actor's roles (`core_group`, `managing_office`), for GEXF's dynamic attributes.
    public var roleSpells: [ActorRole: [ExportSpell]]
}

/// An edge of an exported network: a pair of actors one relation connects, or a membership in
/// ``MultiActorMode/affiliation``.
public struct ExportEdge: Sendable, Hashable {
    /// The id: the relation's id, with `:n` when the relation gives several pairs; `relation@actor`
    /// for a membership.
    public var id: String
    /// The source node's id (for a directed relation the `from` actor).
    public var source: String
    /// The target node's id (for a directed relation the `to` actor).
    public var target: String
    /// What a viewer shows: the format's label.
    public var label: String
    /// One value per ``ExportNetwork/edgeAttributes`` entry, `nil` where the edge has none.
    public var values: [ExportValue?]
    /// When the edge exists (empty when one year is exported).
    public var spells: [ExportSpell]
}

/// One alliance as a network with every attribute, ready for the writers (``GraphMLWriter``,
/// ``GEXFWriter``, ``KumuWriter``, ``NetworkCSVWriter``): one neutral model, so that every format
/// carries the same attributes under the same names (docs/EXPORT.md lists them).
///
/// The graph is undirected in every format (a relation's direction is the edge attribute `directed`,
/// with `from_actor` and `to_actor`), so that one file holds both kinds of relation and every
/// consumer reads it alike; several relations between the same pair stay parallel edges.
public struct ExportNetwork: Sendable {
    /// The alliance's id, e.g. `rheinstadt`.
    public var allianceID: String
    /// The alliance's name.
    public var allianceName: String
    /// The alliance's years.
    public var years: ClosedRange<Int>
    /// The options it was made with.
    public var options: ExportOptions
    /// Attributes of the whole graph with their values (alliance, kind, years, …).
    public var graphValues: [(attribute: ExportAttribute, value: ExportValue)]
    /// The node attributes, in the order written.
    public var nodeAttributes: [ExportAttribute]
    /// The edge attributes, in the order written.
    public var edgeAttributes: [ExportAttribute]
    /// The nodes: the actors in file order (for one year, those taking part), then in affiliation
    /// mode the relations.
    public var nodes: [ExportNode]
    /// The edges, relation by relation in file order.
    public var edges: [ExportEdge]
    /// The columns of the coded interfaces' table (`interfaces.csv`): id, actors, topic, risk, type, periods, years, note, source.
    public var interfaceAttributes: [ExportAttribute]
    /// One row per coded interface existing in an exported year, one value per ``interfaceAttributes`` entry.
    public var interfaceRows: [[ExportValue?]]
    /// The columns of the chains' table (`chains.csv`): one row per step.
    public var chainAttributes: [ExportAttribute]
    /// One row per step of each chain meant to work in an exported year, one value per ``chainAttributes`` entry.
    public var chainRows: [[ExportValue?]]

    /// The years exported: the one chosen, else all the alliance's.
    public var exportedYears: [Int] { options.year.map { [$0] } ?? Array(years) }
}

extension ExportNetwork {
    /// Builds the network of `alliance` with every attribute.
    ///
    /// Mechanisms come from ``Alliance/analysedRelations(basis:)`` (the classification's rule table
    /// where nothing is coded, unless `options.mechanisms` is ``MechanismBasis/coded``); each edge
    /// marks its mechanism `coded`, `inferred` or `none` in `mechanism_source`.
    /// - Complexity: O(a·y + Σ p·y) for a actors, y years and p pairs per relation.
    public init(_ alliance: Alliance, options: ExportOptions = ExportOptions()) {
        let vocabulary = alliance.vocabulary
        let l = options.language
        let frame = alliance.years
        let years = options.year.map { [$0] } ?? Array(frame)
        let allYears = options.year == nil
        self.allianceID = alliance.id.rawValue
        self.allianceName = alliance.name
        self.years = frame
        self.options = options

        func spells(_ periods: [Period]?) -> [ExportSpell] {
            guard allYears else { return [] }
            let list = periods ?? [Period.years(frame)]
            return list.compactMap { p in
                let (s, e) = p.resolved(in: frame)
                let start = max(s, YearMonth(frame.lowerBound, 1)), end = min(e, YearMonth(frame.upperBound, 12))
                return start <= end ? ExportSpell(start: start, end: end) : nil
            }
        }
        func periodsText(_ periods: [Period]?) -> ExportValue? {
            periods.map { .string($0.map(\.description).joined(separator: ";")) }
        }
        func yearList(_ list: [Int]) -> ExportValue { .string(list.map(String.init).joined(separator: ";")) }

        // Graph attributes.
        var graph: [(ExportAttribute, ExportValue)] = [
            (ExportAttribute("alliance", .string), .string(alliance.id.rawValue)),
            (ExportAttribute("alliance_name", .string), .string(alliance.name)),
            (ExportAttribute("alliance_kind", .string), .string(alliance.kind.id)),
            (ExportAttribute("alliance_kind_label", .string), .string(alliance.kind.label.text(l))),
            (ExportAttribute("years", .string), .string("\(frame.lowerBound)-\(frame.upperBound)")),
            (ExportAttribute("year", .string), .string(options.year.map(String.init) ?? "all")),
            (ExportAttribute("mechanisms", .string), .string(options.mechanisms.rawValue)),
            (ExportAttribute("multi_actor", .string), .string(options.multiActor.rawValue)),
            (ExportAttribute("illustrative", .bool), .bool(alliance.isIllustrative)),
        ]
        if let d = alliance.district { graph.append((ExportAttribute("district", .string), .string(d))) }
        if let r = alliance.region { graph.append((ExportAttribute("region", .string), .string(r))) }
        if let s = alliance.source { graph.append((ExportAttribute("source", .string), .string(s))) }
        if let n = alliance.note { graph.append((ExportAttribute("note", .string), .string(n))) }
        self.graphValues = graph.map { (attribute: $0.0, value: $0.1) }

        // Node attributes: the actor's, per year when all years are exported, then (affiliation) the relation's.
        var nodeAttributes: [ExportAttribute] = [
            ExportAttribute("node_type", .string), ExportAttribute("alliance", .string), ExportAttribute("actor", .string),
            ExportAttribute("name", .string), ExportAttribute("kind", .string), ExportAttribute("kind_label", .string),
            ExportAttribute("area", .string), ExportAttribute("area_label", .string), ExportAttribute("parent", .string),
            ExportAttribute("periods", .string), ExportAttribute("years", .string),
            ExportAttribute("managing_office", .bool), ExportAttribute("managing_office_years", .string),
            ExportAttribute("core_group", .bool), ExportAttribute("core_group_years", .string),
            ExportAttribute("note", .string),
            ExportAttribute("interfaces", .string), ExportAttribute("interface_types", .string), ExportAttribute("chains", .string),
        ]
        if allYears {
            for y in years {
                nodeAttributes += [ExportAttribute("present_\(y)", .bool), ExportAttribute("core_group_\(y)", .bool),
                                   ExportAttribute("managing_office_\(y)", .bool)]
            }
        }
        let relationAttributes: [ExportAttribute] = [
            ExportAttribute("relation", .string), ExportAttribute("format", .string), ExportAttribute("format_label", .string),
            ExportAttribute("directed", .bool), ExportAttribute("size", .int),
            ExportAttribute("mechanism", .string), ExportAttribute("mechanism_subform", .string),
            ExportAttribute("mechanism_label", .string), ExportAttribute("mechanism_source", .string),
            ExportAttribute("mechanism_coded", .string),
            ExportAttribute("formalisation", .string), ExportAttribute("formalisation_label", .string),
            ExportAttribute("formalisation_coded", .bool),
            ExportAttribute("status", .string), ExportAttribute("status_label", .string),
            ExportAttribute("relation_periods", .string), ExportAttribute("relation_years", .string),
            ExportAttribute("topic", .string), ExportAttribute("topic_label", .string),
            ExportAttribute("observations", .string), ExportAttribute("replaced_by", .string),
            ExportAttribute("relation_note", .string), ExportAttribute("relation_source", .string),
        ]
        let affiliation = options.multiActor == .affiliation
        let actorAttributeCount = nodeAttributes.count
        if affiliation { nodeAttributes += relationAttributes }
        self.nodeAttributes = nodeAttributes

        var edgeAttributes: [ExportAttribute] = [ExportAttribute("edge_id", .string), ExportAttribute("from_actor", .string),
                                                 ExportAttribute("to_actor", .string)]
        if affiliation { edgeAttributes += [ExportAttribute("role", .string)] }
        edgeAttributes += relationAttributes + [ExportAttribute("years", .string), ExportAttribute("interfaces", .string),
                                                ExportAttribute("chain_links", .string)]
        if allYears { edgeAttributes += years.map { ExportAttribute("in_\($0)", .bool) } }
        self.edgeAttributes = edgeAttributes

        // Interfaces and chains of the exported years: on the actors and pairs they involve, and as tables.
        let interfaces = alliance.interfaces.filter { i in years.contains(where: i.exists(in:)) }
        let chains = alliance.chains.filter { c in years.contains(where: c.applies(in:)) }
        func joined(_ list: [String]) -> ExportValue? { list.isEmpty ? nil : .string(list.joined(separator: ";")) }
        func unique(_ list: [String]) -> [String] { var seen = Set<String>(); return list.filter { seen.insert($0).inserted } }
        self.interfaceAttributes = ["interface", "actors", "topic", "topic_label", "risk", "type", "type_label", "periods", "years", "note", "source"]
            .map { ExportAttribute($0, .string) }
        self.interfaceRows = interfaces.map { i in
            [.string(i.id.rawValue), .string(i.actors.map(\.rawValue).joined(separator: ";")),
             i.topic.map { .string($0.rawValue) }, i.topic.map { .string(vocabulary.label(of: $0).text(l)) }, i.risk.map(ExportValue.string),
             i.type.map { .string($0.id) }, i.type.map { .string($0.label.text(l)) }, periodsText(i.periods),
             yearList(years.filter(i.exists(in:))), i.note.map(ExportValue.string), i.source.map(ExportValue.string)]
        }
        self.chainAttributes = [ExportAttribute("chain", .string), ExportAttribute("name", .string), ExportAttribute("step", .int),
                                ExportAttribute("actor", .string), ExportAttribute("topic", .string), ExportAttribute("topic_label", .string),
                                ExportAttribute("label", .string), ExportAttribute("next_actor", .string), ExportAttribute("periods", .string),
                                ExportAttribute("years", .string), ExportAttribute("note", .string)]
        self.chainRows = chains.flatMap { c in
            c.steps.enumerated().map { n, step -> [ExportValue?] in
                [.string(c.id.rawValue), c.name.map(ExportValue.string), .int(n + 1), .string(step.actor.rawValue),
                 step.topic.map { .string($0.rawValue) }, step.topic.map { .string(vocabulary.label(of: $0).text(l)) },
                 step.label.map(ExportValue.string), n + 1 < c.steps.count ? .string(c.steps[n + 1].actor.rawValue) : nil,
                 periodsText(c.periods), yearList(years.filter(c.applies(in:))), c.note.map(ExportValue.string)]
            }
        }
        /// The coded interfaces holding both actors in one of `list`'s years.
        func interfaceIDs(_ a: ActorID, _ b: ActorID, in list: [Int]) -> ExportValue? {
            joined(interfaces.filter { i in i.actors.contains(a) && i.actors.contains(b) && list.contains(where: i.exists(in:)) }.map(\.id.rawValue))
        }
        /// The chain links (`chain#n`: step n to step n + 1) between the two actors, in either order, in one of `list`'s years.
        func chainLinks(_ a: ActorID, _ b: ActorID, in list: [Int]) -> ExportValue? {
            joined(chains.filter { c in list.contains(where: c.applies(in:)) }.flatMap { c in
                c.steps.indices.dropLast().filter { n in Set([c.steps[n].actor, c.steps[n + 1].actor]) == Set([a, b]) && a != b }
                    .map { "\(c.id.rawValue)#\($0 + 1)" }
            })
        }

        // Actors.
        var nodes: [ExportNode] = []
        var present = Set<ActorID>()
        for actor in alliance.actors {
            let presentYears = years.filter(actor.isPresent(in:))
            guard !presentYears.isEmpty || allYears else { continue }
            present.insert(actor.id)
            let area = actor.policyArea(in: vocabulary)
            let core = years.filter { actor.holds(.coreGroup, in: $0) && actor.isPresent(in: $0) }
            let office = years.filter { actor.holds(.managingOffice, in: $0) && actor.isPresent(in: $0) }
            var values: [ExportValue?] = [
                .string("actor"), .string(alliance.id.rawValue), .string(actor.id.rawValue), actor.name.map(ExportValue.string),
                .string(actor.kind.rawValue), .string(vocabulary.label(of: actor.kind).text(l)),
                area.map { .string($0.id) }, area.map { .string($0.label.text(l)) }, actor.parent.map { .string($0.rawValue) },
                periodsText(actor.periods), yearList(presentYears),
                .bool(!office.isEmpty), yearList(office), .bool(!core.isEmpty), yearList(core),
                actor.note.map(ExportValue.string),
                joined(interfaces.filter { $0.actors.contains(actor.id) }.map(\.id.rawValue)),
                joined(unique(interfaces.filter { $0.actors.contains(actor.id) }.compactMap { $0.type?.id })),
                joined(chains.flatMap { c in c.steps.enumerated().filter { $0.element.actor == actor.id }.map { "\(c.id.rawValue)#\($0.offset + 1)" } }),
            ]
            if allYears {
                for y in years {
                    values += [.bool(actor.isPresent(in: y)), .bool(core.contains(y)), .bool(office.contains(y))]
                }
            }
            if affiliation { values += Array(repeating: nil, count: relationAttributes.count) }
            var roles: [ActorRole: [ExportSpell]] = [:]
            if allYears {
                for role in [ActorRole.coreGroup, .managingOffice] {
                    let held = years.filter { actor.holds(role, in: $0) && actor.isPresent(in: $0) }
                    if !held.isEmpty { roles[role] = ExportSpell.runs(held) }
                }
            }
            nodes.append(ExportNode(id: actor.id.rawValue, label: actor.displayName(in: vocabulary, language: l),
                                    values: values, spells: spells(actor.periods), roleSpells: roles))
        }

        // Relations.
        var edges: [ExportEdge] = []
        for analysed in alliance.analysedRelations(basis: options.mechanisms) {
            let r = analysed.relation
            let holding = years.filter(r.holds(in:))
            guard !holding.isEmpty else { continue }
            let formatLabel = vocabulary.label(of: r.format).text(l)
            let formalisation = r.effectiveFormalisation(in: vocabulary)
            let mechanism = analysed.mechanism
            let source: ResultSource = mechanism == nil ? .none : analysed.isInferred ? .inferred : .coded
            let members = alliance.members(of: r)
            let relationValues: [ExportValue?] = [
                .string(r.id.rawValue), .string(r.format.rawValue), .string(formatLabel),
                .bool(r.ends.isDirected), .int(members.count),
                mechanism.map { .string($0.mechanism.id) }, mechanism?.subForm.map { .string($0.id) },
                mechanism.map { .string($0.text(l)) }, .string(source.id),
                r.mechanism.map { .string($0.description) },
                formalisation.map { .string($0.id) }, formalisation.map { .string($0.label.text(l)) },
                .bool(r.formalisation != nil),
                .string(r.effectiveStatus.id), .string(r.effectiveStatus.label.text(l)),
                periodsText(r.periods), yearList(holding),
                r.topic.map { .string($0.rawValue) }, r.topic.map { .string(vocabulary.label(of: $0).text(l)) },
                r.observations.isEmpty ? nil : .string(r.observations.map(\.code.rawValue).joined(separator: ";")),
                r.replacedBy.map { .string($0.rawValue) }, r.note.map(ExportValue.string), r.source.map(ExportValue.string),
            ]
            // The pairs (or members) in each year, in first-seen order, with the years they hold.
            func yearsOf<K: Hashable>(_ items: (Int) -> [K]) -> (order: [K], years: [K: [Int]]) {
                var order: [K] = [], found: [K: [Int]] = [:]
                for y in holding {
                    for item in items(y) {
                        if found[item] == nil { order.append(item) }
                        found[item, default: []].append(y)
                    }
                }
                return (order, found)
            }
            func edgeValues(id: String, from: String, to: String, role: String?, years list: [Int]) -> [ExportValue?] {
                var v: [ExportValue?] = [.string(id), .string(from), .string(to)]
                if affiliation { v.append(role.map(ExportValue.string)) }
                v += relationValues
                v.append(yearList(list))
                if role == nil {
                    v += [interfaceIDs(ActorID(from), ActorID(to), in: list), chainLinks(ActorID(from), ActorID(to), in: list)]
                } else {
                    v += [nil, nil]
                }
                if allYears { v += years.map { .bool(list.contains($0)) } }
                return v
            }
            let isCore: Bool = { if case .coreGroup = r.ends { return true } else { return false } }()
            func edgeSpells(_ list: [Int]) -> [ExportSpell] {
                guard allYears else { return [] }
                return isCore ? ExportSpell.runs(list) : spells(r.periods)
            }
            if affiliation {
                let nodeID = "relation:" + r.id.rawValue
                var values: [ExportValue?] = Array(repeating: nil, count: actorAttributeCount)
                values[0] = .string("relation")
                values[1] = .string(alliance.id.rawValue)
                values[9] = periodsText(r.periods)
                values[10] = yearList(holding)
                values += relationValues
                nodes.append(ExportNode(id: nodeID, label: formatLabel, values: values,
                                        spells: spells(r.periods), roleSpells: [:]))
                struct Membership: Hashable { var actor: ActorID; var role: String }
                let found = yearsOf { y -> [Membership] in
                    switch alliance.ends(of: r, in: y) {
                    case .undirected(let list): list.map { Membership(actor: $0, role: "member") }
                    case .directed(let from, let to): from.map { Membership(actor: $0, role: "from") } + to.map { Membership(actor: $0, role: "to") }
                    case .coreGroup: []
                    }
                }
                for m in found.order where present.contains(m.actor) {
                    let list = found.years[m] ?? []
                    let suffix = m.role == "member" ? "" : "." + m.role
                    let id = "\(r.id.rawValue)@\(m.actor.rawValue)\(suffix)"
                    edges.append(ExportEdge(id: id, source: m.actor.rawValue,
                                            target: nodeID, label: formatLabel,
                                            values: edgeValues(id: id, from: m.actor.rawValue, to: nodeID, role: m.role, years: list),
                                            spells: edgeSpells(list)))
                }
            } else {
                struct Pair: Hashable { var a: ActorID; var b: ActorID }
                let found = yearsOf { y in alliance.ends(of: r, in: y).pairs.map { Pair(a: $0.0, b: $0.1) } }
                let kept = found.order.filter { present.contains($0.a) && present.contains($0.b) }
                for (n, pair) in kept.enumerated() {
                    let list = found.years[pair] ?? []
                    let id = kept.count == 1 ? r.id.rawValue : "\(r.id.rawValue):\(n + 1)"
                    edges.append(ExportEdge(id: id, source: pair.a.rawValue, target: pair.b.rawValue, label: formatLabel,
                                            values: edgeValues(id: id, from: pair.a.rawValue, to: pair.b.rawValue, role: nil, years: list),
                                            spells: edgeSpells(list)))
                }
            }
        }
        self.nodes = nodes
        self.edges = edges
    }
}
