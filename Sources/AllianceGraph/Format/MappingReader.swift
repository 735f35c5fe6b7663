import Yams

extension Node {
    /// Whether the node is YAML's null (`~`, `null` or nothing after the colon, untagged, or tagged
    /// `!!null`). An explicit other tag makes it a value as YAML (and the JSON Schema) reads it:
    /// `id: !!str` is the empty text, not a missing id.
    var isNull: Bool {
        if case .scalar(let scalar) = self {
            let tag = Tag.Name(rawValue: scalar.tag.rawValue)
            if tag == .null { return true }
            guard tag == .implicit || tag == .nonSpecific else { return false }
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    /// A short description of the node's shape for error messages.
    var shapeName: MessageArgument {
        let key: ValidationMessage = switch self {
        case .scalar: .shapeScalar
        case .mapping: .shapeMapping
        case .sequence: .shapeList
        case .alias: .shapeAlias
        }
        return .message(Message(key))
    }
}

/// One `key: value` mapping of a data file, read with checks for unknown and duplicate keys.
struct MappingReader {
    let node: Node
    let what: Message
    let sink: DiagnosticSink
    private var values: [String: Node] = [:]

    /// Reads `node` as a mapping that may hold `allowed` keys; reports anything else.
    init?(_ node: Node, what: Message, allowed: [String], sink: DiagnosticSink) {
        self.node = node
        self.what = what
        self.sink = sink
        guard case .mapping(let mapping) = node else {
            sink.error(.notAMapping, ["place": .message(what), "shape": node.shapeName], at: node.mark)
            return nil
        }
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                sink.error(.keyNotPlain, ["place": .message(what), "shape": keyNode.shapeName], at: keyNode.mark)
                continue
            }
            let key = keyScalar.string
            guard allowed.contains(key) else {
                let suggestion = Suggestion.closest(to: key, in: allowed) ?? Self.otherNames[key].flatMap { allowed.contains($0) ? $0 : nil }
                sink.error(.unknownKey, ["key": .text(key), "place": .message(what), "suggestion": ValidationMessage.suggestion(suggestion),
                                         "allowed": .text(allowed.joined(separator: ", "))], at: keyNode.mark)
                continue
            }
            values[key] = value
        }
    }

    /// Keys users write for another one, e.g. `periods:` for `years:` (the model's word for it).
    static let otherNames = ["periods": "years", "period": "years", "condition": "when", "neighbors": "neighbours",
                             "observation": "observations"]

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
            if required { sink.error(.missingKey, ["place": .message(what), "key": .text(key)], at: mark) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            sink.error(.keyNotSingleValue, ["key": .text(key), "place": .message(what), "shape": node.shapeName], at: node.mark)
            return nil
        }
        return scalar.string
    }

    /// The text of `key`, an id: like ``string(_:required:)``, and reports a value YAML reads as a
    /// number, a true/false value or a date (``checkWrittenAsText(_:what:sink:)``).
    func identifier(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        if let node = value(key) { checkWrittenAsText(node, what: ValidationMessage.key(key, of: what), sink: sink) }
        return text
    }

    /// A yes/no value; German `ja`/`nein` are read as true/false, with a note.
    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        if node.bool == nil, let flag = germanBool(node, key: key, sink: sink) { return flag }
        guard let bool = node.bool else {
            sink.error(.notTrueOrFalse, ["key": .text(key), "place": .message(what)], at: node.mark)
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
    /// A German or English label or the abbreviation (`Kreis`, `schriftlich`) is read as the id,
    /// with a note; "did you mean" compares with ids and labels.
    /// `aliases` are old ids, read silently; `words` are further labels (any case), read with a note.
    func term<T: LabelledTerm>(_ key: String, _ type: T.Type, aliases: [String: T] = [:], words: [String: T] = [:]) -> T? {
        guard let text = string(key) else { return nil }
        if let term = T.term(id: text) ?? aliases[text] { return term }
        if let term = T.term(labelled: text) ?? words.first(where: { Label.folded($0.key) == Label.folded(text) })?.value {
            sink.note(.labelReadAsID, ["value": .text(text), "key": .text(key), "id": .text(term.id)], at: value(key)?.mark)
            return term
        }
        sink.error(.unknownTerm, ["key": .text(key), "value": .text(text), "place": .message(what),
                                 "suggestion": Suggestion.phrase(for: text, among: T.names + words.map { ($0.key, $0.value.id) }), "allowed": .text(T.ids.joined(separator: ", "))],
                   at: value(key)?.mark)
        return nil
    }

    /// The text of `key`, an id of the open vocabulary (an actor kind, a format, a topic): an id
    /// `isKnown` accepts is taken as it is; else a label or abbreviation `labelled` finds is read as
    /// that id, with a note; anything else is returned as written, for the validator to report.
    func vocabularyID(_ key: String, required: Bool = false, isKnown: (String) -> Bool, labelled: (String) -> String?) -> String? {
        guard let text = string(key, required: required) else { return nil }
        if isKnown(text) { return text }
        guard let id = labelled(text) else { return text }
        sink.note(.labelReadAsID, ["value": .text(text), "key": .text(key), "id": .text(id)], at: value(key)?.mark)
        return id
    }
}

