import Foundation

/// Everything a data command prints: the tables a program reads (CSV, JSON) and the blocks a
/// person reads (text, Markdown), which may show those tables, shorter ones or prose.
///
/// One document renders in every ``TableFormat``:
/// - text and Markdown render ``blocks`` in order;
/// - JSON renders ``tables``: one table without ``metadata`` as its array of rows, else an
///   object with the metadata and one key per table (its ``ResultTable/name``);
/// - CSV renders the one table of the document; a document of several tables must be narrowed
///   with ``only(_:)`` first (``render(_:dialect:)`` throws ``TableDocumentError/severalTables(_:)``).
public struct TableDocument: Sendable {
    /// A part of the readable presentation.
    public enum Block: Sendable, Hashable {
        /// A heading; `level` 1 is the document's title, 2 a section, 3 a subsection.
        case heading(String, level: Int)
        /// Lines of prose. Leading spaces indent: two spaces per level (a nested list in Markdown).
        case lines([String])
        /// A table.
        case table(ResultTable)
    }

    /// The tables, in order: what CSV and JSON contain.
    public var tables: [ResultTable]
    /// The readable presentation: what text and Markdown contain.
    public var blocks: [Block]
    /// Facts about the whole document written at the top level of JSON (e.g. `language`).
    public var metadata: [String: TableCell]

    /// Creates a document.
    public init(tables: [ResultTable], blocks: [Block], metadata: [String: TableCell] = [:]) {
        self.tables = tables
        self.blocks = blocks
        self.metadata = metadata
    }

    /// A document whose readable presentation is its tables, one after the other.
    public init(tables: [ResultTable], metadata: [String: TableCell] = [:]) {
        self.init(tables: tables, blocks: tables.map(Block.table), metadata: metadata)
    }

    /// The names of the tables, in order.
    public var tableNames: [String] { tables.map(\.name) }

    /// The document narrowed to the table named `name` (presented as that table), or `nil`
    /// when it has no such table.
    public func only(_ name: String) -> TableDocument? {
        guard let table = tables.first(where: { $0.name == name }) else { return nil }
        return TableDocument(tables: [table], metadata: metadata)
    }

    /// Renders the document in `format`; CSV in `dialect`.
    public func render(_ format: TableFormat, dialect: CSVDialect = .plain) throws -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .json: return try json()
        case .csv:
            guard tables.count == 1 else { throw TableDocumentError.severalTables(tableNames) }
            return try tables[0].csv(dialect: dialect)
        }
    }

    /// The blocks as plain text: headings and prose as they are, tables aligned; a blank line
    /// between blocks except after a heading.
    public func text() -> String {
        var out = ""
        var afterHeading = true
        for block in blocks {
            if !afterHeading { out += "\n" }
            switch block {
            case .heading(let text, _):
                out += text + "\n"
                afterHeading = true
            case .lines(let lines):
                out += lines.map { $0 + "\n" }.joined()
                afterHeading = false
            case .table(let table):
                out += table.text()
                afterHeading = false
            }
        }
        return out
    }

    /// The blocks as Markdown: headings as `#`…`###` (without `=` decorations), prose as (nested)
    /// lists, tables as tables.
    public func markdown() -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                let plain = text.trimmingCharacters(in: CharacterSet(charactersIn: "= "))
                parts.append(String(repeating: "#", count: max(1, min(level, 6))) + " " + plain + "\n")
            case .lines(let lines):
                let depths = lines.map { line in line.prefix { $0 == " " }.count / 2 }
                let base = depths.min() ?? 0
                parts.append(zip(lines, depths).map { line, depth in
                    var item = line.drop { $0 == " " }
                    if item.hasPrefix("- ") { item = item.dropFirst(2) }
                    return String(repeating: "  ", count: depth - base) + "- " + item + "\n"
                }.joined())
            case .table(let table):
                parts.append(table.markdown())
            }
        }
        return parts.joined(separator: "\n")
    }

    /// The tables as JSON (see the type's description), keys sorted as `JSONSerialization` sorts
    /// them, written by ``JSONTableWriter`` without building the objects first.
    /// - Complexity: linear in the output, plus sorting each table's keys once.
    public func json() throws -> String {
        if tables.count == 1 && metadata.isEmpty { return try tables[0].json() }
        var entries: [String: Int] = [:]  // key → index: metadata first (negative), tables after
        for (i, key) in metadata.keys.sorted().enumerated() { entries[key] = -1 - i }
        for (i, table) in tables.enumerated() { entries[table.name] = i }
        let metadataKeys = metadata.keys.sorted()
        var writer = JSONTableWriter()
        writer.output += "{\n"
        for (n, key) in JSONTableWriter.sorted(Array(entries.keys)).enumerated() {
            if n > 0 { writer.output += ",\n" }
            writer.indent(1)
            writer.string(key)
            writer.output += " : "
            let index = entries[key]!
            if index >= 0 { writer.write(tables[index], level: 1) } else { writer.value(metadata[metadataKeys[-1 - index]]!, decimals: 6, level: 1) }
        }
        writer.output += "\n}\n"
        return writer.output
    }
}

/// Why a ``TableDocument`` could not be rendered.
public enum TableDocumentError: Error, Equatable, CustomStringConvertible {
    /// CSV holds one table, and the document has several (their names).
    case severalTables([String])

    public var description: String {
        switch self {
        case .severalTables(let names):
            "CSV holds one table; choose one of: \(names.joined(separator: ", "))"
        }
    }
}
