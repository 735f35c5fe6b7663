import Foundation
import Testing
@testable import AllianceGraph

@Suite("Atomic writing")
struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let path = try TestSupport.temporaryFile("out.txt", "old")
        try AtomicFile.write("new content", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
    }

    @Test func createsMissingFolders() throws {
        let base = (try TestSupport.temporaryFile("x", "") as NSString).deletingLastPathComponent
        let path = base + "/a/b/c.txt"
        try AtomicFile.write("x", to: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesToOverwriteAnInput() throws {
        let path = try TestSupport.temporaryFile("input.yaml", "precious")
        let sneaky = (path as NSString).deletingLastPathComponent + "/./input.yaml"
        #expect(throws: AtomicFile.WriteError.wouldOverwriteInput(sneaky)) {
            try AtomicFile.write("overwritten", to: sneaky, protecting: [path])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
    }

    @Test func reportsAnUnwritableTarget() throws {
        let path = try TestSupport.temporaryFile("file", "x")
        // A path below a regular file cannot be created.
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("y", to: path + "/below.txt") }
    }
}

@Suite("Vocabulary files")
struct VocabularyFileTests {
    static let text = """
        actor_kinds:
          - id: language_cafe
            de: Sprachcafé
            en: Language café
            area: integration
            mandates:
              - topic: language
                years: 2021-
        formats:
          - {id: job_shadowing, de: Hospitation, en: Job shadowing, formalisation: regular}
        topics:
          - {id: driving_licence, de: Führerschein, en: Driving licence, cross_cutting: false}
        """

    @Test func readsKindsFormatsAndTopics() throws {
        let (addition, diagnostics) = VocabularyFileReader().read(text: Self.text, file: "v.yaml")
        #expect(diagnostics.isEmpty)
        let vocabulary = Vocabulary.builtIn.adding(try #require(addition))
        let cafe = try #require(vocabulary.actorKind("language_cafe"))
        #expect(cafe.label.en == "Language café")
        #expect(cafe.mandates == [CoreMandate("language", period: try Period.parse("2021-"))])
        #expect(vocabulary.format("job_shadowing")?.defaultFormalisation == .regular)
        #expect(vocabulary.topic("driving_licence")?.label.de == "Führerschein")
    }

    @Test func reportsMistakesWithPositions() {
        let (addition, diagnostics) = VocabularyFileReader().read(
            text: "formats:\n  - {id: x, de: X, en: X, written: true, formalisation: regular}\n  - {id: y}\n", file: "v.yaml")
        #expect(addition == nil)
        #expect(diagnostics.map { $0.text(.en) } == [
            "v.yaml:2:57: error: format 'x' is 'written: true' but has formalisation 'regular'; a written format is formalised as 'written'",
            "v.yaml:3:5: error: format 'y' needs a label: 'de' (German) and 'en' (English)",
        ])
    }

    @Test("commands read a vocabulary file once, so its warnings are printed once",
          arguments: [["show"], ["classify"], ["metrics"], ["diff", "--from", "2021", "--to", "2022"]])
    func vocabularyWarningsOnce(command: [String]) throws {
        let vocabulary = try TestSupport.temporaryFile("terms.yaml",
            "topics:\n  - {id: driving_licence, de: Führerschein}\n")
        let alliance = try TestSupport.temporaryFile("a.yaml", """
            id: a
            name: A
            kind: district
            years: 2021-2022
            actors:
              - {id: ki, kind: ki, managing_office: true}
              - {id: abh, kind: abh}
            relations:
              - {actors: [ki, abh], format: forum, topic: driving_licence}
            """)
        let output = try TestSupport.run("alliance", [command[0], alliance] + command.dropFirst() + ["--vocabulary", vocabulary, "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let warning = "warning: topic 'driving_licence' has only a German label"
        #expect(output.stderr.components(separatedBy: warning).count == 2, "\(output.stderr)")
    }

    @Test func commandLineUsesTheVocabularyFile() throws {
        let vocabulary = try TestSupport.temporaryFile("terms.yaml", Self.text)
        let alliance = try TestSupport.temporaryFile("a.yaml", """
            id: a
            name: A
            kind: district
            years: 2021-2022
            actors:
              - {id: ki, kind: ki, managing_office: true}
              - {id: cafe, kind: language_cafe}
            relations:
              - {actors: [ki, cafe], format: job_shadowing}
            """)
        let without = try TestSupport.run("alliance", ["validate", alliance, "--lang", "en"])
        #expect(without.status == 1)
        #expect(without.stderr.contains("unknown actor kind 'language_cafe'"))
        let with = try TestSupport.run("alliance", ["validate", alliance, "--vocabulary", vocabulary])
        #expect(with.status == 0, "\(with.stderr)")
        let listing = try TestSupport.run("alliance", ["vocab", "--section", "formats", "--vocabulary", vocabulary, "--lang", "en"])
        #expect(listing.stdout.contains("job_shadowing"))
        #expect(listing.stdout.contains("Job shadowing"))
    }
}
