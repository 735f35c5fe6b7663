import Foundation

/// Writes an ``ExportNetwork`` as a Kumu blueprint: JSON with `elements` and `connections`.
///
/// An element has Kumu's fields `id` (`element:` and the node's id, so that ids are unique across
/// elements and connections as Kumu requires), `label`, `type` (the kind's label, or the format's
/// for a relation node), `description` (the note) and `tags` (policy area; core group and managing
/// office), then every node attribute as a field under its name. A connection has `id`
/// (`connection:` and the edge's id), `from` and `to` (element ids), `direction` (`directed` or
/// `undirected`), `type` (the format's label) and every edge attribute as a field.
///
/// The text is the one `JSONSerialization` writes with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, written by ``JSONTableWriter``'s primitives: `JSONSerialization`
/// sorts every object's keys again with a locale-aware comparison (90 % of the time of exporting
/// 400 alliances); here each distinct set of keys is sorted once.
public enum KumuWriter {
    /// A field's value.
    private enum Value {
        case string(String)
        case int(Int)
        case bool(Bool)
        case strings([String])

        var string: String? { if case .string(let s) = self { s } else { nil } }
        var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    }

    /// The blueprint of `network`, pretty-printed with sorted keys.
    /// - Complexity: O(n + e) in the number of nodes and edges times their attributes, plus
    ///   O(*k* log *k*) per distinct set of *k* keys.
    public static func document(_ network: ExportNetwork) throws -> String {
        func fields(_ attributes: [ExportAttribute], _ values: [ExportValue?]) -> [String: Value] {
            var result: [String: Value] = [:]
            for (a, v) in zip(attributes, values) {
                guard let v else { continue }
                switch v {
                case .string(let s): result[a.name] = .string(s)
                case .int(let i): result[a.name] = .int(i)
                case .bool(let b): result[a.name] = .bool(b)
                }
            }
            return result
        }
        let language = network.options.language
        let elements: [[String: Value]] = network.nodes.map { n in
            var e = fields(network.nodeAttributes, n.values)
            let f = e
            e["id"] = .string("element:" + n.id)
            e["label"] = .string(n.label)
            e["type"] = f["kind_label"] ?? f["format_label"] ?? .string("")
            if let note = f["note"] ?? f["relation_note"] { e["description"] = note }
            var tags: [String] = []
            if let area = f["area_label"]?.string { tags.append(area) }
            if f["core_group"]?.bool == true { tags.append(ActorRole.coreGroup.label.text(language)) }
            if f["managing_office"]?.bool == true { tags.append(ActorRole.managingOffice.label.text(language)) }
            e["tags"] = .strings(tags)
            return e
        }
        let connections: [[String: Value]] = network.edges.map { edge in
            var c = fields(network.edgeAttributes, edge.values)
            let directed = c["directed"]?.bool == true && c["role"] == nil
            c["id"] = .string("connection:" + edge.id)
            c["from"] = .string("element:" + edge.source)
            c["to"] = .string("element:" + edge.target)
            c["direction"] = .string(directed ? "directed" : "undirected")
            c["type"] = .string(edge.label)
            return c
        }
        var writer = JSONTableWriter()
        var orders: [[String]: [String]] = [:]
        func write(_ objects: [[String: Value]]) {
            writer.output += "[\n"
            for (i, object) in objects.enumerated() {
                if i > 0 { writer.output += ",\n" }
                writer.indent(2)
                writer.output += "{\n"
                let keys = object.keys.sorted()
                let order: [String]
                if let known = orders[keys] { order = known } else { order = JSONTableWriter.sorted(keys); orders[keys] = order }
                for (k, key) in order.enumerated() {
                    if k > 0 { writer.output += ",\n" }
                    writer.indent(3)
                    writer.string(key)
                    writer.output += " : "
                    switch object[key]! {
                    case .string(let s): writer.string(s)
                    case .int(let v): writer.output += v.description
                    case .bool(let b): writer.output += b ? "true" : "false"
                    case .strings(let list): writer.value(.list(list), decimals: 0, level: 3)
                    }
                }
                writer.output += "\n"
                writer.indent(2)
                writer.output += "}"
            }
            writer.closeArray(level: 1)
        }
        writer.output += "{\n"
        writer.indent(1)
        writer.output += "\"connections\" : "
        write(connections)
        writer.output += ",\n"
        writer.indent(1)
        writer.output += "\"elements\" : "
        write(elements)
        writer.output += "\n}\n"
        return writer.output
    }
}
