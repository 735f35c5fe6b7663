import Foundation
import SWXMLHash
import ZIPFoundation

/// Reads an `.xlsx` workbook (Office Open XML, as Excel, LibreOffice and openpyxl write it) into a
/// ``Workbook``: every sheet's cells with shared strings, inline strings, numbers, true/false values,
/// dates (numbers with a date format, in the 1900 or 1904 date system), formulas' stored results,
/// error values and merged ranges. The archive is read by ZIPFoundation (every entry's CRC checked), its XML parts by SWXMLHash.
///
/// - Complexity: O(*n*) in the size of the workbook's XML.
public struct XLSXReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Why a file cannot be read as a workbook.
    public enum Failure: Error, Equatable, Sendable {
        /// The file is no ZIP archive (so no `.xlsx`): e.g. an old `.xls` or a CSV file renamed.
        case notAnArchive
        /// A part the workbook needs is missing or broken.
        case brokenPart(String)
    }

    /// Reads the workbook in `data`; `file` names it in places.
    public func read(data: Data, file: String) throws(Failure) -> Workbook {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notAnArchive }
        func part(_ path: String) throws(Failure) -> XMLHashXMLElement? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            // ZIPFoundation computes the CRC as it extracts into memory but leaves comparing it to us.
            do {
                let checksum = try archive.extract(entry) { bytes.append($0) }
                guard checksum == entry.checksum else { throw Failure.brokenPart(path) }
            } catch { throw .brokenPart(path) }
            let indexer = XMLHash.config { $0.detectParsingErrors = true }.parse(bytes)
            if case .parsingError = indexer { throw .brokenPart(path) }
            guard let root = indexer.children.first?.element else { throw .brokenPart(path) }
            return root
        }
        guard let workbook = try part("xl/workbook.xml") else { throw .brokenPart("xl/workbook.xml") }
        let relations = try part("xl/_rels/workbook.xml.rels")
        var targets: [String: String] = [:]
        for relation in relations.map(Self.children) ?? [] where relation.name.hasSuffix("Relationship") {
            if let id = relation.attribute(by: "Id")?.text, let target = relation.attribute(by: "Target")?.text {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let shared = try part("xl/sharedStrings.xml").map { Self.children($0).filter { Self.local($0.name) == "si" }.map(Self.richText) } ?? []
        let dateStyles = try part("xl/styles.xml").map(Self.dateStyles) ?? []
        let properties = Self.children(workbook).first { Self.local($0.name) == "workbookPr" }
        let date1904 = ["1", "true"].contains(properties?.attribute(by: "date1904")?.text ?? "")

        var sheets: [Sheet] = []
        let sheetList = Self.children(workbook).first { Self.local($0.name) == "sheets" }
        for entry in sheetList.map(Self.children) ?? [] where Self.local(entry.name) == "sheet" {
            guard let name = entry.attribute(by: "name")?.text else { continue }
            let id = entry.allAttributes.first { Self.local($0.key) == "id" && $0.key != "sheetId" }?.value.text
            guard let path = id.flatMap({ targets[$0] }), let root = try part(path) else { throw .brokenPart("xl/workbook.xml: \(name)") }
            sheets.append(Self.sheet(root, name: name, file: file, shared: shared, dateStyles: dateStyles, date1904: date1904))
        }
        return Workbook(sheets: sheets)
    }

    // MARK: Parts

    private static func children(_ element: XMLHashXMLElement) -> [XMLHashXMLElement] {
        element.children.compactMap { $0 as? XMLHashXMLElement }
    }

    /// A name without its namespace prefix (`x:row` → `row`).
    private static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// The text of a shared or inline string: its `t`, or its runs' `t` joined (phonetic runs left out).
    private static func richText(_ item: XMLHashXMLElement) -> String {
        var text = ""
        for child in children(item) {
            switch local(child.name) {
            case "t": text += child.text
            case "r": text += children(child).filter { local($0.name) == "t" }.map(\.text).joined()
            default: break
            }
        }
        return text
    }

    /// For each cell format (`cellXfs`, by index), whether it shows a date.
    private static func dateStyles(_ styles: XMLHashXMLElement) -> [Bool] {
        var custom: [Int: String] = [:]
        for group in children(styles) where local(group.name) == "numFmts" {
            for format in children(group) {
                if let id = format.attribute(by: "numFmtId").flatMap({ Int($0.text) }) {
                    custom[id] = format.attribute(by: "formatCode")?.text ?? ""
                }
            }
        }
        guard let xfs = children(styles).first(where: { local($0.name) == "cellXfs" }) else { return [] }
        return children(xfs).filter { local($0.name) == "xf" }.map { xf in
            let id = xf.attribute(by: "numFmtId").flatMap { Int($0.text) } ?? 0
            if (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id) { return true }
            return custom[id].map(isDateFormat) ?? false
        }
    }

    /// Whether a number format code shows a date: it has `d`, `m` or `y` outside quotes, brackets
    /// and escapes (`[h]:mm` is a duration, `0.00"m"` a number).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "D", "y", "Y", "m", "M":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// `B12` → (row 12, column 2).
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, sawDigit = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 65...90 where !sawDigit: column = column * 26 + Int(scalar.value - 64)
            case 97...122 where !sawDigit: column = column * 26 + Int(scalar.value - 96)
            case 48...57: sawDigit = true; row = row * 10 + Int(scalar.value - 48)
            case 36: continue  // $A$1
            default: return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        return column > 0 && row > 0 ? (row, column) : nil
    }

    private static func sheet(_ root: XMLHashXMLElement, name: String, file: String, shared: [String], dateStyles: [Bool],
                              date1904: Bool) -> Sheet {
        var rows: [[Cell?]] = []
        var merged: [(range: String, row: Int, column: Int)] = []
        for part in children(root) {
            switch local(part.name) {
            case "sheetData":
                var nextRow = 1
                for row in children(part) where local(row.name) == "row" {
                    let number = row.attribute(by: "r").flatMap { Int($0.text) } ?? nextRow
                    nextRow = number + 1
                    var cells: [Cell?] = []
                    var nextColumn = 1
                    for c in children(row) where local(c.name) == "c" {
                        let column = c.attribute(by: "r").flatMap { reference($0.text)?.column } ?? nextColumn
                        nextColumn = column + 1
                        guard let value = cell(c, shared: shared, dateStyles: dateStyles, date1904: date1904) else { continue }
                        if cells.count < column { cells += Array(repeating: nil, count: column - cells.count) }
                        cells[column - 1] = value
                    }
                    guard number >= 1, number <= 1_048_576 else { continue }
                    if rows.count < number { rows += Array(repeating: [], count: number - rows.count) }
                    rows[number - 1] = cells
                }
            case "mergeCells":
                for m in children(part) where local(m.name) == "mergeCell" {
                    guard let range = m.attribute(by: "ref")?.text else { continue }
                    let start = reference(String(range.prefix { $0 != ":" }))
                    merged.append((range, start?.row ?? 1, start?.column ?? 1))
                }
            default: break
            }
        }
        return Sheet(name: name, file: file, rows: rows, mergedRanges: merged)
    }

    private static func cell(_ c: XMLHashXMLElement, shared: [String], dateStyles: [Bool], date1904: Bool) -> Cell? {
        let type = c.attribute(by: "t")?.text ?? "n"
        let parts = children(c)
        let value = parts.first { local($0.name) == "v" }?.text
        let formula = parts.first { local($0.name) == "f" }?.text
        switch type {
        case "inlineStr":
            return parts.first { local($0.name) == "is" }.map { .text(richText($0)) }
        case "s":
            guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), shared.indices.contains(index) else {
                return value == nil ? nil : .error("#SHARED?")
            }
            return .text(shared[index])
        case "str":
            return value.map(Cell.text) ?? formula.map(Cell.formulaWithoutResult)
        case "b":
            return value.map { .bool($0.trimmingCharacters(in: .whitespaces) == "1") } ?? formula.map(Cell.formulaWithoutResult)
        case "e":
            return .error(value ?? "#ERROR")
        case "d":
            guard let value else { return formula.map(Cell.formulaWithoutResult) }
            let digits = value.prefix(10).split(separator: "-").compactMap { Int($0) }
            return digits.count == 3 ? .date(year: digits[0], month: digits[1], day: digits[2]) : .text(value)
        default:
            guard let value, let number = Double(value.trimmingCharacters(in: .whitespaces)) else {
                return formula.map(Cell.formulaWithoutResult)
            }
            let style = c.attribute(by: "s").flatMap { Int($0.text) } ?? 0
            if dateStyles.indices.contains(style), dateStyles[style], let date = date(serial: number, date1904: date1904) {
                return date
            }
            return .number(number)
        }
    }

    /// The day a serial number stands for: days since 1899-12-30 (Excel's 1900 system, which counts
    /// the 29 February 1900 that never was), or since 1904-01-01.
    static func date(serial: Double, date1904: Bool) -> Cell? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        var days = Int(serial.rounded(.down)) + (date1904 ? 1462 : 0)
        if !date1904 && days < 61 { days += 1 }  // before the phantom 29 February 1900
        // Civil date from days since 1899-12-30 (algorithm of H. Hinnant, days from 1970-01-01).
        let z = days - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return .date(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
