import Foundation
import XMLCoder

/// Writes an ``ExportNetwork`` as GraphML (yEd, Cytoscape, visone, igraph, NetworkX).
///
/// Every attribute becomes a `<key>` with its `attr.name` and `attr.type` (`string`, `int`,
/// `boolean`) for the graph, the nodes or the edges; each node and edge carries a `<data>` per value
/// it has, and `label` as well. The graph is undirected (`edgedefault="undirected"`): a relation's
/// direction is the edge attribute `directed` with `from_actor` and `to_actor`. All years in one
/// file carry the years as attributes (`years`, `present_2021`, `in_2021`, …); ``ExportOptions/year``
/// gives one year's network. The XML is made by XMLCoder from values escaped by one function
/// (markup as entities, line breaks and tabs as character references); characters XML cannot hold
/// become U+FFFD.
public enum GraphMLWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// The GraphML document of `network`.
    /// - Complexity: O(n + e) in the number of nodes and edges times their attributes.
    public static func document(_ network: ExportNetwork) throws -> String {
        var keys: [Key] = []
        func keyIDs(_ attributes: [ExportAttribute], domain: String, prefix: String) -> [String] {
            attributes.enumerated().map { i, a in
                let id = "\(prefix)\(i)"
                keys.append(Key(id: id, domain: domain, name: XMLExport.escaped(a.name), type: a.type.graphML))
                return id
            }
        }
        let graphIDs = keyIDs(network.graphValues.map(\.attribute), domain: "graph", prefix: "g")
        keys.append(Key(id: "label", domain: "node", name: "label", type: "string"))
        let nodeIDs = keyIDs(network.nodeAttributes, domain: "node", prefix: "n")
        keys.append(Key(id: "edge_label", domain: "edge", name: "label", type: "string"))
        let edgeIDs = keyIDs(network.edgeAttributes, domain: "edge", prefix: "e")
        func data(_ values: [ExportValue?], _ ids: [String]) -> [DataValue] {
            zip(ids, values).compactMap { id, v in v.map { DataValue(key: id, value: XMLExport.escaped($0.text)) } }
        }
        let graph = Graph(
            id: XMLExport.escaped(network.allianceID), edgedefault: "undirected",
            data: data(network.graphValues.map(\.value), graphIDs),
            node: network.nodes.map { n in
                Node(id: XMLExport.escaped(n.id),
                     data: [DataValue(key: "label", value: XMLExport.escaped(n.label))] + data(n.values, nodeIDs))
            },
            edge: network.edges.map { e in
                Edge(id: XMLExport.escaped(e.id), source: XMLExport.escaped(e.source), target: XMLExport.escaped(e.target),
                     data: [DataValue(key: "edge_label", value: XMLExport.escaped(e.label))] + data(e.values, edgeIDs))
            })
        return try XMLExport.encode(Document(key: keys, graph: graph), root: "graphml", attributes: ["xmlns": namespace])
    }

    struct Document: Encodable {
        var key: [Key]
        var graph: Graph
    }

    struct Key: Encodable, DynamicNodeEncoding {
        var id: String
        var domain: String
        var name: String
        var type: String
        enum CodingKeys: String, CodingKey {
            case id
            case domain = "for"
            case name = "attr.name"
            case type = "attr.type"
        }
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }

    struct Graph: Encodable, DynamicNodeEncoding {
        var id: String
        var edgedefault: String
        var data: [DataValue]
        var node: [Node]
        var edge: [Edge]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "id" || key.stringValue == "edgedefault" ? .attribute : .element
        }
    }

    struct Node: Encodable, DynamicNodeEncoding {
        var id: String
        var data: [DataValue]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "id" ? .attribute : .element
        }
    }

    struct Edge: Encodable, DynamicNodeEncoding {
        var id: String
        var source: String
        var target: String
        var data: [DataValue]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "data" ? .element : .attribute
        }
    }

    struct DataValue: Encodable, DynamicNodeEncoding {
        var key: String
        var value: String
        enum CodingKeys: String, CodingKey {
            case key
            case value = ""
        }
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "key" ? .attribute : .element
        }
    }
}

extension ExportValueType {
    /// The GraphML `attr.type`.
    var graphML: String {
        switch self {
        case .string: "string"
        case .int: "int"
        case .bool: "boolean"
        }
    }

    /// The GEXF attribute type.
    var gexf: String {
        switch self {
        case .string: "string"
        case .int: "integer"
        case .bool: "boolean"
        }
    }
}
