import Foundation
import Yams

/// Writes an alliance in the file format ``AllianceFileReader`` reads: YAML or JSON.
///
/// Reading what was written gives the same ``Alliance`` back. Optional fields that are
/// `nil` in the model are left out, so defaults stay defaults.
public struct AllianceFileWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The alliance as YAML text.
    public func yaml(_ alliance: Alliance) throws -> String {
        try Yams.serialize(node: document(alliance).yamlNode, indent: 2, width: -1, allowUnicode: true)
    }

    /// What ``yaml(_:comments:)`` writes besides the alliance: lines at the top and, in `language`,
    /// a comment before each section.
    public struct Comments: Sendable, Hashable {
        /// The lines above everything (without `# `), e.g. where the file comes from.
        public var header: [String]
        /// The language of the section comments (``FileCommentMessage``).
        public var language: Language

        /// Creates comments.
        public init(header: [String] = [], language: Language) {
            self.header = header
            self.language = language
        }
    }

    /// The alliance as YAML text with comments: `comments.header` at the top, then each section
    /// (the alliance's own keys, `reports`, `vocabulary`, `actors`, `relations`, `interfaces`,
    /// `chains`, `situations`, in the order of docs/FORMAT.md) after a blank line and a comment
    /// saying what it holds and where docs/FORMAT.md (docs/FORMAT.de.md in German) describes it.
    ///
    /// The sections are the same YAML as ``yaml(_:)`` writes (each serialised by Yams on its own),
    /// so reading either gives the same alliance; nothing depends on the date or the machine, so
    /// the same alliance and comments give the same text.
    /// - Complexity: O(*n*) in the size of the alliance.
    public func yaml(_ alliance: Alliance, comments: Comments) throws -> String {
        guard case .map(let pairs) = document(alliance) else { return try yaml(alliance) }
        func comment(_ line: String) -> String {
            // A comment ends at the line's end: a line break in a file name must not end it early.
            "# " + line.map { $0.isNewline ? " " : String($0) }.joined() + "\n"
        }
        var out = comments.header.map(comment).joined()
        var index = 0
        while index < pairs.count {
            let section = Self.section(of: pairs[index].0)
            var group: [(String, Value?)] = []
            while index < pairs.count, Self.section(of: pairs[index].0) == section {
                group.append(pairs[index])
                index += 1
            }
            guard group.contains(where: { $0.1 != nil }) else { continue }
            if !out.isEmpty { out += "\n" }
            out += comment("---- " + section.text(comments.language))
            out += try Yams.serialize(node: Value.map(group).yamlNode, indent: 2, width: -1, allowUnicode: true)
        }
        return out
    }

    /// The section a top-level key belongs to: a list's own key, else the alliance's keys.
    private static func section(of key: String) -> FileCommentMessage {
        FileCommentMessage(rawValue: key).flatMap { [.reports, .vocabulary, .actors, .relations, .interfaces, .chains, .situations].contains($0) ? $0 : nil }
            ?? .alliance
    }

    /// The alliance as JSON text (keys sorted, so the output is stable).
    public func json(_ alliance: Alliance) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: document(alliance).jsonObject,
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: Document tree

    func document(_ alliance: Alliance) -> Value {
        var top: [(String, Value?)] = [
            ("id", .text(alliance.id.rawValue)),
            ("name", .text(alliance.name)),
            ("kind", .text(alliance.kind.id)),
            ("district", alliance.district.map(Value.text)),
            ("region", alliance.region.map(Value.text)),
            ("years", .text(Period.years(alliance.years).description)),
            ("illustrative", alliance.isIllustrative ? .flag(true) : nil),
            ("source", alliance.source.map(Value.text)),
            ("note", alliance.note.map(Value.text)),
        ]
        if let reports = alliance.reports { top.append(("reports", .list(reports.map(report)))) }
        if !alliance.terms.isEmpty { top.append(("vocabulary", vocabulary(alliance.terms))) }
        top.append(("actors", list(alliance.actors.map(actor))))
        top.append(("relations", list(alliance.relations.map(relation))))
        top.append(("interfaces", list(alliance.interfaces.map(interface))))
        top.append(("chains", list(alliance.chains.map(chain))))
        top.append(("situations", list(alliance.situations.map(situation))))
        return .map(top)
    }

    private func list(_ items: [Value]) -> Value? { items.isEmpty ? nil : .list(items) }

    /// A `reports:` item: the year alone when nothing was left unanswered or coded.
    private func report(_ report: SurveyReport) -> Value {
        guard !report.unanswered.isEmpty || !report.answers.isEmpty else { return .number(report.year) }
        return .map([
            ("year", .number(report.year)),
            ("unanswered", report.unanswered.isEmpty ? nil : .flowList(report.unanswered.map { .text($0.rawValue) })),
            ("answers", report.answers.isEmpty ? nil : .map(report.answers.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .flag($0.value)) })),
        ])
    }

    private func periods(_ periods: [Period]?) -> Value? {
        guard let periods else { return nil }
        if periods.count == 1 { return period(periods[0]) }
        return .flowList(periods.map(period))
    }

    private func period(_ period: Period) -> Value {
        period.start == nil && period.end == nil ? .flag(true) : .text(period.description)
    }

    private func ids<S>(_ ids: [Identifier<S>]) -> Value {
        ids.count == 1 ? .text(ids[0].rawValue) : .flowList(ids.map { .text($0.rawValue) })
    }

    private func mandates(_ mandates: [CoreMandate]?) -> Value? {
        mandates.map { list in
            .list(list.map {
                .map([("topic", .text($0.topic.rawValue)), ("years", $0.period.map(period)), ("when", $0.condition.map(condition))])
            })
        }
    }

    private func actor(_ actor: Actor) -> Value {
        var pairs: [(String, Value?)] = [
            ("id", .text(actor.id.rawValue)),
            ("kind", .text(actor.kind.rawValue)),
            ("name", actor.name.map(Value.text)),
            ("area", actor.area.map { .text($0.id) }),
        ]
        for role in ActorRole.allCases { pairs.append((role.id, periods(actor.roles[role]))) }
        pairs += [
            ("parent", actor.parent.map { .text($0.rawValue) }),
            ("years", periods(actor.periods)),
            ("mandates", mandates(actor.mandates)),
            ("note", actor.note.map(Value.text)),
        ]
        return .map(pairs)
    }

    private func relation(_ relation: Relation) -> Value {
        var pairs: [(String, Value?)] = [("id", .text(relation.id.rawValue))]
        switch relation.ends {
        case .undirected(let list): pairs.append(("actors", .flowList(list.map { .text($0.rawValue) })))
        case .directed(let from, let to): pairs += [("from", ids(from)), ("to", ids(to))]
        case .coreGroup: break  // the members are the actors' core_group
        }
        pairs += [
            ("format", .text(relation.format.rawValue)),
            ("mechanism", relation.mechanism.map { .text($0.description) }),
            ("formalisation", relation.formalisation.map { .text($0.id) }),
            ("status", relation.status.map { .text($0.id) }),
            ("years", periods(relation.periods)),
            ("topic", relation.topic.map { .text($0.rawValue) }),
            ("note", relation.note.map(Value.text)),
            ("source", relation.source.map(Value.text)),
            ("replaced_by", relation.replacedBy.map { .text($0.rawValue) }),
            ("observations", observations(relation.observations)),
        ]
        return .map(pairs)
    }

    private func interface(_ interface: Interface) -> Value {
        .map([
            ("id", .text(interface.id.rawValue)),
            ("actors", .flowList(interface.actors.map { .text($0.rawValue) })),
            ("topic", interface.topic.map { .text($0.rawValue) }),
            ("risk", interface.risk.map(Value.text)),
            ("type", interface.type.map { .text($0.id) }),
            ("years", periods(interface.periods)),
            ("note", interface.note.map(Value.text)),
            ("source", interface.source.map(Value.text)),
            ("observations", observations(interface.observations)),
        ])
    }

    private func situation(_ situation: Situation) -> Value {
        .map([
            ("id", .text(situation.id.rawValue)),
            ("kind", situation.kind.map { .text($0.rawValue) }),
            ("label", situation.label.map(Value.text)),
            ("topic", situation.topic.map { .text($0.rawValue) }),
            ("actors", .list(situation.responsibilities.map { responsibility in
                responsibility.condition == nil && responsibility.isResponsible ? .text(responsibility.actor.rawValue) : .map([
                    ("actor", .text(responsibility.actor.rawValue)),
                    ("when", responsibility.condition.map(condition)),
                    ("responsible", responsibility.isResponsible ? nil : .flag(false)),
                ])
            })),
            ("observations", observations(situation.observations)),
            ("type", situation.types.isEmpty ? nil : situation.types.count == 1 ? .text(situation.types[0].id)
                : .flowList(situation.types.map { .text($0.id) })),
            ("years", periods(situation.periods)),
            ("note", situation.note.map(Value.text)),
            ("source", situation.source.map(Value.text)),
        ])
    }

    /// A condition (`when:`) as a flow mapping of its given dimensions.
    private func condition(_ condition: ResponsibilityCondition) -> Value {
        .flowMap([
            ("age", condition.age.map { .text($0.description) }),
            ("residence", condition.residence.map { .flowList($0.map { .text($0.rawValue) }) }),
            ("legal_basis", condition.legalBasis.map { .flowList($0.map { .text($0.rawValue) }) }),
            ("programme_months", condition.programmeMonths.map { .text($0.description) }),
        ])
    }

    private func observations(_ observations: [Observation]) -> Value? {
        guard !observations.isEmpty else { return nil }
        return .list(observations.map { observation in
            observation.by == nil && observation.note == nil ? .text(observation.code.rawValue) : .flowMap([
                ("code", .text(observation.code.rawValue)),
                ("by", observation.by.map { .text($0.rawValue) }),
                ("note", observation.note.map(Value.text)),
            ])
        })
    }

    private func chain(_ chain: Chain) -> Value {
        .map([
            ("id", .text(chain.id.rawValue)),
            ("name", chain.name.map(Value.text)),
            ("steps", .list(chain.steps.map { step in
                step.topic == nil && step.label == nil ? .text(step.actor.rawValue) : .map([
                    ("actor", .text(step.actor.rawValue)),
                    ("topic", step.topic.map { .text($0.rawValue) }),
                    ("label", step.label.map(Value.text)),
                ])
            })),
            ("years", periods(chain.periods)),
            ("note", chain.note.map(Value.text)),
        ])
    }

    private func vocabulary(_ vocabulary: VocabularyExtension) -> Value {
        func labelled(_ id: String, _ label: Label) -> [(String, Value?)] {
            [("id", .text(id)), ("de", .text(label.de)), ("en", .text(label.en))]
        }
        return .map([
            ("actor_kinds", list(vocabulary.actorKinds.map { kind in
                .map(labelled(kind.id.rawValue, kind.label) + [
                    ("abbreviation", kind.label.abbreviation.map(Value.text)),
                    ("area", .text(kind.area.id)),
                    ("mandates", kind.mandates.isEmpty ? nil : mandates(kind.mandates)),
                ])
            })),
            ("formats", list(vocabulary.formats.map { format in
                .map(labelled(format.id.rawValue, format.label) + [
                    ("formalisation", .text(format.defaultFormalisation.id)),
                    ("written", format.isWritten ? .flag(true) : nil),
                    ("directed", format.isDirected ? .flag(true) : nil),
                ])
            })),
            ("topics", list(vocabulary.topics.map { topic in
                .map(labelled(topic.id.rawValue, topic.label) + [
                    ("cross_cutting", topic.isCrossCutting ? .flag(true) : nil),
                    ("neighbours", topic.neighbours.isEmpty ? nil : .flowList(topic.neighbours.map { .text($0.rawValue) })),
                ])
            })),
            ("observations", list(vocabulary.observationCodes.map { code in
                .map(labelled(code.id.rawValue, code.label) + [
                    ("mechanism", .text(code.mechanism.mechanism.id)),
                    ("sub_form", code.mechanism.subForm.map { .text($0.id) }),
                ])
            })),
            ("situation_kinds", list(vocabulary.situationKinds.map { kind in
                .map(labelled(kind.id.rawValue, kind.label) + [
                    ("topic", kind.topic.map { .text($0.rawValue) }),
                    ("change", kind.change.map { .text($0.rawValue) }),
                ])
            })),
            ("residence_statuses", list(vocabulary.residenceStatuses.map { status in
                .map(labelled(status.id.rawValue, status.label) + [("abbreviation", status.label.abbreviation.map(Value.text))])
            })),
            ("legal_bases", list(vocabulary.legalBases.map { basis in
                .map(labelled(basis.id.rawValue, basis.label) + [("abbreviation", basis.label.abbreviation.map(Value.text)),
                                                                 ("excludes", basis.excludes.isEmpty ? nil : .list(basis.excludes.map { .text($0.rawValue) }))])
            })),
        ])
    }

    /// A small document tree that renders to both YAML and JSON.
    indirect enum Value {
        case text(String)
        case flag(Bool)
        case number(Int)
        case list([Value])
        case flowList([Value])
        case map([(String, Value?)])
        case flowMap([(String, Value?)])

        var yamlNode: Node {
            switch self {
            case .text(let string):
                // Quote what YAML would otherwise read as null, so that it comes back as text.
                let style: Node.Scalar.Style = ["", "~", "null", "Null", "NULL"].contains(string) ? .singleQuoted : .any
                return Node(string, .implicit, style)
            case .flag(let bool): return Node(bool ? "true" : "false")
            case .number(let value): return Node(String(value))
            case .list(let items): return Node(items.map(\.yamlNode), .implicit, .block)
            case .flowList(let items): return Node(items.map(\.yamlNode), .implicit, .flow)
            case .map(let pairs):
                return Node(pairs.compactMap { key, value in value.map { (Node(key), $0.yamlNode) } }, .implicit, .block)
            case .flowMap(let pairs):
                return Node(pairs.compactMap { key, value in value.map { (Node(key), $0.yamlNode) } }, .implicit, .flow)
            }
        }

        var jsonObject: Any {
            switch self {
            case .text(let string): return string
            case .flag(let bool): return bool
            case .number(let value): return value
            case .list(let items), .flowList(let items): return items.map(\.jsonObject)
            case .map(let pairs), .flowMap(let pairs):
                return Dictionary(uniqueKeysWithValues: pairs.compactMap { key, value in value.map { (key, $0.jsonObject) } })
            }
        }
    }
}
