import Foundation

/// A spreadsheet as the import reads it: sheets of cells, from an `.xlsx` workbook
/// (``XLSXReader``) or a folder of CSV files (``DelimitedTextReader``, one sheet per file).
public struct Workbook: Sendable, Hashable {
    /// The sheets in the workbook's order.
    public var sheets: [Sheet]

    /// Creates a workbook.
    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }
}

/// One sheet (or one CSV file): its cells by row, and where it came from.
public struct Sheet: Sendable, Hashable {
    /// The sheet's name (for a CSV file the file's name without its extension).
    public var name: String
    /// The file the sheet is in, as the user named it.
    public var file: String
    /// Whether the sheet is one CSV file: places are then `file:line:column`, not `file:sheet:row:column`.
    public var isDelimitedText: Bool
    /// The rows, from the first; each row's cells from column A. Missing cells are `nil`.
    public var rows: [[Cell?]]
    /// For a CSV file, the line each row starts on (a quoted field may hold line breaks); empty for a workbook.
    public var lines: [Int]
    /// Ranges of merged cells, e.g. `B2:B4`, with their first row and column (from 1).
    public var mergedRanges: [(range: String, row: Int, column: Int)]

    /// Creates a sheet.
    public init(name: String, file: String, isDelimitedText: Bool = false, rows: [[Cell?]], lines: [Int] = [],
                mergedRanges: [(range: String, row: Int, column: Int)] = []) {
        self.name = name
        self.file = file
        self.isDelimitedText = isDelimitedText
        self.rows = rows
        self.lines = lines
        self.mergedRanges = mergedRanges
    }

    /// The cell at `row` and `column` (both from 1), if there is one.
    public func cell(row: Int, column: Int) -> Cell? {
        guard row >= 1, row <= rows.count, column >= 1, column <= rows[row - 1].count else { return nil }
        return rows[row - 1][column - 1]
    }

    /// The place of a cell, for messages (`row` and `column` from 1).
    public func place(row: Int, column: Int, header: String? = nil) -> CellPlace {
        CellPlace(file: file, sheet: isDelimitedText ? nil : name, row: isDelimitedText && row <= lines.count ? lines[row - 1] : row,
                  column: column, header: header)
    }

    public static func == (lhs: Sheet, rhs: Sheet) -> Bool {
        lhs.name == rhs.name && lhs.file == rhs.file && lhs.rows == rhs.rows && lhs.lines == rhs.lines
            && lhs.mergedRanges.map(\.range) == rhs.mergedRanges.map(\.range)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(rows)
    }
}

/// One cell's value as the spreadsheet holds it.
public enum Cell: Sendable, Hashable {
    /// Text (shared, inline or a formula's text result; every CSV field).
    case text(String)
    /// A number.
    case number(Double)
    /// A true/false value.
    case bool(Bool)
    /// A date (a number shown with a date format), as year, month and day.
    case date(year: Int, month: Int, day: Int)
    /// An error value such as `#REF!`.
    case error(String)
    /// A formula whose result the file does not hold (written by a program that does not compute it).
    case formulaWithoutResult(String)

    /// The value as text, as a user would type it: numbers without a needless `.0`, dates as `YYYY-MM-DD`.
    public var text: String {
        switch self {
        case .text(let text): text
        case .number(let number):
            number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .date(let year, let month, let day): String(format: "%04d-%02d-%02d", year, month, day)
        case .error(let code): code
        case .formulaWithoutResult(let formula): "=" + formula
        }
    }

    /// Whether the cell holds nothing but blanks.
    public var isBlank: Bool {
        if case .text(let text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }
}

/// Where a cell is: `file:sheet:row:column` for a workbook (the column as a letter, as Excel shows
/// it), `file:line:column` for a CSV file, with the column's header in brackets.
public struct CellPlace: Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// The sheet's name; `nil` for a CSV file.
    public var sheet: String?
    /// The row (for CSV, the line), from 1.
    public var row: Int
    /// The column, from 1.
    public var column: Int
    /// The column's header, if it has one.
    public var header: String?

    /// Creates a place.
    public init(file: String, sheet: String?, row: Int, column: Int, header: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.header = header
    }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    /// The place as written before a message.
    public var description: String {
        let header = self.header.map { " (\($0))" } ?? ""
        if let sheet { return "\(file):\(sheet):\(row):\(Self.columnLetters(column))\(header)" }
        return "\(file):\(row):\(column)\(header)"
    }
}

/// A problem found while importing a spreadsheet, at its cell (or at the file when it has none).
public struct ImportDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong and how to fix it.
    public var message: Message
    /// The cell the problem is in.
    public var place: CellPlace?
    /// The file (or sheet) when the problem has no cell.
    public var file: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: Message, at place: CellPlace?, file: String) {
        self.severity = severity
        self.message = message
        self.place = place
        self.file = file
    }

    /// `file:sheet:row:column (header): error: message` in `language` (`error` and `warning` stay English,
    /// as in ``Diagnostic/text(_:)``).
    public func text(_ language: Language) -> String {
        "\(place?.description ?? file): \(severity.rawValue): \(message.text(language))"
    }

    /// ``text(_:)`` in German.
    public var description: String { text(.de) }
}
