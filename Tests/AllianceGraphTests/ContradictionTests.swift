import AllianceGraphTestSupport
import Foundation
import Testing

/// Contradictions the files could hold without a word (issue 16, item 6), through the binary:
/// each is an error naming its file, line and column.
@Suite("Contradictions")
struct ContradictionTests {
    static let head = """
        id: t
        name: T
        kind: independent_city
        years: 2019-2022
        actors:
          - id: ki
            kind: ki
            managing_office: true

        """

    @Test("a parent circle of two or more actors is an error at the first actor's 'parent'")
    func parentCircle() throws {
        let file = try TemporaryFile.write("circle.yaml", Self.head + """
              - id: abh
                kind: abh
                parent: jc
              - id: jc
                kind: jobcenter
                parent: thm
              - id: thm
                kind: thm
                parent: abh
              - id: aa
                kind: employment_agency
                parent: abh

            """)
        let output = try TestSupport.run("alliance", ["validate", file, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(file):11:13: error: the parents of actor 'abh' run in a circle ('abh' → 'jc' → 'thm' → 'abh')"),
                "\(output.stderr)")
        // One circle, one error; 'aa' only leads into it.
        #expect(output.stderr.components(separatedBy: "run in a circle").count == 2, "\(output.stderr)")
        let german = try TestSupport.run("alliance", ["validate", file])
        #expect(german.stderr.contains("\(file):11:13: error: Akteur 'abh': die übergeordneten Akteure laufen im Kreis"), "\(german.stderr)")
        // Two actors suffice.
        let two = try TemporaryFile.write("two.yaml", Self.head + """
              - {id: abh, kind: abh, parent: jc}
              - {id: jc, kind: jobcenter, parent: abh}

            """)
        let second = try TestSupport.run("alliance", ["validate", two, "--lang", "en"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("\(two):9:34: error: the parents of actor 'abh' run in a circle ('abh' → 'jc' → 'abh')"), "\(second.stderr)")
    }

    static let vocabulary = """
        topics:
          - id: driving_licence
            de: Führerschein
            en: Driving licence
          - id: driving_licence
            de: Fahrerlaubnis
            en: Licence
        formats:
          - {id: job_shadowing, de: Hospitation, en: Job shadowing}
          - {id: job_shadowing, de: Hospitanz, en: Shadowing}
        actor_kinds:
          - id: language_cafe
            de: Sprachcafé
            en: Language café
            area: integration
            mandates: [language, driving_licence, langauge]
          - id: language_cafe
            de: Sprachcafé 2
            en: Language café 2
            area: integration

        """

    @Test("a vocabulary file naming an id twice in one section is an error at the second, with the first's line")
    func duplicateVocabularyIDs() throws {
        let terms = try TemporaryFile.write("terms.yaml", Self.vocabulary)
        let alliance = try TemporaryFile.write("a.yaml", Self.head)
        for arguments in [["validate", alliance, "--vocabulary", terms], ["validate", terms]] {
            let output = try TestSupport.run("alliance", arguments + ["--lang", "en"])
            #expect(output.status == 1, "\(output.stderr)")
            #expect(output.stderr.contains("\(terms):5:9: error: duplicate topic id 'driving_licence' (first defined at line 2); give each topic its own id"),
                    "\(output.stderr)")
            #expect(output.stderr.contains("\(terms):10:10: error: duplicate format id 'job_shadowing' (first defined at line 9)"), "\(output.stderr)")
            #expect(output.stderr.contains("\(terms):17:9: error: duplicate actor kind id 'language_cafe' (first defined at line 12)"), "\(output.stderr)")
        }
        // The same in an alliance's own 'vocabulary:' section.
        let section = try TemporaryFile.write("own.yaml", Self.head + """
            vocabulary:
              topics:
                - {id: driving_licence, de: A, en: A}
                - {id: driving_licence, de: B, en: B}

            """)
        let output = try TestSupport.run("alliance", ["validate", section, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(section):12:12: error: duplicate topic id 'driving_licence' (first defined at line 11)"), "\(output.stderr)")
    }

    @Test("an unknown mandate topic of a user-defined actor kind is an error at the topic")
    func unknownMandateTopic() throws {
        let terms = try TemporaryFile.write("terms.yaml", """
            topics:
              - {id: driving_licence, de: Führerschein, en: Driving licence}
            actor_kinds:
              - id: language_cafe
                de: Sprachcafé
                en: Language café
                area: integration
                mandates: [language, driving_licence, langauge]

            """)
        let alliance = try TemporaryFile.write("a.yaml", Self.head)
        let output = try TestSupport.run("alliance", ["validate", alliance, "--vocabulary", terms, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(terms):8:43: error: unknown topic 'langauge' in a mandate of actor kind 'language_cafe' (did you mean 'language'?)"),
                "\(output.stderr)")
        #expect(!output.stderr.contains("'driving_licence' in a mandate"), "\(output.stderr)")
        // In the alliance's own section, its own topics and the user's count.
        let section = try TemporaryFile.write("own.yaml", Self.head + """
            vocabulary:
              topics:
                - {id: driving_licence, de: A, en: A}
              actor_kinds:
                - {id: cafe, de: Café, en: Café, area: integration, mandates: [driving_licence, {topic: nothing, years: 2020}]}

            """)
        let own = try TestSupport.run("alliance", ["validate", section, "--lang", "en"])
        #expect(own.status == 1)
        #expect(own.stderr.contains("\(section):13:93: error: unknown topic 'nothing' in a mandate of actor kind 'cafe'"), "\(own.stderr)")
        #expect(!own.stderr.contains("'driving_licence' in a mandate"), "\(own.stderr)")
    }
}
