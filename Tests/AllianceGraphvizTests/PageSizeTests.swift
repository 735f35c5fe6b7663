import AllianceGraph
import AllianceGraphviz
import Foundation
import Testing

/// `alliance render --page a4|a3 [--landscape]` through the built binary: the PDF's page is the
/// sheet (checked with poppler's `pdfinfo`), the PNG is the sheet at 300 dpi.
@Suite("alliance render --page")
struct PageSizeTests {
    static let sample = RenderCommandTests.sample
    static let pdfinfo = ["/usr/bin/pdfinfo", "/usr/local/bin/pdfinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// `pdfinfo`'s "Page size:" line, e.g. "595 x 842 pts (A4)".
    static func pageSize(of pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pdfinfo, "pdfinfo (poppler-utils) is missing: run scripts/bootstrap"))
        process.arguments = [pdf.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Page size:") }, "\(text)")
        return line.dropFirst("Page size:".count).trimmingCharacters(in: .whitespaces)
    }

    /// The width and height of a PNG from its IHDR chunk.
    static func pixels(of png: Data) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](png)
        try #require(bytes.count > 24 && bytes[12..<16].elementsEqual("IHDR".utf8), "not a PNG")
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test("PDF page = the sheet: A4 portrait, A4 landscape, A3 landscape (pdfinfo)",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path)))
    func pdfPage() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [([String], String)] = [
            (["--year", "2021", "--page", "a4"], "595 x 842 pts (A4)"),
            (["--year", "2021", "--page", "A4", "--landscape"], "842 x 595 pts (A4)"),
            (["--all-years", "--page", "a3", "--landscape"], "1191 x 842 pts (A3)"),
        ]
        for (index, (options, expected)) in cases.enumerated() {
            let output = folder.appendingPathComponent("page-\(index).pdf")
            let result = try RenderCommandTests().run(["render", Self.sample.path] + options + ["-o", output.path])
            #expect(result.status == 0, "\(options): \(result.errors)")
            #expect(try Self.pageSize(of: output) == expected, "\(options)")
        }
        // Without --page the page is the drawing's own size, not a sheet.
        let natural = folder.appendingPathComponent("natural.pdf")
        _ = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2021", "-o", natural.path])
        #expect(try !Self.pageSize(of: natural).hasPrefix("595 x 842"))
    }

    @Test("PNG of a sheet is printed at 300 dpi: A4 2480 × 3508 px, A3 landscape 4961 × 3508 px",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path)))
    func pngPixels() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a4 = folder.appendingPathComponent("a4.png"), a3 = folder.appendingPathComponent("a3.png")
        let first = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2021", "--page", "a4", "-o", a4.path])
        #expect(first.status == 0, "\(first.errors)")
        let size = try Self.pixels(of: Data(contentsOf: a4))
        #expect(abs(size.width - 2480) <= 1 && abs(size.height - 3508) <= 1, "\(size)")
        let second = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2021", "--page", "a3", "--landscape",
                                                   "-o", a3.path])
        #expect(second.status == 0, "\(second.errors)")
        let landscape = try Self.pixels(of: Data(contentsOf: a3))
        #expect(abs(landscape.width - 4961) <= 1 && abs(landscape.height - 3508) <= 1, "\(landscape)")
    }

    @Test("a wrong paper size, --landscape without --page and --page with DOT are clear errors",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path)))
    func errors() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("x.pdf").path
        let letter = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2021", "--page", "letter",
                                                   "--lang", "en", "-o", out])
        #expect(letter.status != 0)
        #expect(letter.errors.contains("--page: unknown paper size 'letter': write one of a4, a3"), "\(letter.errors)")
        let turned = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2021", "--landscape", "--lang", "en",
                                                   "-o", out])
        #expect(turned.status != 0)
        #expect(turned.errors.contains("--landscape turns the sheet of --page"), "\(turned.errors)")
        let dot = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2021", "--page", "a4", "--lang", "en",
                                                "-o", folder.appendingPathComponent("x.dot").path])
        #expect(dot.status != 0)
        #expect(dot.errors.contains("--page is for drawn diagrams"), "\(dot.errors)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("the fit: inside 10 mm margins, centred, enlarged at most twice")
    func fit() {
        let page = PaperSize.a4
        let big = PageFit(drawing: (2000, 500), page: page)
        let area = page.printableArea(marginMillimetres: 10)
        #expect(abs(big.zoom - area.width / 2000) < 1e-9)
        #expect(abs((2000 + 2 * big.padding.x) * big.zoom - page.points.width) < 1e-6)
        #expect(abs((500 + 2 * big.padding.y) * big.zoom - page.points.height) < 1e-6)
        #expect(big.padding.x * big.zoom >= PaperSize.points(millimetres: 10) - 1e-9)
        let small = PageFit(drawing: (100, 100), page: page)
        #expect(small.zoom == PageFit.maximumZoom)
        #expect(abs((100 + 2 * small.padding.x) * small.zoom - page.points.width) < 1e-6)
    }
}
