import Foundation

/// A value of a DOT attribute.
public enum DOTValue: Hashable, Sendable {
    /// Arbitrary text, written quoted and escaped.
    case text(String)
    /// A label, written quoted and escaped for label processing (see ``DOTEscaping/quotedLabel(_:)``).
    case label(String)
    /// An HTML-like label body, written between `<` and `>` as given. Build it with
    /// ``DOTEscaping/html(_:)`` for every piece of user text.
    case html(String)
    /// A number, written without quotes.
    case number(Double)
    /// A boolean, written `true` or `false`.
    case bool(Bool)

    /// The DOT text of the value.
    public var dotText: String {
        switch self {
        case .text(let text): DOTEscaping.quoted(text)
        case .label(let text): DOTEscaping.quotedLabel(text)
        case .html(let body): "<" + body + ">"
        case .number(let value): DOTValue.format(value)
        case .bool(let value): value ? "true" : "false"
        }
    }

    /// A number with at most 2 decimals and no trailing zeros, locale-independent.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(format: "%.2f", rounded) }
        return text
    }
}

/// An ordered list of attributes; order is kept so that output is byte-identical.
public typealias DOTAttributes = [(name: String, value: DOTValue)]

/// A statement in a graph or subgraph body.
public indirect enum DOTStatement: Sendable {
    /// A node with its attributes.
    case node(id: String, DOTAttributes)
    /// An edge `from -> to`.
    case edge(from: String, to: String, DOTAttributes)
    /// A subgraph (a cluster when its name starts with `cluster`).
    case subgraph(DOTSubgraph)
    /// Default attributes for the nodes (`node [...]`), edges or graph of the enclosing body.
    case defaults(DOTDefaultsKind, DOTAttributes)
}

/// Which defaults a ``DOTStatement/defaults(_:_:)`` statement sets.
public enum DOTDefaultsKind: String, Sendable {
    /// `graph [...]`: attributes of the enclosing (sub)graph.
    case graph
    /// `node [...]`: defaults for the nodes that follow.
    case node
    /// `edge [...]`: defaults for the edges that follow.
    case edge
}

/// A subgraph.
public struct DOTSubgraph: Sendable {
    /// The subgraph's name, e.g. `cluster_labour`.
    public var name: String
    /// Graph attributes of the subgraph.
    public var attributes: DOTAttributes
    /// The body.
    public var statements: [DOTStatement]

    /// Creates a subgraph.
    public init(name: String, attributes: DOTAttributes = [], statements: [DOTStatement] = []) {
        self.name = name
        self.attributes = attributes
        self.statements = statements
    }
}

/// A directed DOT graph, written deterministically by ``text``.
public struct DOTGraph: Sendable {
    /// The graph's name.
    public var name: String
    /// Graph attributes.
    public var attributes: DOTAttributes
    /// The body.
    public var statements: [DOTStatement]

    /// Creates a graph.
    public init(name: String, attributes: DOTAttributes = [], statements: [DOTStatement] = []) {
        self.name = name
        self.attributes = attributes
        self.statements = statements
    }

    /// The DOT text. The same graph always gives the same bytes.
    public var text: String {
        var out = "digraph \(DOTEscaping.quoted(name)) {\n"
        DOTGraph.writeAttributes(attributes, indent: "  ", into: &out)
        for statement in statements { DOTGraph.write(statement, indent: "  ", into: &out) }
        out += "}\n"
        return out
    }

    private static func writeAttributes(_ attributes: DOTAttributes, indent: String, into out: inout String) {
        for attribute in attributes {
            out += indent + DOTEscaping.quoted(attribute.name) + "=" + attribute.value.dotText + ";\n"
        }
    }

    private static func list(_ attributes: DOTAttributes) -> String {
        if attributes.isEmpty { return "" }
        return " [" + attributes.map { DOTEscaping.quoted($0.name) + "=" + $0.value.dotText }.joined(separator: ", ") + "]"
    }

    private static func write(_ statement: DOTStatement, indent: String, into out: inout String) {
        switch statement {
        case .node(let id, let attributes):
            out += indent + DOTEscaping.quoted(id) + list(attributes) + ";\n"
        case .edge(let from, let to, let attributes):
            out += indent + DOTEscaping.quoted(from) + " -> " + DOTEscaping.quoted(to) + list(attributes) + ";\n"
        case .defaults(let kind, let attributes):
            out += indent + kind.rawValue + list(attributes) + ";\n"
        case .subgraph(let subgraph):
            out += indent + "subgraph " + DOTEscaping.quoted(subgraph.name) + " {\n"
            let inner = indent + "  "
            writeAttributes(subgraph.attributes, indent: inner, into: &out)
            for child in subgraph.statements { write(child, indent: inner, into: &out) }
            out += indent + "}\n"
        }
    }
}
