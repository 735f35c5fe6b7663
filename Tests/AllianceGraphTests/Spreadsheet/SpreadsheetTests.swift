import Foundation
import Testing
@testable import AllianceGraph

/// `alliance template` and `alliance import` through the built binary, with openpyxl as the real
/// producer and consumer of the workbooks (scripts/spreadsheet_fixture.py).
@Suite("Spreadsheet: template, import, round trip")
struct SpreadsheetTests {
    static let alliance = "alliance"

    @Test("The template as openpyxl reads it: sheets, headers in German and English, example rows, drop-down lists from the vocabulary")
    func templateReadByOpenpyxl() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        for language in Language.allCases {
            let path = out.appendingPathComponent("t-\(language).xlsx").path
            let result = try TestSupport.run(Self.alliance, ["template", "--lang", language.rawValue, "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            let read = try SpreadsheetFixture.read(path)
            let template = SpreadsheetTemplate(vocabulary: .builtIn, language: language)
            #expect(read.sheets.map(\.name) == [SpreadsheetLayout.instructionsSheet.text(language)]
                    + SpreadsheetSheet.allCases.map { $0.label.text(language) } + [SpreadsheetLayout.listsSheet.text(language)])
            #expect(read.sheets.last?.state == "hidden")
            for sheet in SpreadsheetSheet.allCases {
                let got = try #require(read.sheet(sheet.label.text(language)))
                #expect(got.rows.first == template.headers(sheet), "\(sheet)")
                #expect(got.frozen == "A2", "the header row stays in view")
                let examples = SpreadsheetLayout.exampleRows(sheet, .builtIn, language)
                #expect(got.rows.count == examples.count + 1, "\(sheet): one header and the example rows")
                for (index, column) in sheet.columns.enumerated() {
                    let letter = CellPlace.columnLetters(index + 1)
                    let validation = got.validations.first { $0.sqref.hasPrefix(letter + "2:") }
                    guard let list = column.list else {
                        #expect(validation == nil, "\(sheet) \(column.key): no list")
                        continue
                    }
                    #expect(validation?.sqref == "\(letter)2:\(letter)\(SpreadsheetLayout.templateRows + 1)")
                    #expect(validation?.values == list.entries(.builtIn, language).map(\.text), "\(sheet) \(column.key)")
                }
            }
            let actorKinds = try #require(read.sheet(SpreadsheetSheet.actors.label.text(language))?.validations.first?.values)
            #expect(actorKinds.count == Vocabulary.builtIn.actorKinds.count)
            #expect(actorKinds.contains(language == .de ? "Ausländerbehörde" : "Immigration office"))
            let mechanisms = try #require(read.sheet(SpreadsheetSheet.relations.label.text(language))?.validations.first { $0.sqref.hasPrefix("F2") }?.values)
            #expect(mechanisms.contains(language == .de ? "Positive Koordination: Verknüpfung" : "Positive coordination: Linking"))
        }
    }

