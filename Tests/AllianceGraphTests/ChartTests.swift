import Foundation
import Testing

/// `alliance compare --chart FILE`: SVG written by the project, PNG and PDF drawn from it by
/// librsvg and cairo (issue 11, item 5), through the built binary.
@Suite("Charts")
struct ChartTests {
    static let fixture = ReportTrendFixtureTests.folder

    static func chart(_ name: String, _ arguments: [String]) throws -> (TestSupport.Output, Data) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ag-chart-\(UUID().uuidString)-\(name)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let out = try TestSupport.run("alliance", ["compare", fixture] + arguments + ["--chart", path])
        return (out, (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
    }

    @Test("the trends chart is SVG with a bar per year labelled count/N, German by default, English with --lang en")
    func trendsSVG() throws {
        let (out, data) = try Self.chart("t.svg", ["--table", "trends"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Entwicklung über die Jahre"), "the table is printed as well")
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        for label in ["7/49", "13/39", "24/40", "28/49", "32/42", "33/40", "6/42", "13/40", "4/42", "8/40"] {
            #expect(svg.contains(">\(label)</text>"), "bar label \(label)")
        }
        #expect(svg.contains(">Kooperationsvereinbarungen</text>") && svg.contains("nicht</text>"), "labels wrapped; 'nicht gefragt' in 2020")
        let (_, english) = try Self.chart("e.svg", ["--table", "trends", "--lang", "en"])
        let en = String(decoding: english, as: UTF8.self)
        #expect(en.contains(">Written cooperation</text>") && en.contains("Trends across years") && !en.contains("Fallkonferenzen"))
    }

    @Test("PNG and PDF come from librsvg and cairo: a real PNG of the chart's size, a PDF page, the same bytes each time")
    func rasterAndPDF() throws {
        let (out, png) = try Self.chart("t.png", ["--table", "trends", "--by-kind"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 1000 && height > 500, "\(width)×\(height): twice the SVG's size")
        #expect(png.count > 20_000, "a drawn chart, not an empty image")
        let (_, pdf) = try Self.chart("c.pdf", ["--table", "composition", "--year", "2022"])
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        let (_, again) = try Self.chart("c.pdf", ["--table", "composition", "--year", "2022"])
        #expect(pdf == again, "fixed creation date: the same chart gives the same file")
    }

    @Test("wrong uses of --chart are refused before anything is written")
    func refusals() throws {
        let (gif, _) = try Self.chart("t.gif", ["--table", "trends", "--lang", "en"])
        #expect(gif.status != 0 && gif.stderr.contains("use .svg, .png or .pdf"), "\(gif.stderr)")
        let (ranking, _) = try Self.chart("r.svg", ["--table", "ranking", "--lang", "en"])
        #expect(ranking.status != 0 && ranking.stderr.contains("--chart draws one table"))
        let byKind = try TestSupport.run("alliance", ["compare", Self.fixture, "--table", "trends", "--by-kind", "--lang", "en"])
        #expect(byKind.status != 0 && byKind.stderr.contains("--by-kind is for the chart"))
        let unwritable = try TestSupport.run("alliance", ["compare", Self.fixture, "--table", "trends", "--chart", "/sys/chart.svg",
                                                          "--lang", "en"])
        #expect(unwritable.status != 0 && unwritable.stderr.contains("/sys/chart.svg: error: cannot write the file"), "\(unwritable.stderr)")
    }
}
