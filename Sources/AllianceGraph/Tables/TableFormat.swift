/// An output format for tables and documents.
public enum TableFormat: String, CaseIterable, Sendable, Codable {
    /// Aligned plain text for the terminal.
    case text
    /// Comma-separated values (RFC 4180 quoting), with a header row of column ids; see ``CSVDialect``.
    case csv
    /// JSON: a table is an array of objects keyed by column id, numbers as numbers.
    case json
    /// GitHub-flavoured Markdown.
    case markdown
}
