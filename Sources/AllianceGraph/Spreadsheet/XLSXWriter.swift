import Foundation
import ZIPFoundation

/// A sheet to write: rows of text, with the first row as a bold, frozen header if `hasHeader`.
public struct SheetContent: Sendable, Hashable {
    /// The sheet's name (at most 31 characters, as Excel allows).
    public var name: String
    /// The rows of text; an empty text leaves the cell out.
    public var rows: [[String]]
    /// Whether the first row is a header (bold, frozen when scrolling).
    public var hasHeader: Bool
    /// Column widths in characters, from column A; missing ones get Excel's default.
    public var widths: [Int]
    /// Drop-down lists: the cell range (`B2:B501`) and the formula of its values (`Listen!$A$2:$A$40`).
    public var dropDowns: [(range: String, source: String)]
    /// Whether the sheet is hidden (the lists behind the drop-downs).
    public var isHidden: Bool

    /// Creates sheet content.
    public init(name: String, rows: [[String]], hasHeader: Bool = true, widths: [Int] = [],
                dropDowns: [(range: String, source: String)] = [], isHidden: Bool = false) {
        self.name = name
        self.rows = rows
        self.hasHeader = hasHeader
        self.widths = widths
        self.dropDowns = dropDowns
        self.isHidden = isHidden
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.rows == rhs.rows && lhs.dropDowns.map(\.range) == rhs.dropDowns.map(\.range)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(rows) }
}

/// Writes a workbook (`.xlsx`, Office Open XML) of text cells: a ZIP archive (written by ZIPFoundation, deflated) of the
/// parts Excel, LibreOffice and openpyxl need, each sheet written in one pass as text (values escaped
/// as in the exports, ``XMLExport/escaped(_:)``) with inline strings, a bold frozen header row,
/// column widths and drop-down lists (data validation of type list).
///
/// - Complexity: O(*n*) in the number of cells.
public struct XLSXWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The workbook's bytes.
    public func data(_ sheets: [SheetContent]) throws -> Data {
        var parts: [(name: String, data: Data)] = []
        func add(_ path: String, _ text: String) { parts.append((path, Data(text.utf8))) }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var types = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        var workbook = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
        var workbookRelations = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (index, sheet) in sheets.enumerated() {
            let n = index + 1
            types += "<Override PartName=\"/xl/worksheets/sheet\(n).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            workbook += "<sheet name=\"\(XMLExport.escaped(sheet.name))\" sheetId=\"\(n)\"\(sheet.isHidden ? " state=\"hidden\"" : "") r:id=\"rId\(n)\"/>"
            workbookRelations += "<Relationship Id=\"rId\(n)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(n).xml\"/>"
        }
        types += "</Types>"
        workbook += "</sheets></workbook>"
        workbookRelations += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
        add("[Content_Types].xml", types)
        add("_rels/.rels", header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        add("xl/workbook.xml", workbook)
        add("xl/_rels/workbook.xml.rels", workbookRelations)
        // Style 0: normal; 1: bold (the header), both with text format (@), so that Excel keeps 06/2022 as typed.
        add("xl/styles.xml", header + "<styleSheet xmlns=\"\(main)\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>")
        for (index, sheet) in sheets.enumerated() {
            add("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, namespace: main, header: header))
        }
        // In memory; every entry dated 2020-01-01 so that the same sheets give the same bytes.
        let archive = try Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_577_836_800)
        for (name, content) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(content.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                content.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return bytes
    }

    private func worksheet(_ sheet: SheetContent, namespace: String, header: String) -> String {
        var xml = header + "<worksheet xmlns=\"\(namespace)\">"
        if sheet.hasHeader {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !sheet.widths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" style=\"0\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            let style = sheet.hasHeader && r == 0 ? 1 : 0
            for (c, text) in row.enumerated() where !text.isEmpty {
                xml += "<c r=\"\(CellPlace.columnLetters(c + 1))\(r + 1)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + XMLExport.escaped(text) + "</t></is></c>"
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.dropDowns.isEmpty {
            xml += "<dataValidations count=\"\(sheet.dropDowns.count)\">"
            for dropDown in sheet.dropDowns {
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorStyle=\"warning\" sqref=\"\(dropDown.range)\">"
                    + "<formula1>\(XMLExport.escaped(dropDown.source))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        return xml + "</worksheet>"
    }
}
