import Yams

/// How the data files' YAML (and JSON) is parsed, in one place: the parser's settings, and telling
/// the kinds of data file apart by their top-level keys (``InputFiles``).
///
/// The parser uses Yams's basic resolver, which leaves every plain scalar untyped text. Yams checks
/// each mapping for duplicate keys by hashing the keys, and with the default resolver every hash
/// matches the key against seven regular expressions (bool, int, float, null, …): on Linux that was
/// a third of the time spent reading 400 alliance files. The readers read every scalar as text and
/// decide themselves what YAML would have taken it for (``checkWrittenAsText(_:what:sink:)``,
/// `Node.isNull`), so nothing else depends on the resolver.
enum YAMLDocument {
    /// A parser over `text` (see the type's note on the resolver).
    /// - Throws: `YamlError` when the text is not YAML.
    static func parser(_ text: String) throws -> Parser {
        try Parser(yaml: text, resolver: .basic)
    }

    /// The single document of `text`; `nil` for an empty text.
    /// - Throws: `YamlError` when the text is not YAML or holds several documents.
    static func compose(_ text: String) throws -> Node? {
        try parser(text).singleRoot()
    }

    /// The keys of the top-level mapping of `text` as text, in file order (a key that is not a
    /// scalar as the empty text), or `nil` when the text is not YAML or not a mapping.
    /// - Complexity: parses the whole text.
    static func composedTopLevelKeys(_ text: String) -> [String]? {
        guard let root = try? compose(text), case .mapping(let mapping) = root else { return nil }
        return mapping.keys.map { if case .scalar(let scalar) = $0 { scalar.string } else { "" } }
    }

    /// The top-level keys of a block-style YAML mapping read from the starts of its lines, without
    /// parsing, or `nil` when the text is anything else or the scan cannot be sure (flow style and
    /// JSON, quoted or complex keys, directives, several documents, a quoted or flow value left open
    /// at the end of its line). The scan does not check the rest of the text: broken YAML further
    /// down still gives its keys.
    ///
    /// A line at column 0 is a comment, a `-` item of the value above (`key:` followed by an
    /// unindented list), the document start `---` on the first line, or `key:` / `key: value`
    /// with a plain key. Indented lines belong to values. A value that opens a quote or a flow
    /// collection must close it on its line, since its next lines could start at column 0.
    /// - Complexity: O(*n*) in the length of the text.
    static func scannedTopLevelKeys(_ text: String) -> [String]? {
        var keys: [String] = []
        var utf8 = Substring(text).utf8[...]
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8 = utf8.dropFirst(3) }   // byte order mark
        var firstContentLine = true
        while !utf8.isEmpty {
            let end = utf8.firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            var line = utf8[utf8.startIndex..<end]
            utf8 = end == utf8.endIndex ? utf8[end...] : utf8[utf8.index(after: end)...]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let first = line.first else { continue }
            switch first {
            case UInt8(ascii: " "):
                continue   // part of a value (or a blank line)
            case UInt8(ascii: "#"):
                continue
            case UInt8(ascii: "-"):
                if line.starts(with: "---".utf8) {
                    guard firstContentLine, line.count == 3 else { return nil }   // several documents, or content after ---
                    firstContentLine = false
                    continue
                }
                // An unindented list is the value of the key above it; before any key the root is a list.
                guard !keys.isEmpty, line.count == 1 || line.dropFirst().first == UInt8(ascii: " ") else { return nil }
                continue
            default:
                break
            }
            firstContentLine = false
            guard let key = plainKey(of: line) else { return nil }
            keys.append(key)
        }
        return keys.isEmpty ? nil : keys
    }

    /// The key of a `key:` or `key: value` line, when both are plain enough to be sure of.
    private static func plainKey(of line: Substring.UTF8View.SubSequence) -> String? {
        // Characters that start something other than a plain key: flow collections, quotes,
        // complex keys, anchors, aliases, tags, block scalars, directives, reserved characters, tabs.
        let notPlainStart = Set("{}[]\"'?&*!|>%@`,\t:".utf8)
        guard let first = line.first, !notPlainStart.contains(first) else { return nil }
        // The key ends at the first ": " or at a ":" ending the line; " #" before it starts a comment.
        var index = line.startIndex
        var colon: Substring.UTF8View.Index?
        while index < line.endIndex {
            let byte = line[index]
            let next = line.index(after: index)
            if byte == UInt8(ascii: "#"), index > line.startIndex, line[line.index(before: index)] == UInt8(ascii: " ") {
                return nil   // a comment before any colon: not a key line
            }
            if byte == UInt8(ascii: ":"), next == line.endIndex || line[next] == UInt8(ascii: " ") {
                colon = index
                break
            }
            index = next
        }
        guard let colon else { return nil }
        var keyBytes = line[line.startIndex..<colon]
        while keyBytes.last == UInt8(ascii: " ") { keyBytes = keyBytes.dropLast() }
        guard !keyBytes.isEmpty, let key = String(keyBytes) else { return nil }
        // The value must not open a quote or a flow collection that continues on later lines.
        var value = line[line.index(after: colon)...]
        while value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        if let opener = value.first {
            let closers: [UInt8: UInt8] = [UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "'"): UInt8(ascii: "'"),
                                           UInt8(ascii: "["): UInt8(ascii: "]"), UInt8(ascii: "{"): UInt8(ascii: "}")]
            if let closer = closers[opener] {
                var rest = value
                while rest.last == UInt8(ascii: " ") { rest = rest.dropLast() }
                guard rest.count > 1, rest.last == closer else { return nil }
            }
        }
        return key
    }
}
