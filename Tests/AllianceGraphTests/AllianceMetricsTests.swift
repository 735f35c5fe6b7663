import Foundation
import Testing
@testable import AllianceGraph
import AllianceGraphTestSupport

/// The projected edge list a fixture was computed on (exported by `alliance metrics --export-edges`).
private struct ExportedEdges: Decodable {
    var alliance: String
    var year: Int
    var layer: String
    /// `effective` or `coded` (absent in fixtures made before mechanisms were inferred: `coded`).
    var mechanisms: String?
    var actors: [String]
    var edges: [[Int]]
    var groups: [Int]
}

@Suite("Metrics: sample alliances against NetworkX fixtures")
struct SampleAllianceMetricsTests {
    static let expectedFiles = MetricFixture.urls(in: "alliances", suffix: ".expected.json")
    static let samples: [Alliance] = TestSupport.sampleFiles.compactMap { AllianceLoader(vocabulary: .builtIn).load(path: $0).validAlliance }

    @Test("every sample alliance-year has a fixture")
    func coverage() {
        // every sample alliance × each of its years, plus layer fixtures
        let years = Self.samples.reduce(0) { $0 + $1.years.count }
        #expect(Self.samples.count == TestSupport.sampleFiles.count)
        #expect(Self.expectedFiles.count >= years)
    }

    @Test("projection and metrics agree with NetworkX to 1e-9", arguments: expectedFiles)
    func sample(_ url: URL) throws {
        let expected = try MetricFixture.load(url)
        let edgesURL = URL(fileURLWithPath: url.path.replacingOccurrences(of: ".expected.json", with: ".edges.json"))
        let exported = try JSONDecoder().decode(ExportedEdges.self, from: Data(contentsOf: edgesURL))
        let alliance = try #require(Self.samples.first { $0.id.rawValue == exported.alliance })
        let layer = try #require(NetworkLayer(exported.layer, vocabulary: .builtIn))
        let basis = try #require(MechanismBasis(rawValue: exported.mechanisms ?? "coded"))
        let projection = NetworkProjection(alliance.snapshot(year: exported.year), layer: layer, mechanisms: basis)
        // The projection must still give the graph the reference values were computed on.
        #expect(projection.actors.map(\.id.rawValue) == exported.actors)
        #expect(projection.graph.edges.map { [$0.0, $0.1] } == exported.edges)
        #expect(projection.areaGroups == exported.groups)
        checkGraphMetrics(expected)

        // The alliance-level API reports the same numbers.
        let m = projection.metrics()
        #expect(m.mechanisms.basis == basis)
        #expect(m.actors == expected.nodeCount && m.ties == expected.edgeCount)
        #expect(abs(m.density - expected.density) <= metricTolerance)
        #expect(m.components == expected.components && m.largestComponent == expected.largestComponent)
        #expect(abs(m.averageClustering - expected.averageClustering) <= metricTolerance)
        #expect(abs(m.transitivity - expected.transitivity) <= metricTolerance)
        expectClose(m.actorMetrics.map(\.betweenness), expected.betweenness, "betweenness", expected.name)
        expectClose(m.actorMetrics.map(\.closeness), expected.closeness, "closeness", expected.name)
        expectClose(m.actorMetrics.map(\.clustering), expected.clustering, "clustering", expected.name)
        expectClose(m.actorMetrics.map { $0.constraint ?? .nan }, expected.constraint, "constraint", expected.name)
        expectClose(m.actorMetrics.map { $0.effectiveSize ?? .nan }, expected.effectiveSize, "effective size", expected.name)
        expectClose(m.actorMetrics.map(\.degreeCentrality), expected.degreeCentrality, "degree centrality", expected.name)
        #expect(m.eiExternal == expected.eiIndex.external && m.eiInternal == expected.eiIndex.internal)
    }
}

/// Small alliances built in code, with results worked out by hand.
enum Hand {
    static func actor(_ id: String, _ kind: String, core: Bool = false, managing: Bool = false, years: String? = nil) -> Actor {
        var roles: [ActorRole: [Period]] = [:]
        if core { roles[.coreGroup] = [.years(2019...2022)] }
        if managing { roles[.managingOffice] = [.years(2019...2022)] }
        return Actor(id: ActorID(id), kind: ActorKindID(kind), roles: roles, periods: period(years))
    }

    static func period(_ text: String?) -> [Period]? {
        guard let text else { return nil }
        return [try! Period.parse(text)]
    }