/// `ja`/`nein` (any case) as true/false, with a note that the file should say `true`/`false`.
func germanBool(_ node: Node, key: String, sink: DiagnosticSink) -> Bool? {
    guard case .scalar(let scalar) = node else { return nil }
    let flag: Bool
    switch Label.folded(scalar.string) {
    case "ja": flag = true
    case "nein": flag = false
    default: return nil
    }
    sink.note(.labelReadAsID, ["value": .text(scalar.string), "key": .text(key), "id": .text(String(flag))], at: node.mark)
    return flag
}

/// Reads scalars that must be single values (ids in lists and the like).
func scalarText(_ node: Node, what: Message, sink: DiagnosticSink) -> String? {
    guard case .scalar(let scalar) = node, !node.isNull else {
        sink.error(.notSingleValue, ["place": .message(what), "shape": node.isNull ? .message(Message(ValidationMessage.shapeEmpty)) : node.shapeName],
                   at: node.mark)
        return nil
    }
    return scalar.string
}

/// Reads a scalar that is an id (an actor in a list, a step): like ``scalarText(_:what:sink:)``,
/// and reports a value YAML reads as a number, a true/false value or a date.
func identifierText(_ node: Node, what: Message, sink: DiagnosticSink) -> String? {
    guard let text = scalarText(node, what: what, sink: sink) else { return nil }
    checkWrittenAsText(node, what: what, sink: sink)
    return text
}

/// Reports an id written so that YAML (and the JSON Schema, which sees what YAML reads) takes it
/// for a number (`123`, `1.5`), a true/false value (`yes`, `off`) or a date (`2021-05-01`) rather than
/// text. The program would read it as text, but the schema, other YAML readers and spreadsheets do
/// not; quoted (`"123"`) it is text everywhere. A float without a dot (`1e3`) counts as text, as it
/// does for YAML 1.1 readers such as PyYAML. An explicit tag (`!!float 1`, `!!int 7`) makes the
/// value a number however it is written.
func checkWrittenAsText(_ node: Node, what: Message, sink: DiagnosticSink) {
    guard case .scalar(let scalar) = node else { return }
    let written = Tag.Name(rawValue: scalar.tag.rawValue)
    let explicit = written != .implicit && written != .nonSpecific
    guard scalar.style == .plain || explicit else { return }
    let kind: ValidationMessage
    switch explicit ? written : implicitTag(of: node, text: scalar.string) {
    case .int: kind = .readAsNumber
    case .float where explicit || scalar.string.contains("."): kind = .readAsNumber
    case .bool: kind = .readAsTrueOrFalse
    case .timestamp: kind = .readAsDate
    default: return
    }
    sink.error(.idNotText, ["place": .message(what), "value": .text(scalar.string), "kind": .message(Message(kind))], at: node.mark)
}

/// The type YAML's default rules give the plain scalar `node` (its `text`) (Yams's `Resolver.default`). Text
/// whose first character none of those rules accepts is text without matching them: their regular
/// expressions are slow on Linux, and most ids start with a letter.
private func implicitTag(of node: Node, text: String) -> Tag.Name {
    guard let first = text.utf8.first, !mayStartNonText.contains(first) else { return Resolver.default.resolveTag(of: node) }
    return .str
}

/// The first characters of what YAML's default rules read as other than text: true/false words
/// (`yes`, `No`, `true`, `off`, …), null (`~`, `null`), numbers and dates (digits, signs, `.inf`,
/// `.nan`), merge (`<<`) and value (`=`).
private let mayStartNonText = Set("yYnNtTfFoO~+-.0123456789<=".utf8)

/// Reads one period or a list of periods (`2020-2022`, `[2019, 2021-]`).
func readPeriods(_ node: Node, what: Message, sink: DiagnosticSink) -> [Period]? {
    let items: [Node]
    if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
    guard !items.isEmpty else {
        sink.error(.emptyPeriodList, ["place": .message(what)], at: node.mark)
        return nil
    }
    var periods: [Period] = []
    for item in items {
        guard let text = scalarText(item, what: what, sink: sink) else { continue }
        do {
            periods.append(try Period.parse(text))
        } catch {
            sink.error(.badPeriod, ["place": .message(what), "problem": .message(error.message)], at: item.mark)
        }
    }
    return periods.count == items.count ? periods : nil
}
