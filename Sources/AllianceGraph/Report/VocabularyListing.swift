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

        /// The German and English label as one ``Label``.
        public var label: Label { Label(de: de, en: en, abbreviation: abbreviation) }
    }

    /// The section ids, in display order.
    public static let sectionIDs = ["areas", "actor-kinds", "formats", "mechanisms", "sub-forms", "interface-types",
                                    "strategies", "formalisations", "statuses", "topics", "observation-codes", "situation-kinds",
                                    "residence-statuses", "legal-bases", "alliance-kinds", "roles", "levels"]

    /// The sections.
    public var sections: [Section]

    /// Lists `vocabulary` (the user's: ``Vocabulary/builtIn`` plus their vocabulary files) and the
    /// closed vocabularies with labels in `language`.
    public init(vocabulary: Vocabulary, language: Language = .de) {
        func say(_ key: ReportMessage, _ arguments: [String: MessageArgument] = [:]) -> String { key.text(language, arguments) }
        func entry(_ id: String, _ label: Label, _ details: [String] = []) -> Entry {
            Entry(id: id, de: label.de, en: label.en, abbreviation: label.abbreviation, details: details)
        }
        func closed<T: LabelledTerm>(_ type: T.Type, _ details: (T) -> [String] = { _ in [] }) -> [Entry] {
            T.allCases.map { entry($0.id, $0.label, details($0)) }
        }
        func section(_ id: String, _ title: ReportMessage, _ entries: [Entry]) -> Section {
            Section(id: id, title: say(title), entries: entries)
        }
        sections = [
            section("areas", .areasTitle, closed(PolicyArea.self) {
                [say(.groupDetail, ["group": .label($0.group.label)])]
            }),
            section("actor-kinds", .actorKindsTitle, vocabulary.actorKinds.values.map { kind in
                entry(kind.id.rawValue, kind.label, [say(.areaDetail, ["area": .text(kind.area.id)])] + kind.mandates.map { mandate in
                    say(.mandateDetail, ["topic": .text(mandate.topic.rawValue)]) + (mandate.period.map { " (\($0))" } ?? "")
                        + (mandate.condition.map { say(.mandateCondition, ["condition": .text($0.words(in: vocabulary, language: language))]) } ?? "")
                })
            }),
            section("formats", .formatsTitle, vocabulary.formats.values.map { format in
                entry(format.id.rawValue, format.label, [
                    say(.formalisationDetail, ["formalisation": .text(format.defaultFormalisation.id)]),
                ] + (format.isWritten ? [say(.written)] : []) + (format.isDirected ? [say(.directed)] : []))
            }),
            section("mechanisms", .mechanismsTitle, closed(Mechanism.self) { mechanism in
                [mechanism.explanation.text(language),
                 say(.communicationDetail, ["answer": .text(say(mechanism.needsCommunication ? .yes : .no))])]
                    + (mechanism.subForms.isEmpty ? [] : [say(.subFormsDetail, ["ids": .list(mechanism.subForms.map { .text($0.id) })])])
            }),
            section("sub-forms", .subFormsTitle, closed(MechanismSubForm.self) {
                [say(.mechanismDetail, ["mechanism": .text($0.mechanism.id)]), $0.explanation.text(language)]
            }),
            section("interface-types", .interfaceTypesTitle, closed(InterfaceType.self) {
                [$0.constellation.text(language),
                 say(.typicalProblemDetail, ["problem": .text($0.typicalProblem.text(language))]),
                 say(.strategyDetail, ["strategy": .text($0.strategy.id)])]
            }),
            section("strategies", .strategiesTitle, closed(Strategy.self) {
                [$0.explanation.text(language)]
            }),
            section("formalisations", .formalisationsTitle, closed(Formalisation.self)),
            section("statuses", .statusesTitle, closed(RelationStatus.self)),
            section("topics", .topicsTitle, vocabulary.topics.values.map { topic in
                entry(topic.id.rawValue, topic.label, (topic.isCrossCutting ? [say(.crossCutting)] : [])
                      + (topic.neighbours.isEmpty ? [] : [say(.neighboursDetail, ["ids": .list(topic.neighbours.map { .text($0.rawValue) })])]))
            }),
            section("observation-codes", .observationCodesTitle, vocabulary.observationCodes.values.map { code in
                entry(code.id.rawValue, code.label, [say(.mechanismDetail, ["mechanism": .text(code.mechanism.description)])])
            }),
            section("situation-kinds", .situationKindsTitle, vocabulary.situationKinds.values.map { kind in
                entry(kind.id.rawValue, kind.label, (kind.topic.map { [say(.defaultTopicDetail, ["topic": .text($0.rawValue)])] } ?? [])
                      + (kind.change.map { [say(.changeDetail, ["dimension": .text($0.rawValue)])] } ?? []))
            }),
            section("residence-statuses", .residenceStatusesTitle, vocabulary.residenceStatuses.values.map { entry($0.id.rawValue, $0.label) }),
            section("legal-bases", .legalBasesTitle, vocabulary.legalBases.values.map { entry($0.id.rawValue, $0.label) }),
            section("alliance-kinds", .allianceKindsTitle, closed(AllianceKind.self)),
            section("roles", .rolesTitle, closed(ActorRole.self)),
            section("levels", .levelsTitle, closed(AnalysisLevel.self) {
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
                let label = entry.label.text(language)
                // A label that names its abbreviation already ("… (SGB II)") does not get it twice.
                let abbreviation = entry.abbreviation.flatMap { label.contains("(\($0))") ? nil : " (\($0))" } ?? ""
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
        let columns = [
            ResultTable.Column("section", TableMessage.section.text(language)), ResultTable.Column("id", "Id"),
            ResultTable.Column("label", TableMessage.label.text(language)), ResultTable.Column("de", TableMessage.german.text(language)),
            ResultTable.Column("en", TableMessage.english.text(language)),
            ResultTable.Column("abbreviation", TableMessage.abbreviation.text(language)),
            ResultTable.Column("details", TableMessage.details.text(language)),
        ]
        let rows: [[TableCell]] = sections.flatMap { section in section.entries.map { entry in
            [.term(id: section.id, label: section.title), .text(entry.id), .text(entry.label.text(language)), .text(entry.de),
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
