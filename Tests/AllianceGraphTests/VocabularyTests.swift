import Testing
@testable import AllianceGraph

@Suite("Vocabularies")
struct VocabularyTests {
    let vocabulary = Vocabulary.builtIn

    /// Every row of the report's Table 2 (core-group composition 2019) with the section it stands in.
    static let table2: [(kind: String, german: String, group: PolicyAreaGroup)] = [
        ("ki", "Kommunales Integrationszentrum", .migrationIntegration),
        ("abh", "Ausländerbehörde", .migrationIntegration),
        ("jmd", "Jugendmigrationsdienst", .migrationIntegration),
        ("integration_course", "Integrationskurs", .migrationIntegration),
        ("integration_agency", "Integrationsagentur", .migrationIntegration),
        ("koko", "Koordinierungsstelle", .education),
        ("vocational_college", "Berufskolleg", .education),
        ("vhs", "Volkshochschule", .education),
        ("school_authority", "Schulträger", .education),
        ("education_provider", "Bildungsträger", .education),
        ("youth_office", "Jugendamt", .social),
        ("social_office", "Sozialamt", .social),
        ("youth_social_work", "Jugendsozialarbeit", .social),
        ("youth_vocational_aid", "Jugendberufshilfe", .social),
        ("youth_centre", "Jugendzentrum", .social),
        ("housing_office", "Wohnungsamt", .social),
        ("jobcenter", "Jobcenter", .labour),
        ("employment_agency", "Agentur für Arbeit", .labour),
        ("integration_point", "Integration Point", .labour),
        ("ihk", "Industrie- und Handelskammer", .labour),
        ("employment_provider", "Beschäftigungsförderung", .labour),
    ]

    @Test("every actor of Table 2 is in the catalogue, in its Table 2 section", arguments: table2)
    func table2Actor(row: (kind: String, german: String, group: PolicyAreaGroup)) throws {
        let kind = try #require(vocabulary.actorKind(ActorKindID(row.kind)))
        #expect(kind.label.de.contains(row.german))
        #expect(kind.area.group == row.group)
    }

    @Test("the further actor kinds the issue names exist", arguments: [
        "thm", "kim", "coaching", "welfare_association", "carrier", "district", "municipality", "state_ministry",
    ])
    func furtherKinds(id: String) {
        #expect(vocabulary.actorKind(ActorKindID(id)) != nil)
    }

    @Test func migrationAndIntegrationPolicyAreDistinguishable() throws {
        #expect(try #require(vocabulary.actorKind("abh")).area == .migration)
        #expect(try #require(vocabulary.actorKind("ki")).area == .integration)
        #expect(PolicyArea.migration.group == PolicyArea.integration.group)
        #expect(PolicyArea.migration.label != PolicyArea.integration.label)
        let table2Groups: Set<PolicyAreaGroup> = [.migrationIntegration, .education, .social, .labour]
        #expect(table2Groups.isSubset(of: Set(PolicyArea.allCases.map(\.group))))
    }

    @Test func openVocabulariesHaveUniqueIdsAndTwoLanguages() {
        func check(_ entries: [(String, Label)]) {
            #expect(Set(entries.map(\.0)).count == entries.count)
            for (id, label) in entries {
                #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "id \(id) is not snake_case")
                #expect(!label.de.isEmpty && !label.en.isEmpty, "\(id) lacks a label")
            }
            // German and English labels must differ somewhere, or a language was forgotten.
            #expect(entries.contains { $0.1.de != $0.1.en })
        }
        check(vocabulary.actorKinds.values.map { ($0.id.rawValue, $0.label) })
        check(vocabulary.formats.values.map { ($0.id.rawValue, $0.label) })
        check(vocabulary.topics.values.map { ($0.id.rawValue, $0.label) })
    }

    @Test func closedVocabulariesHaveTwoLanguages() {
        func check<T: LabelledTerm>(_ type: T.Type) {
            #expect(Set(T.ids).count == T.allCases.count)
            for term in T.allCases { #expect(!term.label.de.isEmpty && !term.label.en.isEmpty) }
        }
        check(PolicyArea.self); check(PolicyAreaGroup.self); check(Mechanism.self); check(MechanismSubForm.self)
        check(InterfaceType.self); check(Strategy.self); check(Formalisation.self); check(RelationStatus.self)
        check(AllianceKind.self); check(AnalysisLevel.self); check(ActorRole.self)
    }

    @Test func everyMandateNamesAKnownTopic() {
        for kind in vocabulary.actorKinds.values {
            for mandate in kind.mandates {
                #expect(vocabulary.topic(mandate.topic) != nil, "\(kind.id) names unknown topic \(mandate.topic)")
            }
        }
    }

    @Test func participationManagementHandsOverToKIMWithoutOverlap() throws {
        let thm = try #require(vocabulary.actorKind("thm")?.mandates.first?.period)
        let kim = try #require(vocabulary.actorKind("kim")?.mandates.first?.period)
        #expect(thm.start == YearMonth(2020, 1) && thm.end == YearMonth(2022, 6))
        #expect(kim.start == thm.end!.next && kim.end == nil)
    }

    @Test func mechanismsAndSubForms() {
        #expect(Mechanism.exchange.subForms.isEmpty)
        #expect(Mechanism.intervention.subForms == [.appeal, .encroachment, .shifting])
        #expect(Mechanism.negative.subForms == [.adaptation, .demarcation])
        #expect(Mechanism.positive.subForms == [.linking, .transfer])
        #expect(Mechanism.allCases.filter(\.needsCommunication) == [.exchange, .positive])
    }

    @Test func interfaceTypesCarryProblemAndStrategy() {
        #expect(InterfaceType.transition.strategy == .successive)
        #expect(InterfaceType.interference.strategy == .simultaneous)
        #expect(InterfaceType.diffusion.strategy == .sensitive)
        #expect(Set(InterfaceType.allCases.map(\.typicalProblem.en)).count == 3)
    }

    @Test func writtenFormatsAreWritten() throws {
        for id in ["cooperation_agreement", "letter_of_intent", "forwarding_contract"] {
            let format = try #require(vocabulary.format(FormatID(id)))
            #expect(format.isWritten && format.defaultFormalisation == .written)
        }
        #expect(vocabulary.format("case_conference")?.isWritten == false)
    }

    @Test func extensionsAddAndReplaceTerms() {
        let extended = vocabulary.adding(VocabularyExtension(
            actorKinds: [ActorKind(id: "language_cafe", label: Label(de: "Sprachcafé", en: "Language café"), area: .integration)],
            formats: [RelationFormat(id: "case_conference", label: Label(de: "Fallberatung", en: "Case consultation"), defaultFormalisation: .regular)]))
        #expect(extended.actorKind("language_cafe")?.area == .integration)
        #expect(extended.format("case_conference")?.label.de == "Fallberatung")
        #expect(extended.actorKinds.count == vocabulary.actorKinds.count + 1)
        #expect(vocabulary.format("case_conference")?.label.de == "Fallkonferenz")
    }

    @Test func suggestionsFindTypos() {
        #expect(Suggestion.closest(to: "case_conferenze", in: vocabulary.formats.keys.map(\.rawValue)) == "case_conference")
        #expect(Suggestion.closest(to: "jobcentre", in: vocabulary.actorKinds.keys.map(\.rawValue)) == "jobcenter")
        #expect(Suggestion.closest(to: "xyzzy", in: vocabulary.actorKinds.keys.map(\.rawValue)) == nil)
        #expect(Suggestion.levenshtein("kitten", "sitting") == 3)
    }
}
