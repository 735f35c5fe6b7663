import AllianceGraphTestSupport
import Foundation
import Testing
@testable import AllianceGraph

/// Issue 16 item 9: large inputs. The times are measured in `scripts/bench-scale` (BENCHMARKS.md);
/// these tests check that the faster algorithms give the same answers as the simple ones they
/// replace, and that oversized metrics are refused with a clear message instead of running for minutes.
@Suite("Scale: large inputs (issue 16 item 9)")
struct ScaleTests {
    /// An alliance file with `actors` actors (`ki` and `a0`, `a1`, …) and `relations` YAML lines.
    static func file(actors: Int, years: String = "2020-2022", relations: String) -> String {
        var text = "id: large\nname: Large\nkind: independent_city\nyears: \(years)\nactors:\n"
        text += "  - id: ki\n    kind: ki\n    managing_office: true\n    core_group: true\n"
        for i in 0..<(actors - 1) { text += "  - id: a\(i)\n    kind: welfare_association\n" }
        return text + "relations:\n" + relations
    }

    /// One group relation joining every actor: `actors`·(`actors` − 1)/2 ties.
    static func group(_ actors: Int, years: String = "2020-2022") -> String {
        file(actors: actors, years: years, relations: "  - actors: [ki, " + (0..<(actors - 1)).map { "a\($0)" }.joined(separator: ", ")
             + "]\n    format: working_group\n")
    }

    @Test("metrics, diff and compare refuse a group of 1,200 actors (about 2.6 · 10⁹ steps) at once, naming the size and what to do")
    func oversizedMetricsAreRefused() throws {
        let path = try TestSupport.temporaryFile("large-group.yaml", Self.group(1200, years: "2020-2021"))
        let metrics = try TestSupport.run("alliance", ["metrics", path, "--year", "2020", "--lang", "en"])
        #expect(metrics.status != 0)
        #expect(metrics.stdout.isEmpty)
        #expect(metrics.stderr.contains("error: the network metrics of 'large' 2020 are not computed"), "\(metrics.stderr)")
        #expect(metrics.stderr.contains("1200 actors with 719400 ties (the largest relation joins 1200 actors)"), "\(metrics.stderr)")
        #expect(metrics.stderr.contains("--layer"))
        let diff = try TestSupport.run("alliance", ["diff", path, "--from", "2020", "--to", "2021", "--part", "changes"])
        #expect(diff.status != 0 && diff.stdout.isEmpty)
        #expect(diff.stderr.contains("werden nicht berechnet"), "\(diff.stderr)")
        let compare = try TestSupport.run("alliance", ["compare", path, "--table", "ranking", "--year", "2020"])
        #expect(compare.status != 0 && compare.stdout.isEmpty && compare.stderr.contains("werden nicht berechnet"), "\(compare.stderr)")
    }

