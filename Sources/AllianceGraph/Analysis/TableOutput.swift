import CSV
import Foundation

/// One cell of a ``ResultTable``.
public enum TableCell: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A whole number.
    case int(Int)
    /// A real number; shown with ``ResultTable/decimals`` places in text and Markdown,
    /// full precision in CSV and JSON.
    case number(Double)
    /// No value (undefined metric): empty in CSV, `null` in JSON, `–` in text.
    case empty

    /// A number cell, or ``empty`` for `nil` or NaN.
    public static func number(_ value: Double?) -> TableCell {
        guard let value, !value.isNaN else { return .empty }
        return .number(value)
    }
}

/// An output format for tables.
public enum TableFormat: String, CaseIterable, Sendable, Codable {
    /// Aligned plain text for the terminal.
    case text
    /// Comma-separated values (RFC 4180 quoting), with a header row of column ids.
    case csv
    /// A JSON array of objects keyed by column id, numbers as numbers.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// A rectangular result table that renders as text, CSV, JSON or Markdown.
///
/// Columns have a stable machine id (used as CSV header and JSON key, so R, Excel and pandas see
/// the same names whatever the language) and a header in the chosen language (text, Markdown).
public struct ResultTable: Sendable, Hashable {
    /// A column: machine id and display header.
    public struct Column: Sendable, Hashable {
        /// Stable machine id, e.g. `density`.
        public var id: String
        /// Header shown in text and Markdown.
        public var header: String
        /// Creates a column.
        public init(_ id: String, _ header: String) {
            self.id = id
            self.header = header
        }
    }

    /// A title shown above text and Markdown output.
    public var title: String
    /// The columns.
    public var columns: [Column]
    /// The rows, each with one cell per column.
    public var rows: [[TableCell]]
    /// Decimal places for numbers in text and Markdown.
    public var decimals: Int

    /// Creates a table.
    public init(title: String, columns: [Column], rows: [[TableCell]] = [], decimals: Int = 3) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.decimals = decimals
    }

    /// Renders the table in `format`.
    public func render(_ format: TableFormat) throws -> String {
        switch format {
        case .text: text()
        case .csv: try csv()
        case .json: try json()
        case .markdown: markdown()
        }
    }

    private func display(_ cell: TableCell) -> String {
        switch cell {
        case .text(let s): s
        case .int(let i): String(i)
        case .number(let d): String(format: "%.\(decimals)f", d)
        case .empty: "–"
        }
    }

    private func raw(_ cell: TableCell) -> String {
        switch cell {
        case .text(let s): s
        case .int(let i): String(i)
        case .number(let d): "\(d)"
        case .empty: ""
        }
    }

    /// Aligned plain text: text left-aligned, numbers right-aligned.
    public func text() -> String {
        let cells = rows.map { $0.map(display) }
        var widths = columns.map { $0.header.count }
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func pad(_ s: String, _ w: Int, right: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return right ? fill + s : s + fill
        }
        var lines: [String] = []
        if !title.isEmpty { lines.append(title) }
        lines.append(columns.enumerated().map { pad($1.header, widths[$0], right: false) }.joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (r, row) in cells.enumerated() {
            lines.append(row.enumerated().map { i, c in
                let isText: Bool = if case .text = rows[r][i] { true } else { false }
                return pad(c, widths[i], right: !isText)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV via CSV.swift: header row of column ids, then the rows, numbers at full precision.
    public func csv() throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: columns.map(\.id))
        for row in rows { try writer.write(row: row.map(raw)) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// JSON: an array of objects keyed by column id; undefined values are `null`.
    public func json() throws -> String {
        let objects: [[String: Any]] = rows.map { row in
            var object: [String: Any] = [:]
            for (i, column) in columns.enumerated() where i < row.count {
                switch row[i] {
                case .text(let s): object[column.id] = s
                case .int(let v): object[column.id] = v
                case .number(let d): object[column.id] = d
                case .empty: object[column.id] = NSNull()
                }
            }
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A Markdown table with the title as a heading line; `|` in cells is escaped.
    public func markdown() -> String {
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var lines: [String] = []
        if !title.isEmpty { lines.append("**\(esc(title))**"); lines.append("") }
        lines.append("| " + columns.map { esc($0.header) }.joined(separator: " | ") + " |")
        let alignments = columns.indices.map { i -> String in
            if let first = rows.first, i < first.count, case .text = first[i] { return " --- " }
            return rows.isEmpty ? " --- " : " ---: "
        }
        lines.append("|" + alignments.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.map { esc(display($0)) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
