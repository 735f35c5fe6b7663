import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// Issue 15's aims "no edge through a label, no overlapping labels" for the lines' captions:
/// the placement on constructed geometry, after `dot` and `nop2` layouts, and in the SVGs the
/// binary draws for every sample.
@Suite("Caption placement")
struct CaptionPlacementTests {
    static let bounds = Box(minX: -1000, minY: -1000, maxX: 1000, maxY: 1000)

    /// Whether any of `lines` runs through `box` (enters it by more than the tolerance, 1 point:
    /// `dot` puts a caption with its side on its own line).
    static func crossed(_ box: Box, by lines: [[Point]]) -> Bool {
        lines.contains { CaptionPlacement.runs($0, through: box) }
    }

    @Test("a caption on its own line's midpoint, with another line through it too, moves beside its line, clear of both")
    func freeCandidateChosen() {
        let own = [Point(x: 0, y: 0), Point(x: 200, y: 0)]
        let other = [Point(x: 100, y: -100), Point(x: 100, y: 100)]
        let midpoint = Box(center: Point(x: 100, y: 0), width: 60, height: 12)
        #expect(Self.crossed(midpoint, by: [own]) && Self.crossed(midpoint, by: [other]))
        let result = CaptionPlacement.place([.init(box: midpoint, line: 0)], lines: [own, other], obstacles: [], bounds: Self.bounds)
        let box = result.boxes[0]
        #expect(result.conflicted == 0)
        #expect(!Self.crossed(box, by: [own, other]), "\(box)")
        // Beside its own line: within a gap of it, not somewhere far away.
        #expect(min(abs(box.minY), abs(box.maxY)) <= CaptionPlacement.gap + 0.001, "\(box)")
        #expect(box.minX >= 0 && box.maxX <= 200)
    }

    @Test("a caption already clear of every line, node and caption stays where the layout put it")
    func freePlaceKept() {
        let own = [Point(x: 0, y: 0), Point(x: 200, y: 0)]
        let beside = Box(center: Point(x: 100, y: 10), width: 60, height: 12)
        let result = CaptionPlacement.place([.init(box: beside, line: 0)], lines: [own], obstacles: [], bounds: Self.bounds)
        #expect(result.boxes == [beside])
        #expect(result.conflicted == 0)
    }

