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

/// The workbook's ZIP container against Python's zipfile (zlib): archives it writes with every
/// compression level read back byte for byte, ours read by it, damage refused.
@Suite("Spreadsheet: the ZIP container")
struct ZIPArchiveTests {
    @Test("Entries deflated by zlib (levels 0-9, stored, empty, incompressible, long repeats) read back; ours read by zipfile; damage refused")
    func againstPythonZipfile() throws {
        let folder = try SpreadsheetFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let theirs = folder.appendingPathComponent("theirs.zip").path
        let script = """
            import random, sys, zipfile
            random.seed(7)
            files = {"empty.txt": b"", "text.xml": "<a>Köln &amp; Düren</a>\\n".encode() * 3000,
                     "random.bin": bytes(random.getrandbits(8) for _ in range(70000)),
                     "mixed.bin": b"".join(bytes(random.getrandbits(8) for _ in range(50)) + b"x" * 300 for _ in range(400))}
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                for level in range(10):
                    for name, data in files.items():
                        z.writestr(f"{level}/{name}", data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
                for name, data in files.items():
                    z.writestr(f"stored/{name}", data, compress_type=zipfile.ZIP_STORED)
            """
        var run = try TestSupport.consumerPython(["-c", script, theirs])
        #expect(run.status == 0, "\(run.stderr)")
        let archive = try ZIPArchive(data: try Data(contentsOf: URL(fileURLWithPath: theirs)))
        #expect(archive.names.count == 44)
        let text = Data(String(repeating: "<a>Köln &amp; Düren</a>\n", count: 3000).utf8)
        for level in (0...9).map(String.init) + ["stored"] {
            #expect(try archive.read("\(level)/empty.txt") == Data())
            #expect(try archive.read("\(level)/text.xml") == text, "level \(level)")
            #expect(try archive.read("\(level)/random.bin")?.count == 70000)
            #expect(try archive.read("\(level)/mixed.bin")?.count == 400 * 350)
        }
        #expect(try archive.read("missing") == nil)
        // Ours, read by zipfile (testzip checks every CRC).
        let ours = folder.appendingPathComponent("ours.zip").path
        try ZIPArchive.archive([("a/ü.txt", Data("Grüße\n".utf8)), ("b.bin", Data(repeating: 7, count: 100_000)), ("empty", Data())])
            .write(to: URL(fileURLWithPath: ours))
        run = try TestSupport.consumerPython(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
                                              + "print(z.namelist(), z.read('a/ü.txt').decode(), len(z.read('b.bin')))", ours])
        #expect(String(decoding: run.stdout, as: UTF8.self) == "['a/ü.txt', 'b.bin', 'empty'] Grüße\n 100000\n", "\(run.stderr)")
        // A damaged entry fails its CRC; bytes without a directory are no archive.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: theirs)))
        let at = try #require(bytes.indices.dropFirst(200).first { bytes[$0] == UInt8(ascii: "K") })
        bytes[at] ^= 0xFF
        let damaged = try ZIPArchive(data: Data(bytes))
        var failures = 0
        for name in damaged.names {
            do { _ = try damaged.read(name) } catch { failures += 1 }
        }
        #expect(failures >= 1, "the flipped byte is found")
        #expect(throws: ZIPArchive.Failure.notAnArchive) { try ZIPArchive(data: Data("id;name\n".utf8)) }
    }
}
