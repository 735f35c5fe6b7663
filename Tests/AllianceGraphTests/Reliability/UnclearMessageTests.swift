import AllianceGraphTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 16 item 7, the rest: a control character in good UTF-8, a PNG too large for Graphviz's
/// bitmaps, and Graphviz's own errors each get a message naming what is wrong, where, and what to do.
@Suite("Clear messages for control characters, large PNGs and Graphviz errors, through the binary")
struct UnclearMessageTests {
    /// The sample rheinstadt.yaml with its `name:` line replaced by `name`.
    static func rheinstadt(name: String) throws -> String {
        let sample = try String(contentsOf: TestSupport.graphsFolder.appendingPathComponent("rheinstadt.yaml"), encoding: .utf8)
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("name:") ? "name: \(name)" : String(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A new empty temporary folder.
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unclear-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test("a name escaped to U+FFFE or U+FFFF gives an SVG that XML readers accept, the character shown as U+FFFD")
    func noncharacterInSVG() throws {
        // YAML refuses these characters written out, but lets a double-quoted escape make them.
        let path = try TestSupport.temporaryFile("nonchar.yaml", try Self.rheinstadt(name: "\"Rhein \\uFFFE\\uFFFF stadt\""))
        let output = try Self.folder() + "/nonchar.svg"
        let result = try TestSupport.run("alliance", ["render", path, "--year", "2021", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try XMLDocument(data: try Data(contentsOf: URL(fileURLWithPath: output)), options: [])
        let text = try #require(svg.rootElement()?.stringValue)
        #expect(text.contains("Rhein \u{FFFD}\u{FFFD} stadt"), "\(text.prefix(300))")
    }

    @Test("a control character in good UTF-8 is reported at file:line:column as a control character, with what to do",
          arguments: [("\u{01}", "0001", 12), ("\u{00}", "0000", 12), ("\u{7F}", "007F", 12), ("\u{80}", "0080", 12)])
    func controlCharacter(character: String, code: String, column: Int) throws {
        let path = try TestSupport.temporaryFile("control.yaml", try Self.rheinstadt(name: "Rhein" + character + "stadt"))
        let line = try #require(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("name:") }) + 1
        let english = try TestSupport.run("alliance", ["validate", path, "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.hasPrefix("\(path):\(line):\(column): error: here is the control character U+\(code), which YAML does not allow"),
                "\(english.stderr)")
        #expect(english.stderr.contains("delete it"), "\(english.stderr)")
        #expect(!english.stderr.contains("UTF-8") && !english.stderr.contains("byte"), "\(english.stderr)")
        let german = try TestSupport.run("alliance", ["show", path])
        #expect(german.status == 1)
        #expect(german.stderr.hasPrefix("\(path):\(line):\(column): error: hier steht das Steuerzeichen U+\(code)"), "\(german.stderr)")
    }

    // Found by the libFuzzer target (docs/RELIABILITY.md): YAML, and so every other message, counts
    // a lone CR as a line break and CRLF as one; these two messages counted only LF.
    @Test("a control character and a byte that is no UTF-8 are placed on the lines YAML counts (CR, CRLF, LF)",
          arguments: [("\u{01}".utf8.map { $0 }, "here is the control character U+0001"), ([0xFF], "the file is not UTF-8 text: byte 0xFF")])
    func linesAsYAMLCounts(bad: [UInt8], words: String) throws {
        let path = try TestSupport.temporaryFile("breaks.yaml", "")
        let bytes = Array("id: x\rkind: independent_city\r\nyears: 2021\nname: \"A".utf8) + bad + Array("b\"\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let output = try TestSupport.run("alliance", ["validate", path, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("\(path):4:9: error: \(words)"), "\(output.stderr)")
    }

    @Test("a control character in a vocabulary file is placed too")
    func controlCharacterInVocabulary() throws {
        let path = try TestSupport.temporaryFile("terms.yaml", "topics:\n  - id: a\n    de: A\u{02}\n")
        let output = try TestSupport.run("alliance", ["vocab", "--vocabulary", path, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix(path + ":3:10: error: here is the control character U+0002"), "\(output.stderr)")
    }

    @Test("a PNG too large for Graphviz's bitmaps is drawn smaller with a warning naming the alliance, year and what to do, and no stray Graphviz line")
    func largePNG() throws {
        // 1,000 actors without relations: one rank about 80,000 pixels high at 96 dpi (with --layout
        // dot: without it, so large an alliance is drawn simplified with sfdp).
        var lines = ["id: tall", "name: Tall", "kind: independent_city", "years: 2021", "illustrative: true", "actors:"]
        for index in 0..<1_000 { lines.append("  - id: a\(index)\n    kind: vhs") }
        let input = try TestSupport.temporaryFile("tall.yaml", lines.joined(separator: "\n") + "\n")
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = try TestSupport.run("alliance", ["render", input, "--format", "png", "--layout", "dot", "-o", folder + "/", "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stderr.contains("(null)") && !output.stderr.contains("cairo"), "\(output.stderr)")
        let png = folder + "/tall-2021.png"
        let warning = try #require(output.stderr.split(separator: "\n").first { $0.contains("warning") }.map(String.init), "\(output.stderr)")
        #expect(warning.hasPrefix(png + ": warning: alliance tall, year 2021 from \(input): the PNG would be "), "\(warning)")
        #expect(warning.contains("Graphviz draws at most 32767 pixels a side; it was scaled down to "), "\(warning)")
        #expect(warning.contains("render it as SVG or PDF"), "\(warning)")
        // The PNG's size from its header (IHDR: width and height, big-endian, at bytes 16 and 20).
        let header = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)).prefix(24))
        let height = header[20..<24].reduce(0) { $0 << 8 | Int($1) }, width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(max(width, height) == 32_000 && min(width, height) > 0, "\(width) × \(height)")

        let german = try TestSupport.run("alliance", ["render", input, "--format", "png", "--layout", "dot", "-o", folder + "/"])
        #expect(german.status == 0)
        #expect(german.stderr.contains(png + ": warning: Bündnis tall, Jahr 2021 aus \(input): das PNG wäre "), "\(german.stderr)")
    }

    @Test("a Graphviz error names the input file, the alliance, the year or view and what to do, not lines of the DOT text")
    func graphvizError() throws {
        // No data file can make Graphviz fail any more (U+FFFE, which its HTML-label reader rejects,
        // is replaced): the workers' fault hook adds such a label to every job.
        let input = try TestSupport.temporaryFile("fault.yaml", try Self.rheinstadt(name: "Rheinstadt"))
        let fault = ["ALLIANCE_RENDER_FAULT": "layout"]   // RenderWorker.faultEnvironmentKey
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (view, english, german) in [
            (["--year", "2019"], "alliance rheinstadt, year 2019", "Bündnis rheinstadt, Jahr 2019"),
            (["--all-years"], "alliance rheinstadt, all years 2019–2022 side by side", "Bündnis rheinstadt, alle Jahre 2019–2022 nebeneinander"),
            (["--diff", "2019", "2022"], "alliance rheinstadt, change 2019–2022", "Bündnis rheinstadt, Veränderung 2019–2022"),
        ] {
            let output = try TestSupport.run("alliance", ["render", input] + view + ["-o", folder + "/", "--lang", "en"], environment: fault)
            #expect(output.status == 1)
            let failure = try #require(output.stderr.split(separator: "\n").first { $0.contains("Graphviz") }.map(String.init), "\(output.stderr)")
            #expect(failure.contains(": \(english) from \(input): Graphviz layout error: not well-formed (invalid token); "), "\(failure)")
            #expect(!failure.contains("line 1") && !failure.contains("Error:"), "\(failure)")
            #expect(failure.contains("check the alliance's name and source for unusual characters"), "\(failure)")
            let inGerman = try TestSupport.run("alliance", ["render", input] + view + ["-o", folder + "/"], environment: fault)
            #expect(inGerman.stderr.contains(": \(german) aus \(input): Graphviz-Fehler beim Layout: "), "\(inGerman.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}
