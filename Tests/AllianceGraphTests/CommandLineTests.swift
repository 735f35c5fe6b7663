import Foundation
import Testing

/// End-to-end runs of the built `alliance` binary: stdout, stderr and exit status.
@Suite("alliance command")
struct CommandLineTests {
    @Test func validateSamplesPasses() throws {
        let output = try TestSupport.run("alliance", ["validate", "Graphs/", "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "\(TestSupport.sampleDataFiles.count) files checked: 0 errors, 0 warnings\n")
        #expect(output.stderr.isEmpty)
    }

    @Test func validateBadFileFailsWithPreciseMessages() throws {
        let path = try TestSupport.temporaryFile("bad.yaml", """
            id: bad
            name: Bad
            kind: district
            years: 2019-2022
            actors:
              - id: ki
                kind: kii
            relations:
              - actors: [ki, abh]
                format: forum
            """)
        let output = try TestSupport.run("alliance", ["validate", path, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(path):7:11: error: unknown actor kind 'kii' for actor 'ki' (did you mean 'ki'?)"))
        #expect(output.stderr.contains("\(path):9:18: error: unknown actor 'abh' in relation #1 ('forum:ki+abh')"))
        #expect(output.stderr.contains("\(path):1:1: warning: no actor is the managing office"))
        #expect(output.stdout == "1 file checked: 2 errors, 1 warning (1 file with errors)\n")

        let json = try TestSupport.run("alliance", ["validate", path, "--format", "json"])
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["errors"] as? Int == 2)
        #expect(report["warnings"] as? Int == 1)
    }

    @Test func validateSpeaksGermanByDefaultAtTheSamePlaces() throws {
        let path = try TestSupport.temporaryFile("bad-de.yaml", """
            id: bad
            name: Bad
            kind: district
            years: 2019-2022
            actors:
              - id: ki
                kind: kii
            relations:
              - actors: [ki, abh]
                format: forum
            """)
        let german = try TestSupport.run("alliance", ["validate", path])
        #expect(german.status == 1)
        #expect(german.stderr.contains("\(path):7:11: error: Akteur 'ki': unbekannte Akteursart 'kii' (meinten Sie 'ki'?)"), "\(german.stderr)")
        #expect(german.stderr.contains("\(path):9:18: error: Beziehung Nr. 1 ('forum:ki+abh'): unbekannter Akteur 'abh'"))
        #expect(german.stderr.contains("\(path):1:1: warning: kein Akteur ist die Geschäftsführende Stelle (GfS)"))
        #expect(german.stdout == "1 Datei geprüft: 2 Fehler, 1 Warnung (1 Datei mit Fehlern)\n")
        #expect(try TestSupport.run("alliance", ["validate", path, "--lang", "de"]).stderr == german.stderr)

        let json = try TestSupport.run("alliance", ["validate", path, "--format", "json", "--lang", "en"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let items = try #require(files.first?["diagnostics"] as? [[String: Any]])
        #expect(items.compactMap { $0["message_id"] as? String }
                == ["validation.unknown-actor-kind", "validation.unknown-actor", "validation.no-managing-office"])
        #expect((items.first?["message"] as? String)?.hasPrefix("unknown actor kind 'kii'") == true)
        #expect(items.first?["line"] as? Int == 7 && items.first?["column"] as? Int == 11)
    }

    @Test func validateWarningsPassUnlessStrict() throws {
        let path = try TestSupport.temporaryFile("warn.yaml", "id: w\nname: W\nkind: district\nyears: 2020\nactors: [{id: ki, kind: ki}]\n")
        #expect(try TestSupport.run("alliance", ["validate", path]).status == 0)
        #expect(try TestSupport.run("alliance", ["validate", "--strict", path]).status == 1)
        let quiet = try TestSupport.run("alliance", ["validate", "--quiet", path])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    @Test func missingPathsFailClearly() throws {
        let output = try TestSupport.run("alliance", ["validate", "no/such/folder", "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr == "no/such/folder: error: no such file or folder\n")
        let show = try TestSupport.run("alliance", ["show", "nothing.yaml", "--lang", "en"])
        #expect(show.status == 1)
        #expect(show.stderr.hasPrefix("nothing.yaml: error: no such file or folder"))
    }

    @Test func showSummarisesAYearInBothLanguages() throws {
        let german = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "--year", "2022"])
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout.contains("== 2022 =="))
        #expect(!german.stdout.contains("== 2021 =="))
        #expect(german.stdout.contains("Geschäftsführende Stelle: KI Rheinstadt"))
        #expect(german.stdout.contains("Migrationspolitik (1): ABH"))
        #expect(german.stdout.contains("Fallkonferenz (1)"))
        // The written agreement has no coded mechanism; the classification infers positive
        // coordination (linking) for it, and the summary says that it was inferred.
        #expect(german.stdout.contains("Positive Koordination: 3 (1 erschlossen)"))
        #expect(!german.stdout.contains("nicht codiert"))
        let english = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "--year", "2019", "--lang", "en"])
        #expect(english.stdout.contains("Managing office: KI Rheinstadt"))
        #expect(english.stdout.contains("Negative coordination: 1"))
        #expect(english.stdout.contains("Migration policy (1): Immigration office") || english.stdout.contains("Migration policy (1): ABH"))
    }

    @Test func showJSONIsData() throws {
        let output = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "--format", "json"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(Set(actors.compactMap { $0["year"] as? Int }) == [2019, 2020, 2021, 2022])
        #expect(actors.contains { $0["actor"] as? String == "abh" && $0["kind"] as? String == "abh"
                                  && $0["kind_label"] as? String == "Ausländerbehörde" })
        let alliances = try #require(object["alliances"] as? [[String: Any]])
        #expect(alliances.count == 1 && alliances[0]["illustrative"] as? Bool == true)
    }

