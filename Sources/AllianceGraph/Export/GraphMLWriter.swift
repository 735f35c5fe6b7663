/// Writes an ``ExportNetwork`` as GraphML (yEd, Cytoscape, visone, igraph, NetworkX).
///
/// Every attribute becomes a `<key>` with its `attr.name` and `attr.type` (`string`, `int`,
/// `boolean`) for the graph, the nodes or the edges; each node and edge carries a `<data>` per value
/// it has, and `label` as well. The graph is undirected (`edgedefault="undirected"`): a relation's
/// direction is the edge attribute `directed` with `from_actor` and `to_actor`. All years in one
/// file carry the years as attributes (`years`, `present_2021`, `in_2021`, …); ``ExportOptions/year``
/// gives one year's network. The document is written in one pass as it is made
/// (``XMLExport/Writer``), every value escaped by one function (markup as entities, line breaks and
/// tabs as character references); characters XML cannot hold become U+FFFD.
public enum GraphMLWriter {
    /// The GraphML namespace.
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// The GraphML document of `network`.
    /// - Complexity: O(n + e) in the number of nodes and edges times their attributes.
    public static func document(_ network: ExportNetwork) throws -> String {
        var xml = XMLExport.Writer(capacity: 64 * (network.nodes.count * network.nodeAttributes.count
                                                   + network.edges.count * network.edgeAttributes.count) + 4096)
        xml.open("graphml", ["xmlns": namespace])
        func keys(_ attributes: [ExportAttribute], domain: String, prefix: String) -> [String] {
            attributes.enumerated().map { i, a in
                let id = "\(prefix)\(i)"
                xml.empty("key", ["id": id, "for": domain, "attr.name": a.name, "attr.type": a.type.graphML])
                return id
            }
        }
        let graphIDs = keys(network.graphValues.map(\.attribute), domain: "graph", prefix: "g")
        xml.empty("key", ["id": "label", "for": "node", "attr.name": "label", "attr.type": "string"])
        let nodeIDs = keys(network.nodeAttributes, domain: "node", prefix: "n")
        xml.empty("key", ["id": "edge_label", "for": "edge", "attr.name": "label", "attr.type": "string"])
        let edgeIDs = keys(network.edgeAttributes, domain: "edge", prefix: "e")
        func data(_ values: [ExportValue?], _ ids: [String]) {
            for (id, value) in zip(ids, values) {
                if let value { xml.text("data", ["key": id], value.text) }
            }
        }
        xml.open("graph", ["id": network.allianceID, "edgedefault": "undirected"])
        data(network.graphValues.map(\.value), graphIDs)
        for n in network.nodes {
            xml.open("node", ["id": n.id])
            xml.text("data", ["key": "label"], n.label)
            data(n.values, nodeIDs)
            xml.close("node")
        }
        for e in network.edges {
            xml.open("edge", ["id": e.id, "source": e.source, "target": e.target])
            xml.text("data", ["key": "edge_label"], e.label)
            data(e.values, edgeIDs)
            xml.close("edge")
        }
        xml.close("graph")
        xml.close("graphml")
        return xml.text
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
