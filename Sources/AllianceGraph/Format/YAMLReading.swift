import Yams

/// Collects the diagnostics of one file while it is read.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    func location(_ mark: Mark?) -> SourceLocation? {
        mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    func error(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.error, message, at: location(mark), file: file))
    }

    func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(.error, message, file: file, line: line, column: column))
    }

    func warning(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.warning, message, at: location(mark), file: file))
    }

    func append(_ more: [Diagnostic]) { diagnostics += more }
}

extension Node {
    /// Whether the node is YAML's null (`~`, `null` or nothing after the colon).
    var isNull: Bool {
        if case .scalar(let scalar) = self {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    /// A short description of the node's shape for error messages.
    var shapeName: String {
        switch self {
        case .scalar: "a single value"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

/// One `key: value` mapping of a data file, read with checks for unknown and duplicate keys.
struct MappingReader {
    let node: Node
    let what: String
    let sink: DiagnosticSink
    private var values: [String: Node] = [:]

    /// Reads `node` as a mapping that may hold `allowed` keys; reports anything else.
    init?(_ node: Node, what: String, allowed: [String], sink: DiagnosticSink) {
        self.node = node
        self.what = what
        self.sink = sink
        guard case .mapping(let mapping) = node else {
            sink.error("\(what) must be a mapping (key: value lines), not \(node.shapeName)", at: node.mark)
            return nil
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                sink.error("keys in \(what) must be plain words, not \(keyNode.shapeName)", at: keyNode.mark)
                continue
            }
            let key = keyScalar.string
            guard allowed.contains(key) else {
                sink.error("unknown key '\(key)' in \(what)\(Suggestion.phrase(for: key, in: allowed)); allowed keys: \(allowed.joined(separator: ", "))",
                           at: keyNode.mark)
                continue
            }
            values[key] = value
        }
    }

    /// The value of `key`, unless absent or null.
    func value(_ key: String) -> Node? {
        guard let node = values[key], !node.isNull else { return nil }
        return node
    }

    /// Where the mapping starts.
    var mark: Mark? { node.mark }

    /// The text of `key`; reports a missing required key or a non-text value.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key) else {
            if required { sink.error("\(what) needs '\(key)'", at: mark) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            sink.error("'\(key)' in \(what) must be a single value, not \(node.shapeName)", at: node.mark)
            return nil
        }
        return scalar.string
    }

    /// A yes/no value.
    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let bool = node.bool else {
            sink.error("'\(key)' in \(what) must be true or false", at: node.mark)
            return nil
        }
        return bool
    }

    /// A list of values; a single value counts as a list of one.
    func list(_ key: String) -> [Node]? {
        guard let node = value(key) else { return nil }
        if case .sequence(let sequence) = node { return Array(sequence) }
        return [node]
    }

    /// A term of a closed vocabulary such as a status or an interface type.
    func term<T: LabelledTerm>(_ key: String, _ type: T.Type, aliases: [String: T] = [:]) -> T? {
        guard let text = string(key) else { return nil }
        if let term = T.term(id: text) ?? aliases[text] { return term }
        sink.error("unknown \(key) '\(text)' in \(what)\(Suggestion.phrase(for: text, in: T.ids)); use one of: \(T.ids.joined(separator: ", "))",
                   at: value(key)?.mark)
        return nil
    }
}

/// Reads scalars that must be single values (ids in lists and the like).
func scalarText(_ node: Node, what: String, sink: DiagnosticSink) -> String? {
    guard case .scalar(let scalar) = node, !node.isNull else {
        sink.error("\(what) must be a single value, not \(node.isNull ? "empty" : node.shapeName)", at: node.mark)
        return nil
    }
    return scalar.string
}

/// Reads one period or a list of periods (`2020-2022`, `[2019, 2021-]`).
func readPeriods(_ node: Node, what: String, sink: DiagnosticSink) -> [Period]? {
    let items: [Node]
    if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
    guard !items.isEmpty else {
        sink.error("\(what) is an empty list; leave it out to mean all years", at: node.mark)
        return nil
    }
    var periods: [Period] = []
    for item in items {
        guard let text = scalarText(item, what: what, sink: sink) else { continue }
        do {
            periods.append(try Period.parse(text))
        } catch {
            sink.error("\(what): \(error)", at: item.mark)
        }
    }
    return periods.count == items.count ? periods : nil
}