    static func relation(_ id: String, _ actors: [String], _ format: String, mechanism: CodedMechanism? = nil,
                         years: String? = nil, directedTo: [String]? = nil, replacedBy: RelationID? = nil) -> Relation {
        let ids: [ActorID] = actors.map { ActorID($0) }
        let ends: RelationEnds
        if let directedTo {
            ends = .directed(from: ids, to: directedTo.map { ActorID($0) })
        } else {
            ends = .undirected(ids)
        }
        return Relation(id: RelationID(id), ends: ends, format: FormatID(format), mechanism: mechanism,
                        periods: period(years), replacedBy: replacedBy)
    }

    /// KI (managing office), ABH, JC, JA in the core group; VHS joins in 2021; a referral KI → VHS;
    /// an exchange round KI–ABH–JC in 2019–2020 replaced by a written agreement in 2021–2022.
    static let actors: [Actor] = [
        actor("ki", "ki", core: true, managing: true), actor("abh", "abh", core: true),
        actor("jc", "jobcenter", core: true), actor("ja", "youth_office", core: true),
        actor("vhs", "vhs", years: "2021-"),
    ]
    static let relations: [Relation] = [
        relation("kg", ["ki", "abh", "jc", "ja"], "core_group", mechanism: CodedMechanism(.exchange)),
        relation("ex", ["ki", "abh", "jc"], "exchange_round", years: "2019-2020", replacedBy: "kv"),
        relation("kv", ["jc", "abh", "ki"], "cooperation_agreement", mechanism: CodedMechanism(.positive, .linking), years: "2021-"),
        relation("ref", ["ki"], "referral", mechanism: CodedMechanism(.negative, .demarcation), years: "2021-", directedTo: ["vhs"]),
    ]
    static let alliance = Alliance(id: "testhausen", name: "Testhausen", kind: .independentCity, years: 2019...2022,
                                   actors: actors, relations: relations, vocabulary: .builtIn)
}

@Suite("Metrics: brokerage roles (hand-worked)")
struct BrokerageTests {
    @Test("role classification by the three groups")
    func classify() {
        #expect(BrokerageRole.classify(source: 0, broker: 0, target: 0) == .coordinator)
        #expect(BrokerageRole.classify(source: 1, broker: 0, target: 0) == .gatekeeper)
        #expect(BrokerageRole.classify(source: 0, broker: 0, target: 1) == .representative)
        #expect(BrokerageRole.classify(source: 0, broker: 1, target: 0) == .consultant)
        #expect(BrokerageRole.classify(source: 0, broker: 1, target: 2) == .liaison)
    }

