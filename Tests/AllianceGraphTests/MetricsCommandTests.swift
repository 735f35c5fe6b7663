import Foundation
import Testing
@testable import AllianceGraph

/// End-to-end runs of `alliance metrics`, `diff` and `compare` on the sample alliances.
@Suite("Metrics: alliance metrics/diff/compare commands")
struct MetricsCommandTests {
    @Test func metricsCSVHasOneRowPerAllianceYear() throws {
        let out = try TestSupport.run("alliance", ["metrics", "Graphs/", "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("alliance,year,layer,actors,relations,ties,density") == true)
        #expect(lines.count == 1 + SampleAllianceMetricsTests.samples.reduce(0) { $0 + $1.years.count })
    }

    @Test func metricsActorsJSONInEnglish() throws {
        let out = try TestSupport.run("alliance", ["metrics", "Graphs/rheinstadt.yaml", "--year", "2022", "--actors", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["actor"] as? String == "ki" && $0["role"] as? String == "managing_office" && $0["role_label"] as? String == "GfS" })
        let text = try TestSupport.run("alliance", ["metrics", "Graphs/rheinstadt.yaml", "--year", "2022", "--actors", "--lang", "en"])
        #expect(text.stdout.contains("Betweenness") && text.stdout.contains("Effective size"))
        // English tables name the roles in English: MO (managing office), CG (core group).
        let ki = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("ki ") })
        #expect(ki.contains(" MO ") && !text.stdout.contains("GfS") && !text.stdout.contains("BKG"))
    }

    @Test("metrics --actors takes folders and every year: one row per actor of every alliance-year, with kind id and label")
    func metricsActorsOfAFolder() throws {
        let out = try TestSupport.run("alliance", ["metrics", "Graphs/", "--actors", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let expected = SampleAllianceMetricsTests.samples.reduce(0) { sum, a in
            sum + a.years.reduce(0) { $0 + a.snapshot(year: $1).actors.count }
        }
        #expect(rows.count == expected)
        #expect(Set(rows.compactMap { $0["alliance"] as? String }).count == SampleAllianceMetricsTests.samples.count)
        #expect(rows.allSatisfy { $0["year"] is Int && $0["kind"] is String && $0["kind_label"] is String })
        let text = try TestSupport.run("alliance", ["metrics", "Graphs/rheinstadt.yaml", "--actors"])
        #expect(text.status == 0 && text.stdout.contains("Rheinstadt 2019 (alle)") && text.stdout.contains("Rheinstadt 2022 (alle)"))
        let english = try TestSupport.run("alliance", ["metrics", "Graphs/rheinstadt.yaml", "--actors", "--lang", "en"])
        #expect(english.status == 0 && english.stdout.contains("Rheinstadt 2019 (all)") && english.stdout.contains("Rheinstadt 2022 (all)"))
    }

    @Test func metricsRejectsBadInput() throws {
        let badLayer = try TestSupport.run("alliance", ["metrics", "Graphs/", "--layer", "nonsense", "--lang", "en"])
        #expect(badLayer.status != 0 && badLayer.stderr.contains("unknown layer 'nonsense'"))
    }

    @Test func metricsWritesOutputFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("m.md").path
        let out = try TestSupport.run("alliance", ["metrics", "Graphs/", "--year", "2021", "--format", "markdown", "--output", file])
        #expect(out.status == 0 && out.stdout.isEmpty, "\(out.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("| Bündnis | Jahr |"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["m.md"]) // no temp file left
    }

    @Test func diffShowsChangesAndDeltas() throws {
        let out = try TestSupport.run("alliance", ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2022", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let metrics = try #require(object["metrics"] as? [[String: Any]])
        #expect(metrics.contains { $0["metric"] as? String == "density" })
        #expect(object["changes"] is [[String: Any]])
        let csv = try TestSupport.run("alliance", ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2022", "--format", "csv"])
        #expect(csv.status != 0 && csv.stderr.contains("--part"))
    }

    @Test func compareTables() throws {
        let comp = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "composition", "--year", "2019", "--lang", "en"])
        #expect(comp.status == 0, "\(comp.stderr)")
        #expect(comp.stdout.contains("Municipal integration centre") && comp.stdout.contains("Total mentions"))
        let trends = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "trends", "--years", "2020-2022", "--format", "csv"])
        #expect(trends.status == 0, "\(trends.stderr)")
        #expect(trends.stdout.hasPrefix("indicator,label,2020_count,2020_of,2020_pct,2021_count"))
        let rank = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--metric", "density", "--year", "2022"])
        #expect(rank.status == 0 && rank.stdout.contains("Rangfolge nach Dichte\n") && rank.stdout.contains(" Dichte"))
        #expect(!rank.stdout.contains("density"), "the metric is named in German, not by its id")
        let rankEnglish = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--metric", "density", "--year", "2022", "--lang", "en"])
        #expect(rankEnglish.status == 0 && rankEnglish.stdout.contains("Ranking by Density\n"))
        let diff = try TestSupport.run("alliance", ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2022"])
        #expect(diff.status == 0 && diff.stdout.contains("rheinstadt 2019 → 2022 (alle)") && diff.stdout.contains("Dichte"))
        #expect(!diff.stdout.contains("density") && !diff.stdout.contains("(all)"))
        let diffCSV = try TestSupport.run("alliance", ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2022", "--part", "metrics", "--format", "csv"])
        #expect(diffCSV.stdout.contains(",density,Dichte,"), "CSV carries the metric's id and its label")
        let bad = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--metric", "nope", "--lang", "en"])
        #expect(bad.status != 0 && bad.stderr.contains("unknown metric 'nope'"))
    }
}
