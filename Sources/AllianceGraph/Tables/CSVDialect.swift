/// How CSV is written: the separator, the decimal mark and whether a byte-order mark leads.
///
/// Both dialects quote as RFC 4180 does (fields holding the separator, a quotation mark or a line
/// break are quoted; quotation marks are doubled) and write UTF-8.
public enum CSVDialect: String, CaseIterable, Sendable, Codable {
    /// Comma separator, decimal point, lines ended by LF, no byte-order mark: for R, pandas, scripts.
    case plain
    /// For Excel with German settings: semicolon separator, decimal comma, lines ended by CRLF and
    /// a UTF-8 byte-order mark, so that umlauts and numbers are read correctly on opening.
    case excelDE = "excel-de"

    /// The field separator.
    public var separator: String { self == .plain ? "," : ";" }
    /// The decimal mark of numbers.
    public var decimalMark: String { self == .plain ? "." : "," }
    /// The line ending.
    public var lineEnding: String { self == .plain ? "\n" : "\r\n" }
    /// Whether the text starts with a UTF-8 byte-order mark.
    public var writesByteOrderMark: Bool { self == .excelDE }
}