    @Test("one broker in four roles; a closing arc removes one")
    func fourRoles() {
        // Groups: 0, 1, 2 in A (0); 3 in B (1); 4 in C (2). Arcs 0→1, 1→2, 3→1, 1→4.
        // Broker 1 (A) has in-neighbours {0 (A), 3 (B)} and out-neighbours {2 (A), 4 (C)}:
        //   0→1→2  A A A  coordinator
        //   0→1→4  A A C  representative
        //   3→1→2  B A A  gatekeeper
        //   3→1→4  B A C  liaison
        // No other node has both an in- and an out-arc, so nobody else brokers.
        let groups = [0, 0, 0, 1, 2]
        let g = CompactDigraph(nodeCount: 5, arcs: [(0, 1), (1, 2), (3, 1), (1, 4)])
        let b = g.brokerage(groups: groups)
        #expect(b[1] == BrokerageCounts(coordinator: 1, gatekeeper: 1, representative: 1, consultant: 0, liaison: 1))
        for v in [0, 2, 3, 4] { #expect(b[v].total == 0) }
        // With a direct arc 3→4 the path 3→1→4 is closed: the liaison role disappears.
        let closed = CompactDigraph(nodeCount: 5, arcs: [(0, 1), (1, 2), (3, 1), (1, 4), (3, 4)])
        #expect(closed.brokerage(groups: groups)[1] == BrokerageCounts(coordinator: 1, gatekeeper: 1, representative: 1))
    }

    @Test("consultant on mutual ties counts both directions")
    func consultantMutual() {
        // 0 (A) ↔ 1 (B) ↔ 2 (A), i.e. undirected ties 0–1 and 1–2 as mutual arcs.
        // Paths through 1: 0→1→2 and 2→1→0, both A B A: consultant twice. 0→1→0 is not a path (a = c).
        let g = CompactDigraph(nodeCount: 3, arcs: [(0, 1), (1, 0), (1, 2), (2, 1)])
        let b = g.brokerage(groups: [0, 1, 0])
        #expect(b[1] == BrokerageCounts(consultant: 2))
        #expect(b[0].total == 0 && b[2].total == 0)
    }

    @Test("brokerage in an alliance uses policy areas and direction")
    func allianceBrokerage() throws {
        // 2021: core group clique ki, abh, jc, ja (mutual arcs) plus referral ki → vhs.
        // Paths x → ki → vhs with x ∈ {abh (migration), jc (labour), ja (social)} and no x → vhs:
        // ki is integration, vhs is education, so each is A → B → C: three liaisons for ki.
        // Within the clique every two-path is closed, so no other brokerage.
        let p = NetworkProjection(Hand.alliance.snapshot(year: 2021))
        let m = p.metrics()
        let ki = try #require(m.actorMetrics.first { $0.id == "ki" })
        #expect(ki.brokerage == BrokerageCounts(liaison: 3))
        #expect(m.brokerage == BrokerageCounts(liaison: 3))
    }
}

@Suite("Metrics: alliance projection, difference, comparison, tables")
struct AllianceAnalysisTests {
    @Test("projection expands groups to cliques and collapses multi-relations")
    func projection() throws {
        let p = NetworkProjection(Hand.alliance.snapshot(year: 2020))
        #expect(p.actors.map(\.id) == ["ki", "abh", "jc", "ja"]) // vhs joins in 2021
        #expect(p.graph.edgeCount == 6) // core group clique of 4; the exchange round adds no new pair
        let ki = try #require(p.node(of: "ki")), abh = try #require(p.node(of: "abh")), ja = try #require(p.node(of: "ja"))
        #expect(p.relationCount(ki, abh) == 2 && p.relationCount(ki, ja) == 1)
        let layer = NetworkProjection(Hand.alliance.snapshot(year: 2021), layer: .format("referral"))
        #expect(layer.graph.edgeCount == 1 && layer.digraph.arcCount == 1)
        #expect(NetworkLayer("positive", vocabulary: .builtIn) == .mechanism(.positive))
        #expect(NetworkLayer("case_conference", vocabulary: .builtIn) == .format("case_conference"))
        #expect(NetworkLayer("nonsense", vocabulary: .builtIn) == nil)
    }

    @Test("alliance metrics: mechanisms, formalisation, managing office")
    func metrics() throws {
        let m = Hand.alliance.snapshot(year: 2021).metrics()
        #expect(m.actors == 5 && m.relations == 3 && m.ties == 7)
        // kg exchange, kv positive, ref negative: a third each, nothing uncoded
        #expect(m.mechanisms.counts == ["exchange": 1, "positive": 1, "negative": 1])
        #expect(m.mechanisms.positive == 1.0 / 3 && m.mechanisms.uncoded == 0)
        // core group regular (1), agreement written (2), referral on demand (0): 3 / (2 × 3)
        #expect(m.formalisationIndex == 0.5 && m.writtenRelations == 1)
        let mo = try #require(m.managingOffices.first)
        // ki is the only path to vhs: betweenness = 3 ordered-pair-halves… (3 pairs) / C(4,2)=6 → 0.5
        #expect(mo.id == "ki" && mo.degree == 4 && mo.betweennessRank == 1)
        #expect(abs(mo.betweenness - 0.5) < 1e-12)
        // the exchange round is not coded: the classification infers exchange and learning for it;
        // with coded mechanisms only it counts as uncoded
        let inferred = Hand.alliance.snapshot(year: 2019).metrics()
        #expect(inferred.mechanisms.counts == ["exchange": 2] && inferred.mechanisms.inferred == 1)
        let uncoded = Hand.alliance.snapshot(year: 2019).metrics(mechanisms: .coded)
        #expect(uncoded.mechanisms.counts["uncoded"] == 1 && uncoded.mechanisms.inferred == 0)
    }

    @Test("difference 2020 → 2021")
    func difference() {
        let d = YearDifference(Hand.alliance, from: 2020, to: 2021)
        #expect(d.actorsAdded == ["vhs"] && d.actorsRemoved.isEmpty)
        #expect(d.relationsAdded == ["ref"] && d.relationsRemoved.isEmpty)
        // ex (exchange round, uncoded, regular) became kv between the same actors in another order
        #expect(Set(d.changes.map(\.field)) == ["format", "mechanism", "formalisation"])
        #expect(d.changes.allSatisfy { $0.before == "ex" && $0.after == "kv" })
        #expect(d.changes.first { $0.field == "formalisation" }.map { ($0.from, $0.to) } ?? ("", "") == ("regular", "written"))
        let actors = d.metricDeltas.first { $0.metric == "actors" }
        #expect(actors?.from == 4 && actors?.to == 5 && actors?.delta == 1)
        let back = YearDifference(Hand.alliance, from: 2022, to: 2019)
        #expect(back.actorsRemoved == ["vhs"] && back.relationsRemoved == ["ref"])
    }