    @Test("The template imported as it is (workbook and CSV folder, German and English) passes validate --strict, both the same")
    func templateImports() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        for language in Language.allCases {
            var texts: [String] = []
            for target in ["t.xlsx", "t-csv"] {
                let template = out.appendingPathComponent("\(language)-\(target)").path
                var result = try TestSupport.run(Self.alliance, ["template", "--lang", language.rawValue, "-o", template])
                #expect(result.status == 0, "\(result.stderr)")
                let yaml = template + ".yaml"
                result = try TestSupport.run(Self.alliance, ["import", template, "-o", yaml, "--lang", "en"])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.contains("3 actors, 2 relations; checked: 0 errors, 0 warnings"), "\(result.stderr)")
                result = try TestSupport.run(Self.alliance, ["validate", "--strict", yaml])
                #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
                let text = try String(contentsOfFile: yaml, encoding: .utf8)
                texts.append(text.split(separator: "\n").dropFirst().joined(separator: "\n"))
                #expect(text.contains("kind: independent_city") && text.contains("mechanism: positive/linking") && text.contains("core_group: 2020-"))
            }
            #expect(Set(texts).count == 1, "\(language): the same alliance from the workbook and the CSV files")
        }
        let csv = try Data(contentsOf: out.appendingPathComponent("de-t-csv/Akteure.csv"))
        #expect(csv.starts(with: Data("\u{FEFF}Id;Art;Name;".utf8)), "CSV for German Excel: a byte-order mark and semicolons")
    }

    @Test("The YAML written is commented in the import's language (--lang, else the headers'), the same each time, in the order of docs/FORMAT.md, and reads back as the spreadsheet's alliance")
    func commentedYAML() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let sections: [(key: String, comment: FileCommentMessage)] = [("id", .alliance), ("actors", .actors), ("relations", .relations),
                                                                      ("interfaces", .interfaces), ("chains", .chains)]
        for headers in Language.allCases {
            let template = out.appendingPathComponent("t-\(headers).xlsx").path
            #expect(try TestSupport.run(Self.alliance, ["template", "--lang", headers.rawValue, "-o", template]).status == 0)
            for option in [nil, Language.de, .en] {
                let expected = option ?? headers, other: Language = expected == .de ? .en : .de
                let yaml = out.appendingPathComponent("t-\(headers)-\(option?.rawValue ?? "none").yaml").path
                let arguments = ["import", template, "-o", yaml] + (option.map { ["--lang", $0.rawValue] } ?? [])
                var result = try TestSupport.run(Self.alliance, arguments)
                #expect(result.status == 0, "\(result.stderr)")
                let text = try String(contentsOfFile: yaml, encoding: .utf8)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let context = "headers \(headers), --lang \(option?.rawValue ?? "not given")"
                // The header: the source file, the rows read per sheet and the vocabulary, no date.
                #expect(lines.first == "# " + SpreadsheetMessage.importedComment.text(expected, ["file": .text(template)]), "\(context)")
                let read = expected == .de ? "# Gelesene Zeilen je Blatt: Bündnis 1, Akteure 3, Kerngruppe 3, Kooperationen 2, Schnittstellen 1, Ketten 2. Vokabular: eingebaut."
                    : "# Rows read per sheet: Alliance 1, Actors 3, Core group 3, Relations 2, Interfaces 1, Chains 2. Vocabulary: built in."
                #expect(lines.dropFirst().first == read, "\(context)")
                #expect(!text.contains(String(Calendar.current.component(.year, from: Date()))), "no date in the file")
                // A comment before each section, in the expected language only, pointing to the format's description.
                for (key, comment) in sections {
                    let index = try #require(lines.firstIndex { $0.hasPrefix(key + ":") }, "\(key)")
                    #expect(lines[index - 1] == "# ---- " + comment.text(expected), "\(context): \(key)")
                    #expect(lines[index - 1].contains(expected == .de ? "docs/FORMAT.de.md" : "docs/FORMAT.md"))
                    #expect(!text.contains(comment.text(other)), "\(context): no \(other) comment")
                }
                // Key order as in docs/FORMAT.md: the alliance's keys, then its lists.
                let keys = lines.filter { $0.first?.isLetter == true }.map { String($0.prefix { $0 != ":" }) }
                #expect(keys == ["id", "name", "kind", "region", "years", "illustrative", "note", "actors", "relations", "interfaces", "chains"], "\(keys)")
                // Deterministic: importing again gives the same bytes.
                result = try TestSupport.run(Self.alliance, arguments + ["--force"])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(try String(contentsOfFile: yaml, encoding: .utf8) == text, "\(context): the same file each time")
                // It passes validate --strict and reads back as the alliance the spreadsheet holds.
                result = try TestSupport.run(Self.alliance, ["validate", "--strict", yaml])
                #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
                let imported = try #require(SpreadsheetImporter(vocabulary: .builtIn).read(paths: [template]).alliance)
                #expect(try #require(AllianceLoader(vocabulary: .builtIn).load(path: yaml).validAlliance) == imported, "\(context)")
            }
        }
        // docs/FORMAT.de.md shows the file the German template gives, as it is written.
        let doc = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/FORMAT.de.md"), encoding: .utf8)
        let shown = try #require(doc.components(separatedBy: "Die geschriebene Datei:\n\n```yaml\n").dropFirst().first?.components(separatedBy: "```\n").first)
        let written = try String(contentsOfFile: out.appendingPathComponent("t-de-none.yaml").path, encoding: .utf8)
        #expect(written.replacingOccurrences(of: out.appendingPathComponent("t-de.xlsx").path, with: "musterstadt.xlsx") == shown)
    }

    @Test("Round trip: the template filled by openpyxl with Graphs/auental.yaml, imported, validated: the same alliance")
    func roundTripWorkbook() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let template = out.appendingPathComponent("template.xlsx").path, filled = out.appendingPathComponent("auental.xlsx").path
        #expect(try TestSupport.run(Self.alliance, ["template", "-o", template]).status == 0)
        try SpreadsheetFixture.fill(template, filled, sheets: SpreadsheetFixture.auental)
        let yaml = out.appendingPathComponent("auental.yaml").path
        var result = try TestSupport.run(Self.alliance, ["import", filled, "-o", yaml])
        #expect(result.status == 0, "\(result.stderr)")
        result = try TestSupport.run(Self.alliance, ["validate", "--strict", yaml])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let imported = try #require(AllianceLoader(vocabulary: .builtIn).load(path: yaml).validAlliance)
        #expect(imported == (try SpreadsheetFixture.expectedAuental()))
        #expect(try String(contentsOfFile: yaml, encoding: .utf8).hasPrefix("# Aus \(filled) importiert"))
    }

    @Test("Round trip through Excel-style CSV: semicolons in Windows-1252, commas in UTF-8 with a byte-order mark and a quoted line break")
    func roundTripCSV() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let expected = try SpreadsheetFixture.expectedAuental()
        for (variant, separator) in [("cp1252", ";"), ("utf8", ","), ("tab", "\t")] {
            let folder = out.appendingPathComponent(variant)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for sheet in SpreadsheetSheet.allCases {
                var rows = SpreadsheetFixture.auental[sheet.label.de] ?? []
                if sheet == .actors && variant == "utf8" { rows[15][7] = "KIM wird vom Kreis getragen\nund arbeitet auch in Auental." }
                let text = SpreadsheetFixture.csv(sheet, rows, separator: separator)
                let data = variant == "cp1252" ? try #require(text.data(using: .windowsCP1252)) : Data("\u{FEFF}".utf8) + Data(text.utf8)
                try data.write(to: folder.appendingPathComponent(variant == "cp1252" ? sheet.label.de + ".csv" : sheet.label.en + ".csv"))
            }
            let yaml = folder.path + ".yaml"
            let result = try TestSupport.run(Self.alliance, ["import", folder.path, "-o", yaml])
            #expect(result.status == 0, "\(variant): \(result.stderr)")
            let imported = try #require(AllianceLoader(vocabulary: .builtIn).load(path: yaml).validAlliance)
            if variant == "utf8" {
                let index = try #require(expected.actors.firstIndex { $0.id.rawValue == "kim" })
                var actors = expected.actors
                actors[index].note = "KIM wird vom Kreis getragen\nund arbeitet auch in Auental."
                var changed = expected
                changed.actors = actors
                #expect(imported == changed, "\(variant)")
            } else {
                #expect(imported == expected, "\(variant)")
            }
        }
    }

    @Test("Hostile workbook: every problem at its sheet, row, column and header, all at once; nothing written")
    func hostileWorkbook() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let template = out.appendingPathComponent("template.xlsx").path, filled = out.appendingPathComponent("hostile.xlsx").path
        #expect(try TestSupport.run(Self.alliance, ["template", "-o", template]).status == 0)
        var actorsHeader = SpreadsheetFixture.headers(.actors)
        actorsHeader[1] = "Artt"
        try SpreadsheetFixture.fill(template, filled, sheets: [
            "Akteure": [["ki", "KI", "", "", "ja", "", "", ""], ["abh", "ABH", "", "", "", "date:2021-03-01", "", ""],
                        ["jmd", "JMD", "=CONCAT(\"a\",\"b\")", "", "", "", "", ""], ["date:2020-01-01", "VHS", "", "", "", "", "", ""],
                        ["x1", "VHS", "", "", "", "", "", ""], ["", "VHS", "nur ein Name", "", "", "", "", ""]],
            "Kerngruppe": [["ki", "x", "vielleicht", "x", "x"], ["kl", "x", "", "", ""]],
            "Kooperationen": [["", "ki, abh", "", "", "Fallkonferenzz", "", "", "", "2021-", "", "", "", "", ""]],
            "Schnittstellen": [],
        ], headers: ["Akteure": actorsHeader], merge: ["Akteure": ["E6:E7"]], addSheets: ["Tabelle1": [["was ist das"]]])
        let yaml = out.appendingPathComponent("hostile.yaml").path
        let result = try TestSupport.run(Self.alliance, ["import", filled, "-o", yaml, "--lang", "en"])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: yaml), "nothing written")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        func expectLine(_ place: String, _ text: String) {
            #expect(lines.contains { $0.hasPrefix(filled + place) && $0.contains(text) }, "\(place) \(text) in:\n\(result.stderr)")
        }
        expectLine(":Akteure:1:B (Artt): error:", "unknown column 'Artt' (did you mean 'Art'?)")
        expectLine(":Akteure:6:E:", "the cells E6:E7 are merged")
        expectLine(":Akteure:4:C (Name): error:", "a formula without a computed value (=CONCAT(\"a\",\"b\"))")
        expectLine(":Akteure:5:A (Id): error:", "the cell holds a date (2020-01-01) where text belongs")
        expectLine(":Kerngruppe:2:C (2020): error:", "'vielleicht' is no mark")
        expectLine(":Kerngruppe:3:A (Akteur): error:", "unknown actor 'kl' (did you mean 'ki'?)")
        expectLine(":Kooperationen:2:E (Format): error:", "'Fallkonferenzz'")
        expectLine(":Kooperationen:2:E (Format): error:", "did you mean 'case_conference'?")
        expectLine(":Akteure:7:", "'id'")
        expectLine(":Tabelle1: error:", "unknown sheet 'Tabelle1'")
        #expect(lines.last?.contains("nothing written") == true)
        // The date typed as 03/2021 in a years column is read as that month: no problem reported for it.
        #expect(!lines.contains { $0.contains(":Akteure:3:F") })
    }

    @Test("An empty alliance sheet, a missing one, a file that is no workbook, wrong CSV headers: clear errors")
    func emptyAndMissing() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let template = out.appendingPathComponent("template.xlsx").path
        #expect(try TestSupport.run(Self.alliance, ["template", "-o", template]).status == 0)
        let empty = out.appendingPathComponent("empty.xlsx").path
        try SpreadsheetFixture.fill(template, empty, sheets: ["Bündnis": []])
        var result = try TestSupport.run(Self.alliance, ["import", empty, "-o", out.appendingPathComponent("a.yaml").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(empty + ":Bündnis:1:A: error: the sheet has no row below the header"), "\(result.stderr)")
        let missing = out.appendingPathComponent("missing.xlsx").path
        try SpreadsheetFixture.fill(template, missing, sheets: [:], removeSheets: ["Bündnis"])
        result = try TestSupport.run(Self.alliance, ["import", missing, "-o", out.appendingPathComponent("b.yaml").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the sheet 'Alliance' is missing"), "\(result.stderr)")
        let notXLSX = try TestSupport.temporaryFile("old.xlsx", "id;name\n")
        result = try TestSupport.run(Self.alliance, ["import", notXLSX, "-o", out.appendingPathComponent("c.yaml").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("old.xlsx: error: the file is no Excel workbook (.xlsx)"), "\(result.stderr)")
        // A workbook cut short (a broken download): ZIPFoundation finds no directory; the file is named with what to do.
        let cut = out.appendingPathComponent("cut.xlsx")
        let whole = try Data(contentsOf: URL(fileURLWithPath: template))
        try whole.prefix(whole.count / 2).write(to: cut)
        result = try TestSupport.run(Self.alliance, ["import", cut.path, "-o", out.appendingPathComponent("d.yaml").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(cut.path + ": error: the file is no Excel workbook (.xlsx); save it in Excel as 'Excel Workbook (*.xlsx)' or as CSV"), "\(result.stderr)")
        let folder = out.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Id;Name;Art;Jahre\nx;X;Kreis;2019-2022\n".write(to: folder.appendingPathComponent("Bündnis.csv"), atomically: true, encoding: .utf8)
        try "Id;Sorte\n\"ki\";\"KI\"\n".write(to: folder.appendingPathComponent("Akteure.csv"), atomically: true, encoding: .utf8)
        result = try TestSupport.run(Self.alliance, ["import", folder.path, "-o", out.appendingPathComponent("d.yaml").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(folder.appendingPathComponent("Akteure.csv").path + ":1:2 (Sorte): error: unknown column 'Sorte'"), "\(result.stderr)")
        #expect(result.stderr.contains(folder.appendingPathComponent("Akteure.csv").path + ":2:1 (Id): error:"), "the actor without kind, at its line: \(result.stderr)")
    }

    @Test("Never over an input; an existing output only with --force")
    func outputSafety() throws {
        let out = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let template = out.appendingPathComponent("t.xlsx").path
        #expect(try TestSupport.run(Self.alliance, ["template", "-o", template]).status == 0)
        var result = try TestSupport.run(Self.alliance, ["template", "-o", template, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already exists"))
        let before = try Data(contentsOf: URL(fileURLWithPath: template))
        result = try TestSupport.run(Self.alliance, ["import", template, "-o", template, "--force", "--lang", "en"])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: template)) == before, "the input is left as it was")
        let yaml = out.appendingPathComponent("a.yaml").path
        try "keep\n".write(toFile: yaml, atomically: true, encoding: .utf8)
        result = try TestSupport.run(Self.alliance, ["import", template, "-o", yaml, "--lang", "en"])
        #expect(result.status == 1)
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == "keep\n")
        result = try TestSupport.run(Self.alliance, ["import", template, "-o", yaml, "--force"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: yaml, encoding: .utf8).contains("id: musterstadt"))
    }

    @Test("CSV as Excel writes it: separator detected, quotes, line breaks inside quotes, the line each row starts on, Windows-1252")
    func delimitedText() throws {
        let text = "a;b;c\r\n\"x;1\";\"two\r\nlines\";\"say \"\"hi\"\"\"\r\n\r\nlast;;\r\n"
        let sheet = DelimitedTextReader().read(data: Data(text.utf8), name: "s", file: "s.csv")
        #expect(sheet.rows.count == 4)
        #expect(sheet.rows[1] == [.text("x;1"), .text("two\nlines"), .text("say \"hi\"")])
        #expect(sheet.lines == [1, 2, 4, 5])
        #expect(sheet.rows[3] == [.text("last"), nil, nil])
        #expect(DelimitedTextReader.separator(of: "a,b,c\n") == ",")
        #expect(DelimitedTextReader.separator(of: "a\tb\n") == "\t")
        #expect(DelimitedTextReader.separator(of: "\"a;b\",c\n") == ",")
        #expect(DelimitedTextReader.decode(Data([0x4B, 0xF6, 0x6C, 0x6E])) == "Köln")
        #expect(DelimitedTextReader.decode(Data([0xEF, 0xBB, 0xBF, 0x4B, 0xC3, 0xB6])) == "Kö")
    }

    @Test("Workbook details: date serials in both date systems, date formats, cell references, places")
    func workbookDetails() {
        #expect(XLSXReader.date(serial: 44713, date1904: false) == .date(year: 2022, month: 6, day: 1))
        #expect(XLSXReader.date(serial: 1, date1904: false) == .date(year: 1900, month: 1, day: 1))
        #expect(XLSXReader.date(serial: 43251, date1904: true) == .date(year: 2022, month: 6, day: 1))
        #expect(XLSXReader.isDateFormat("mm/yyyy") && XLSXReader.isDateFormat("DD.MM.YYYY"))
        #expect(!XLSXReader.isDateFormat("0.00") && !XLSXReader.isDateFormat("[h]:ss") && !XLSXReader.isDateFormat("0\" m\""))
        #expect(XLSXReader.reference("AB12")! == (12, 28))
        #expect(XLSXReader.reference("$C$3")! == (3, 3))
        #expect(XLSXReader.reference("1A") == nil)
        #expect(CellPlace.columnLetters(28) == "AB")
        #expect(CellPlace(file: "b.xlsx", sheet: "Akteure", row: 3, column: 2, header: "Art").description == "b.xlsx:Akteure:3:B (Art)")
        #expect(CellPlace(file: "a.csv", sheet: nil, row: 3, column: 2).description == "a.csv:3:2")
    }
}

/// The workbook's ZIP container (ZIPFoundation) against Python's zipfile (zlib): our workbook re-packed
/// by zipfile with every compression level reads back the same, ours passes zipfile's CRC check,
/// a damaged entry and bytes that are no archive are refused with the reader's failures.
@Suite("Spreadsheet: the ZIP container")
struct XLSXContainerTests {
    @Test("Workbooks re-packed by zipfile (levels 0-9, stored) read the same; ours pass testzip; damage and non-archives refused")
    func againstPythonZipfile() throws {
        let folder = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "Köln & Düren <Netzwerk> ", count: 3000)
        let rows = [["id", "name"], ["a1", "Jobcenter Köln"], ["a2", long]] + (0..<500).map { ["x\($0)", "Träger \($0 * 7919 % 1000)"] }
        let ours = try XLSXWriter().data([SheetContent(name: "Akteure", rows: rows)])
        let oursPath = folder.appendingPathComponent("ours.xlsx").path
        try ours.write(to: URL(fileURLWithPath: oursPath))
        let expected = try XLSXReader().read(data: ours, file: "w.xlsx")
        #expect(expected.sheets.first?.rows.count == rows.count)
        let script = """
            import sys, zipfile
            src = zipfile.ZipFile(sys.argv[1])
            assert src.testzip() is None
            print(sorted(src.namelist()))
            for level in list(range(10)) + ["stored"]:
                with zipfile.ZipFile(f"{sys.argv[2]}/{level}.xlsx", "w") as z:
                    for name in src.namelist():
                        if level == "stored":
                            z.writestr(name, src.read(name), compress_type=zipfile.ZIP_STORED)
                        else:
                            z.writestr(name, src.read(name), compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
            """
        let run = try TestSupport.consumerPython(["-c", script, oursPath, folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(String(decoding: run.stdout, as: UTF8.self).contains("'xl/worksheets/sheet1.xml'"), "\(run.stderr)")
        for level in (0...9).map(String.init) + ["stored"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(level).xlsx"))
            #expect(try XLSXReader().read(data: data, file: "w.xlsx") == expected, "level \(level)")
        }
        // A flipped byte inside the stored sheet fails its CRC: the part is named broken.
        var bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("stored.xlsx")))
        let marker = [UInt8]("Jobcenter Köln".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: marker) })
        bytes[at] ^= 0x20
        #expect(throws: XLSXReader.Failure.brokenPart("xl/worksheets/sheet1.xml")) {
            try XLSXReader().read(data: Data(bytes), file: "w.xlsx")
        }
        #expect(throws: XLSXReader.Failure.notAnArchive) { try XLSXReader().read(data: Data("id;name\n".utf8), file: "a.xlsx") }
        #expect(throws: XLSXReader.Failure.notAnArchive) { try XLSXReader().read(data: Data([0x50, 0x4B, 3, 4, 0, 0]), file: "a.xlsx") }
    }
}
