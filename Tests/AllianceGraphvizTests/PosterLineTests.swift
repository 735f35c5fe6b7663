import Foundation
import Testing

/// Issue 15's aim "no edge through a label" on the all-years poster, through the binary on
/// every sample of Graphs/: measured from the SVG's geometry as `scripts/measure-diagrams` does.
@Suite("Poster lines, through the binary")
struct PosterLineTests {
    /// The sample alliances, one poster each.
    static let alliances: Set = [
        "auental", "bergheide", "eichenhain", "hafenau", "kleinmoorbach",
        "kreis-hohenmoor", "kreis-lindenau", "kreis-wiesental", "rheinstadt",
    ]
    /// At most this many crossing line pairs in all the posters. On `dot`'s shared layout (main at
    /// 69c725a) they crossed 129 times and ran through a text 26 times (`scripts/measure-diagrams`);
    /// the compact shared layout crosses 242 times and through no text, 207 since it is also tried
    /// with tighter gaps (``YearsSideBySideView/compactSpreads``). Issue 15's aim for all 54 sample
    /// diagrams is at most 867 crossings (two thirds fewer than the first release's 2600); the
    /// years and differences took up to 607 of those, which leaves 260 for the posters.
    static let crossingsAllowed = 260

    /// Renders the posters of Graphs/ as SVG into `folder` through the binary: their file names, sorted,
    /// one per sample alliance.
    static func posters(into folder: URL) throws -> [String] {
        let result = try RenderCommandTests().run(["render", DiagramReadabilityTests.graphs.path, "--all-years",
                                                   "--format", "svg", "-o", folder.path + "/"])
        try #require(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(files.count == alliances.count, "\(files)")
        return files
    }

    @Test("no line of a poster runs through a text (actors, groups, year headings, region titles); 260 crossings at most in all",
          .enabled(if: FileManager.default.fileExists(atPath: DiagramReadabilityTests.graphs.path)))
    func noLineThroughText() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.posters(into: folder)
        var total = 0
        for file in files {
            let geometry = SVGGeometry(try SVG(Data(contentsOf: folder.appendingPathComponent(file))))
            #expect(geometry.lines.count > 0 && geometry.texts.count > 0, "\(file): nothing measured")
            #expect(geometry.texts.contains { $0.owner.hasSuffix("/heading") }, "\(file): no year heading measured")
            #expect(geometry.texts.contains { $0.owner.contains("/title:cluster_") }, "\(file): no region title measured")
            let through = geometry.linesThroughTexts
            #expect(through.isEmpty, "\(file): \(through.count) lines through texts: \(through.prefix(5))")
            total += geometry.crossings
        }
        #expect(total <= Self.crossingsAllowed, "\(total) crossings in all")
    }

    /// The smallest text of each poster printed on A3 landscape (1191 × 842 pt, never enlarged,
    /// as `scripts/measure-diagrams` computes it) is at least this large, in points: 4.1 on
    /// 667f093 (group boxes at 13 pt, wider gaps between panels), 5.5 on `dot`'s shared layout
    /// (69c725a), 7.7 in the compact one (bergheide; 8.3–12.5 the others), 8.7 since the grid is
    /// chosen under the header's measured height instead of an estimate 170 pt too high (bergheide;
    /// 8.9–13.7 the others). Issue 15 aims at 8.
    static let smallestOnA3 = 8.0

    @Test("every poster's smallest text prints at 8 pt or more on A3 landscape; no text is smaller than an actor's name",
          .enabled(if: FileManager.default.fileExists(atPath: DiagramReadabilityTests.graphs.path)))
    func textReadableOnA3() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.posters(into: folder)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let size = try #require(text.firstMatch(of: /<svg width="([0-9.]+)pt" height="([0-9.]+)pt"/), "\(file): no size")
            let width = try #require(Double(size.1)), height = try #require(Double(size.2))
            let fonts = text.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.1) }
            let smallest = try #require(fonts.min(), "\(file): no text")
            let onA3 = smallest * min(1, 1191 / width, 842 / height)
            #expect(onA3 >= Self.smallestOnA3 - 0.05, "\(file): smallest text \(smallest) pt, \(onA3) pt on A3")
            // The group boxes' names are as large as the actors' (12 pt × the poster's 1.4).
            #expect(smallest >= 16.8, "\(file): a text of \(smallest) pt")
        }
    }
}