    @Test("composition, trends and ranking across alliances")
    func comparison() throws {
        var district = Hand.alliance
        district.id = "kreis-test"
        district.kind = .district
        district.actors.removeAll { $0.id == "abh" }
        district.relations = [Hand.relation("kg", ["ki", "jc", "ja"], "core_group"),
                              Hand.relation("cc", ["ki", "jc"], "case_conference", years: "2022")]
        let alliances = [Hand.alliance, district]
        let c = AllianceComparison.composition(alliances, year: 2019, vocabulary: .builtIn)
        #expect(c.alliances == 2 && c.alliancesByKind == ["independent_city": 1, "district": 1])
        let abh = try #require(c.rows.first { $0.id == "abh" })
        #expect(abh.total == 1 && abh.byAllianceKind == ["independent_city": 1])
        let ki = try #require(c.rows.first { $0.id == "ki" })
        #expect(ki.total == 2)
        let mi = try #require(c.rows.first { $0.isAreaTotal && $0.id == "migration_integration" })
        #expect(mi.total == 3) // KI twice, ABH once
        #expect(c.rows.first?.isAreaTotal == true)

        let t = AllianceComparison.trends(alliances, years: [2020, 2021, 2022])
        func cell(_ i: String, _ y: Int) -> Int? { t.first { $0.indicator == i && $0.year == y }?.count }
        #expect(cell("written", 2020) == 0 && cell("written", 2021) == 1)
        #expect(cell("with:abh", 2020) == 1)
        #expect(cell("format:case_conference", 2021) == 0 && cell("format:case_conference", 2022) == 1)
        #expect(cell("format:case_conference+abh", 2022) == 0)
        #expect(t.allSatisfy { $0.of == 2 })

        let metrics = alliances.map { $0.snapshot(year: 2021).metrics() }
        let r = AllianceComparison.ranking(metrics, by: "actors")
        #expect(r.map(\.alliance) == ["testhausen", "kreis-test"] && r.map(\.rank) == [1, 2])
        let tie = AllianceComparison.ranking(metrics + metrics, by: "actors")
        #expect(tie.map(\.rank) == [1, 1, 3, 3])
    }

    @Test("tables render as text, CSV, JSON and Markdown")
    func tables() throws {
        let table = ResultTable(title: "T", columns: [.init("name", "Name"), .init("x", "X"), .init("n", "N")],
                                rows: [[.text("a, \"b\""), .number(0.5), .int(3)], [.text("c|d"), .empty, .int(-1)]])
        #expect(try table.render(.csv) == "name,x,n\n\"a, \"\"b\"\"\",0.5,3\nc|d,,-1\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(table.render(.json).utf8)) as? [[String: Any]])
        #expect(json.count == 2 && json[0]["x"] as? Double == 0.5 && json[1]["x"] is NSNull && json[0]["name"] as? String == "a, \"b\"")
        let md = table.markdown()
        #expect(md.contains("| c\\|d | – | -1 |") && md.contains("| --- | ---: | ---: |"))
        let text = table.text()
        #expect(text.contains("a, \"b\"  0.500   3"))
        let de = ResultTable.networkMetrics([Hand.alliance.snapshot(year: 2021).metrics()], language: .de)
        let en = ResultTable.networkMetrics([Hand.alliance.snapshot(year: 2021).metrics()], language: .en)
        #expect(de.columns.map(\.id) == en.columns.map(\.id))
        #expect(de.columns[6].header == "Dichte" && en.columns[6].header == "Density")
    }

    @Test("synthetic generator is reproducible and has the requested shape")
    func generator() {
        let shape = SyntheticNetworkShape(alliances: 5, actorsPerAlliance: 20, relations: 600, seed: 7)
        let a = SyntheticAllianceNetwork(shape: shape), b = SyntheticAllianceNetwork(shape: shape)
        #expect(a.edges.map { [$0.0, $0.1] } == b.edges.map { [$0.0, $0.1] })
        #expect(a.nodeCount == 100 && a.edges.count == 600)
        #expect(a.graph.connectedComponents().count == 1)
        var other = shape
        other.seed = 8
        #expect(SyntheticAllianceNetwork(shape: other).edges.map { [$0.0, $0.1] } != a.edges.map { [$0.0, $0.1] })
    }
}
