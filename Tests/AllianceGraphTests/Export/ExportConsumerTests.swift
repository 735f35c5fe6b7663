import Foundation
import Testing
@testable import AllianceGraph

/// What a real consumer read from an exported file (scripts/read_export.py): every attribute as
/// `[type, text]`, so that types are compared too.
struct ConsumerRead {
    struct Item {
        var id: String
        var source: String?
        var target: String?
        var attrs: [String: (type: String, text: String)]
    }
    var multigraph: Bool
    var graph: [String: (type: String, text: String)]
    var nodes: [Item]
    var edges: [Item]

    /// Reads `path` with `consumer` (`networkx-graphml`, `networkx-gexf`, `igraph-graphml`, `kumu`, `csv`)
    /// in the consumer environment, which scripts/consumer-python sets up on first use.
    static func read(_ consumer: String, _ path: String, schema: String? = nil) throws -> ConsumerRead {
        try #require(try readAll([(consumer, path)], schema: schema).first)
    }

    /// Reads every `(consumer, path)` in one Python process (a start of Python and its libraries
    /// costs about a second on a loaded machine).
    static func readAll(_ files: [(consumer: String, path: String)], schema: String? = nil) throws -> [ConsumerRead] {
        let (status, data, errors) = try TestSupport.consumerPython(
            [TestSupport.packageRoot.appendingPathComponent("scripts/read_export.py").path]
                + (schema.map { ["--schema", $0] } ?? []) + files.map { "\($0.consumer):\($0.path)" })
        guard status == 0 else {
            Issue.record("the consumers could not read \(files.map(\.path)): \(errors)")
            throw CocoaError(.fileReadCorruptFile)
        }
        let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        func attrs(_ any: Any?) -> [String: (type: String, text: String)] {
            var result: [String: (type: String, text: String)] = [:]
            for (k, v) in any as? [String: Any] ?? [:] {
                if let pair = v as? [String], pair.count == 2 { result[k] = (pair[0], pair[1]) }
            }
            return result
        }
        return list.map { object in
            func items(_ key: String) -> [Item] {
                (object[key] as? [[String: Any]] ?? []).map {
                    Item(id: "\($0["id"] ?? "")", source: $0["source"] as? String, target: $0["target"] as? String, attrs: attrs($0["attrs"]))
                }
            }
            return ConsumerRead(multigraph: object["multigraph"] as? Bool ?? false, graph: attrs(object["graph"]),
                                nodes: items("nodes"), edges: items("edges"))
        }
    }
}

