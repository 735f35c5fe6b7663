import Foundation
import Testing
@testable import AllianceGraph

/// Survey waves (issue 11): the initiative file, `reports:` in alliance files, the checks across
/// files and the trend and transition tables with each indicator's own N, through the built binary.
@Suite("Survey waves")
struct SurveyWaveTests {
    /// A folder with `files` (name: text); returns its path.
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-waves-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder.path
    }

    static func alliance(_ id: String, kind: String = "independent_city", extra: String = "", relations: String = "") -> String {
        """
        id: \(id)
        name: \(id.capitalized)
        kind: \(kind)
        years: 2019-2022
        \(extra)
        actors:
          - {id: ki, kind: ki, managing_office: true, core_group: true}
          - {id: abh, kind: abh}
        relations:
        \(relations.isEmpty ? "  - {actors: [ki, abh], format: exchange_round}" : relations)
        """
    }

    static let initiative = """
        programme:
          name: Probe
          years: 2019-2022
        waves:
          - {year: 2020, name: AH 2020, questions: [agreements, abh_cooperation]}
          - {year: 2021, name: AH 2021, questions: [agreements, abh_cooperation, case_conferences]}
        roster:
          - {alliance: a, kind: independent_city}
          - {alliance: b, kind: independent_city}
          - {alliance: c, kind: district}
          - {alliance: gone, kind: district, never_reported: true}
        """

    @Test("two files with the same alliance id are an error naming both files")
    func duplicateIDs() throws {
        let dir = try Self.folder(["one.yaml": Self.alliance("same"), "two.yaml": Self.alliance("same")])
        let out = try TestSupport.run("alliance", ["compare", dir, "--table", "trends", "--lang", "en"])
        #expect(out.status != 0 && out.stdout.isEmpty)
        #expect(out.stderr.contains("two.yaml:1:5: error: the alliance id 'same' is also the id of \(dir)/one.yaml (line 1)"), "\(out.stderr)")
        let validate = try TestSupport.run("alliance", ["validate", dir, "--lang", "en"])
        #expect(validate.status == 1 && validate.stdout.contains("1 error"))
    }

    @Test("a year no file covers is an error, not an empty table")
    func uncoveredYear() throws {
        let dir = try Self.folder(["a.yaml": Self.alliance("a")])
        let out = try TestSupport.run("alliance", ["compare", dir, "--table", "trends", "--years", "2024", "--lang", "en"])
        #expect(out.status != 0 && out.stdout.isEmpty)
        #expect(out.stderr.contains("no alliance covers 2024"), "\(out.stderr)")
    }

    @Test("each indicator has its own N; members that did not report or left the question open are counted apart")
    func ownDenominators() throws {
        let dir = try Self.folder([
            "initiative.yaml": Self.initiative,
            "a.yaml": Self.alliance("a", extra: "reports: [2020, {year: 2021, unanswered: [agreements]}]", relations: """
                  - {actors: [ki, abh], format: cooperation_agreement, years: 2020-}
                """),
            "b.yaml": Self.alliance("b", extra: "reports: [2020]"),
            "c.yaml": Self.alliance("c", kind: "district", extra: "reports: [2020, 2021]", relations: """
                  - {actors: [ki, abh], format: case_conference, years: 2021-}
                """),
        ])
        let out = try TestSupport.run("alliance", ["compare", dir, "--table", "trends", "--format", "csv", "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "a member marked never_reported is not warned about: \(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "indicator,label,2020_count,2020_of,2020_pct,2021_count,2021_of,2021_pct,2020_not_reported,2020_unanswered,"
                + "2021_not_reported,2021_unanswered,question")
        // 2020: a (agreement), b, c answered; 'gone' did not report. 2021: a left it open, b did not report.
        #expect(lines.contains("written_agreements,Written cooperation agreements,1,3,33.33,0,1,0.0,1,0,2,1,agreements"), "\(out.stdout)")
        // c cooperates with the ABH only from 2021.
        #expect(lines.contains("abh_cooperation,Cooperation with the immigration office,2,3,66.67,2,2,100.0,1,0,2,0,abh_cooperation"))
        // Not asked in 2020: empty, not 0.
        #expect(lines.contains("case_conferences,Case conferences,,,,1,2,50.0,,,2,0,case_conferences"), "\(out.stdout)")

        let transitions = try TestSupport.run("alliance", ["compare", dir, "--table", "transitions", "--indicator", "case_conferences",
                                                           "--indicator", "abh_cooperation", "--format", "csv", "--years", "2020-2021"])
        #expect(transitions.status == 0, "\(transitions.stderr)")
        // a kept it, c started it; b (no report in 2021) and 'gone' are not comparable.
        #expect(transitions.stdout.contains("abh_cooperation,Kooperation mit der Ausländerbehörde,2020,2021,1,1,0,0,2,2\n"), "\(transitions.stdout)")
        #expect(transitions.stdout.contains("case_conferences,Fallkonferenzen,2020,2021,0,0,0,0,0,4\n"), "not asked in 2020: not comparable")
    }

    @Test("reports are checked against the programme, its waves and their questions, at file:line:column")
    func reportChecks() throws {
        let dir = try Self.folder([
            "initiative.yaml": Self.initiative + "\n  - {alliance: d, kind: district}\n",
            "a.yaml": Self.alliance("a", extra: "reports: [2019, {year: 2021, unanswered: [agreement, chains]}]"),
            "x.yaml": Self.alliance("aa", extra: "reports: [2020]"),
        ])
        let out = try TestSupport.run("alliance", ["validate", dir, "--lang", "en"])
        #expect(out.status == 1)
        let e = out.stderr
        #expect(e.contains("a.yaml:5:11: error: report #1 under 'reports': there was no survey wave in 2019 (waves in \(dir)/initiative.yaml: 2020, 2021)"), "\(e)")
        #expect(e.contains("a.yaml:5:43: error: report #2 under 'reports': the wave 'AH 2021' did not ask the question 'agreement' (did you mean 'agreements'?)"), "\(e)")
        #expect(e.contains("a.yaml:5:54: error: report #2 under 'reports': the wave 'AH 2021' did not ask the question 'chains'; it asked: agreements, abh_cooperation, case_conferences"))
        #expect(e.contains("x.yaml:1:5: error: the alliance 'aa' is not in the 'roster' of \(dir)/initiative.yaml (did you mean 'a'?)"), "\(e)")
        #expect(e.contains("initiative.yaml:9:16: warning: 'b' is in the 'roster', but none of the files read is this alliance"), "\(e)")
        #expect(e.contains("initiative.yaml:12:16: warning: 'd' is in the 'roster'"))
        #expect(!e.contains("'gone'"), "never_reported: no warning")
    }

    @Test("within one file: a report outside the years or given twice is an error; a relation dated in a year without report is warned about")
    func reportsInOneFile() throws {
        let file = try TestSupport.temporaryFile("a.yaml", Self.alliance("a", extra: "reports: [2019, 2019, 2025]", relations: """
              - {id: kv, actors: [ki, abh], format: cooperation_agreement, years: 2021-2022}
            """))
        let out = try TestSupport.run("alliance", ["validate", file, "--lang", "en"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("a.yaml:5:17: error: report #2 under 'reports': there is already a report for 2019 (line 5); merge the two"), "\(out.stderr)")
        #expect(out.stderr.contains("a.yaml:5:23: error: report #3 under 'reports': 2025 lies outside the alliance's years 2019-2022"))
        #expect(out.stderr.contains("a.yaml:10:71: warning: relation 'kv' starts or ends in 2021, 2022, when the alliance did not report (reports: 2019, 2019, 2025)"), "\(out.stderr)")
        let german = try TestSupport.run("alliance", ["validate", file])
        #expect(german.stderr.contains("a.yaml:5:17: error: Bericht Nr. 2 unter 'reports': für 2019 steht schon ein Bericht da (Zeile 5)"), "\(german.stderr)")
    }

    @Test("the initiative file's mistakes are placed, with suggestions")
    func initiativeMistakes() throws {
        let dir = try Self.folder([
            "initiative.yaml": """
                programme: {name: Probe, years: 2019-2022}
                waves:
                  - {year: 2023, questions: [agreement]}
                  - {yaer: 2021}
                roster:
                  - {alliance: a, kind: city}
                indicators:
                  - {id: x, rule: {formats: [case_conferenc]}}
                  - {id: y, rule: {}}
                """,
            "a.yaml": Self.alliance("a"),
        ])
        let out = try TestSupport.run("alliance", ["validate", dir, "--lang", "en"])
        #expect(out.status == 1)
        let e = out.stderr
        #expect(e.contains("initiative.yaml:3:12: error: wave #1: 2023 lies outside the programme's years (2019-2022)"), "\(e)")
        #expect(e.contains("initiative.yaml:3:30: error: 'questions' of wave #1: unknown question 'agreement' (did you mean 'agreements'?)"), "\(e)")
        #expect(e.contains("initiative.yaml:4:6: error: unknown key 'yaer' in wave #2 (did you mean 'year'?)"), "\(e)")
        #expect(e.contains("initiative.yaml:6:25: error: unknown kind 'city' in roster entry #1 (did you mean 'independent_city'?)"), "\(e)")
        #expect(e.contains("initiative.yaml:8:30: error: 'rule' of indicator #1: unknown value 'case_conferenc' for 'formats' (did you mean 'case_conference'?)"), "\(e)")
        #expect(e.contains("initiative.yaml:9:19: error: 'rule' of indicator #2 names no condition"), "\(e)")
    }

    @Test("Graphs/ has an initiative file; its waves make N change from year to year")
    func samples() throws {
        let out = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "trends", "--format", "json"])
        #expect(out.status == 0 && out.stderr.isEmpty, "\(out.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let written = try #require(rows.first { $0["indicator"] as? String == "written_agreements" })
        let ns = [2020, 2021, 2022].map { written["\($0)_of"] as? Int }
        #expect(ns == [9, 7, 8], "\(written)")
        #expect(written["2021_unanswered"] as? Int == 1 && written["2021_not_reported"] as? Int == 2)
    }

    @Test("an unknown indicator is refused with a suggestion among the built-in and the initiative's own")
    func unknownIndicator() throws {
        let out = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "trends", "--indicator", "written_agreement", "--lang", "en"])
        #expect(out.status != 0 && out.stdout.isEmpty)
        #expect(out.stderr.contains("error: unknown indicator 'written_agreement' (did you mean 'written_agreements'?)"), "\(out.stderr)")
        #expect(out.stderr.contains("participation_check"), "the initiative file's own indicators are known")
        let own = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "trends", "--indicator", "participation_check",
                                                   "--format", "csv"])
        #expect(own.status == 0 && own.stdout.contains("\nparticipation_check,Prüfung der Teilnahmevoraussetzungen durch die ABH,5,8,"),
                "\(own.stdout)\(own.stderr)")
    }
}
