import Foundation
import Testing
@testable import AllianceGraph

/// Issue 12 item 3: German (or English) labels and abbreviations where a vocabulary id belongs are
/// read as the id with a note, written back as the id, and covered by "did you mean"; a tab that
/// indents a line gets a message saying so at its line and column.
@Suite("Labels for ids, and tabs")
struct LabelsForIDsTests {
    static let german = """
        id: t
        name: T
        kind: Kreis
        years: 2019-2022
        actors:
          - id: ki
            kind: KI
            managing_office: ja
            core_group: Ja
          - id: abh
            kind: Ausländerbehörde
        relations:
          - actors: [ki, abh]
            format: Fallkonferenz
            formalisation: schriftlich
            status: aufgebaut
            topic: Aufenthaltsstatus
          - from: ki
            to: abh
            format: referral
            formalisation: Regular
        """

    @Test("Labels and abbreviations are read as ids, with one note each in validate, and written as ids")
    func labelsReadAsIDs() throws {
        let result = AllianceLoader(vocabulary: .builtIn).load(text: Self.german, file: "t.yaml")
        let alliance = try #require(result.validAlliance, "\(result.diagnostics.map { $0.text(.en) })")
        #expect(alliance.kind == .district)
        #expect(alliance.actors.map(\.kind) == ["ki", "abh"])
        #expect(alliance.actors[0].holds(.managingOffice, in: 2020) && alliance.actors[0].holds(.coreGroup, in: 2020))
        #expect(alliance.relations[0].format == "case_conference")
        #expect(alliance.relations[0].formalisation == .written)
        #expect(alliance.relations[0].status == .established)
        #expect(alliance.relations[1].formalisation == .regular)
        let notes = result.diagnostics.filter { $0.severity == .note }
        #expect(notes.count == 10, "\(notes.map { $0.text(.en) })")
        #expect(notes.contains { $0.text(.en) == "t.yaml:3:7: note: 'Kreis' for 'kind' read as 'district'; the id 'district' is what is written" })
        #expect(notes.contains { $0.line == 15 && $0.text(.en).contains("'schriftlich' for 'formalisation' read as 'written'") })
        #expect(notes.contains { $0.line == 8 && $0.text(.en).contains("'ja' for 'managing_office' read as 'true'") })
        #expect(!result.diagnostics.contains { $0.severity != .note && $0.severity != .warning })
        let yaml = try AllianceFileWriter().yaml(alliance)
        for label in ["Kreis", "KI\n", "Ausländerbehörde", "Fallkonferenz", "schriftlich", "aufgebaut", ": ja", "Regular"] {
            #expect(!yaml.contains(label), "written: \(label)")
        }
        #expect(yaml.contains("kind: district") && yaml.contains("format: case_conference") && yaml.contains("formalisation: written"))
    }

    @Test("validate shows the notes and passes, also with --strict; other commands do not show them")
    func notesOnlyInValidate() throws {
        let path = try TestSupport.temporaryFile("german.yaml", Self.german)
        var result = try TestSupport.run("alliance", ["validate", path, "--strict", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(path):14:13: note: 'Fallkonferenz' for 'format' read as 'case_conference'"))
        #expect(result.stdout.contains("0 errors"))
        result = try TestSupport.run("alliance", ["validate", path])
        #expect(result.stderr.contains("note: 'Kreis' bei 'kind' als 'district' gelesen; gespeichert wird die Id 'district'"))
        result = try TestSupport.run("alliance", ["show", path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("note:"))
    }

    @Test("Did you mean covers labels and German words: 'schriftlik' suggests 'written', 'Kries' 'district'")
    func suggestions() throws {
        let text = Self.german.replacingOccurrences(of: "schriftlich", with: "schriftlik").replacingOccurrences(of: "kind: Kreis", with: "kind: Kries")
        let result = AllianceLoader(vocabulary: .builtIn).load(text: text, file: "t.yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.text(.en) }
        #expect(errors.contains { $0.contains("unknown formalisation 'schriftlik'") && $0.contains("(did you mean 'written'?)") }, "\(errors)")
        #expect(errors.contains { $0.contains("unknown kind 'Kries'") && $0.contains("(did you mean 'district'?)") }, "\(errors)")
    }

    @Test("A tab indenting a line: 'YAML does not allow tabs for indentation; use spaces' at the tab's line and column",
          arguments: [("actors:\n\t- id: ki\n\t  kind: ki\n", 6, 1), ("actors:\n  - id: ki\n  \t kind: ki\n", 7, 3)])
    func tabs(body: String, line: Int, column: Int) throws {
        let text = "id: t\nname: T\nkind: district\nyears: 2019-2022\n" + body
        let path = try TestSupport.temporaryFile("tabs.yaml", text)
        var result = try TestSupport.run("alliance", ["validate", path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):\(line):\(column): error: malformed YAML: YAML does not allow tabs for indentation; use spaces"), "\(result.stderr)")
        result = try TestSupport.run("alliance", ["validate", path])
        #expect(result.stderr.contains("\(path):\(line):\(column): error: fehlerhaftes YAML: YAML erlaubt keine Tabulatoren zum Einrücken; verwenden Sie Leerzeichen"))
    }

    @Test("A tab inside a quoted value is no indentation and stays allowed")
    func tabInValue() throws {
        let text = "id: t\nname: \"a\tb\"\nkind: district\nyears: 2019-2022\nactors:\n  - id: ki\n    kind: ki\n    managing_office: true\n"
        let result = AllianceLoader(vocabulary: .builtIn).load(text: text, file: "t.yaml")
        #expect(!result.hasErrors)
        #expect(result.alliance?.name == "a\tb")
    }
}
