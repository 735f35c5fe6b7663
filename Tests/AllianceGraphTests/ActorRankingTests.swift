import Foundation
import Testing
@testable import AllianceGraph

/// Actor-level rankings across alliance-years, worked out by hand on ``Hand/alliance``.
///
/// In 2021 and 2022 Testhausen's network is the core-group clique KI–ABH–JC–JA plus the referral
/// KI → VHS: degrees KI 4, ABH 3, JA 3, JC 3, VHS 1; only KI lies between others (betweenness 0.5).
@Suite("Metrics: actor rankings")
struct ActorRankingTests {
    /// Testhausen 2021 and 2022, and a copy with an isolated actor (no constraint) in 2021.
    static let metrics: [NetworkMetrics] = {
        var other = Hand.alliance
        other.id = "kreis-test"
        other.actors.append(Hand.actor("iso", "vhs"))
        return [Hand.alliance.snapshot(year: 2022).metrics(), Hand.alliance.snapshot(year: 2021).metrics(),
                other.snapshot(year: 2021).metrics()]
    }()

    static func keys(_ r: [ActorRankingEntry]) -> [String] { r.map { "\($0.rank) \($0.alliance) \($0.year) \($0.actor)" } }

    @Test("degree: ties share the better rank and are listed by alliance, year, actor id")
    func degree() {
        let r = AllianceComparison.actorRanking(Array(Self.metrics.prefix(2)), by: "degree")
        #expect(Self.keys(r) == [
            "1 testhausen 2021 ki", "1 testhausen 2022 ki",
            "3 testhausen 2021 abh", "3 testhausen 2021 ja", "3 testhausen 2021 jc",
            "3 testhausen 2022 abh", "3 testhausen 2022 ja", "3 testhausen 2022 jc",
            "9 testhausen 2021 vhs", "9 testhausen 2022 vhs",
        ])
        #expect(r.first?.value == 4 && r.first?.kind == "ki" && r.first?.area == "integration")
        // the order does not depend on the input order
        #expect(AllianceComparison.actorRanking(Self.metrics.prefix(2).reversed(), by: "degree") == r)
    }

    @Test("ascending, --top keeps ties at the boundary, undefined values last")
    func options() {
        let up = AllianceComparison.actorRanking(Array(Self.metrics.prefix(1)), by: "degree", ascending: true)
        #expect(Self.keys(up) == ["1 testhausen 2022 vhs", "2 testhausen 2022 abh", "2 testhausen 2022 ja",
                                  "2 testhausen 2022 jc", "5 testhausen 2022 ki"])
        let top = AllianceComparison.actorRanking(Array(Self.metrics.prefix(1)), by: "degree", top: 2)
        #expect(Self.keys(top) == ["1 testhausen 2022 ki", "2 testhausen 2022 abh", "2 testhausen 2022 ja", "2 testhausen 2022 jc"])
        // with the isolated actor n = 6, so kreis-test's KI has 3 / C(5, 2) = 0.3, below Testhausen's 0.5
        #expect(Self.keys(AllianceComparison.actorRanking(Self.metrics, by: "betweenness", top: 1))
                == ["1 testhausen 2021 ki", "1 testhausen 2022 ki"])
        // the isolated actor has no constraint: last whichever way round
        for ascending in [false, true] {
            let c = AllianceComparison.actorRanking(Self.metrics, by: "constraint", ascending: ascending)
            #expect(c.last?.actor == "iso" && c.last?.value == nil && c.count == 16)
        }
        let b = AllianceComparison.actorRanking(Array(Self.metrics.prefix(1)), by: "brokerage_total")
        #expect(b.first?.actor == "ki" && b.first?.value == Double(Self.metrics[0].actorMetrics[0].brokerage.total))
    }

    @Test("network ranking --top uses the same rule")
    func networkTop() {
        let r = AllianceComparison.ranking(Self.metrics, by: "actors", top: 1)
        #expect(r.map(\.alliance) == ["kreis-test"] && r.map(\.rank) == [1])
        #expect(AllianceComparison.ranking(Self.metrics, by: "ties", top: 1).map(\.rank) == [1, 1, 1])
    }

    @Test("table: German labels by default, English on request, counts as whole numbers")
    func table() throws {
        let r = AllianceComparison.actorRanking(Array(Self.metrics.prefix(1)), by: "degree", top: 1)
        let de = ResultTable.actorRanking(r, metric: "degree", vocabulary: .builtIn)
        let en = ResultTable.actorRanking(r, metric: "degree", language: .en, vocabulary: .builtIn)
        #expect(de.columns.map(\.id) == ["rank", "alliance", "year", "actor", "kind", "area", "value"])
        #expect(de.columns.map(\.id) == en.columns.map(\.id))
        #expect(de.rows[0] == [.int(1), .text("testhausen"), .int(2022), .text("ki"),
                               .term(id: "ki", label: "Kommunales Integrationszentrum"),
                               .term(id: "integration", label: "Integrationspolitik"), .int(4)])
        #expect(en.rows[0][4] == .term(id: "ki", label: "Municipal integration centre")
                && en.rows[0][5] == .term(id: "integration", label: "Integration policy"))
        #expect(try de.render(.csv) == "rank,alliance,year,actor,kind,kind_label,area,area_label,value\n1,testhausen,2022,ki,ki,Kommunales Integrationszentrum,integration,Integrationspolitik,4\n")
    }

    @Test("alliance compare --table ranking --level actor on Graphs/ through the built binary")
    func commandLine() throws {
        let samples = SampleAllianceMetricsTests.samples.filter { $0.years.contains(2022) }
        let actors = samples.reduce(0) { $0 + $1.snapshot(year: 2022).actors.count }
        let all = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--level", "actor",
                                                   "--metric", "betweenness", "--year", "2022", "--format", "json"])
        #expect(all.status == 0, "\(all.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == actors)
        let expected = AllianceComparison.actorRanking(samples.map { $0.snapshot(year: 2022).metrics() }, by: "betweenness")
        #expect(rows.map { $0["actor"] as? String ?? "" } == expected.map(\.actor))
        #expect(rows.map { $0["alliance"] as? String ?? "" } == expected.map(\.alliance))
        #expect(rows.map { $0["rank"] as? Int ?? 0 } == expected.map(\.rank))
        #expect(rows.allSatisfy { $0["year"] as? Int == 2022 && $0["kind"] is String && $0["kind_label"] is String })

        let top = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--level", "actor",
                                                   "--metric", "degree", "--year", "2022", "--top", "3", "--format", "csv", "--lang", "en"])
        #expect(top.status == 0, "\(top.stderr)")
        let lines = top.stdout.split(separator: "\n")
        #expect(lines.first == "rank,alliance,year,actor,kind,kind_label,area,area_label,value")
        #expect(lines.count >= 4 && lines.dropFirst().allSatisfy { Int($0.split(separator: ",")[0])! <= 3 })
        #expect(top.stdout.contains("Jobcenter") || top.stdout.contains("Municipal integration centre"))

        let text = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--level", "actor", "--top", "2"])
        #expect(text.status == 0 && text.stdout.hasPrefix("Rangfolge der Akteure nach Betweenness\n"), "\(text.stderr)")
        let md = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--level", "actor",
                                                  "--metric", "constraint", "--ascending", "--top", "1", "--format", "markdown"])
        #expect(md.status == 0 && md.stdout.contains("| Rang | Bündnis | Jahr | Akteur | Art | Politikfeld | Constraint |"))

        let bad = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--level", "actor", "--metric", "density", "--lang", "en"])
        #expect(bad.status != 0 && bad.stderr.contains("unknown metric 'density' for --level actor"))
        let wrongTable = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "trends", "--level", "actor", "--lang", "en"])
        #expect(wrongTable.status != 0 && wrongTable.stderr.contains("--level applies to --table ranking only"))
        let zero = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "ranking", "--top", "0", "--lang", "en"])
        #expect(zero.status != 0 && zero.stderr.contains("--top must be at least 1"))
    }
}
