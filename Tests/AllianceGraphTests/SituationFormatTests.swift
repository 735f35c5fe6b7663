import Foundation
import Testing
@testable import AllianceGraph

/// The file side of issue 10: `situations:`, `observations:`, `when:` and `neighbours:`, and the
/// vocabulary sections for observation codes, situation kinds, residence statuses and legal bases.
@Suite("Situations, conditions and observations in files")
struct SituationFormatTests {
    static let header = """
        id: probe
        name: Probe
        kind: independent_city
        years: 2019-2022
        actors:
          - id: ki
            kind: ki
            managing_office: true
          - id: jc
            kind: jobcenter
            mandates: [{ topic: labour_market_integration, when: { legal_basis: [sgb2], age: "15-" } }]
          - id: aa
            kind: employment_agency
          - id: abh
            kind: abh

        """

    static let complete = header + """
        vocabulary:
          topics:
            - { id: access_words, de: Zugangsworte, en: Access words, neighbours: [measure_access] }
          observations:
            - { id: sends_letters, de: Schreibt Briefe, en: Writes letters, mechanism: intervention, sub_form: appeal }
          situation_kinds:
            - { id: move_away, de: Umzug, en: Moving away, topic: housing, change: residence }
          residence_statuses:
            - { id: eu_citizen, de: Freizügigkeit, en: Free movement }
          legal_bases:
            - { id: bkgg, de: Bundeskindergeldgesetz, en: Federal Child Benefit Act, abbreviation: BKGG }
          actor_kinds:
            - { id: family_office, de: Familienbüro, en: Family office, area: social,
                mandates: [{ topic: subsistence, when: { legal_basis: [bkgg], residence: [eu_citizen] } }] }
        relations:
          - actors: [ki, jc]
            format: exchange_round
            observations: [information_exchange, { code: calls_on_others, by: ki, note: ruft auf }]
        interfaces:
          - actors: [jc, aa]
            topic: labour_market_integration
            observations: [sends_letters]
        situations:
          - id: benefit_change
            kind: benefit_law_change
            label: Haushalt wechselt ins SGB II
            actors:
              - actor: aa
                when: { legal_basis: [sgb3], age: "15-24" }
              - actor: jc
                when: { legal_basis: [sgb2], programme_months: "-6" }
              - actor: ki
                responsible: false
              - abh
            observations: [accompanied_handover, { code: declares_other_responsible, by: aa }]
            type: [transition, interference]
            years: 2020-
            note: eine Notiz
            source: "Bericht Z. 1–2"
          - id: toleration
            topic: residence_status
            actors:
              - { actor: abh, when: { residence: [toleration, training_toleration] } }
              - { actor: ki, when: {} }
            type: interference

        """

    func load(_ text: String, file: String = "probe.yaml") -> LoadResult {
        AllianceLoader(vocabulary: .builtIn).load(text: text, file: file)
    }

