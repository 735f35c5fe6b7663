import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// Issue 15's aim "no edge through a label": policy-area titles where lines do not cross them,
/// and the poster's panels drawing the shared layout's routed lines.
@Suite("Label placement")
struct LabelPlacementTests {
    static var hohenmoor: Alliance? { DiagramDesignTests.samples.first { $0.id == "kreis-hohenmoor" } }

    @Test("each policy-area title sits where the fewest lines cross it, and fewer lines cross the titles than when centred",
          .enabled(if: hohenmoor != nil))
    func titlesWhereLinesAreNot() throws {
        let alliance = try #require(Self.hohenmoor)
        var placed = 0, centred = 0
        for kind in [DiagramKind.year(2021), .year(2022), .difference(from: 2019, to: 2022)] {
            // The view's graph as dot lays it out (the compact layout starts from that layout, CompactLayout).
            let graph = switch kind {
            case .year(let year): YearView(alliance: alliance, year: year).graph()
            case .difference(let from, let to): DifferenceView(alliance: alliance, from: from, to: to).graph()
            case .allYears: DOTGraph(name: "")
            }
            let geometry = try GraphvizContext.shared.layout(dot: graph.text, engine: .dot)
            let lines = geometry.edges.map { $0.polyline() }
            #expect(!geometry.clusterLabels.isEmpty)
            for (name, label) in geometry.clusterLabels {
                let cluster = try #require(geometry.clusters[name])
                let candidates = ClusterTitles.candidates(cluster: cluster, label: label)
                let counts = candidates.map { ClusterTitles.crossings(of: $0.box, by: lines) }
                let actual = ClusterTitles.crossings(of: label, by: lines)
                #expect(actual == counts.min()!, "\(kind) \(name): \(actual) lines through the title, \(counts.min()!) possible")
                placed += actual
                centred += counts[0]
            }
        }
        #expect(placed < centred, "titles crossed \(placed) times, centred \(centred)")
    }

    /// How many lines of laid-out `geometry` pass through a node's box (not a region's) other than their ends.
    static func linesThroughBoxes(_ geometry: LayoutGeometry) -> Int {
        let boxes = geometry.nodes.filter { !$0.key.contains("/region:") }
        return geometry.edges.reduce(0) { count, edge in
            let line = edge.polyline()
            return count + boxes.filter { name, box in
                name != edge.tail && name != edge.head
                    && ClusterTitles.passes(line, through: Box(minX: box.minX + 1, minY: box.minY + 1, maxX: box.maxX - 1, maxY: box.maxY - 1))
            }.count
        }
    }

    @Test("the poster's panels draw a line along the shared layout's route where its curve ran through a box: fewer lines through boxes")
    func posterLinesAreRouted() throws {
        let alliance = try #require(Self.hohenmoor)
        let dot = try Diagram(alliance: alliance, kind: .allYears).dotText()
        #expect(dot.contains("\"layout\"=\"\(GraphvizContext.givenLayout)\""))
        let lines = dot.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.contains(" -> ") && $0.contains("\"comment\"=") }, "the keys of the lines are dropped")
        let routed = lines.filter { $0.contains(" -> ") && $0.contains("\"pos\"=\"") }
        #expect(routed.count >= 5, "\(routed.count) lines routed")
        // The same poster with every line curved (no pos on any line).
        let curved = lines.map { line in
            line.contains(" -> ") ? line.replacing(/, "pos"="[^"]*"/, with: "") : line
        }.joined(separator: "\n")
        let through = Self.linesThroughBoxes(try GraphvizContext.shared.layout(dot: dot))
        let before = Self.linesThroughBoxes(try GraphvizContext.shared.layout(dot: curved))
        #expect(through < before, "\(through) lines through boxes, curved \(before)")
    }

    @Test("a laid-out edge's pos reads back through nop2 unchanged")
    func dotPositionRoundTrip() throws {
        let edge = LaidOutEdge(tail: "a", head: "b", comment: "k",
                               pieces: [.init(points: [Point(x: 0, y: 0), Point(x: 10, y: 5), Point(x: 20, y: 5), Point(x: 30, y: 0)],
                                              end: Point(x: 36, y: 0))])
        #expect(edge.dotPosition(dx: 100, dy: 1) == "e,136,1 100,1 110,6 120,6 130,1")
        #expect(edge.polyline(samples: 4).count == 5)
        let geometry = try GraphvizContext.shared.layout(dot: """
            digraph g { layout="nop2"; notranslate=true; a [pos="0,0!", shape=point]; b [pos="136,1!", shape=point];
            a -> b [pos="\(edge.dotPosition(dx: 100, dy: 1))"]; }
            """, engine: .neato)
        let laidOut = try #require(geometry.edges.first)
        #expect(laidOut.pieces.first?.points.first == Point(x: 100, y: 1))
        #expect(laidOut.pieces.first?.end == Point(x: 136, y: 1))
    }
}