/// Every export read back by its real consumer: NetworkX (GraphML, GEXF), python-igraph (GraphML),
/// a JSON Schema and fixture check (Kumu), Python's csv module (nodes.csv, edges.csv); the values
/// compared with the export model and, independently, with the alliance itself.
@Suite("Export: read back by NetworkX, igraph, a Kumu schema and csv")
struct ExportConsumerTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ag-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func load(_ path: String) throws -> Alliance {
        let result = AllianceLoader(vocabulary: .builtIn).load(path: path)
        return try #require(result.validAlliance, "\(path): \(result.diagnostics.map { $0.text(.en) })")
    }

    static var rheinstadt: String { TestSupport.graphsFolder.appendingPathComponent("rheinstadt.yaml").path }

    /// `type` as each consumer names the model's type.
    static func typeName(_ value: ExportValue) -> String {
        switch value {
        case .string: "string"
        case .int: "int"
        case .bool: "bool"
        }
    }

    /// Every value of the model is what the consumer read, with its type (`typed`), or as text (CSV);
    /// values the model lacks are absent (or, where the consumer fills in defaults, empty).
    static func expectSame(_ network: ExportNetwork, _ read: ConsumerRead, typed: Bool, consumer: String,
                           nodeID: (String) -> String = { $0 }, labelKey: String = "label") {
        #expect(read.nodes.count == network.nodes.count, "\(consumer): nodes")
        #expect(read.edges.count == network.edges.count, "\(consumer): edges")
        let nodes = Dictionary(read.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for node in network.nodes {
            guard let got = nodes[nodeID(node.id)] else { Issue.record("\(consumer): node \(node.id) missing"); continue }
            #expect(got.attrs[labelKey]?.text == node.label, "\(consumer): label of \(node.id)")
            compare(network.nodeAttributes, node.values, got.attrs, typed: typed, what: "\(consumer) node \(node.id)")
        }
        let edges = Dictionary(read.edges.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for edge in network.edges {
            let id = consumer == "kumu" ? "connection:" + edge.id : edge.id
            guard let got = edges[id] else { Issue.record("\(consumer): edge \(edge.id) missing"); continue }
            #expect(Set([got.source, got.target]) == Set([nodeID(edge.source), nodeID(edge.target)]), "\(consumer): ends of \(edge.id)")
            compare(network.edgeAttributes, edge.values, got.attrs, typed: typed, what: "\(consumer) edge \(edge.id)")
        }
    }

    static func compare(_ attributes: [ExportAttribute], _ values: [ExportValue?], _ got: [String: (type: String, text: String)],
                        typed: Bool, what: String) {
        for (a, v) in zip(attributes, values) {
            let read = got[a.name]
            guard let v else {
                // Absent, or a consumer's default for a missing value (igraph: "" or NaN; CSV: "").
                #expect(read == nil || read!.text == "" || read!.type == "null" || (read!.type == "bool" && read!.text == "false"),
                        "\(what): \(a.name) should be absent, is \(String(describing: read))")
                continue
            }
            #expect(read?.text == v.text, "\(what): \(a.name)")
            if typed { #expect(read?.type == typeName(v), "\(what): type of \(a.name)") }
        }
    }

    /// Checks the consumer's reading against the alliance itself, not the export model: kinds, core
    /// group and presence by year, one edge per pair, direction, format, coded vs inferred mechanisms.
    static func expectMatchesSource(_ alliance: Alliance, _ read: ConsumerRead, basis: MechanismBasis, consumer: String) {
        let nodes = Dictionary(read.nodes.map { ($0.id, $0.attrs) }, uniquingKeysWith: { a, _ in a })
        for actor in alliance.actors {
            let attrs = nodes[actor.id.rawValue]
            #expect(attrs?["kind"]?.text == actor.kind.rawValue, "\(consumer): kind of \(actor.id)")
            #expect(attrs?["area"]?.text == actor.policyArea(in: alliance.vocabulary)?.id, "\(consumer): area of \(actor.id)")
            for y in alliance.years {
                #expect(attrs?["present_\(y)"]?.text == String(actor.isPresent(in: y)), "\(consumer): \(actor.id) in \(y)")
                #expect(attrs?["core_group_\(y)"]?.text == String(actor.holds(.coreGroup, in: y) && actor.isPresent(in: y)),
                        "\(consumer): core group of \(actor.id) in \(y)")
                #expect(attrs?["managing_office_\(y)"]?.text == String(actor.holds(.managingOffice, in: y) && actor.isPresent(in: y)),
                        "\(consumer): managing office \(actor.id) in \(y)")
            }
        }
        var expectedEdges = 0
        for relation in alliance.relations where alliance.years.contains(where: relation.holds(in:)) {
            let edges = read.edges.filter { $0.attrs["relation"]?.text == relation.id.rawValue }
            if case .coreGroup = relation.ends {
                var pairs = Set<[String]>()
                for y in alliance.years where relation.holds(in: y) {
                    for (a, b) in alliance.ends(of: relation, in: y).pairs { pairs.insert([a.rawValue, b.rawValue].sorted()) }
                }
                #expect(edges.count == pairs.count, "\(consumer): core-group pairs")
                expectedEdges += pairs.count
            } else {
                #expect(edges.count == relation.ends.pairs.count, "\(consumer): pairs of \(relation.id)")
                expectedEdges += relation.ends.pairs.count
            }
            for edge in edges {
                #expect(edge.attrs["format"]?.text == relation.format.rawValue)
                #expect(edge.attrs["directed"]?.text == String(relation.ends.isDirected))
                if case .directed(let from, let to) = relation.ends {
                    #expect(from.map(\.rawValue).contains(edge.attrs["from_actor"]?.text ?? ""), "\(consumer): from of \(relation.id)")
                    #expect(to.map(\.rawValue).contains(edge.attrs["to_actor"]?.text ?? ""), "\(consumer): to of \(relation.id)")
                }
                let source = edge.attrs["mechanism_source"]?.text
                if let coded = relation.mechanism {
                    #expect(source == "coded", "\(consumer): \(relation.id) is coded")
                    #expect(edge.attrs["mechanism_coded"]?.text == coded.description)
                    #expect(edge.attrs["mechanism"]?.text == coded.mechanism.id)
                } else if basis == .coded {
                    #expect(source == "none", "\(consumer): \(relation.id) is not coded")
                } else {
                    #expect(source == "inferred" || source == "none", "\(consumer): \(relation.id) is not coded")
                }
            }
        }
        #expect(read.edges.count == expectedEdges, "\(consumer): edge count")
    }

    @Test("GraphML and GEXF of every sample, read by NetworkX and igraph, hold every attribute of the source",
          arguments: [MechanismBasis.effective, .coded])
    func samplesThroughConsumers(basis: MechanismBasis) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var inferredSeen = 0
        var jobs: [(alliance: Alliance, network: ExportNetwork, consumer: String, path: String)] = []
        for path in TestSupport.sampleFiles {
            let alliance = try Self.load(path)
            let network = ExportNetwork(alliance, options: ExportOptions(mechanisms: basis))
            inferredSeen += network.edges.filter { $0.values[network.edgeAttributes.firstIndex { $0.name == "mechanism_source" }!] == .string("inferred") }.count
            let graphml = folder.appendingPathComponent("\(alliance.id.rawValue).graphml").path
            let gexf = folder.appendingPathComponent("\(alliance.id.rawValue).gexf").path
            try GraphMLWriter.document(network).write(toFile: graphml, atomically: true, encoding: .utf8)
            try GEXFWriter.document(network).write(toFile: gexf, atomically: true, encoding: .utf8)
            for consumer in ["networkx-graphml", "igraph-graphml", "networkx-gexf"] {
                jobs.append((alliance, network, consumer, consumer.hasSuffix("gexf") ? gexf : graphml))
            }
        }
        #expect(jobs.count == 3 * TestSupport.sampleFiles.count && jobs.count >= 9)
        let reads = try ConsumerRead.readAll(jobs.map { ($0.consumer, $0.path) })
        for (job, read) in zip(jobs, reads) {
            let (alliance, network, consumer) = (job.alliance, job.network, job.consumer)
            Self.expectSame(network, read, typed: true, consumer: "\(consumer) \(alliance.id)")
            Self.expectMatchesSource(alliance, read, basis: basis, consumer: "\(consumer) \(alliance.id)")
            if consumer == "networkx-graphml" {
                #expect(read.graph["alliance"]?.text == alliance.id.rawValue)
                #expect(read.graph["mechanisms"]?.text == basis.rawValue)
            }
        }
        // With effective mechanisms some relations carry an inferred one; with coded, none does.
        #expect(basis == .effective ? inferredSeen > 0 : inferredSeen == 0)
    }

    @Test("GEXF spells: actors joining and leaving, relations per period, core group and managing office as dynamic attributes")
    func gexfSpells() throws {
        let text = """
            id: timeline
            name: Timeline
            kind: district
            years: 2019-2022
            actors:
              - id: ki
                kind: ki
                managing_office: true
                core_group: 2019-
              - id: abh
                kind: abh
                years: 2020-2021
                core_group: 2021
              - id: kim
                kind: kim
                years: 07/2022-
            relations:
              - id: check
                from: abh
                to: ki
                format: participation_check
                years: 2020-2021
              - id: handover
                actors: [ki, kim]
                format: forum
                years: 07/2022-
            """
        let path = try TestSupport.temporaryFile("timeline.yaml", text)
        let alliance = try Self.load(path)
        let network = ExportNetwork(alliance)
        let file = (path as NSString).deletingLastPathComponent + "/timeline.gexf"
        try GEXFWriter.document(network).write(toFile: file, atomically: true, encoding: .utf8)
        let read = try ConsumerRead.read("networkx-gexf", file)
        let nodes = Dictionary(read.nodes.map { ($0.id, $0.attrs) }, uniquingKeysWith: { a, _ in a })
        #expect(nodes["ki"]?["spells"]?.text == #"[["2019-01-01", "2022-12-31"]]"#)
        #expect(nodes["abh"]?["spells"]?.text == #"[["2020-01-01", "2021-12-31"]]"#)
        #expect(nodes["kim"]?["spells"]?.text == #"[["2022-07-01", "2022-12-31"]]"#)
        #expect(nodes["abh"]?["in_core_group"]?.text == #"[[true, "2021-01-01", "2021-12-31"]]"#)
        #expect(nodes["ki"]?["is_managing_office"]?.text == #"[[true, "2019-01-01", "2022-12-31"]]"#)
        let edges = Dictionary(read.edges.map { ($0.id, $0.attrs) }, uniquingKeysWith: { a, _ in a })
        #expect(edges["check"]?["spells"]?.text == #"[["2020-01-01", "2021-12-31"]]"#)
        #expect(edges["handover"]?["spells"]?.text == #"[["2022-07-01", "2022-12-31"]]"#)
        #expect(edges["check"]?["in_2019"]?.text == "false")
        #expect(edges["check"]?["in_2021"]?.text == "true")
        #expect(read.graph["mode"]?.text == "dynamic")
        // One year: a static graph of the actors taking part then.
        let year = ExportNetwork(alliance, options: ExportOptions(year: 2022))
        try GEXFWriter.document(year).write(toFile: file, atomically: true, encoding: .utf8)
        let one = try ConsumerRead.read("networkx-gexf", file)
        #expect(Set(one.nodes.map(\.id)) == ["ki", "kim"])
        #expect(one.edges.map(\.id) == ["handover"])
        #expect(one.graph["mode"]?.text == "static")
        #expect(one.nodes.allSatisfy { $0.attrs["spells"] == nil })
    }

    @Test("Affiliation: every relation a node, tied to its actors with their roles; read by NetworkX from GraphML and GEXF")
    func affiliation() throws {
        let alliance = try Self.load(Self.rheinstadt)
        let network = ExportNetwork(alliance, options: ExportOptions(multiActor: .affiliation))
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphml = folder.appendingPathComponent("a.graphml").path, gexf = folder.appendingPathComponent("a.gexf").path
        try GraphMLWriter.document(network).write(toFile: graphml, atomically: true, encoding: .utf8)
        try GEXFWriter.document(network).write(toFile: gexf, atomically: true, encoding: .utf8)
        let reads = try ConsumerRead.readAll([("networkx-graphml", graphml), ("networkx-gexf", gexf)])
        for (consumer, read) in zip(["networkx-graphml", "networkx-gexf"], reads) {
            Self.expectSame(network, read, typed: true, consumer: consumer)
            let relationNodes = read.nodes.filter { $0.attrs["node_type"]?.text == "relation" }
            #expect(relationNodes.count == alliance.relations.filter { r in alliance.years.contains(where: r.holds(in:)) }.count)
            for relation in alliance.relations where alliance.years.contains(where: relation.holds(in:)) {
                let members = read.edges.filter { $0.target == "relation:" + relation.id.rawValue || $0.source == "relation:" + relation.id.rawValue }
                #expect(Set(members.compactMap { $0.attrs["from_actor"]?.text }) == Set(alliance.members(of: relation).map(\.rawValue)),
                        "\(consumer): members of \(relation.id)")
                if case .directed(let from, _) = relation.ends {
                    #expect(Set(members.filter { $0.attrs["role"]?.text == "from" }.compactMap { $0.attrs["from_actor"]?.text })
                            == Set(from.map(\.rawValue)))
                } else {
                    #expect(members.allSatisfy { $0.attrs["role"]?.text == "member" })
                }
            }
            // Bipartite: no edge joins two actors or two relations.
            let kinds = Dictionary(read.nodes.map { ($0.id, $0.attrs["node_type"]?.text ?? "") }, uniquingKeysWith: { a, _ in a })
            #expect(read.edges.allSatisfy { kinds[$0.source ?? ""] != kinds[$0.target ?? ""] })
        }
    }

    @Test("Hostile labels (markup, quotes, CDATA end, line breaks, tabs, control characters, emoji, RTL) survive GraphML, GEXF, Kumu and CSV")
    func hostileLabels() throws {
        let name = "KI </node><node id=\\\"x\\\"> &amp; ]]> 'q' \\x01\\x0b ✓ 🙂 العربية"
        let note = "line1\\nline2\\r\\nline3\\ttab <![CDATA[ x ]]> & </edge>"
        let text = """
            id: hostile
            name: "Stadt <A> & \\"B\\" \\x01"
            kind: independent_city
            years: 2020-2022
            actors:
              - id: ki
                kind: ki
                name: "\(name)"
                managing_office: true
                note: "\(note)"
              - id: abh
                kind: abh
            relations:
              - id: r1
                from: abh
                to: ki
                format: participation_check
                note: "\(note)"
                source: "'single' \\"double\\" <b>"
            """
        let path = try TestSupport.temporaryFile("hostile.yaml", text)
        let alliance = try Self.load(path)
        let ki = try #require(alliance.actor("ki"))
        #expect(ki.name?.contains("\u{1}") == true)
        let network = ExportNetwork(alliance)
        let folder = (path as NSString).deletingLastPathComponent
        // What XML can hold comes back unchanged; the two control characters XML 1.0 cannot hold become U+FFFD.
        let expectedName = (ki.name ?? "").replacingOccurrences(of: "\u{1}", with: "\u{FFFD}").replacingOccurrences(of: "\u{B}", with: "\u{FFFD}")
        let expectedNote = try #require(ki.note)
        #expect(expectedNote.contains("\r\n") && expectedNote.contains("\t"))
        let files: [(String, String)] = [("networkx-graphml", "h.graphml"), ("igraph-graphml", "h.graphml"), ("networkx-gexf", "h.gexf")]
        try GraphMLWriter.document(network).write(toFile: folder + "/h.graphml", atomically: true, encoding: .utf8)
        try GEXFWriter.document(network).write(toFile: folder + "/h.gexf", atomically: true, encoding: .utf8)
        let reads = try ConsumerRead.readAll(files.map { ($0.0, folder + "/" + $0.1) })
        for ((consumer, _), read) in zip(files, reads) {
            let node = try #require(read.nodes.first { $0.id == "ki" })
            #expect(node.attrs["label"]?.text == expectedName, "\(consumer): label")
            #expect(node.attrs["name"]?.text == expectedName, "\(consumer): name")
            #expect(node.attrs["note"]?.text == expectedNote, "\(consumer): note")
            #expect(read.nodes.count == 2, "\(consumer): no node injected")
            let edge = try #require(read.edges.first)
            #expect(edge.attrs["relation_note"]?.text == expectedNote, "\(consumer): relation note")
            #expect(edge.attrs["relation_source"]?.text == "'single' \"double\" <b>", "\(consumer): relation source")
        }
        try KumuWriter.document(network).write(toFile: folder + "/h.json", atomically: true, encoding: .utf8)
        let kumu = try ConsumerRead.read("kumu", folder + "/h.json", schema: Self.kumuSchema)
        try Self.expectFoundationText(KumuWriter.document(network), "hostile")
        #expect(kumu.nodes.first { $0.id == "element:ki" }?.attrs["label"]?.text == ki.name, "Kumu (JSON holds every character)")
        let (nodes, _) = try NetworkCSVWriter.documents(network)
        try FileManager.default.createDirectory(atPath: folder + "/csv", withIntermediateDirectories: true)
        try nodes.write(toFile: folder + "/csv/nodes.csv", atomically: true, encoding: .utf8)
        try NetworkCSVWriter.documents(network).edges.write(toFile: folder + "/csv/edges.csv", atomically: true, encoding: .utf8)
        let csv = try ConsumerRead.read("csv", folder + "/csv")
        #expect(csv.nodes.first { $0.id == "ki" }?.attrs["note"]?.text == expectedNote, "CSV keeps line breaks in a quoted field")
    }

    /// `text` is what `JSONSerialization` writes (pretty, sorted keys, slashes unescaped) for the
    /// objects it holds: Kumu's blueprint is written key by key for speed, and must stay that text.
    static func expectFoundationText(_ text: String, _ name: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let again = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        #expect(String(decoding: again, as: UTF8.self) + "\n" == text, "\(name): Kumu text as JSONSerialization writes it")
    }

    static var kumuSchema: String {
        TestSupport.packageRoot.appendingPathComponent("Tests/AllianceGraphTests/Fixtures/export/kumu-blueprint.schema.json").path
    }

    @Test("Kumu: the blueprint passes the schema, ids are unique, connections name elements, every field as in the source")
    func kumu() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var jobs: [(Alliance, ExportNetwork, String)] = []
        for path in TestSupport.sampleFiles {
            let alliance = try Self.load(path)
            let network = ExportNetwork(alliance, options: ExportOptions(language: .en))
            let file = folder.appendingPathComponent("\(alliance.id.rawValue).json").path
            let text = try KumuWriter.document(network)
            try Self.expectFoundationText(text, alliance.id.rawValue)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            jobs.append((alliance, network, file))
        }
        let reads = try ConsumerRead.readAll(jobs.map { ("kumu", $0.2) }, schema: Self.kumuSchema)
        for ((alliance, network, _), read) in zip(jobs, reads) {
            Self.expectSame(network, read, typed: true, consumer: "kumu", nodeID: { "element:" + $0 })
            for element in read.nodes where element.attrs["node_type"]?.text == "actor" {
                let actor = try #require(alliance.actor(ActorID(String(element.id.dropFirst("element:".count)))))
                #expect(element.attrs["type"]?.text == alliance.vocabulary.label(of: actor.kind).en)
            }
            for connection in read.edges {
                let directed = connection.attrs["directed"]?.text == "true"
                #expect(connection.attrs["direction"]?.text == (directed ? "directed" : "undirected"))
                if directed { #expect(connection.source == "element:" + (connection.attrs["from_actor"]?.text ?? "")) }
            }
        }
        // The schema is no rubber stamp: a connection without `to` fails.
        let bad = folder.appendingPathComponent("bad.json").path
        try #"{"elements": [{"id": "a", "label": "A"}], "connections": [{"id": "c", "from": "a"}]}"#
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestSupport.packageRoot.appendingPathComponent("scripts/consumer-python").path,
                             TestSupport.packageRoot.appendingPathComponent("scripts/read_export.py").path, "--schema", Self.kumuSchema, "kumu:" + bad]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
    }

    @Test("nodes.csv and edges.csv, plain and excel-de, read by Python's csv module: every attribute as in the model",
          arguments: [CSVDialect.plain, .excelDE])
    func csv(dialect: CSVDialect) throws {
        let alliance = try Self.load(Self.rheinstadt)
        let network = ExportNetwork(alliance)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (nodes, edges) = try NetworkCSVWriter.documents(network, dialect: dialect)
        try nodes.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try edges.write(to: folder.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        let read = try ConsumerRead.read("csv", folder.path)
        Self.expectSame(network, read, typed: false, consumer: "csv")
        Self.expectMatchesSource(alliance, read, basis: .effective, consumer: "csv")
    }
}
