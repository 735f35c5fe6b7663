import Foundation
import Testing
@testable import AllianceGraph

/// `alliance show` prints situations (each actor's part in words) and observations; `alliance
/// vocab` lists the catalogues of issue 10.
@Suite("Situations in show and vocab")
struct SituationShowTests {
    static let text = SituationFormatTests.header + """
        relations:
          - actors: [ki, jc]
            format: exchange_round
            observations: [{ code: calls_on_others, by: ki, note: lädt ein }]
        situations:
          - id: wechsel
            kind: benefit_law_change
            label: Haushalt wechselt ins SGB II
            actors:
              - { actor: aa, when: { legal_basis: [sgb3], age: "15-24" } }
              - { actor: jc, when: { legal_basis: [sgb2], residence: [toleration, training_toleration] } }
              - { actor: ki, responsible: false }
              - abh
              - { actor: ja, when: {} }
            observations: [{ code: accompanied_handover, by: jc }]
            type: [transition, interference]
            years: 2021-

        """

    func alliance() throws -> Alliance {
        let text = Self.text.replacingOccurrences(of: "  - id: abh\n    kind: abh\n", with: "  - id: abh\n    kind: abh\n  - id: ja\n    kind: youth_office\n")
        let result = AllianceLoader(vocabulary: .builtIn).load(text: text, file: "show.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.alliance)
    }

    @Test func showPrintsSituationsInGerman() throws {
        let text = AllianceSummary(try alliance(), years: [2021]).text()
        #expect(text.contains("""
            Situationen:
              - Haushalt wechselt ins SGB II [wechsel] (Wechsel des Rechtskreises; Thema: Arbeitsmarktintegration) – codiert: Transition, Interferenz
                  AA: zuständig bei Alter 15–24 und Hilfe nach SGB III
                  JC: zuständig bei Aufenthaltsstatus Duldung oder Ausbildungsduldung und Hilfe nach SGB II
                  KI: beteiligt, nicht zuständig
                  ABH: zuständig nach Kernauftrag
                  JA: zuständig ohne Bedingung
                  beobachtet: Vorbereitete und begleitete Übergabe (JC)
            """), "\(text)")
        #expect(text.contains("KI, JC [exchange_round:ki+jc] (Regelmäßig) – beobachtet: Ruft andere Stellen zum Handeln auf (KI: lädt ein)"), "\(text)")
        // Not in 2019: the situation occurs from 2021.
        #expect(!AllianceSummary(try alliance(), years: [2019]).text().contains("Situationen:"))
    }

    @Test func showPrintsSituationsInEnglish() throws {
        let text = AllianceSummary(try alliance(), years: [2022], language: .en).text(language: .en)
        #expect(text.contains("""
            Situations:
              - Haushalt wechselt ins SGB II [wechsel] (Change of benefit law; topic: Labour-market integration) – coded: Transition, Interference
                  AA: responsible for age 15–24 and help under SGB III
                  JC: responsible for residence status Toleration (Duldung) or Toleration for training and help under SGB II
                  KI: involved, not responsible
                  ABH: responsible by its core mandates
                  JA: responsible without condition
                  observed: Prepared and accompanied hand-over (JC)
            """), "\(text)")
    }

    @Test func conditionsInWords() {
        let vocabulary = Vocabulary.builtIn
        #expect(ResponsibilityCondition(age: WholeNumberInterval(from: 18)).words(in: vocabulary, language: .de) == "Alter ab 18")
        #expect(ResponsibilityCondition(age: WholeNumberInterval(through: 17)).words(in: vocabulary, language: .en) == "age up to 17")
        #expect(ResponsibilityCondition(age: WholeNumberInterval(from: 16, through: 16), programmeMonths: WholeNumberInterval(from: 1, through: 24))
                    .words(in: vocabulary, language: .de) == "Alter 16 und Programmmonat 1–24")
        #expect(ResponsibilityCondition(legalBasis: ["sgb2", "sgb3", "unknown"]).words(in: vocabulary, language: .en)
                == "help under SGB II, SGB III or unknown")
        #expect(ResponsibilityCondition().words(in: vocabulary, language: .de) == "ohne Bedingung")
    }

    @Test func showTableListsEachActorOfASituation() throws {
        let document = AllianceSummary.document([try alliance()], years: [2021], language: .de)
        let table = try #require(document.tables.first { $0.name == "situations" })
        #expect(table.rows.count == 5)
        #expect(table.columns.map(\.id) == ["alliance", "year", "situation", "kind", "label", "topic", "actor", "responsible",
                                            "condition", "type", "observations"])
        let json = try document.only("situations")!.json()
        #expect(json.contains("\"condition\" : \"Alter 15–24 und Hilfe nach SGB III\""), "\(json)")
        #expect(json.contains("\"responsible\" : false"), "\(json)")
    }

    @Test func vocabListsTheNewCatalogues() {
        let listing = VocabularyListing(vocabulary: .builtIn, language: .de)
        let ids = Dictionary(uniqueKeysWithValues: listing.sections.map { ($0.id, $0.entries.map(\.id)) })
        #expect(ids["observation-codes"]?.contains("declares_other_responsible") == true)
        #expect(ids["situation-kinds"]?.contains("turning_18") == true)
        #expect(ids["residence-statuses"]?.contains("toleration") == true)
        #expect(ids["legal-bases"]?.contains("sgb2") == true)
        let text = listing.text()
        #expect(text.contains("Beobachtungscodes [observation-codes]"))
        #expect(text.contains("calls_on_others             Ruft andere Stellen zum Handeln auf — Mechanismus: intervention/appeal"), "\(text)")
        #expect(text.contains("turning_18                   Volljährigkeit — Thema: youth_welfare; Wechsel: age"), "\(text)")
        #expect(text.contains("sgb2      Grundsicherung für Arbeitsuchende (SGB II)\n"), "the abbreviation is not repeated")
        #expect(text.contains("KIM-Case-Management (KIM) — "), "a label holding its abbreviation as a word still gets it")
        #expect(text.contains("Kernauftrag: labour_market_integration bei Hilfe nach SGB II"), "\(text)")
        let english = VocabularyListing(vocabulary: .builtIn, language: .en).text(language: .en)
        #expect(english.contains("Situations of young people [situation-kinds]"))
        #expect(english.contains("Residence statuses [residence-statuses]"))
    }

    @Test func vocabSectionThroughTheBinary() throws {
        let output = try TestSupport.run("alliance", ["vocab", "--section", "legal-bases", "--lang", "en"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Legal bases [legal-bases]\n"), "\(output.stdout)")
        #expect(output.stdout.contains("asylblg   Asylum Seekers' Benefits Act (AsylbLG)"), "\(output.stdout)")
    }
}