    @Test func showRejectsAYearOutsideTheAlliance() throws {
        let output = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "--year", "2025", "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error: the alliance covers 2019-2022, not 2025"))
    }

    @Test("compare refuses a year no alliance covers instead of printing an empty table",
          arguments: [["--table", "composition"], ["--table", "ranking"], []])
    func compareRejectsAnUncoveredYear(table: [String]) throws {
        let output = try TestSupport.run("alliance", ["compare", "Graphs/", "--year", "2031"] + table)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("kein Bündnis umfasst 2031"))
    }

    @Test func commandMessagesAndHelpAreGermanByDefault() throws {
        let show = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "--year", "2025"])
        #expect(show.status == 1)
        #expect(show.stderr == "Graphs/rheinstadt.yaml: error: das Bündnis umfasst 2019-2022, nicht 2025\n", "\(show.stderr)")
        let layer = try TestSupport.run("alliance", ["metrics", "Graphs/", "--layer", "nonsense"])
        #expect(layer.status != 0 && layer.stderr.hasPrefix("error: unbekannte Ebene 'nonsense'"), "\(layer.stderr)")
        let year = try TestSupport.run("alliance", ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2019"])
        #expect(year.status != 0 && year.stderr.contains("--from und --to sind dasselbe Jahr"), "\(year.stderr)")

        let german = try TestSupport.run("alliance", ["--help"])
        #expect(german.stdout.contains("Bündnisdateien prüfen und jedes Problem mit Datei"), "\(german.stdout)")
        #expect(!german.stdout.contains("Check alliance files"))
        let english = try TestSupport.run("alliance", ["--help", "--lang", "en"])
        #expect(english.stdout.contains("Check alliance files and report every problem"), "\(english.stdout)")
        let sub = try TestSupport.run("alliance", ["diff", "--help"])
        #expect(sub.stdout.hasPrefix("OVERVIEW: Unterschiede zwischen zwei Jahren von Bündnissen"), "\(sub.stdout)")
        #expect(sub.stdout.contains("Sprache der Bezeichnungen, Meldungen und Hilfe"))
        let subEnglish = try TestSupport.run("alliance", ["diff", "--lang=en", "--help"])
        #expect(subEnglish.stdout.hasPrefix("OVERVIEW: Differences between two years of alliances"), "\(subEnglish.stdout)")
    }

    @Test func vocabListsLabelsInBothLanguages() throws {
        let german = try TestSupport.run("alliance", ["vocab", "--section", "actor-kinds"])
        #expect(german.status == 0)
        #expect(german.stdout.contains("Ausländerbehörde (ABH)"))
        let english = try TestSupport.run("alliance", ["vocab", "--lang", "en"])
        #expect(english.stdout.contains("Immigration office (ABH)"))
        #expect(english.stdout.contains("Interface types [interface-types]"))
        let json = try TestSupport.run("alliance", ["vocab", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["section"] as? String }).count == 17)  // with observation codes, situation kinds, residence statuses, legal bases
        #expect(rows.contains { $0["id"] as? String == "abh" && $0["de"] as? String == "Ausländerbehörde" && $0["en"] as? String == "Immigration office" })
    }

    @Test func badOptionsAreRejected() throws {
        let section = try TestSupport.run("alliance", ["vocab", "--section", "formts", "--lang", "en"])
        #expect(section.status != 0)
        #expect(section.stderr.contains("Did you mean 'formats'?"))
        let language = try TestSupport.run("alliance", ["vocab", "--lang", "fr"])
        #expect(language.status != 0)
        #expect(language.stderr.contains("fr"))
        let unknown = try TestSupport.run("alliance", ["frobnicate"])
        #expect(unknown.status != 0)
    }

    @Test("every command rejects an impossible year before reading files", arguments: [
        ["show", "Graphs/rheinstadt.yaml", "--year", "20222"],
        ["render", "Graphs/", "--year", "1800", "-o", "/tmp/never"],
        ["render", "Graphs/", "--diff", "2019", "3000", "-o", "/tmp/never"],
        ["classify", "Graphs/", "--year", "20"],
        ["metrics", "Graphs/", "--year", "9999"],
        ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2200"],
        ["compare", "Graphs/", "--table", "composition", "--year", "1900"],
    ])
    func impossibleYears(arguments: [String]) throws {
        let output = try TestSupport.run("alliance", arguments + ["--lang", "en"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("is not a plausible year; give one such as 2021."))
        #expect(output.stdout.isEmpty)
    }

    @Test func helpShowsExamples() throws {
        let output = try TestSupport.run("alliance", ["validate", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("alliance validate Graphs/"))
    }
}

/// The programs in Examples/ build and do what they say.
@Suite("Examples")
struct ExampleTests {
    @Test func coreGroupByYear() throws {
        let output = try TestSupport.run("core-group-by-year", ["Graphs/rheinstadt.yaml", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.first == "Rheinstadt")
        #expect(lines.count == 5)
        #expect(lines[1].hasPrefix("2019: 9 members, managing office KI Rheinstadt"))
        #expect(lines[4].contains("IHK"))
        #expect(!lines[1].contains("IHK"))
    }

    @Test func uncoveredInterfaces() throws {
        let output = try TestSupport.run("uncovered-interfaces", ["Graphs/rheinstadt.yaml", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.first?.isNumber == true }.map { String($0.prefix(5)) } == ["2019:", "2020:", "2021:", "2022:"])
        // In 2022 the hand-over from participation management to KIM is in place, so it is no gap;
        // the chain's steps without hand-over are.
        let year2022 = lines.drop { !$0.hasPrefix("2022:") }.dropFirst()
        #expect(!year2022.contains { $0.contains("thm-kim") })
        #expect(year2022.contains { $0.contains("auto:chain:erstkontakt-ausbildung:1") && $0.contains("[Transition]") })
    }

    @Test func brokersByYear() throws {
        let output = try TestSupport.run("brokers-by-year", ["Graphs/rheinstadt.yaml"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.contains("density 0.") && $0.contains("liaison") })
    }

    @Test func renderLandscape() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-\(UUID().uuidString).svg").path
        let output = try TestSupport.run("render-landscape", ["Graphs/rheinstadt.yaml", "2022", svg])
        #expect(output.status == 0, "\(output.stderr)\(output.stdout)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains(">KIM</text>") && text.contains(">ABH</text>"))
        #expect(text.contains("Cooperation landscape 2022"))
        // The filter keeps migration and integration actors only: the job centre is not drawn.
        #expect(!text.contains(">JC</text>"))
        let refused = try TestSupport.run("render-landscape", ["Graphs/rheinstadt.yaml", "2022", "Graphs/rheinstadt.yaml"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("refusing to overwrite an input file"))
    }

    @Test func writeAsJSON() throws {
        let output = try TestSupport.run("write-as-json", [])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("mechanism: positive/linking"))
        #expect(output.stdout.contains("\"format\" : \"case_conference\""))
    }
}
