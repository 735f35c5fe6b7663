import Foundation
import Testing
@testable import AllianceGraph

/// The one table model: rounding, ids and labels, documents of several tables, the CSV dialects
/// (read back by Python's csv module, an independent reader) and the commands' shared options.
@Suite("Tables: one model for every data output")
struct TableOutputTests {
    /// Runs `python3 -c script arguments…` and returns its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a CSV file with Python's csv module in a dialect: whether it starts with a UTF-8
    /// byte-order mark, and its rows.
    static func readWithPython(_ path: String, separator: String) throws -> (bom: Bool, rows: [[String]]) {
        let script = """
            import csv, json, sys
            raw = open(sys.argv[1], 'rb').read()
            with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
                rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))
            print(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'rows': rows}))
            """
        let text = try python(script, [path, separator])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (object["bom"] as? Bool ?? false, object["rows"] as? [[String]] ?? [])
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("numbers are rounded per column: shown places in text, data places in CSV and JSON")
    func rounding() throws {
        let table = ResultTable(title: "", columns: [.init("pct", "%", decimals: 1, dataDecimals: 2), .init("x", "X")],
                                rows: [[.number(100.0 / 9), .number(-0.0000001)], [.number(100), .number(0.31666666666666665)]])
        #expect(try table.render(.csv) == "pct,x\n11.11,0.0\n100.0,0.316667\n")
        #expect(try table.render(.csv, dialect: .excelDE) == "\u{FEFF}pct;x\r\n11,11;0,0\r\n100,0;0,316667\r\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(table.render(.json).utf8)) as? [[String: Double]])
        #expect(json[0]["pct"] == 11.11 && json[1]["x"] == 0.316667)
        #expect(try table.render(.json).contains("11.11,") && !(try table.render(.json)).contains("11.111"))
        #expect(table.text().contains("11.1  -0.000") && table.text().contains("100.0   0.317"))
        let infinite = ResultTable(title: "", columns: [.init("x", "X")], rows: [[.number(Double.infinity)], [.number(Double?.some(.nan))]])
        #expect(try infinite.csv() == "x\n\n\n" && infinite.rows[1] == [.empty])
        #expect(try JSONSerialization.jsonObject(with: Data(infinite.json().utf8)) as? [[String: NSNull]] == [["x": NSNull()], ["x": NSNull()]])
    }

    @Test("terms carry id and label in CSV and JSON, the label in text; detail columns only in data")
    func termsAndDetails() throws {
        let table = ResultTable(title: "T", columns: [.init("kind", "Art"), .init("n", "N", detail: true), .init("ok", "OK"),
                                                      .init("list", "L")],
                                rows: [[.term(id: "abh", label: "Ausländerbehörde"), .int(9), .bool(true), .list(["a", "b"])],
                                       [.empty, .int(8), .bool(false), .list([])]])
        #expect(table.dataColumnIDs == ["kind", "kind_label", "n", "ok", "list"])
        #expect(try table.csv() == "kind,kind_label,n,ok,list\nabh,Ausländerbehörde,9,true,a;b\n,,8,false,\n")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [[String: Any]])
        #expect(rows[0]["kind"] as? String == "abh" && rows[0]["kind_label"] as? String == "Ausländerbehörde")
        #expect(rows[0]["list"] as? [String] == ["a", "b"] && rows[1]["kind_label"] is NSNull && rows[0]["ok"] as? Bool == true)
        #expect(table.text() == "T\nArt               OK  L\n----------------  --  ----\nAusländerbehörde  ✓   a, b\n–\n")
        #expect(!table.markdown().contains("| N |") && table.markdown().contains("| Ausländerbehörde | ✓ | a, b |"))
    }

    @Test("a document: JSON keyed by table with its metadata, CSV only of one table, text and Markdown of its blocks")
    func document() throws {
        let a = ResultTable(name: "a", title: "A", columns: [.init("x", "X")], rows: [[.int(1)]])
        let b = ResultTable(name: "b", title: "B", columns: [.init("y", "Y")], rows: [[.text("z")]])
        let document = TableDocument(tables: [a, b], blocks: [.heading("Title", level: 1), .lines(["one", "  two", "    - three"]), .table(a)],
                                     metadata: ["language": .text("de")])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(document.render(.json).utf8)) as? [String: Any])
        #expect(json["language"] as? String == "de" && (json["a"] as? [[String: Int]]) == [["x": 1]]
                && (json["b"] as? [[String: String]]) == [["y": "z"]])
        #expect(throws: TableDocumentError.severalTables(["a", "b"])) { try document.render(.csv) }
        #expect(try document.only("b")?.render(.csv) == "y\nz\n")
        #expect(document.only("c") == nil)
        #expect(document.text() == "Title\none\n  two\n    - three\n\nA\nX\n-\n1\n")
        #expect(document.markdown() == "# Title\n\n- one\n  - two\n    - three\n\n**A**\n\n| X |\n| ---: |\n| 1 |\n")
        // One table without metadata is its array, as before.
        #expect(try TableDocument(tables: [a]).render(.json).hasPrefix("["))
    }

    @Test("--csv excel-de: semicolons, decimal comma and a byte-order mark, read back by Python's csv module")
    func excelGerman() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("composition.csv").path
        let out = try TestSupport.run("alliance", ["compare", "Graphs/", "--table", "composition", "--year", "2019",
                                                   "--format", "csv", "--csv", "excel-de", "-o", file])
        #expect(out.status == 0 && out.stdout.isEmpty, "\(out.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["composition.csv"])
        let read = try Self.readWithPython(file, separator: ";")
        #expect(read.bom)
        let samples = SampleAllianceMetricsTests.samples
        let composition = AllianceComparison.composition(samples, year: 2019, vocabulary: .builtIn)
        let expected = ResultTable.composition(composition, vocabulary: .builtIn)
        #expect(read.rows.first == expected.dataColumnIDs)
        #expect(read.rows.count == 1 + composition.rows.count)
        let header = read.rows[0]
        for (row, source) in zip(read.rows.dropFirst(), composition.rows) where !source.isAreaTotal {
            let record = Dictionary(uniqueKeysWithValues: zip(header, row))
            #expect(record["actor_kind"] == source.id && record["total"] == String(source.total))
            #expect(record["total_of"] == String(composition.alliances))
            let share = try #require(CompositionTable.share(source.total, of: composition.alliances)) * 100
            let pct = try #require(record["total_pct"])
            #expect(!pct.contains(".") && abs(Double(pct.replacingOccurrences(of: ",", with: "."))! - share) <= 0.005, "\(pct) vs \(share)")
        }
        #expect(read.rows.contains { $0.contains("Ausländerbehörde") })

        // Explanations hold commas, quotation marks and semicolons: they survive the semicolon dialect.
        let fixture = "Tests/AllianceGraphTests/Fixtures/classify/teststadt.yaml"
        let classified = folder.appendingPathComponent("interfaces.csv").path
        let run = try TestSupport.run("alliance", ["classify", fixture, "--interfaces", "coded", "--format", "csv", "--csv", "excel-de",
                                                   "--output", classified])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try Self.readWithPython(classified, separator: ";").rows
        let alliance = try #require(AllianceLoader(vocabulary: .builtIn).load(path: TestSupport.packageRoot.appendingPathComponent(fixture).path).validAlliance)
        let table = ClassificationReport(alliances: [alliance], discover: false).table(.interfaces, .de)
        let column = try #require(rows.first?.firstIndex(of: "explanation"))
        let source = try #require(table.columns.firstIndex { $0.id == "explanation" })
        #expect(rows.count == 1 + table.rows.count)
        #expect(zip(rows.dropFirst(), table.rows).allSatisfy { row, cells in cells[source] == TableCell.text(row[column]) })
        #expect(rows.dropFirst().contains { $0[column].contains(",") || $0[column].contains("\"") })
    }

    @Test("plain CSV (RFC 4180) reads back with Python at the documented precision")
    func plainCSV() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("metrics.csv").path
        let out = try TestSupport.run("alliance", ["metrics", "Graphs/", "--format", "csv", "-o", file])
        #expect(out.status == 0, "\(out.stderr)")
        let read = try Self.readWithPython(file, separator: ",")
        #expect(!read.bom)
        let metrics = SampleAllianceMetricsTests.samples.flatMap { a in a.years.map { a.snapshot(year: $0).metrics() } }
        #expect(read.rows.count == 1 + metrics.count)
        let header = read.rows[0]
        let density = try #require(header.firstIndex(of: "density")), of = try #require(header.firstIndex(of: "shares_of"))
        for (row, m) in zip(read.rows.dropFirst(), metrics) {
            #expect(abs(Double(row[density])! - m.density) <= 5e-7 && row[density].count <= 8)
            #expect(row[of] == String(m.mechanisms.total))
        }
    }

    @Test("--csv needs --format csv; -o refuses to overwrite an input file")
    func optionErrors() throws {
        let csv = try TestSupport.run("alliance", ["vocab", "--csv", "excel-de"])
        #expect(csv.status != 0 && csv.stderr.contains("--format csv"))
        let overwrite = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "-o", "Graphs/rheinstadt.yaml", "--lang", "en"])
        #expect(overwrite.status != 0 && overwrite.stderr.contains("refusing to overwrite an input file"))
        let inFolder = try TestSupport.run("alliance", ["metrics", "Graphs/", "-o", "Graphs/hafenau.yaml", "--lang", "en"])
        #expect(inFolder.status != 0 && inFolder.stderr.contains("Graphs/hafenau.yaml: error: refusing to overwrite an input file"))
        let several = try TestSupport.run("alliance", ["show", "Graphs/rheinstadt.yaml", "--format", "csv"])
        #expect(several.status != 0 && several.stderr.contains("--table alliances|actors|relations|interfaces|chains"))
    }

    @Test("show, diff and vocab take folders and every format")
    func foldersEverywhere() throws {
        let samples = SampleAllianceMetricsTests.samples
        let show = try TestSupport.run("alliance", ["show", "Graphs/", "--table", "alliances", "--format", "csv"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.split(separator: "\n").count == 1 + samples.count)
        let markdown = try TestSupport.run("alliance", ["show", "Graphs/", "--year", "2022", "--format", "markdown"])
        #expect(markdown.status == 0 && markdown.stdout.contains("## 2022\n") && !markdown.stdout.contains("== 2022 =="))

        let diff = try TestSupport.run("alliance", ["diff", "Graphs/", "--from", "2019", "--to", "2022", "--part", "metrics", "--format", "json"])
        #expect(diff.status == 0, "\(diff.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [[String: Any]])
        let covering = samples.filter { $0.years.contains(2019) && $0.years.contains(2022) }
        #expect(covering.count > 1)
        #expect(Set(rows.compactMap { $0["alliance"] as? String }) == Set(covering.map(\.id.rawValue)))
        let none = try TestSupport.run("alliance", ["diff", "Graphs/", "--from", "2019", "--to", "2030"])
        #expect(none.status != 0 && none.stderr.contains("kein Bündnis umfasst sowohl 2019 als auch 2030"))
        let english = try TestSupport.run("alliance", ["diff", "Graphs/", "--from", "2019", "--to", "2030", "--lang", "en"])
        #expect(english.status != 0 && english.stderr.contains("no alliance covers both 2019 and 2030"))

        let vocab = try TestSupport.run("alliance", ["vocab", "--section", "formats", "--format", "csv"])
        #expect(vocab.status == 0 && vocab.stdout.hasPrefix("section,section_label,id,label,de,en,abbreviation,details\n"))
    }

    @Test("compare without --table prints the overview: composition of the latest year and the trends")
    func compareOverview() throws {
        let out = try TestSupport.run("alliance", ["compare", "Graphs/"])
        #expect(out.status == 0, "\(out.stderr)")
        let latest = SampleAllianceMetricsTests.samples.map(\.years.upperBound).max()!
        #expect(out.stdout.hasPrefix("Zusammensetzung der Bündniskerngruppen \(latest)\n"))
        #expect(out.stdout.contains("\nEntwicklung über die Jahre\n"))
        let json = try TestSupport.run("alliance", ["compare", "Graphs/", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["composition", "trends"])
        let csv = try TestSupport.run("alliance", ["compare", "Graphs/", "--format", "csv"])
        #expect(csv.status != 0 && csv.stderr.contains("--table composition|trends"))
    }
}
