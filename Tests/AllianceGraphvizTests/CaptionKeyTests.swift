import AllianceGraph
@testable import AllianceGraphviz
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Captions drawn as numbers at their lines and listed in the legend (``CaptionKey``): the compact
/// layout's last resort for captions without a free place, so that dense alliances print at 8 pt
/// on A4 with no line through a text.
@Suite("Caption key")
struct CaptionKeyTests {
    /// Three captioned lines (two with the same text, one of two lines) and an uncaptioned one.
    static var graph: DOTGraph {
        DOTGraph(name: "g", attributes: [], statements: [
            .node(id: "a", []),
            .edge(from: "a", to: "b", [("label", .label("Verweisberatung")), ("tooltip", .text("t1"))]),
            .edge(from: "b", to: "c", [("label", .label("Kooperationsvereinbarung\nAustausch → Intervention"))]),
            .edge(from: "c", to: "a", [("style", .text("dotted"))]),
            .edge(from: "c", to: "d", [("label", .label("Verweisberatung")), ("comment", .text(CaptionKey.commentPrefix + "4"))]),
        ])
    }

    @Test("one number per caption text in the order of first use; several lines listed on one; a line without caption or out of range is not keyed")
    func numbering() {
        let (entries, numbers) = CaptionKey.numbering(Self.graph, statements: [1, 2, 3, 4, 99])
        #expect(entries == [CaptionKey.Entry(marker: "(1)", text: "Verweisberatung"),
                            CaptionKey.Entry(marker: "(2)", text: "Kooperationsvereinbarung · Austausch → Intervention")])
        #expect(numbers == [1: 1, 2: 2, 4: 1])
    }

    @Test("keying replaces only the chosen captions by their marker and keeps every other attribute; the statement keys are removed from the drawn text")
    func keyedAndUncommented() {
        let keyed = CaptionKey.keyed(Self.graph, numbers: [4: 1])
        let text = keyed.text
        #expect(text.contains("\"label\"=\"(1)\""))
        #expect(text.contains("\"label\"=\"Verweisberatung\", \"tooltip\"=\"t1\""))
        #expect(text.components(separatedBy: "Verweisberatung").count == 2, "only the first line keeps its text: \(text)")
        #expect(text.contains("\"comment\"=\"edge:4\""))
        let clean = CaptionKey.uncommented(keyed).text
        #expect(!clean.contains("edge:4"))
        #expect(clean.contains("\"label\"=\"(1)\""))
        #expect(CaptionKey.statementIndex("edge:12") == 12)
        #expect(CaptionKey.statementIndex("y2019/r:1") == nil)
    }

    @Test("a caption with another line through it is conflicted and named by its statement; a free one is not")
    func conflicted() {
        var geometry = LayoutGeometry()
        geometry.nodes["a"] = Box(minX: 0, minY: 0, maxX: 60, maxY: 30)
        geometry.nodes["b"] = Box(minX: 300, minY: 0, maxX: 360, maxY: 30)
        geometry.nodes["c"] = Box(minX: 150, minY: 200, maxX: 210, maxY: 230)
        geometry.nodes["d"] = Box(minX: 150, minY: -200, maxX: 210, maxY: -170)
        let across = LaidOutEdge.Piece(points: [Point(x: 60, y: 15), Point(x: 140, y: 15), Point(x: 220, y: 15), Point(x: 300, y: 15)])
        let down = LaidOutEdge.Piece(points: [Point(x: 180, y: 200), Point(x: 180, y: 100), Point(x: 180, y: 0), Point(x: 180, y: -170)])
        geometry.edges = [
            // Its caption sits on the vertical line from c to d.
            LaidOutEdge(tail: "a", head: "b", comment: "edge:3", pieces: [across], caption: Box(minX: 130, minY: 18, maxX: 230, maxY: 30)),
            LaidOutEdge(tail: "c", head: "d", comment: "edge:5", pieces: [down], caption: Box(minX: 185, minY: 100, maxX: 240, maxY: 112)),
        ]
        #expect(CaptionKey.conflicted(geometry) == [3])
        #expect(!CompactLayout.captionsAreClear(geometry))
        geometry.edges[0].caption = Box(minX: 70, minY: 18, maxX: 170, maxY: 30)
        #expect(CaptionKey.conflicted(geometry) == [])
        #expect(CompactLayout.captionsAreClear(geometry))
    }

    static var graphs: URL { DiagramReadabilityTests.graphs }

    @Test("a dense sample year prints at 8 pt on A4 with numbered captions: the legend lists each number with the caption it stands for (the line's tooltip names it), German and English; no line runs through a text and no texts overlap (measured from the SVG); --format dot is the same drawing, which dot reads",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.path)))
    func sampleWithKey() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.graphs.appendingPathComponent("kreis-lindenau.yaml").path
        for (language, heading) in [("de", "Nummer an der Linie"), ("en", "Number on a line")] {
            let output = folder.appendingPathComponent(language)
            let result = try RenderCommandTests().run(["render", input, "--year", "2022", "--lang", language, "-o", output.path + "/"])
            try #require(result.status == 0, "\(result.errors)")
            let svg = try SVG(try Data(contentsOf: output.appendingPathComponent("kreis-lindenau-2022.svg")))
            let texts = svg.elements("text").compactMap(\.stringValue).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(texts.contains(heading), "\(language): legend row \(heading)")
            func isMarker(_ text: String) -> Bool { text.hasPrefix("(") && text.hasSuffix(")") && Int(text.dropFirst().dropLast()) != nil }
            // The legend (drawn first) lists each number followed by its caption.
            var listed: [String: String] = [:]
            for (index, text) in texts.enumerated() where isMarker(text) && listed[text] == nil && index + 1 < texts.count {
                listed[text] = texts[index + 1]
            }
            var keyed = 0
            for group in svg.groups("edge") {
                guard let marker = SVG.contents(of: group).filter({ $0.name == "text" }).compactMap(\.stringValue).first(where: isMarker) else { continue }
                keyed += 1
                let caption = try #require(listed[marker], "\(language): \(marker) is listed in the legend")
                let tooltip = SVG.title(of: group) ?? ""
                // A relation ending that year is captioned "… (ended)"; its tooltip names the format, then "· ended".
                let ended = " (" + DiagramMessage.ended.text(language == "de" ? .de : .en) + ")"
                let format = caption.hasSuffix(ended) ? String(caption.dropLast(ended.count)) : caption
                #expect(tooltip.hasPrefix(format + ":"), "\(language): \(marker) stands for \(caption), the line is \(tooltip)")
            }
            #expect(keyed >= 1, "\(language): numbered captions at lines")
            let report = try MeasureDiagrams.lines(output, ["--why"])
            let row = try #require(report.first { $0.hasPrefix("kreis-lindenau-2022.svg ") })
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            try #require(columns.count == 8, "\(row)")
            #expect(columns[3] == "0" && columns[4] == "0", "through, overlaps: \(row)")
            #expect((Double(columns[6]) ?? 0) >= 8, "smallest text on A4: \(row)")
        }
        let dot = folder.appendingPathComponent("k.dot")
        let result = try RenderCommandTests().run(["render", input, "--year", "2022", "--format", "dot", "-o", dot.path])
        try #require(result.status == 0, "\(result.errors)")
        let text = try String(contentsOf: dot, encoding: .utf8)
        #expect(text.contains("\"label\"=\"(1)\""))
        #expect(!text.contains(CaptionKey.commentPrefix))
        #expect(try DotTool.run(text).status == 0)
    }
}
