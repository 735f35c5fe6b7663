import Foundation

/// Writes tables as pretty-printed, key-sorted JSON text directly from their cells, byte for byte
/// as `JSONSerialization` with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` writes
/// the same objects (two spaces per level, `" : "` between key and value, an empty array as
/// `[` newline newline `]`, numbers as Swift writes them without a trailing `.0`).
///
/// `JSONSerialization` sorts the keys of every row again, comparing them as `NSString`s with
/// locale-aware options, and needs every cell boxed in an `[String: Any]` first: for the
/// classification of 400 alliances that was 18 s of CPU and 460 MB. Here the keys of a table are
/// sorted once, with the same comparison, and each row is written straight into the output.
/// - Complexity: O(*c* log *c*) comparisons for *c* keys per table, then linear in the output.
struct JSONTableWriter {
    /// The text written so far.
    var output = ""

    /// Keys in the order `JSONSerialization` writes them with `.sortedKeys`.
    static func sorted(_ keys: [String]) -> [String] {
        keys.sorted { a, b in
            a.compare(b, options: [.numeric, .caseInsensitive, .forcedOrdering], range: a.startIndex..<a.endIndex,
                      locale: NSLocale.system) == .orderedAscending
        }
    }

    /// One table's rows as an array of objects (see ``ResultTable/jsonObjects()``), at `level`.
    mutating func write(_ table: ResultTable, level: Int) {
        let labelled = table.columns.indices.map(table.hasLabels)
        // (key, column index, whether the key is the column's label)
        var keys: [(key: String, column: Int, label: Bool)] = []
        for (i, column) in table.columns.enumerated() {
            keys.append((column.id, i, false))
            if labelled[i] { keys.append((column.id + "_label", i, true)) }
        }
        var seen = Set<String>()
        keys = keys.reversed().filter { seen.insert($0.key).inserted }.reversed()  // a later key replaces an earlier one, as in a dictionary
        let order = Self.sorted(keys.map(\.key))
        let byKey = Dictionary(uniqueKeysWithValues: keys.map { ($0.key, $0) })
        let sortedKeys = order.map { byKey[$0]! }
        let decimals = table.columns.indices.map(table.dataDecimals)
        let quotedKeys = sortedKeys.map { Self.quoted($0.key) }
        output += "[\n"
        for (r, row) in table.rows.enumerated() {
            if r > 0 { output += ",\n" }
            indent(level + 1)
            output += "{\n"
            for (k, entry) in sortedKeys.enumerated() {
                if k > 0 { output += ",\n" }
                indent(level + 2)
                output += quotedKeys[k]
                output += " : "
                let cell = entry.column < row.count ? row[entry.column] : .empty
                if entry.label {
                    if case .term(_, let label) = cell { string(label) } else { output += "null" }
                } else {
                    value(cell, decimals: decimals[entry.column], level: level + 2)
                }
            }
            output += "\n"
            indent(level + 1)
            output += "}"
        }
        closeArray(level: level)
    }

    /// One cell's value (``ResultTable/jsonValue(_:decimals:)``).
    mutating func value(_ cell: TableCell, decimals: Int, level: Int) {
        switch cell {
        case .text(let s): string(s)
        case .int(let v): output += v.description
        case .number(let d):
            if d.isFinite { number(TableNumber.rounded(d, decimals: decimals)) } else { output += "null" }
        case .term(let id, _): string(id)
        case .list(let values):
            output += "[\n"
            for (i, v) in values.enumerated() {
                if i > 0 { output += ",\n" }
                indent(level + 1)
                string(v)
            }
            closeArray(level: level)
        case .bool(let b): output += b ? "true" : "false"
        case .empty: output += "null"
        }
    }

    /// A number as `JSONSerialization` writes a `Double`: its description without a trailing `.0`.
    mutating func number(_ d: Double) {
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        output += text
    }

    /// Ends an array begun with `[` and a newline (also an empty one, which `JSONSerialization`
    /// writes as `[`, two newlines, `]`).
    mutating func closeArray(level: Int) {
        output += "\n"
        indent(level)
        output += "]"
    }

    private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }

    /// Two spaces per level.
    mutating func indent(_ level: Int) {
        output += level < Self.indents.count ? Self.indents[level] : String(repeating: "  ", count: level)
    }

    /// A string value.
    mutating func string(_ s: String) {
        output += Self.quoted(s)
    }

    /// `s` in quotes with the escapes `JSONSerialization` writes (slashes unescaped).
    static func quoted(_ s: String) -> String {
        let needsEscape = s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        guard needsEscape else { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{8}": out += "\\b"
            case "\u{c}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{f}": out += "\\u000" + String(scalar.value, radix: 16)
            case "\u{10}"..."\u{1f}": out += "\\u00" + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
