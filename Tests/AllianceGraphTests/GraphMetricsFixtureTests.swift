import Foundation
import Testing
@testable import AllianceGraph
import AllianceGraphTestSupport

/// A NetworkX reference fixture written by `scripts/make_metric_fixtures.py`.
struct MetricFixture: Decodable {
    struct EI: Decodable {
        var external: Int
        var `internal`: Int
        var value: Double?
    }
    var name: String
    var nodeCount: Int
    var edges: [[Int]]
    var groups: [Int]
    var edgeCount: Int
    var density: Double
    var components: Int
    var largestComponent: Int
    var degreeCentrality: [Double]
    var betweenness: [Double]
    var closeness: [Double]
    var clustering: [Double]
    var averageClustering: Double
    var transitivity: Double
    var constraint: [Double?]
    var effectiveSize: [Double?]
    var eiIndex: EI

    var graph: CompactGraph { CompactGraph(nodeCount: nodeCount, edges: edges.map { ($0[0], $0[1]) }) }

    static func load(_ url: URL) throws -> MetricFixture {
        try JSONDecoder().decode(MetricFixture.self, from: Data(contentsOf: url))
    }

    static func urls(in subfolder: String, suffix: String) -> [URL] {
        guard let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return [] }
        let dir = base.appendingPathComponent("metrics").appendingPathComponent(subfolder)
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.lastPathComponent.hasSuffix(suffix) }.sorted { $0.path < $1.path }
    }
}

let metricTolerance = 1e-9

func expectClose(_ actual: [Double], _ expected: [Double?], _ what: String, _ name: String,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(name) \(what): count", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        if let e {
            #expect(abs(a - e) <= metricTolerance, "\(name) \(what)[\(i)]: \(a) vs NetworkX \(e)", sourceLocation: sourceLocation)
        } else {
            #expect(a.isNaN, "\(name) \(what)[\(i)]: \(a) vs NetworkX nan", sourceLocation: sourceLocation)
        }
    }
}

func checkGraphMetrics(_ f: MetricFixture) {
    let g = f.graph
    #expect(g.nodeCount == f.nodeCount)
    #expect(g.edgeCount == f.edgeCount, "\(f.name) edge count")
    #expect(abs(g.density - f.density) <= metricTolerance, "\(f.name) density")
    let comps = g.connectedComponents()
    #expect(comps.count == f.components, "\(f.name) components")
    #expect(comps.largestSize == f.largestComponent, "\(f.name) largest component")
    expectClose(g.degreeCentrality(), f.degreeCentrality, "degree centrality", f.name)
    expectClose(g.betweennessCentrality(workers: 1), f.betweenness, "betweenness (1 worker)", f.name)
    expectClose(g.betweennessCentrality(workers: 2), f.betweenness, "betweenness (2 workers)", f.name)
    expectClose(g.betweennessCentrality(workers: 3), f.betweenness, "betweenness (3 workers)", f.name)
    expectClose(g.closenessCentrality(workers: 1), f.closeness, "closeness (1 worker)", f.name)
    expectClose(g.closenessCentrality(workers: 2), f.closeness, "closeness (2 workers)", f.name)
    expectClose(g.clustering(), f.clustering, "clustering", f.name)
    #expect(abs(g.averageClustering() - f.averageClustering) <= metricTolerance, "\(f.name) average clustering")
    #expect(abs(g.transitivity() - f.transitivity) <= metricTolerance, "\(f.name) transitivity")
    expectClose(g.constraint(), f.constraint, "constraint", f.name)
    expectClose(g.effectiveSize(), f.effectiveSize, "effective size", f.name)
    let ei = g.eiIndex(groups: f.groups)
    #expect(ei.external == f.eiIndex.external && ei.internal == f.eiIndex.internal, "\(f.name) E-I counts")
    #expect(ei.value.map { v in f.eiIndex.value.map { abs(v - $0) <= metricTolerance } ?? false } ?? (f.eiIndex.value == nil),
            "\(f.name) E-I index")
}

@Suite("Metrics: graph algorithms against NetworkX fixtures")
struct GraphMetricsFixtureTests {
    static let randomFixtures = MetricFixture.urls(in: "", suffix: ".json")
        .filter { $0.lastPathComponent.hasPrefix("random-") }

    @Test("fixtures are present")
    func fixturesPresent() {
        #expect(Self.randomFixtures.count >= 8)
    }

    @Test("seeded random graphs agree with NetworkX to 1e-9", arguments: randomFixtures)
    func randomGraph(_ url: URL) throws {
        checkGraphMetrics(try MetricFixture.load(url))
    }

    @Test("CSR build drops loops and merges parallel edges")
    func compactBuild() {
        let g = CompactGraph(nodeCount: 4, edges: [(0, 1), (1, 0), (1, 1), (2, 1), (0, 1)])
        #expect(g.edgeCount == 2)
        #expect(Array(g.neighbors(of: 1)) == [0, 2])
        #expect(g.hasEdge(2, 1) && !g.hasEdge(0, 2))
        #expect(g.degree(3) == 0)
        let d = CompactDigraph(nodeCount: 3, arcs: [(0, 1), (0, 1), (1, 0), (2, 2)])
        #expect(d.arcCount == 2 && d.hasArc(1, 0) && !d.hasArc(2, 2))
        #expect(d.undirected.edgeCount == 1)
    }

    @Test("parallel betweenness and closeness are bit-identical for any worker count")
    func deterministic() {
        let g = SyntheticAllianceNetwork(shape: SyntheticNetworkShape(alliances: 8, actorsPerAlliance: 40, relations: 1_400)).graph
        let one = g.betweennessCentrality(workers: 1)
        #expect(g.betweennessCentrality(workers: 2) == one)
        #expect(g.betweennessCentrality(workers: 5) == one)
        #expect(g.closenessCentrality(workers: 3) == g.closenessCentrality(workers: 1))
    }

    @Test("empty and tiny graphs do not trap")
    func tiny() {
        let empty = CompactGraph(nodeCount: 0, edges: [])
        #expect(empty.betweennessCentrality().isEmpty && empty.density == 0 && empty.connectedComponents().count == 0)
        let one = CompactGraph(nodeCount: 1, edges: [])
        #expect(one.closenessCentrality() == [0] && one.degreeCentrality() == [1] && one.constraint()[0].isNaN)
    }
}
