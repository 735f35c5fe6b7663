import Foundation
import XMLCoder

/// Writes an ``ExportNetwork`` as GEXF 1.3 (Gephi; NetworkX reads it too).
///
/// With all years the graph is dynamic (`mode="dynamic"`, `timeformat="date"`): every node and edge
/// has `<spells>` (an actor's periods of taking part, a relation's periods; a core-group pair the
/// years both belong to it), so Gephi's timeline plays the alliance's years with actors joining and
/// leaving; core-group membership and the managing office are dynamic attributes (`in_core_group`,
/// `is_managing_office`, true in their periods). Every other attribute is a static one under its
/// name, as in GraphML. One year (``ExportOptions/year``) gives a static graph. The graph is
/// undirected; a relation's direction is the edge attribute `directed`.
public enum GEXFWriter {
    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"

    /// The GEXF document of `network`.
    /// - Complexity: O(n + e) in the number of nodes and edges times their attributes.
    public static func document(_ network: ExportNetwork) throws -> String {
        let dynamic = network.options.year == nil
        func declare(_ attributes: [ExportAttribute], prefix: String) -> [Attribute] {
            attributes.enumerated().map { Attribute(id: "\(prefix)\($0)", title: XMLExport.escaped($1.name), type: $1.type.gexf) }
        }
        func values(_ list: [ExportValue?], prefix: String) -> AttValues? {
            let v = list.enumerated().compactMap { i, value in
                value.map { AttValue(for: "\(prefix)\(i)", value: XMLExport.escaped($0.text), start: nil, end: nil) }
            }
            return v.isEmpty ? nil : AttValues(attvalue: v)
        }
        func spells(_ list: [ExportSpell]) -> Spells? {
            list.isEmpty ? nil : Spells(spell: list.map { Spell(start: $0.startDate, end: $0.endDate) })
        }
        let roles: [(ActorRole, String)] = [(.coreGroup, "in_core_group"), (.managingOffice, "is_managing_office")]
        var classes = [Attributes(class: "node", mode: "static", attribute: declare(network.nodeAttributes, prefix: "n"))]
        if dynamic {
            classes.append(Attributes(class: "node", mode: "dynamic",
                                      attribute: roles.enumerated().map { Attribute(id: "d\($0)", title: $1.1, type: "boolean") }))
        }
        classes.append(Attributes(class: "edge", mode: "static", attribute: declare(network.edgeAttributes, prefix: "e")))
        let nodes = network.nodes.map { n -> Node in
            var attvalues = values(n.values, prefix: "n")
            for (i, (role, _)) in roles.enumerated() {
                for s in n.roleSpells[role] ?? [] {
                    let v = AttValue(for: "d\(i)", value: "true", start: s.startDate, end: s.endDate)
                    attvalues = AttValues(attvalue: (attvalues?.attvalue ?? []) + [v])
                }
            }
            return Node(id: XMLExport.escaped(n.id), label: XMLExport.escaped(n.label), attvalues: attvalues,
                        spells: spells(n.spells))
        }
        let edges = network.edges.map { e in
            Edge(id: XMLExport.escaped(e.id), source: XMLExport.escaped(e.source), target: XMLExport.escaped(e.target),
                 label: XMLExport.escaped(e.label), attvalues: values(e.values, prefix: "e"), spells: spells(e.spells))
        }
        let description = network.graphValues.map { "\($0.attribute.name)=\($0.value.text)" }.joined(separator: "; ")
        let document = Document(
            meta: Meta(creator: "AllianceGraph", description: XMLExport.escaped(description)),
            graph: Graph(mode: dynamic ? "dynamic" : "static", defaultedgetype: "undirected", timeformat: dynamic ? "date" : nil,
                         attributes: classes, nodes: Nodes(node: nodes), edges: Edges(edge: edges)))
        return try XMLExport.encode(document, root: "gexf", attributes: ["xmlns": namespace, "version": "1.3"])
    }

    struct Document: Encodable {
        var meta: Meta
        var graph: Graph
    }

    struct Meta: Encodable {
        var creator: String
        var description: String
    }

    struct Graph: Encodable, DynamicNodeEncoding {
        var mode: String
        var defaultedgetype: String
        var timeformat: String?
        var attributes: [Attributes]
        var nodes: Nodes
        var edges: Edges
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            ["mode", "defaultedgetype", "timeformat"].contains(key.stringValue) ? .attribute : .element
        }
    }

    struct Attributes: Encodable, DynamicNodeEncoding {
        var `class`: String
        var mode: String
        var attribute: [Attribute]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "attribute" ? .element : .attribute
        }
    }

    struct Attribute: Encodable, DynamicNodeEncoding {
        var id: String
        var title: String
        var type: String
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }

    struct Nodes: Encodable { var node: [Node] }
    struct Edges: Encodable { var edge: [Edge] }

    struct Node: Encodable, DynamicNodeEncoding {
        var id: String
        var label: String
        var attvalues: AttValues?
        var spells: Spells?
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "id" || key.stringValue == "label" ? .attribute : .element
        }
    }

    struct Edge: Encodable, DynamicNodeEncoding {
        var id: String
        var source: String
        var target: String
        var label: String
        var attvalues: AttValues?
        var spells: Spells?
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "attvalues" || key.stringValue == "spells" ? .element : .attribute
        }
    }

    struct AttValues: Encodable { var attvalue: [AttValue] }

    struct AttValue: Encodable, DynamicNodeEncoding {
        var `for`: String
        var value: String
        var start: String?
        var end: String?
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }

    struct Spells: Encodable { var spell: [Spell] }

    struct Spell: Encodable, DynamicNodeEncoding {
        var start: String
        var end: String
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .attribute }
    }
}
