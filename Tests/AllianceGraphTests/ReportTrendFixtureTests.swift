import Foundation
import Testing

/// The report's published trend figures, reproduced exactly (counts and denominators) from the
/// fixture set `Fixtures/report-trends` through the built binary (issue 11, item 7). Line numbers
/// are those of the report's text, `/work/shared/reference/000_85bed4b20cf22d25.txt`; the
/// fixture's README.md lists where each figure stands.
@Suite("Report trend figures")
struct ReportTrendFixtureTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/AllianceGraphTests/Fixtures/report-trends").path

    /// The trends table as JSON rows by indicator id.
    static func rows(_ extra: [String] = []) throws -> [String: [String: Any]] {
        let out = try TestSupport.run("alliance", ["compare", folder, "--table", "trends", "--format", "json"] + extra)
        #expect(out.status == 0 && out.stderr.isEmpty, "\(out.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["indicator"] as? String ?? "", $0) })
    }

    /// `count of N` in `year`.
    static func figure(_ row: [String: Any]?, _ year: Int) -> String {
        "\(row?["\(year)_count"] as? Int ?? -1) of \(row?["\(year)_of"] as? Int ?? -1)"
    }

    @Test("written agreements 7/49, 13/39, 24/40 (Fig. 4, lines 1336–1351)")
    func agreements() throws {
        let row = try Self.rows()["written_agreements"]
        #expect([2020, 2021, 2022].map { Self.figure(row, $0) } == ["7 of 49", "13 of 39", "24 of 40"])
        // 2021: 42 returns (Table 1, line 628), 3 of which leave the question open; 58 − 42 did not report.
        #expect(row?["2021_unanswered"] as? Int == 3 && row?["2021_not_reported"] as? Int == 16)
    }

    @Test("cooperation with the immigration office 28/49, 32/42, 33/40 (Fig. 5, lines 1613–1626)")
    func immigrationOffice() throws {
        let row = try Self.rows()["abh_cooperation"]
        #expect([2020, 2021, 2022].map { Self.figure(row, $0) } == ["28 of 49", "32 of 42", "33 of 40"])
        #expect(row?["2020_not_reported"] as? Int == 9, "58 alliances (line 143), 49 report")
    }

    @Test("case conferences in 6, then 13 alliances (lines 1395, 1418); the ABH takes part in 4, then 8 (lines 1397, 1420)")
    func caseConferences() throws {
        let rows = try Self.rows()
        #expect([2021, 2022].map { Self.figure(rows["case_conferences"], $0) } == ["6 of 42", "13 of 40"])
        #expect([2021, 2022].map { Self.figure(rows["case_conferences_abh"], $0) } == ["4 of 42", "8 of 40"])
        #expect(rows["case_conferences"]?["2020_of"] is NSNull, "not asked in AH 2020: empty, not 0")
    }

    @Test("the fixture is valid and warning-free, and the agreements' transitions follow from it")
    func transitions() throws {
        let validate = try TestSupport.run("alliance", ["validate", Self.folder, "--strict", "--lang", "en"])
        #expect(validate.status == 0 && validate.stdout == "52 files checked: 0 errors, 0 warnings\n", "\(validate.stderr)")
        let out = try TestSupport.run("alliance", ["compare", Self.folder, "--table", "transitions", "--indicator", "written_agreements",
                                                   "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        // 2020→2021: 37 answer in both (b01–b37), 6 started (b08–b13), 7 kept (b01–b07); the other 21 of the
        // 58 are not comparable. 2021→2022: 38 answer in both (b01–b36, b50, b51), 11 started (b14–b24), 13 kept.
        #expect(out.stdout.contains("written_agreements,Schriftliche Kooperationsvereinbarungen,2020,2021,6,7,0,24,37,21\n"), "\(out.stdout)")
        #expect(out.stdout.contains("written_agreements,Schriftliche Kooperationsvereinbarungen,2021,2022,11,13,0,14,38,20\n"), "\(out.stdout)")
    }
}
