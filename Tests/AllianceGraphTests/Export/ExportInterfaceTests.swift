import Foundation
import Testing
@testable import AllianceGraph

/// Interfaces and chains in the exports (issue 12): on the actors and pairs they involve in GraphML,
/// GEXF and Kumu, and as `interfaces.csv` and `chains.csv`; read back by NetworkX, igraph, the Kumu
/// schema check and Python's csv module, and compared with the alliance itself.
@Suite("Export: interfaces and chains, read back by their consumers")
struct ExportInterfaceTests {
    static func ids(_ text: String?) -> Set<String> {
        Set((text ?? "").split(separator: ";").map(String.init))
    }

    @Test("Every sample: each actor lists its coded interfaces and chain steps, each pair the interfaces holding both and the chain links between them")
    func interfacesOnNodesAndEdges() throws {
        let folder = try ExportConsumerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var jobs: [(Alliance, String, String)] = []
        for path in TestSupport.sampleFiles {
            let alliance = try ExportConsumerTests.load(path)
            let network = ExportNetwork(alliance)
            let graphml = folder.appendingPathComponent("\(alliance.id.rawValue).graphml").path
            let gexf = folder.appendingPathComponent("\(alliance.id.rawValue).gexf").path
            let kumu = folder.appendingPathComponent("\(alliance.id.rawValue).json").path
            try GraphMLWriter.document(network).write(toFile: graphml, atomically: true, encoding: .utf8)
            try GEXFWriter.document(network).write(toFile: gexf, atomically: true, encoding: .utf8)
            try KumuWriter.document(network).write(toFile: kumu, atomically: true, encoding: .utf8)
            jobs += [(alliance, "networkx-graphml", graphml), (alliance, "igraph-graphml", graphml), (alliance, "networkx-gexf", gexf),
                     (alliance, "kumu", kumu)]
        }
        let reads = try ConsumerRead.readAll(jobs.map { ($0.1, $0.2) }, schema: ExportConsumerTests.kumuSchema)
        var interfacesSeen = 0, linksSeen = 0
        for ((alliance, consumer, _), read) in zip(jobs, reads) {
            let prefix = consumer == "kumu" ? "element:" : ""
            let nodes = Dictionary(read.nodes.map { ($0.id, $0.attrs) }, uniquingKeysWith: { a, _ in a })
            for actor in alliance.actors {
                let attrs = nodes[prefix + actor.id.rawValue]
                let expected = Set(alliance.interfaces.filter { $0.actors.contains(actor.id) }.map(\.id.rawValue))
                #expect(Self.ids(attrs?["interfaces"]?.text) == expected, "\(consumer) \(alliance.id): interfaces of \(actor.id)")
                let types = Set(alliance.interfaces.filter { $0.actors.contains(actor.id) }.compactMap { $0.type?.id })
                #expect(Self.ids(attrs?["interface_types"]?.text) == types, "\(consumer) \(alliance.id): interface types of \(actor.id)")
                var steps = Set<String>()
                for chain in alliance.chains {
                    for (n, step) in chain.steps.enumerated() where step.actor == actor.id { steps.insert("\(chain.id.rawValue)#\(n + 1)") }
                }
                #expect(Self.ids(attrs?["chains"]?.text) == steps, "\(consumer) \(alliance.id): chain steps of \(actor.id)")
            }
            for edge in read.edges {
                let a = ActorID(edge.attrs["from_actor"]?.text ?? ""), b = ActorID(edge.attrs["to_actor"]?.text ?? "")
                let years = Set((edge.attrs["years"]?.text ?? "").split(separator: ";").compactMap { Int($0) })
                let expected = Set(alliance.interfaces.filter { i in
                    i.actors.contains(a) && i.actors.contains(b) && years.contains(where: i.exists(in:))
                }.map(\.id.rawValue))
                #expect(Self.ids(edge.attrs["interfaces"]?.text) == expected, "\(consumer) \(alliance.id): interfaces of edge \(edge.id)")
                interfacesSeen += expected.count
                var links = Set<String>()
                for chain in alliance.chains where years.contains(where: chain.applies(in:)) {
                    for n in chain.steps.indices.dropLast() where Set([chain.steps[n].actor, chain.steps[n + 1].actor]) == Set([a, b]) {
                        links.insert("\(chain.id.rawValue)#\(n + 1)")
                    }
                }
                #expect(Self.ids(edge.attrs["chain_links"]?.text) == links, "\(consumer) \(alliance.id): chain links of edge \(edge.id)")
                linksSeen += links.count
            }
        }
        #expect(interfacesSeen > 0 && linksSeen > 0, "the samples have interfaces and chains backed by relations")
    }

    @Test("interfaces.csv and chains.csv from alliance export --format csv, plain and excel-de, read by Python's csv module",
          arguments: [CSVDialect.plain, .excelDE])
    func tables(dialect: CSVDialect) throws {
        let folder = try ExportConsumerTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("csv").path
        let result = try TestSupport.run("alliance", ["export", ExportConsumerTests.rheinstadt, "--format", "csv", "--csv", dialect.rawValue, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let alliance = try ExportConsumerTests.load(ExportConsumerTests.rheinstadt)
        #expect(!alliance.interfaces.isEmpty && !alliance.chains.isEmpty)
        let reads = try ConsumerRead.readAll([("csv-table", out + "/interfaces.csv"), ("csv-table", out + "/chains.csv")])
        let network = ExportNetwork(alliance)
        #expect(reads[0].nodes.count == alliance.interfaces.count)
        for (row, interface) in zip(reads[0].nodes, alliance.interfaces) {
            #expect(row.attrs["interface"]?.text == interface.id.rawValue)
            #expect(row.attrs["actors"]?.text == interface.actors.map(\.rawValue).joined(separator: ";"))
            #expect(row.attrs["type"]?.text == (interface.type?.id ?? ""))
            #expect(row.attrs["topic"]?.text == (interface.topic?.rawValue ?? ""))
        }
        for (row, values) in zip(reads[0].nodes, network.interfaceRows) {
            ExportConsumerTests.compare(network.interfaceAttributes, values, row.attrs, typed: false, what: "interfaces.csv")
        }
        let steps = alliance.chains.flatMap { chain in chain.steps.enumerated().map { (chain, $0.offset, $0.element) } }
        #expect(reads[1].nodes.count == steps.count)
        for (row, (chain, n, step)) in zip(reads[1].nodes, steps) {
            #expect(row.attrs["chain"]?.text == chain.id.rawValue)
            #expect(row.attrs["step"]?.text == String(n + 1))
            #expect(row.attrs["actor"]?.text == step.actor.rawValue)
            #expect(row.attrs["next_actor"]?.text == (n + 1 < chain.steps.count ? chain.steps[n + 1].actor.rawValue : ""))
        }
        for (row, values) in zip(reads[1].nodes, network.chainRows) {
            ExportConsumerTests.compare(network.chainAttributes, values, row.attrs, typed: false, what: "chains.csv")
        }
    }
}