    @Test func everyNewKeyIsRead() throws {
        let result = load(Self.complete)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let alliance = try #require(result.alliance)
        let situation = try #require(alliance.situations.first)
        #expect(situation.id == "benefit_change")
        #expect(situation.kind == "benefit_law_change")
        #expect(situation.label == "Haushalt wechselt ins SGB II")
        #expect(situation.types == [.transition, .interference])
        #expect(situation.periods == [try Period.parse("2020-")])
        #expect(situation.note == "eine Notiz" && situation.source == "Bericht Z. 1–2")
        #expect(situation.actors == ["aa", "jc", "ki", "abh"])
        #expect(situation.responsibilities[0].condition
                == ResponsibilityCondition(age: WholeNumberInterval(from: 15, through: 24), legalBasis: ["sgb3"]))
        #expect(situation.responsibilities[1].condition
                == ResponsibilityCondition(legalBasis: ["sgb2"], programmeMonths: WholeNumberInterval(through: 6)))
        #expect(situation.responsibilities[2].isResponsible == false && situation.responsibilities[2].condition == nil)
        #expect(situation.responsibilities[3] == Responsibility(actor: "abh"))
        #expect(situation.observations == [Observation("accompanied_handover"), Observation("declares_other_responsible", by: "aa")])
        #expect(situation.topic(in: alliance.vocabulary) == "labour_market_integration")
        let second = alliance.situations[1]
        #expect(second.types == [.interference])
        #expect(second.responsibilities[0].condition?.residence == ["toleration", "training_toleration"])
        #expect(second.responsibilities[1].condition == ResponsibilityCondition())  // `when: {}`: always responsible
        #expect(alliance.relations[0].observations == [Observation("information_exchange"), Observation("calls_on_others", by: "ki", note: "ruft auf")])
        #expect(alliance.interfaces[0].observations == [Observation("sends_letters")])
        #expect(alliance.actors[1].mandates?.first?.condition
                == ResponsibilityCondition(age: WholeNumberInterval(from: 15), legalBasis: ["sgb2"]))
        let vocabulary = alliance.vocabulary
        #expect(vocabulary.topic("access_words")?.neighbours == ["measure_access"])
        #expect(vocabulary.observationCode("sends_letters")?.mechanism == CodedMechanism(.intervention, .appeal))
        #expect(vocabulary.situationKind("move_away") == SituationKind(id: "move_away", label: Label(de: "Umzug", en: "Moving away"),
                                                                       topic: "housing", change: .residence))
        #expect(vocabulary.residenceStatus("eu_citizen")?.label.en == "Free movement")
        #expect(vocabulary.legalBasis("bkgg")?.label.abbreviation == "BKGG")
        #expect(vocabulary.actorKind("family_office")?.mandates.first?.condition
                == ResponsibilityCondition(residence: ["eu_citizen"], legalBasis: ["bkgg"]))
    }

    @Test func roundTripKeepsEveryNewKey() throws {
        let alliance = try #require(load(Self.complete).alliance)
        let writer = AllianceFileWriter()
        for (text, file) in [(try writer.yaml(alliance), "out.yaml"), (try writer.json(alliance), "out.json")] {
            let again = load(text, file: file)
            #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
            #expect(again.alliance == alliance, "\(file) differs:\n\(text)")
        }
    }

    /// The diagnostics of `text`: message id and line:column, in file order.
    func problems(_ text: String) -> [String] {
        load(text).diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message.id)" }
    }

    @Test func badValuesAreNamedAtTheirPlace() throws {
        let text = Self.header + """
            relations:
              - actors: [ki, jc]
                format: exchange_round
                observations: [information_exchang, { code: calls_on_others, by: abh }, { code: acts_alone, by: nobody }]
            situations:
              - id: s1
                kind: turning18
                topic: labour_market
                periods: 2020-
                actors:
                  - actor: ki
                    when: { age: "18-14", legal_basis: [sgb22], residence: [tolerated], colour: red }
                  - actor: jc
                    responsible: false
                    when: { programme_months: "x" }
                  - actor: jc
                  - actor: abbh
              - id: s2
                actors: [ki]
                type: transit
                years: 2017

            """
        // Line 19 is the relation's `observations:`; line 21 starts the situations.
        #expect(problems(text) == [
            "19:20 validation.unknown-observation-code",
            "19:70 validation.observer-not-involved",
            "19:101 validation.unknown-actor",
            "22:11 validation.unknown-situation-kind",
            "23:12 validation.unknown-topic",
            "24:5 validation.unknown-key",
            "27:22 validation.bad-interval",
            "27:45 validation.unknown-legal-basis",
            "27:65 validation.unknown-residence-status",
            "27:77 validation.unknown-key",
            "29:22 validation.not-responsible-but-condition",
            "30:35 validation.bad-interval",
            "31:16 validation.situation-actor-twice",
            "32:16 validation.unknown-actor",
            "34:13 validation.situation-too-few-actors",
            "35:11 validation.unknown-term",
            "36:12 validation.year-outside",
        ])
        let messages = load(text).diagnostics.map { $0.message.text(.en) }
        #expect(messages.contains("unknown observation code 'information_exchang' in 'observations' of relation #1 ('exchange_round:ki+jc') (did you mean 'information_exchange'?); see 'alliance vocab', or add it under 'observations' in a vocabulary file"))
        #expect(messages.contains("relation #1 ('exchange_round:ki+jc'): 'abh' showed the behaviour 'calls_on_others' but is not involved (involved: 'ki', 'jc'); name one of those involved in 'by', or add the actor"))
        #expect(messages.contains("unknown key 'periods' in situation #1 (did you mean 'years'?); allowed keys: id, kind, label, topic, actors, observations, type, years, note, source"))
        #expect(messages.contains { $0.contains("unknown situation kind 'turning18'") && $0.contains("(did you mean 'turning_18'?)") })
        #expect(messages.contains { $0.contains("unknown legal basis 'sgb22'") && $0.contains("(did you mean 'sgb2'?)") })
        #expect(messages.contains { $0.contains("unknown residence status 'tolerated'") && $0.contains("(did you mean 'toleration'?)") })
        #expect(messages.contains { $0.contains("unknown actor 'abbh'") && $0.contains("(did you mean 'abh'?)") })
        #expect(messages.contains("'age' of actor 'ki' in situation 's1': '18-14' is no range of whole numbers; write e.g. \"14-17\", \"18-\", \"-17\", \"16\" (both ends included, the smaller first)"))
        #expect(messages.contains("contradictory attributes: situation 's1' lists actor 'jc' twice (first at line 28); put its conditions in one entry"))
        #expect(messages.contains { $0.contains("unknown type 'transit'") && $0.contains("(did you mean 'transition'?)") })
        let german = load(text).diagnostics.map { $0.message.text(.de) }
        #expect(german.contains("widersprüchliche Angaben: Akteur 'jc' in Situation 's1' ist 'responsible: false', hat aber eine Bedingung 'when:'; eine Bedingung sagt, wann der Akteur zuständig ist, also lassen Sie eines von beiden weg"))
        #expect(german.contains("Situation 's2': braucht mindestens zwei verschiedene Akteure; eine Situation, die ein Akteur allein löst, ist keine Schnittstelle"))
    }

    @Test func mandateConditionsAreChecked() {
        let text = Self.header.replacingOccurrences(of: "legal_basis: [sgb2], age: \"15-\"", with: "legal_basis: [sgb_2], age: \"fifteen\"")
            + "situations: []\n"
        #expect(problems(text) == ["11:74 validation.unknown-legal-basis", "11:87 validation.bad-interval"])
    }

    @Test func observationsOnAnInterfaceNameItsActors() {
        let text = Self.header + """
            interfaces:
              - actors: [jc, aa]
                topic: labour_market_integration
                observations: [{ code: acts_alone, by: ki }]

            """
        #expect(problems(text) == ["19:44 validation.observer-not-involved"])
    }

    @Test func oneTypeOrEmptyConditionListIsHandled() {
        let text = Self.header + """
            situations:
              - id: s
                type: diffusion
                actors:
                  - { actor: ki, when: { residence: [] } }
                  - jc

            """
        #expect(problems(text) == ["20:41 validation.empty-condition-list"])
    }

    // MARK: Vocabulary files

    func vocabularyProblems(_ text: String) -> [String] {
        VocabularyFileReader().read(text: text, file: "terms.yaml").1.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message.id)" }
    }

    @Test func vocabularyFileReadsTheNewSections() throws {
        let text = """
            topics:
              - { id: access_words, de: Zugangsworte, en: Access words, neighbours: [measure_access, residence_status] }
            observations:
              - { id: sends_letters, de: Schreibt Briefe, en: Writes letters, mechanism: intervention/appeal }
              - { id: waits, de: Wartet ab, en: Waits, mechanism: negative }
            situation_kinds:
              - { id: move_away, de: Umzug, en: Moving away }
            residence_statuses:
              - { id: eu_citizen, de: Freizügigkeit, en: Free movement, abbreviation: EU }
            legal_bases:
              - { id: bkgg, de: Bundeskindergeldgesetz, en: Federal Child Benefit Act }
            actor_kinds:
              - id: family_office
                de: Familienbüro
                en: Family office
                area: social
                mandates: [{ topic: subsistence, years: 2020-, when: { legal_basis: [bkgg, sgb2], age: "-25" } }]

            """
        #expect(VocabularyFileReader.isVocabularyFile(text: text))
        let (addition, diagnostics) = VocabularyFileReader().read(text: text, file: "terms.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let terms = try #require(addition)
        #expect(terms.topics.first?.neighbours == ["measure_access", "residence_status"])
        #expect(terms.observationCodes.map(\.mechanism) == [CodedMechanism(.intervention, .appeal), CodedMechanism(.negative)])
        #expect(terms.situationKinds.first?.topic == nil && terms.situationKinds.first?.change == nil)
        #expect(terms.residenceStatuses.first?.label.abbreviation == "EU")
        #expect(terms.legalBases.map(\.id) == ["bkgg"])
        #expect(terms.actorKinds.first?.mandates.first
                == CoreMandate("subsistence", period: try Period.parse("2020-"),
                               condition: ResponsibilityCondition(age: WholeNumberInterval(through: 25), legalBasis: ["bkgg", "sgb2"])))
    }

    @Test func vocabularyFileContradictionsAreNamed() {
        let text = """
            topics:
              - { id: access_words, de: Zugangsworte, en: Access words, neighbours: [access_words, measure_acess] }
            observations:
              - { id: odd, de: Seltsam, en: Odd, mechanism: negative, sub_form: linking }
              - { id: odd, de: Seltsam, en: Odd, mechanism: exchange }
              - { id: none, de: Ohne, en: None }
            situation_kinds:
              - { id: move_away, de: Umzug, en: Moving away, topic: housin, change: adress }
            actor_kinds:
              - { id: office, de: Amt, en: Office, area: social, mandates: [{ topic: subsistence, when: { residence: [duldung] } }] }

            """
        #expect(vocabularyProblems(text) == [
            "2:74 validation.neighbour-itself",
            "2:88 validation.unknown-topic",
            "4:69 validation.contradictory-mechanism",
            "5:11 validation.duplicate-id",
            "6:5 validation.missing-key",
            "8:57 validation.unknown-topic",
            "8:73 validation.unknown-term",
            "10:107 validation.unknown-residence-status",
        ])
        let messages = VocabularyFileReader().read(text: text, file: "terms.yaml").1.map { $0.message.text(.en) }
        #expect(messages.contains("topic 'access_words' names itself under 'neighbours'; neighbouring topics are other topics for the same risk"))
        #expect(messages.contains { $0.contains("unknown topic 'measure_acess'") && $0.contains("(did you mean 'measure_access'?)") })
        #expect(messages.contains { $0.contains("unknown residence status 'duldung'") && $0.contains("(did you mean 'toleration'?)") })
    }

    @Test("a legal basis names the bases it excludes; unknown ids and itself are errors at file:line:column")
    func legalBasisExcludes() throws {
        let good = """
            legal_bases:
              - { id: bkgg, de: Bundeskindergeldgesetz, en: Federal Child Benefit Act, excludes: [sgb8] }

            """
        let (addition, diagnostics) = VocabularyFileReader().read(text: good, file: "terms.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vocabulary = Vocabulary.builtIn.adding(try #require(addition))
        #expect(vocabulary.legalBasesExclude("sgb8", "bkgg") && vocabulary.legalBasesExclude("bkgg", "sgb8"))
        let bad = """
            legal_bases:
              - { id: bkgg, de: Bundeskindergeldgesetz, en: Federal Child Benefit Act, excludes: [sgb88, bkgg] }

            """
        #expect(vocabularyProblems(bad) == ["2:87 validation.unknown-legal-basis", "2:94 validation.excludes-itself"])
        let messages = VocabularyFileReader().read(text: bad, file: "terms.yaml").1.map { $0.message.text(.en) }
        #expect(messages.contains { $0.contains("unknown legal basis 'sgb88'") && $0.contains("(did you mean 'sgb8'?)") }, "\(messages)")
        #expect(messages.contains { $0.contains("names itself under 'excludes'") })
    }

    @Test func cliNamesFileLineAndColumn() throws {
        let path = try TestSupport.temporaryFile("situation.yaml", Self.header + """
            situations:
              - id: s
                actors: [ki, { actor: jc, when: { age: "18-16" } }]

            """)
        let output = try TestSupport.run("alliance", ["validate", "--lang", "en", path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("situation.yaml:18:44: error: 'age' of actor 'jc' in situation 's': '18-16' is no range of whole numbers"),
                "\(output.stderr)")
        let german = try TestSupport.run("alliance", ["validate", path])
        #expect(german.stderr.contains("situation.yaml:18:44: error: 'age' von Akteur 'jc' in Situation 's': '18-16' ist kein Bereich ganzer Zahlen"),
                "\(german.stderr)")
    }
}
