import Foundation

/// Writes an ``ExportNetwork`` as a Kumu blueprint: JSON with `elements` and `connections`.
///
/// An element has Kumu's fields `id` (`element:` and the node's id, so that ids are unique across
/// elements and connections as Kumu requires), `label`, `type` (the kind's label, or the format's
/// for a relation node), `description` (the note) and `tags` (policy area; core group and managing
/// office), then every node attribute as a field under its name. A connection has `id`
/// (`connection:` and the edge's id), `from` and `to` (element ids), `direction` (`directed` or
/// `undirected`), `type` (the format's label) and every edge attribute as a field.
public enum KumuWriter {
    /// The blueprint of `network`, pretty-printed with sorted keys.
    /// - Complexity: O(n + e) in the number of nodes and edges times their attributes.
    public static func document(_ network: ExportNetwork) throws -> String {
        func fields(_ attributes: [ExportAttribute], _ values: [ExportValue?]) -> [String: Any] {
            var result: [String: Any] = [:]
            for (a, v) in zip(attributes, values) {
                guard let v else { continue }
                switch v {
                case .string(let s): result[a.name] = s
                case .int(let i): result[a.name] = i
                case .bool(let b): result[a.name] = b
                }
            }
            return result
        }
        let elements: [[String: Any]] = network.nodes.map { n in
            var e = fields(network.nodeAttributes, n.values)
            let f = e
            e["id"] = "element:" + n.id
            e["label"] = n.label
            e["type"] = f["kind_label"] ?? f["format_label"] ?? ""
            if let note = f["note"] ?? f["relation_note"] { e["description"] = note }
            var tags: [String] = []
            if let area = f["area_label"] as? String { tags.append(area) }
            if f["core_group"] as? Bool == true { tags.append(ActorRole.coreGroup.label.text(network.options.language)) }
            if f["managing_office"] as? Bool == true { tags.append(ActorRole.managingOffice.label.text(network.options.language)) }
            e["tags"] = tags
            return e
        }
        let connections: [[String: Any]] = network.edges.map { edge in
            var c = fields(network.edgeAttributes, edge.values)
            let directed = c["directed"] as? Bool == true && c["role"] == nil
            c["id"] = "connection:" + edge.id
            c["from"] = "element:" + edge.source
            c["to"] = "element:" + edge.target
            c["direction"] = directed ? "directed" : "undirected"
            c["type"] = edge.label
            return c
        }
        let data = try JSONSerialization.data(withJSONObject: ["elements": elements, "connections": connections],
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
