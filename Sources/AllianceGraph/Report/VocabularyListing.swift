/// The vocabularies as printable sections: every entry with its machine id, its label in the
/// chosen language, its abbreviation and what else characterises it.
public struct VocabularyListing: Encodable, Sendable {
    /// One vocabulary.
    public struct Section: Encodable, Sendable {
        /// Stable name of the section, e.g. `actor-kinds`.
        public var id: String
        /// Heading in the chosen language.
        public var title: String
        /// The entries.
        public var entries: [Entry]
    }

    /// One term.
    public struct Entry: Encodable, Sendable {
        /// Machine id as written in files.
        public var id: String
        /// German label.
        public var de: String
        /// English label.
        public var en: String
        /// Abbreviation, if customary.
        public var abbreviation: String?
        /// Further facts (area, mechanism, strategy, …) in the chosen language.
        public var details: [String]
    }

    /// The section ids, in display order.
    public static let sectionIDs = ["areas", "actor-kinds", "formats", "mechanisms", "sub-forms", "interface-types",
                                    "strategies", "formalisations", "statuses", "topics", "alliance-kinds", "roles", "levels"]

    /// The sections.
    public var sections: [Section]

    /// Lists `vocabulary` (the user's: ``Vocabulary/builtIn`` plus their vocabulary files) and the
    /// closed vocabularies with labels in `language`.
    public init(vocabulary: Vocabulary, language: Language = .de) {
        let de = language == .de
        func entry(_ id: String, _ label: Label, _ details: [String] = []) -> Entry {
            Entry(id: id, de: label.de, en: label.en, abbreviation: label.abbreviation, details: details)
        }
        func closed<T: LabelledTerm>(_ type: T.Type, _ details: (T) -> [String] = { _ in [] }) -> [Entry] {
            T.allCases.map { entry($0.id, $0.label, details($0)) }
        }
        let area = de ? "Bereich" : "area"
        sections = [
            Section(id: "areas", title: de ? "Politikfelder" : "Policy areas", entries: closed(PolicyArea.self) {
                ["\(de ? "Gruppe" : "group"): \($0.group.label.text(language))"]
            }),
            Section(id: "actor-kinds", title: de ? "Akteursarten" : "Actor kinds", entries: vocabulary.actorKinds.values.map { kind in
                entry(kind.id.rawValue, kind.label, ["\(area): \(kind.area.id)"] + kind.mandates.map { mandate in
                    "\(de ? "Kernauftrag" : "core mandate"): \(mandate.topic)" + (mandate.period.map { " (\($0))" } ?? "")
                })
            }),
            Section(id: "formats", title: de ? "Kooperationsformate" : "Relation formats", entries: vocabulary.formats.values.map { format in
                entry(format.id.rawValue, format.label, [
                    "\(de ? "Formalisierung" : "formalisation"): \(format.defaultFormalisation.id)",
                ] + (format.isWritten ? [de ? "schriftlich" : "written"] : []) + (format.isDirected ? [de ? "gerichtet" : "directed"] : []))
            }),
            Section(id: "mechanisms", title: de ? "Koordinationsmechanismen" : "Coordination mechanisms", entries: closed(Mechanism.self) { mechanism in
                [mechanism.explanation.text(language),
                 (de ? "Kommunikation: " : "communication: ") + (mechanism.needsCommunication ? (de ? "ja" : "yes") : (de ? "nein" : "no"))]
                    + (mechanism.subForms.isEmpty ? [] : ["\(de ? "Unterformen" : "sub-forms"): \(mechanism.subForms.map(\.id).joined(separator: ", "))"])
            }),
            Section(id: "sub-forms", title: de ? "Unterformen der Mechanismen" : "Mechanism sub-forms", entries: closed(MechanismSubForm.self) {
                ["\(de ? "Mechanismus" : "mechanism"): \($0.mechanism.id)", $0.explanation.text(language)]
            }),
            Section(id: "interface-types", title: de ? "Schnittstellentypen" : "Interface types", entries: closed(InterfaceType.self) {
                [$0.constellation.text(language),
                 "\(de ? "typisches Problem" : "typical problem"): \($0.typicalProblem.text(language))",
                 "\(de ? "Strategie" : "strategy"): \($0.strategy.id)"]
            }),
            Section(id: "strategies", title: de ? "Bearbeitungsstrategien" : "Solution strategies", entries: closed(Strategy.self) {
                [$0.explanation.text(language)]
            }),
            Section(id: "formalisations", title: de ? "Formalisierung" : "Formalisation", entries: closed(Formalisation.self)),
            Section(id: "statuses", title: de ? "Status einer Kooperation" : "Relation status", entries: closed(RelationStatus.self)),
            Section(id: "topics", title: de ? "Themen und Kernaufträge" : "Topics and core mandates", entries: vocabulary.topics.values.map { topic in
                entry(topic.id.rawValue, topic.label, topic.isCrossCutting ? [de ? "Querschnittsaufgabe" : "cross-cutting goal"] : [])
            }),
            Section(id: "alliance-kinds", title: de ? "Arten von Bündnissen" : "Alliance kinds", entries: closed(AllianceKind.self)),
            Section(id: "roles", title: de ? "Rollen im Bündnis" : "Roles in the alliance", entries: closed(ActorRole.self)),
            Section(id: "levels", title: de ? "Analyseebenen" : "Levels of analysis", entries: closed(AnalysisLevel.self) {
                [$0.explanation.text(language)]
            }),
        ]
    }

