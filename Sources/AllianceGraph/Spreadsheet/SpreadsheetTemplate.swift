import CSV
import Foundation

/// The empty workbook a managing office fills in (`alliance template`): an instructions sheet, the
/// sheets of ``SpreadsheetSheet`` with a header row in one language, example rows and drop-down
/// lists of the vocabulary's terms, and a hidden sheet holding the lists. The same is available as
/// one CSV file per sheet. `alliance import` (``SpreadsheetImporter``) reads either back.
public struct SpreadsheetTemplate: Sendable {
    /// The vocabulary whose terms the drop-downs offer (built-in plus the user's files).
    public var vocabulary: Vocabulary
    /// The language of headers, sheet names, lists and instructions.
    public var language: Language

    /// Creates a template.
    public init(vocabulary: Vocabulary, language: Language) {
        self.vocabulary = vocabulary
        self.language = language
    }

    /// The header row of `sheet` in the template's language (for the core group with the years of
    /// ``SpreadsheetLayout/templateYears``).
    public func headers(_ sheet: SpreadsheetSheet) -> [String] {
        sheet.columns.map { $0.header.text(language) } + (sheet == .coreGroup ? SpreadsheetLayout.templateYears.map(String.init) : [])
    }

    /// The sheets of the workbook, in order: instructions, the data sheets, the lists (hidden).
    public func sheets() -> [SheetContent] {
        let l = language
        let instructions: [SpreadsheetMessage] = [.instructions1, .instructions2, .instructions3, .instructions4, .instructions5,
                                                  .instructions6, .instructions7, .instructions8]
        var result = [SheetContent(name: SpreadsheetLayout.instructionsSheet.text(l), rows: instructions.map { [$0.text(l)] },
                                   hasHeader: false, widths: [140])]
        let lists = SpreadsheetList.allCases
        let listName = SpreadsheetLayout.listsSheet.text(l)
        for sheet in SpreadsheetSheet.allCases {
            let columns = sheet.columns
            var dropDowns: [(range: String, source: String)] = []
            for (index, column) in columns.enumerated() {
                guard let list = column.list, let position = lists.firstIndex(of: list) else { continue }
                let letter = CellPlace.columnLetters(index + 1), listLetter = CellPlace.columnLetters(position + 1)
                let count = list.entries(vocabulary, l).count
                dropDowns.append(("\(letter)2:\(letter)\(SpreadsheetLayout.templateRows + 1)",
                                  "'\(listName)'!$\(listLetter)$2:$\(listLetter)$\(count + 1)"))
            }
            let headers = headers(sheet)
            result.append(SheetContent(name: sheet.label.text(l), rows: [headers] + SpreadsheetLayout.exampleRows(sheet, vocabulary, l),
                                       widths: headers.map { max(10, min(40, $0.count + 4)) }.enumerated().map { index, width in
                                           sheet == .coreGroup && index > 0 ? 8 : max(width, columns.indices.contains(index) && columns[index].list != nil ? 30 : width)
                                       },
                                       dropDowns: dropDowns))
        }
        let entries = lists.map { $0.entries(vocabulary, l).map(\.text) }
        let height = entries.map(\.count).max() ?? 0
        var listRows = [lists.map { $0.label.text(l) }]
        for row in 0..<height { listRows.append(entries.map { row < $0.count ? $0[row] : "" }) }
        listRows.append([])
        listRows.append([SpreadsheetMessage.listsNote.text(l)])
        result.append(SheetContent(name: listName, rows: listRows, widths: lists.map { _ in 30 }, isHidden: true))
        return result
    }

    /// The workbook as `.xlsx` bytes.
    public func workbook() throws -> Data {
        try XLSXWriter().data(sheets())
    }

    /// The data sheets as CSV files for Excel (name and text): `Akteure.csv`, …, written by CSV.swift
    /// in the dialect ``CSVDialect/excelDE`` (semicolons, CRLF, UTF-8 with a byte-order mark), with
    /// the same headers and example rows as the workbook (no drop-downs: CSV has none).
    public func csvFiles() throws -> [(name: String, text: String)] {
        let dialect = CSVDialect.excelDE
        return try SpreadsheetSheet.allCases.map { sheet in
            let stream = OutputStream(toMemory: ())
            let writer = try CSVWriter(stream: stream, delimiter: dialect.separator, newline: .crlf)
            for row in [headers(sheet)] + SpreadsheetLayout.exampleRows(sheet, vocabulary, language) { try writer.write(row: row) }
            writer.stream.close()
            let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
            return (sheet.label.text(language) + ".csv", "\u{FEFF}" + String(decoding: data, as: UTF8.self) + dialect.lineEnding)
        }
    }
}