    @Test("a group below the limit is computed: 60 actors, 1,770 ties")
    func groupBelowTheLimitIsComputed() throws {
        let path = try TestSupport.temporaryFile("group-60.yaml", Self.group(60))
        let out = try TestSupport.run("alliance", ["metrics", path, "--year", "2020", "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("large,2020,all,60,1,1770,1"))
    }

    @Test("the step estimate: one group of k actors costs k·k(k−1)/2 + k(k−1)²; the limit sits between groups of 1,100 and 1,200")
    func metricsStepsOfAGroup() throws {
        for k in [2, 10, 100] {
            let reader = AllianceFileReader(vocabulary: .builtIn)
            let alliance = try #require(reader.read(text: Self.group(k), file: "g.yaml").alliance)
            let projection = NetworkProjection(alliance.snapshot(year: 2020))
            #expect(projection.metricsSteps == k * (k * (k - 1) / 2) + k * (k - 1) * (k - 1))
        }
        let steps = { (k: Int) in k * (k * (k - 1) / 2) + k * (k - 1) * (k - 1) }
        #expect(steps(1100) <= NetworkProjection.metricsStepLimit && steps(1200) > NetworkProjection.metricsStepLimit)
    }

    @Test("identical relations get the ids #2, #3, … as before, skipping an id written in the file")
    func derivedIDsOfIdenticalRelations() throws {
        let same = "  - from: ki\n    to: a0\n    format: referral\n"
        let text = Self.file(actors: 2, relations: same + "  - id: 'referral:ki>a0#3'\n    from: a0\n    to: ki\n    format: referral\n" + same + same + same)
        let alliance = try #require(AllianceFileReader(vocabulary: .builtIn).read(text: text, file: "d.yaml").alliance)
        #expect(alliance.relations.map(\.id.rawValue) == ["referral:ki>a0", "referral:ki>a0#3", "referral:ki>a0#2", "referral:ki>a0#4", "referral:ki>a0#5"])
        // 5,000 identical relations: the last gets #5000 (this took O(n²) look-ups before).
        let many = Self.file(actors: 2, relations: String(repeating: same, count: 5000))
        let large = try #require(AllianceFileReader(vocabulary: .builtIn).read(text: many, file: "m.yaml").alliance)
        #expect(large.relations.last?.id.rawValue == "referral:ki>a0#5000")
        #expect(Set(large.relations.map(\.id)).count == 5000)
    }

    @Test("actor(_:) and relation(_:) find the first of a duplicated id and follow changes to the lists")
    func lookupIndexFollowsTheLists() throws {
        let text = Self.file(actors: 3, relations: "  - id: r\n    from: ki\n    to: a0\n    format: referral\n")
        var alliance = try #require(AllianceFileReader(vocabulary: .builtIn).read(text: text, file: "l.yaml").alliance)
        #expect(alliance.actor("a1")?.kind == "welfare_association")
        #expect(alliance.actor("zz") == nil)
        var twin = alliance.actors[1]
        twin.kind = "vhs"
        alliance.actors.append(twin)  // a second 'a0' (an error the validator reports): the first one counts
        #expect(alliance.actor("a0")?.kind == "welfare_association")
        alliance.actors.removeFirst(2)  // 'ki' and the first 'a0' are gone
        #expect(alliance.actor("ki") == nil && alliance.actor("a0")?.kind == "vhs")
        #expect(alliance.relation("r")?.format == "referral")
        alliance.relations[0].id = "s"
        #expect(alliance.relation("r") == nil && alliance.relation("s") != nil)
    }

    @Test("sharesMonth gives what the pairwise overlap test gave, on 2,000 seeded random cases")
    func sharedMonthsMatchThePairwiseTest() {
        var random = SplitMix64(seed: 16_09)
        for _ in 0..<2000 {
            let holders: [(owner: Int, spans: [MonthSpan])] = (0..<random.below(7)).map { _ in
                (owner: random.below(4), spans: (0..<random.below(3)).map { _ in
                    let start = 24_240 + random.below(30), length = random.below(6)
                    return MonthSpan(start: YearMonth(ordinal: start), end: YearMonth(ordinal: start + length))
                })
            }
            let pairwise = holders.map { a in holders.contains { b in b.owner != a.owner && a.spans.overlaps(b.spans) } }
            #expect(MonthSpan.sharesMonth(holders) == pairwise, "\(holders)")
        }
    }

    @Test("triangles, constraint and brokerage agree with the textbook definitions on seeded random graphs")
    func graphMetricsMatchTheDefinitions() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<40 {
            let n = 1 + random.below(25)
            let arcs = (0..<random.below(80)).map { _ in (random.below(n), random.below(n)) }
            let digraph = CompactDigraph(nodeCount: n, arcs: arcs)
            let graph = digraph.undirected
            let groups = (0..<n).map { _ in random.below(3) }
            // Brokerage: every a → b → c with a ≠ c and no arc a → c, counted for b.
            var brokerage = [BrokerageCounts](repeating: BrokerageCounts(), count: n)
            for b in 0..<n {
                for a in digraph.predecessors(of: b) {
                    for c in digraph.successors(of: b) where c != a && !digraph.hasArc(Int(a), Int(c)) {
                        brokerage[b][BrokerageRole.classify(source: groups[Int(a)], broker: groups[b], target: groups[Int(c)])] += 1
                    }
                }
            }
            #expect(digraph.brokerage(groups: groups) == brokerage)
            // Triangles: pairs of adjacent neighbours.
            let triangles = (0..<n).map { v in
                let nv = Array(graph.neighbors(of: v))
                return nv.indices.reduce(0) { sum, i in sum + nv[(i + 1)...].filter { graph.hasEdge(Int(nv[i]), Int($0)) }.count }
            }
            #expect(graph.triangles() == triangles)
            // Constraint, summing the common neighbours in ascending order (as NetworkX's fixture values were matched).
            let constraint: [Double] = (0..<n).map { v in
                let nv = graph.neighbors(of: v)
                guard !nv.isEmpty else { return .nan }
                let pv = 1 / Double(nv.count)
                return nv.reduce(0.0) { total, j in
                    let indirect = nv.filter { graph.hasEdge(Int(j), Int($0)) }.reduce(0.0) { $0 + pv * (1 / Double(graph.degree(Int($1)))) }
                    return total + (pv + indirect) * (pv + indirect)
                }
            }
            #expect(zip(graph.constraint(), constraint).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
        }
    }
}
