/// One cell of a ``ResultTable``.
public enum TableCell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A whole number.
    case int(Int)
    /// A real number, rounded per column (``ResultTable/Column/decimals`` for text and Markdown,
    /// ``ResultTable/Column/dataDecimals`` for CSV and JSON); NaN and infinities are written as
    /// undefined in CSV and JSON.
    case number(Double)
    /// A vocabulary term: text and Markdown show its label; CSV and JSON carry the id in the
    /// column and the label in a second column named `<column>_label`.
    case term(id: String, label: String)
    /// Several values: joined by `, ` in text and Markdown, by `;` in CSV, an array in JSON.
    case list([String])
    /// Yes or no: `✓` or nothing in text and Markdown, `true`/`false` in CSV and JSON.
    case bool(Bool)
    /// No value (undefined metric): empty in CSV, `null` in JSON, `–` in text.
    case empty

    /// A number cell, or ``empty`` for `nil`, NaN or an infinity.
    public static func number(_ value: Double?) -> TableCell {
        guard let value, value.isFinite else { return .empty }
        return .number(value)
    }

    /// A term cell, or ``empty`` for `nil`.
    public static func term(_ id: String?, _ label: String?) -> TableCell {
        guard let id else { return .empty }
        return .term(id: id, label: label ?? id)
    }

    /// A text cell, or ``empty`` for `nil`.
    public static func text(_ value: String?) -> TableCell {
        value.map { .text($0) } ?? .empty
    }

    /// Whether the cell is shown left-aligned (text-like) rather than right-aligned (numbers).
    var isTextual: Bool {
        switch self {
        case .text, .term, .list, .bool: true
        case .int, .number, .empty: false
        }
    }
}
