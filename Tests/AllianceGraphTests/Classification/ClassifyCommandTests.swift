import Foundation
import Testing

/// End-to-end: the built `alliance classify` binary on the Teststadt file, whose coverage is
/// worked out by hand in StrategyCoverageTests (2021: 1 of 3 covered; 2022: 2 of 5, 1 warning sign).
@Suite("alliance classify (end to end)")
struct ClassifyCommandTests {
    /// The built binary: next to the test bundle (Linux: next to the test executable).
    static var binary: URL? {
        let next = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("alliance")
        if FileManager.default.isExecutableFile(atPath: next.path) { return next }
        // macOS: arguments[0] is the xctest runner; the bundle sits in the build folder.
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }
        let beside = bundle.map { URL(fileURLWithPath: $0.bundlePath).deletingLastPathComponent().appendingPathComponent("alliance") }
        return beside.flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/classify/teststadt.yaml")

    func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let binary = try #require(Self.binary, "the alliance binary should be built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test("Rates per year as CSV")
    func rates() throws {
        let result = try run(["classify", Self.fixture.path, "--coded-only", "--format", "csv", "--table", "rates"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "alliance,alliance_label,year,interfaces,classified,covered,partial,uncovered,warning_signs,rate,change,"
                + "transition_classified,transition_covered,transition_rate,interference_classified,interference_covered,"
                + "interference_rate,diffusion_classified,diffusion_covered,diffusion_rate")
        #expect(lines.contains { $0.hasPrefix("teststadt,Teststadt,2021,3,3,1,0,2,0,") })
        #expect(lines.contains { $0.hasPrefix("teststadt,Teststadt,2022,5,5,2,1,2,1,0.4,") })
    }

    @Test("--table chooses a table in text, Markdown and JSON too")
    func tableInEveryFormat() throws {
        let text = try run(["classify", Self.fixture.path, "--interfaces", "coded", "--table", "rates", "--lang", "en"])
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.hasPrefix("Coverage by matching strategies\nAlliance   Year  Interfaces"))
        #expect(text.out.contains("Teststadt  2022           5           5        2       1            2              1   40%"))
        let md = try run(["classify", Self.fixture.path, "--interfaces", "coded", "--table", "chains", "--format", "markdown"])
        #expect(md.status == 0 && md.out.hasPrefix("**Bildungs- und Integrationsketten**\n\n| Bündnis | Jahr | Kette |"), "\(md.err)")
        let json = try run(["classify", Self.fixture.path, "--interfaces", "coded", "--table", "mechanisms", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["discovery", "language", "mechanisms"])
        #expect((object["mechanisms"] as? [[String: Any]])?.allSatisfy { $0["format"] is String && $0["format_label"] is String } == true)
    }

    @Test("JSON for one year names the hand-over THM → KIM as a covered transition")
    func json() throws {
        let result = try run(["classify", Self.fixture.path, "--year", "2022", "--format", "json", "--lang", "en", "--coded-only"])
        #expect(result.status == 0, "\(result.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let interfaces = try #require(object["interfaces"] as? [[String: Any]])
        #expect(Set(interfaces.compactMap { $0["year"] as? Int }) == [2022])
        let i2 = try #require(interfaces.first { $0["interface"] as? String == "i2" })
        #expect(i2["type"] as? String == "transition" && i2["coverage"] as? String == "covered")
    }

    @Test("render --interfaces draws the classified interfaces on a single-year diagram")
    func renderInterfaces() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("classify-\(UUID().uuidString).dot")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try run(["render", Self.fixture.path, "--year", "2022", "--interfaces", "coded", "--format", "dot",
                              "-o", output.path, "--jobs", "1"])
        #expect(result.status == 0, "\(result.err)")
        let dot = try String(contentsOf: output, encoding: .utf8)
        // Five coded interfaces exist in 2022 (i1–i5), each drawn as a hexagon.
        #expect(dot.components(separatedBy: "\"shape\"=\"hexagon\"").count - 1 == 5)
        let rejected = try run(["render", Self.fixture.path, "--all-years", "--interfaces", "coded", "-o", output.path])
        #expect(rejected.status != 0 && rejected.err.contains("--interfaces"))
    }

    @Test("Unknown files, years and options fail with a message and a non-zero status")
    func errors() throws {
        let missing = try run(["classify", "/nonexistent/alliance.yaml"])
        #expect(missing.status != 0 && !missing.err.isEmpty)
        let year = try run(["classify", Self.fixture.path, "--year", "2030"])
        #expect(year.status != 0 && year.err.contains("2030"))
        let format = try run(["classify", Self.fixture.path, "--format", "xml"])
        #expect(format.status != 0 && format.err.contains("xml"))
        let table = try run(["classify", Self.fixture.path, "--table", "nonsense"])
        #expect(table.status != 0 && table.err.contains("--table"))
    }
}
