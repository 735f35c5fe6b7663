import Foundation
import Testing

/// Issue 15's aim "no edge through a label" on the all-years poster, through the binary on
/// every sample of Graphs/: measured from the SVG's geometry as `scripts/measure-diagrams` does.
@Suite("Poster lines, through the binary")
struct PosterLineTests {
    /// Crossing line pairs of each sample's poster on main before the lines were bent around
    /// texts (454aec7, `scripts/measure-diagrams`): bending a line must not add crossings.
    static let crossingsBefore = [
        "auental": 3, "bergheide": 62, "eichenhain": 2, "hafenau": 19, "kleinmoorbach": 0,
        "kreis-hohenmoor": 33, "kreis-lindenau": 51, "kreis-wiesental": 24, "rheinstadt": 1,
    ]

    /// (line, text) pairs where a line ran through an actor's, a group's, a heading's or a region
    /// title's text on main before (454aec7, `scripts/measure-diagrams`): 96 in all.
    static let throughBefore = [
        "auental": 10, "bergheide": 33, "eichenhain": 12, "hafenau": 5, "kleinmoorbach": 3,
        "kreis-hohenmoor": 14, "kreis-lindenau": 10, "kreis-wiesental": 5, "rheinstadt": 4,
    ]
    /// The posters whose lines now run through no text at all.
    static let clean: Set = ["hafenau", "kleinmoorbach"]
    /// At most this many (line, text) pairs in all the posters (issue 15 aims at none): 30 on
    /// 667f093, 26 since region titles may sit along the bottom of their box or just above it.
    static let throughAllowed = 26
    /// At most this many crossing line pairs in all the posters: 133 on 667f093.
    static let crossingsAllowed = 129

    /// Renders the posters of Graphs/ as SVG into `folder` through the binary: their file names, sorted,
    /// one per sample alliance.
    static func posters(into folder: URL) throws -> [String] {
        let result = try RenderCommandTests().run(["render", DiagramReadabilityTests.graphs.path, "--all-years",
                                                   "--format", "svg", "-o", folder.path + "/"])
        try #require(result.status == 0, "\(result.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(files.count == crossingsBefore.count, "\(files)")
        return files
    }

    @Test("lines of the posters run through fewer texts (actors, groups, year headings, region titles): none in some, fewer in each, 26 at most in all; crossings do not rise, 129 at most in all",
          .enabled(if: FileManager.default.fileExists(atPath: DiagramReadabilityTests.graphs.path)))
    func noLineThroughText() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.posters(into: folder)
        var total = 0, throughTotal = 0
        for file in files {
            let geometry = SVGGeometry(try SVG(Data(contentsOf: folder.appendingPathComponent(file))))
            let alliance = String(file.dropLast(".svg".count).replacing(/-\d{4}-\d{4}$/, with: ""))
            #expect(geometry.lines.count > 0 && geometry.texts.count > 0, "\(file): nothing measured")
            #expect(geometry.texts.contains { $0.owner.hasSuffix("/heading") }, "\(file): no year heading measured")
            let through = geometry.linesThroughTexts
            throughTotal += through.count
            if Self.clean.contains(alliance) {
                #expect(through.isEmpty, "\(file): \(through.count) lines through texts: \(through.prefix(5))")
            } else {
                #expect(through.count < Self.throughBefore[alliance] ?? 0, "\(file): \(through.count) lines through texts: \(through.prefix(5))")
            }
            let crossings = geometry.crossings
            total += crossings
            #expect(crossings <= Self.crossingsBefore[alliance] ?? 0, "\(file): \(crossings) crossings, before \(Self.crossingsBefore[alliance] ?? 0)")
        }
        #expect(total <= Self.crossingsBefore.values.reduce(0, +))
        #expect(total <= Self.crossingsAllowed, "\(total) crossings in all")
        #expect(throughTotal <= Self.throughAllowed, "\(throughTotal) lines through texts in all")
    }

    /// The smallest text of each poster printed on A3 landscape (1191 × 842 pt, never enlarged,
    /// as `scripts/measure-diagrams` computes it) is at least this large, in points: 4.1 on
    /// 667f093 (group boxes at 13 pt, wider gaps between panels), 5.5 now (issue 15 aims at 8).
    static let smallestOnA3 = 5.5

    @Test("every poster's smallest text prints at 5.5 pt or more on A3 landscape; no text is smaller than an actor's name",
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
