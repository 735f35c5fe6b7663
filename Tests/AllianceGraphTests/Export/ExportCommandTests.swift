import Foundation
import Testing
@testable import AllianceGraph

/// `alliance export` through the built binary: files and folders, read back by NetworkX; what it
/// refuses, and that it never writes over an input.
@Suite("alliance export (the command)")
struct ExportCommandTests {
    @Test("A folder exports one GEXF per alliance, each read by NetworkX with the library's nodes and edges")
    func folderToGEXF() throws {
        let out = try ExportConsumerTests.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try TestSupport.run("alliance", ["export", "Graphs/", "--format", "gexf", "--lang", "en", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        var jobs: [(ExportNetwork, String)] = []
        for path in TestSupport.sampleFiles {
            let alliance = try ExportConsumerTests.load(path)
            let file = out.appendingPathComponent(alliance.id.rawValue + ".gexf").path
            #expect(FileManager.default.fileExists(atPath: file), "\(file)")
            jobs.append((ExportNetwork(alliance, options: ExportOptions(language: .en)), file))
        }
        let reads = try ConsumerRead.readAll(jobs.map { ("networkx-gexf", $0.1) })
        for ((network, _), read) in zip(jobs, reads) {
            ExportConsumerTests.expectSame(network, read, typed: true, consumer: "cli gexf \(network.allianceID)")
        }
    }

    @Test("One file and one year to GraphML; CSV into a folder; options reach the file (--multi-actor, --mechanisms, --csv)")
    func oneFile() throws {
        let out = try ExportConsumerTests.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let graphml = out.appendingPathComponent("r.graphml").path
        var result = try TestSupport.run("alliance", ["export", "Graphs/rheinstadt.yaml", "--format", "graphml", "--year", "2021",
                                                      "--multi-actor", "affiliation", "--mechanisms", "coded", "-o", graphml])
        #expect(result.status == 0, "\(result.stderr)")
        let csvFolder = out.appendingPathComponent("csv").path
        result = try TestSupport.run("alliance", ["export", "Graphs/rheinstadt.yaml", "--format", "csv", "--csv", "excel-de", "-o", csvFolder])
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = try Data(contentsOf: URL(fileURLWithPath: csvFolder + "/nodes.csv"))
        #expect(nodes.starts(with: Data([0xEF, 0xBB, 0xBF]) + Data("id;label;".utf8)), "excel-de: a byte-order mark and semicolons")
        let alliance = try ExportConsumerTests.load(ExportConsumerTests.rheinstadt)
        let reads = try ConsumerRead.readAll([("networkx-graphml", graphml), ("csv", csvFolder)])
        ExportConsumerTests.expectSame(ExportNetwork(alliance, options: ExportOptions(year: 2021, mechanisms: .coded, multiActor: .affiliation)),
                                       reads[0], typed: true, consumer: "cli graphml")
        #expect(reads[0].graph["year"]?.text == "2021")
        ExportConsumerTests.expectSame(ExportNetwork(alliance), reads[1], typed: false, consumer: "cli csv")
    }

    @Test("Refused: no -o, --csv without csv, a year no alliance covers, writing over an input (left unchanged)")
    func refusals() throws {
        var result = try TestSupport.run("alliance", ["export", "Graphs/rheinstadt.yaml", "--format", "gexf", "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Name the output with -o"))
        result = try TestSupport.run("alliance", ["export", "Graphs/rheinstadt.yaml", "--format", "gexf", "--csv", "excel-de", "-o", "/tmp/x.gexf", "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--csv applies only with --format csv"))
        result = try TestSupport.run("alliance", ["export", "Graphs/rheinstadt.yaml", "--format", "gexf", "--year", "2030", "-o", "/tmp/x.gexf", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No alliance covers the year 2030"))
        let copy = try TestSupport.temporaryFile("input.yaml", try String(contentsOfFile: ExportConsumerTests.rheinstadt, encoding: .utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        result = try TestSupport.run("alliance", ["export", copy, "--format", "graphml", "-o", copy, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(copy))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        result = try TestSupport.run("alliance", ["export", "Graphs/rheinstadt.yaml", "--format", "svg", "-o", "/tmp/x.svg"])
        #expect(result.status != 0)
    }
}
