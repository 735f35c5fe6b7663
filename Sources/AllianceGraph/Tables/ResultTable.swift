/// A rectangular result table that renders as text, CSV, JSON or Markdown: the one table model
/// behind every data output of the command-line tool (see ``TableDocument`` for several tables).
///
/// Columns have a stable machine id (CSV header and JSON key, so R, Excel and pandas see the same
/// names whatever the language) and a header in the chosen language (text, Markdown). Term cells
/// (``TableCell/term(id:label:)``) add a `<column>_label` column in CSV and JSON. Numbers are
/// rounded per column: ``Column/decimals`` places in text and Markdown, ``Column/dataDecimals``
/// in CSV and JSON.
public struct ResultTable: Sendable, Hashable {
    /// A column: machine id, display header and rounding.
    public struct Column: Sendable, Hashable {
        /// Stable machine id, e.g. `density`.
        public var id: String
        /// Header shown in text and Markdown.
        public var header: String
        /// Decimal places of numbers in text and Markdown (`nil`: the table's ``ResultTable/decimals``).
        public var decimals: Int?
        /// Decimal places of numbers in CSV and JSON (`nil`: the table's ``ResultTable/dataDecimals``).
        public var dataDecimals: Int?
        /// Whether the column is written to CSV and JSON only (ids, denominators, long details that
        /// would make a terminal table unreadable).
        public var isDetail: Bool
        /// How text and Markdown show a number: multiplied by this (100 shows a share as a percentage).
        public var displayScale: Double
        /// What text and Markdown write after a number, e.g. `%`.
        public var displaySuffix: String

        /// Creates a column.
        public init(_ id: String, _ header: String, decimals: Int? = nil, dataDecimals: Int? = nil, detail: Bool = false,
                    displayScale: Double = 1, displaySuffix: String = "") {
            self.id = id
            self.header = header
            self.decimals = decimals
            self.dataDecimals = dataDecimals
            self.isDetail = detail
            self.displayScale = displayScale
            self.displaySuffix = displaySuffix
        }
    }

    /// Stable name of the table, e.g. `changes`: its key in a JSON document and the value `--table` takes.
    public var name: String
    /// A title shown above text and Markdown output.
    public var title: String
    /// The columns.
    public var columns: [Column]
    /// The rows, each with one cell per column.
    public var rows: [[TableCell]]
    /// Default decimal places for numbers in text and Markdown.
    public var decimals: Int
    /// Default decimal places for numbers in CSV and JSON.
    public var dataDecimals: Int

    /// Creates a table.
    public init(name: String = "table", title: String, columns: [Column], rows: [[TableCell]] = [],
                decimals: Int = 3, dataDecimals: Int = 6) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.decimals = decimals
        self.dataDecimals = dataDecimals
    }

    /// Renders the table in `format`; CSV in `dialect`.
    public func render(_ format: TableFormat, dialect: CSVDialect = .plain) throws -> String {
        switch format {
        case .text: text()
        case .csv: try csv(dialect: dialect)
        case .json: try json()
        case .markdown: markdown()
        }
    }

    /// Decimal places of column `index` in text and Markdown.
    func displayDecimals(_ index: Int) -> Int { columns[index].decimals ?? decimals }

    /// Decimal places of column `index` in CSV and JSON.
    func dataDecimals(_ index: Int) -> Int { columns[index].dataDecimals ?? dataDecimals }

    /// The indices of the columns text and Markdown show.
    var displayedColumns: [Int] { columns.indices.filter { !columns[$0].isDetail } }

    /// `cell` of column `index` as text and Markdown show it.
    func display(_ cell: TableCell, column index: Int) -> String {
        switch cell {
        case .text(let s): s
        case .int(let i): String(i)
        case .number(let d):
            TableNumber.fixed(d * columns[index].displayScale, decimals: displayDecimals(index)) + columns[index].displaySuffix
        case .term(_, let label): label
        case .list(let values): values.joined(separator: ", ")
        case .bool(let b): b ? "✓" : ""
        case .empty: "–"
        }
    }

    /// Whether column `index` holds terms (and so gets a `_label` column in CSV and JSON).
    func hasLabels(_ index: Int) -> Bool {
        rows.contains { row in
            guard index < row.count, case .term = row[index] else { return false }
            return true
        }
    }
}
