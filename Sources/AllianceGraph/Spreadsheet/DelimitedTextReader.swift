import Foundation

/// Reads a CSV or TSV file as Excel and other spreadsheet programs write it into a ``Sheet``: the
/// separator (`;`, `,` or tab) is detected from the header line; the text may be UTF-8 with or
/// without a byte-order mark, UTF-16 with one, or else Windows-1252 (Excel's "CSV" on German
/// Windows); quoted fields may hold separators, doubled quotation marks and line breaks. Every field
/// is text. Each row remembers the line it starts on, so that places are `file:line:column`
/// (the column counted in fields, from 1).
///
/// - Complexity: O(*n*) in the length of the file.
public struct DelimitedTextReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The text of a file's bytes: UTF-8 (a leading byte-order mark removed), UTF-16 with a
    /// byte-order mark, or Windows-1252 when the bytes are no UTF-8.
    public static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16) ?? String(decoding: bytes, as: UTF8.self)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(data: data, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The separator of `text`: of `;`, `,` and tab the one found most often outside quotes on its first line
    /// (`;` when there is none, as German Excel writes).
    public static func separator(of text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted && (character == "\n" || character == "\r") { break }
            if !quoted, counts[character] != nil { counts[character]! += 1 }
        }
        return [";", "\t", ","].max { counts[$0]! < counts[$1]! } .flatMap { counts[$0]! > 0 ? $0 : nil } ?? ";"
    }

    /// Reads `data` as the sheet `name` of file `file`.
    public func read(data: Data, name: String, file: String) -> Sheet {
        let text = Self.decode(data)
        let separator = Self.separator(of: text)
        var rows: [[Cell?]] = [], lines: [Int] = []
        var row: [Cell?] = [], field = "", quoted = false, fieldStarted = false
        var line = 1, rowLine = 1
        func endField() {
            row.append(field.isEmpty ? nil : .text(field))
            field = ""
            fieldStarted = false
        }
        func endRow() {
            endField()
            rows.append(row.contains { $0 != nil } ? row : [])
            lines.append(rowLine)
            row = []
        }
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    if scalar == "\n" || (scalar == "\r" && pending != "\n") { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted && field.isEmpty:
                quoted = true
                fieldStarted = true
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default:
                if Character(scalar) == separator { endField() } else { field.unicodeScalars.append(scalar); fieldStarted = true }
            }
        }
        if !field.isEmpty || !row.isEmpty || fieldStarted { endRow() }
        // Cells of a quoted field that spans lines: "\r\n" inside it is kept as "\n".
        rows = rows.map { $0.map { cell in
            if case .text(let t) = cell, t.contains("\r\n") { return .text(t.replacingOccurrences(of: "\r\n", with: "\n")) }
            return cell
        } }
        return Sheet(name: name, file: file, isDelimitedText: true, rows: rows, lines: lines)
    }
}