    /// The listing as aligned text, one block per section, labels in `language`.
    public func text(language: Language = .de) -> String {
        TableDocument(tables: [], blocks: blocks(language: language)).text().dropLastNewline
    }

    /// The listing for a reader: per section a heading (`Title [id]`) and one line per entry.
    public func blocks(language: Language = .de) -> [TableDocument.Block] {
        sections.flatMap { section -> [TableDocument.Block] in
            let width = section.entries.map(\.id.count).max() ?? 0
            let lines = section.entries.map { entry in
                let label = language == .de ? entry.de : entry.en
                let abbreviation = entry.abbreviation.map { " (\($0))" } ?? ""
                let padded = entry.id.padding(toLength: width, withPad: " ", startingAt: 0)
                return "  \(padded)  \(label)\(abbreviation)" + (entry.details.isEmpty ? "" : " — " + entry.details.joined(separator: "; "))
            }
            return [.heading("\(section.title) [\(section.id)]", level: 2), .lines(lines)]
        }
    }

    /// The listing as a ``TableDocument``: the readable listing (text, Markdown) and one table
    /// `terms` (CSV, JSON) with a row per entry: section, id, label in `language`, German and
    /// English label, abbreviation and details.
    public func document(language: Language = .de) -> TableDocument {
        let de = language == .de
        let columns = [
            ResultTable.Column("section", TableMessage.section.text(language)), ResultTable.Column("id", "Id"),
            ResultTable.Column("label", TableMessage.label.text(language)), ResultTable.Column("de", TableMessage.german.text(language)),
            ResultTable.Column("en", TableMessage.english.text(language)),
            ResultTable.Column("abbreviation", TableMessage.abbreviation.text(language)),
            ResultTable.Column("details", TableMessage.details.text(language)),
        ]
        let rows: [[TableCell]] = sections.flatMap { section in section.entries.map { entry in
            [.term(id: section.id, label: section.title), .text(entry.id), .text(de ? entry.de : entry.en), .text(entry.de),
             .text(entry.en), .text(entry.abbreviation), .list(entry.details)]
        } }
        let table = ResultTable(name: "terms", title: TableMessage.vocabularyTitle.text(language), columns: columns, rows: rows)
        return TableDocument(tables: [table], blocks: blocks(language: language))
    }
}

extension String {
    fileprivate func padding(toLength length: Int, withPad pad: String, startingAt _: Int) -> String {
        count >= length ? self : self + String(repeating: pad, count: length - count)
    }
}