    @Test("two captions competing for the same place end up apart, and the same input gives the same places")
    func competingCaptionsDoNotOverlap() {
        // Two parallel lines 4 points apart: their midpoint captions overlap each other and both lines.
        let a = [Point(x: 0, y: 0), Point(x: 200, y: 0)], b = [Point(x: 0, y: 4), Point(x: 200, y: 4)]
        let first = Box(center: Point(x: 100, y: 0), width: 60, height: 12)
        let second = Box(center: Point(x: 100, y: 4), width: 60, height: 12)
        #expect(first.overlaps(second))
        let captions: [CaptionPlacement.Caption] = [.init(box: first, line: 0), .init(box: second, line: 1)]
        let result = CaptionPlacement.place(captions, lines: [a, b], obstacles: [], bounds: Self.bounds)
        #expect(result.conflicted == 0)
        #expect(!result.boxes[0].overlaps(result.boxes[1]), "\(result.boxes)")
        for box in result.boxes { #expect(!Self.crossed(box, by: [a, b]), "\(box)") }
        #expect(CaptionPlacement.place(captions, lines: [a, b], obstacles: [], bounds: Self.bounds) == result)
    }

    @Test("a caption avoids node boxes and region titles, and never leaves the drawing's bounds")
    func obstaclesAndBounds() {
        let own = [Point(x: 0, y: 0), Point(x: 200, y: 0)]
        let midpoint = Box(center: Point(x: 100, y: 0), width: 60, height: 12)
        // Everything above the line is taken by a title; below it, the bounds end at the line.
        let title = Box(minX: -50, minY: 0.5, maxX: 250, maxY: 40)
        let bounds = Box(minX: -10, minY: -1, maxX: 210, maxY: 100)
        let result = CaptionPlacement.place([.init(box: midpoint, line: 0)], lines: [own], obstacles: [title], bounds: bounds)
        let box = result.boxes[0]
        #expect(box.minX >= bounds.minX && box.maxX <= bounds.maxX && box.minY >= bounds.minY && box.maxY <= bounds.maxY, "\(box)")
        // No free place is left: the least bad one is kept and counted.
        #expect(result.conflicted == 1)
        // With room below, it goes there, clear of the title and the line.
        let open = CaptionPlacement.place([.init(box: midpoint, line: 0)], lines: [own], obstacles: [title], bounds: Self.bounds)
        #expect(open.conflicted == 0)
        #expect(open.boxes[0].maxY <= 0 && !open.boxes[0].overlaps(title), "\(open.boxes[0])")
    }

    @Test("a pinned graph (nop2): a caption where Graphviz puts it, beside its line's midpoint, with another line through it, moves clear")
    func pinnedGraph() throws {
        func layout(crossingAt x: Double) throws -> LayoutGeometry {
            try GraphvizContext.shared.layout(dot: """
                digraph g { layout="nop2"; notranslate=true; node [shape=box, width=0.6, height=0.3, fixedsize=true];
                a [pos="0,0!"]; b [pos="300,0!"]; c [pos="\(x),-150!"]; d [pos="\(x),150!"];
                a -> b [label="Verweisberatung", pos="e,278,0 22,0 100,0 200,0 278,0"];
                c -> d [pos="e,\(x),139 \(x),-139 \(x),-50 \(x),50 \(x),139"]; }
                """, engine: .neato)
        }
        // Far from the caption, the other line leaves it where Graphviz put it.
        let far = try layout(crossingAt: 290)
        let given = try #require(far.edges.first { $0.tail == "a" }?.caption)
        #expect(!Self.crossed(given, by: far.edges.map { $0.polyline() }))
        // Through Graphviz's place, it moves.
        let geometry = try layout(crossingAt: given.center.x)
        let lines = geometry.edges.map { $0.polyline() }
        let caption = try #require(geometry.edges.first { $0.tail == "a" }?.caption)
        #expect(caption != given)
        #expect(!Self.crossed(caption, by: lines), "caption at \(caption), lines \(lines)")
        for node in geometry.nodes.values { #expect(!node.overlaps(caption), "\(caption) overlaps \(node)") }
    }

    /// Every year and difference diagram of the samples, laid out in-process.
    static func sampleLayouts() throws -> [(name: String, geometry: LayoutGeometry)] {
        var result: [(String, LayoutGeometry)] = []
        for alliance in DiagramDesignTests.samples {
            var kinds = alliance.years.map { DiagramKind.year($0) }
            if alliance.years.lowerBound < alliance.years.upperBound {
                kinds.append(.difference(from: alliance.years.lowerBound, to: alliance.years.upperBound))
            }
            for kind in kinds {
                let dot = try Diagram(alliance: alliance, kind: kind).dotText()
                result.append(("\(alliance.id) \(kind)", try GraphvizContext.shared.layout(dot: dot)))
            }
        }
        return result
    }

    @Test("after layout, no line runs through a caption of the samples and no two captions overlap",
          .enabled(if: !DiagramDesignTests.samples.isEmpty))
    func samplesInProcess() throws {
        var captions = 0
        for (name, geometry) in try Self.sampleLayouts() {
            let lines = geometry.edges.map { $0.polyline() }
            let boxes = geometry.edges.compactMap(\.caption)
            captions += boxes.count
            for (index, edge) in geometry.edges.enumerated() {
                guard let box = edge.caption else { continue }
                let through = lines.indices.filter { $0 != index && CaptionPlacement.runs(lines[$0], through: box) }
                #expect(through.isEmpty, "\(name): \(through.count) lines through the caption of \(edge.tail)->\(edge.head)")
            }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(!boxes[i].overlaps(boxes[j]), "\(name): captions \(boxes[i]) and \(boxes[j]) overlap")
                }
            }
        }
        #expect(captions > 100, "\(captions) captions checked")
    }

    @Test("in every year and difference SVG of Graphs/, no line runs through another line's caption and no caption overlaps a text (measured from the SVG)",
          .enabled(if: FileManager.default.fileExists(atPath: DiagramReadabilityTests.graphs.path)))
    func samplesThroughTheBinary() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphs = DiagramReadabilityTests.graphs.path
        for (arguments, name) in [([graphs], "year"), ([graphs, "--diff", "2019", "2022"], "difference")] {
            let result = try RenderCommandTests().run(["render"] + arguments + ["--format", "svg", "-o", folder.appendingPathComponent(name).path + "/"])
            try #require(result.status == 0, "\(result.errors)")
        }
        let report = try MeasureDiagrams.lines(folder, ["--why"])
        let diagrams = report.filter { $0.hasSuffix(".svg") == false && $0.contains(".svg ") }
        #expect(diagrams.count >= 40, "\(diagrams.count) diagrams measured")
        // The breakdown is there and names what it counts (else the checks below would pass on nothing).
        #expect(report.contains { $0.hasPrefix("why:") })
        #expect(report.contains { $0.hasPrefix("kind ") && $0.contains("text crossed / overlapping") })
        let through = report.filter { $0.contains(": thru: ") && $0.contains(" through caption ") }
        #expect(through.isEmpty, "lines through captions:\n\(through.joined(separator: "\n"))")
        let overlaps = report.filter { $0.contains(": ovl: ") && $0.contains("caption") }
        #expect(overlaps.isEmpty, "overlapping captions:\n\(overlaps.joined(separator: "\n"))")
    }
}
