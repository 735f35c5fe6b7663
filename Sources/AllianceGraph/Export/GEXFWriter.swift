/// Writes an ``ExportNetwork`` as GEXF 1.3 (Gephi; NetworkX reads it too).
///
/// With all years the graph is dynamic (`mode="dynamic"`, `timeformat="date"`): every node and edge
/// has `<spells>` (an actor's periods of taking part, a relation's periods; a core-group pair the
/// years both belong to it), so Gephi's timeline plays the alliance's years with actors joining and
/// leaving; core-group membership and the managing office are dynamic attributes (`in_core_group`,
/// `is_managing_office`, true in their periods). Every other attribute is a static one under its
/// name, as in GraphML. One year (``ExportOptions/year``) gives a static graph. The graph is
/// undirected; a relation's direction is the edge attribute `directed`.
///
/// The document is written in one pass as it is made (``XMLExport/Writer``), without a tree of it
/// in memory.
public enum GEXFWriter {
    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"

    /// The GEXF document of `network`.
    /// - Complexity: O(n + e) in the number of nodes and edges times their attributes.
    public static func document(_ network: ExportNetwork) throws -> String {
        let dynamic = network.options.year == nil
        let nodeIDs = network.nodeAttributes.indices.map { "n\($0)" }, edgeIDs = network.edgeAttributes.indices.map { "e\($0)" }
        var xml = XMLExport.Writer(capacity: 256 * (network.nodes.count * network.nodeAttributes.count
                                                    + network.edges.count * network.edgeAttributes.count) / 4 + 4096)
        func declare(_ attributes: [ExportAttribute], _ ids: [String], class kind: String, mode: String) {
            xml.open("attributes", ["class": kind, "mode": mode])
            for (id, a) in zip(ids, attributes) { xml.empty("attribute", ["id": id, "title": a.name, "type": a.type.gexf]) }
            xml.close("attributes")
        }
        func values(_ list: [ExportValue?], _ ids: [String], roles: [(id: String, spells: [ExportSpell])] = []) {
            guard list.contains(where: { $0 != nil }) || roles.contains(where: { !$0.spells.isEmpty }) else { return }
            xml.open("attvalues")
            for (id, value) in zip(ids, list) {
                if let value { xml.empty("attvalue", ["for": id, "value": value.text]) }
            }
            for role in roles {
                for s in role.spells { xml.empty("attvalue", ["for": role.id, "value": "true", "start": s.startDate, "end": s.endDate]) }
            }
            xml.close("attvalues")
        }
        func spells(_ list: [ExportSpell]) {
            guard !list.isEmpty else { return }
            xml.open("spells")
            for s in list { xml.empty("spell", ["start": s.startDate, "end": s.endDate]) }
            xml.close("spells")
        }
        let roles: [(ActorRole, String)] = [(.coreGroup, "in_core_group"), (.managingOffice, "is_managing_office")]
        xml.open("gexf", ["xmlns": namespace, "version": "1.3"])
        xml.open("meta")
        xml.text("creator", [:], "AllianceGraph")
        xml.text("description", [:], network.graphValues.map { "\($0.attribute.name)=\($0.value.text)" }.joined(separator: "; "))
        xml.close("meta")
        xml.open("graph", ["mode": dynamic ? "dynamic" : "static", "defaultedgetype": "undirected", "timeformat": dynamic ? "date" : nil])
        declare(network.nodeAttributes, nodeIDs, class: "node", mode: "static")
        if dynamic {
            xml.open("attributes", ["class": "node", "mode": "dynamic"])
            for (i, role) in roles.enumerated() { xml.empty("attribute", ["id": "d\(i)", "title": role.1, "type": "boolean"]) }
            xml.close("attributes")
        }
        declare(network.edgeAttributes, edgeIDs, class: "edge", mode: "static")
        xml.open("nodes")
        for n in network.nodes {
            let roleSpells = roles.enumerated().map { (id: "d\($0.offset)", spells: n.roleSpells[$0.element.0] ?? []) }
            let hasContent = n.values.contains { $0 != nil } || roleSpells.contains { !$0.spells.isEmpty } || !n.spells.isEmpty
            guard hasContent else { xml.empty("node", ["id": n.id, "label": n.label]); continue }
            xml.open("node", ["id": n.id, "label": n.label])
            values(n.values, nodeIDs, roles: roleSpells)
            spells(n.spells)
            xml.close("node")
        }
        xml.close("nodes")
        xml.open("edges")
        for e in network.edges {
            let attributes: KeyValuePairs<String, String?> = ["id": e.id, "source": e.source, "target": e.target, "label": e.label]
            guard e.values.contains(where: { $0 != nil }) || !e.spells.isEmpty else { xml.empty("edge", attributes); continue }
            xml.open("edge", attributes)
            values(e.values, edgeIDs)
            spells(e.spells)
            xml.close("edge")
        }
        xml.close("edges")
        xml.close("graph")
        xml.close("gexf")
        return xml.text
    }
}
