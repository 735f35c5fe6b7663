import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// The poster's shared layout in the compact placement (`YearsSideBySideView+CompactLayout`):
/// the union of all years placed as a compact year is, its lines routed around every box once,
/// each panel drawing its lines along those routes.
@Suite("Compact poster layout")
struct CompactPosterTests {
    /// The compact shared layouts of `view`, laid out in this process, and `dot`'s shared layouts they come from.
    static func compactLayouts(_ view: YearsSideBySideView) throws -> (compact: [LayoutGeometry], dot: [LayoutGeometry]) {
        let context = GraphvizContext.shared
        let dot = try view.sharedLayoutGraphs().map { graph throws(GraphvizError) in
            try context.layout(dot: graph.text, engine: view.options.engine)
        }
        let routed = try view.compactSharedGraphs(from: dot).map { graph throws(GraphvizError) in
            try context.layout(dot: graph.text, engine: .dot)
        }
        return (view.compactShared(routed), dot)
    }

    @Test("grids worth trying: for each number of rows the fewest columns")
    func grids() {
        #expect(YearsSideBySideView.grids(count: 4).map { [$0.columns, $0.rows] } == [[1, 4], [2, 2], [4, 1]])
        #expect(YearsSideBySideView.grids(count: 3).map { [$0.columns, $0.rows] } == [[1, 3], [2, 2], [3, 1]])
        #expect(YearsSideBySideView.grids(count: 1).map { [$0.columns, $0.rows] } == [[1, 1]])
        #expect(YearsSideBySideView.grids(count: 6).map { [$0.columns, $0.rows] } == [[1, 6], [2, 3], [3, 2], [6, 1]])
    }

    @Test("every line of every panel has a route in the compact shared layout, also a group's line in a year with two of its members",
          arguments: DiagramDesignTests.samples.filter { ["auental", "bergheide", "kreis-lindenau", "rheinstadt"].contains($0.id.rawValue) })
    func everyLineRouted(alliance: Alliance) throws {
        let view = YearsSideBySideView(alliance: alliance)
        let (compact, dot) = try Self.compactLayouts(view)
        try #require(!compact.isEmpty, "no compact shared layout")
        // One placement per grid, spread and rank direction of dot's layout.
        #expect(view.compactSharedGraphs(from: dot).count
                == dot.count * YearsSideBySideView.grids(count: view.years.count).count * YearsSideBySideView.compactSpreads.count)
        for geometry in compact {
            #expect(!YearsSideBySideView.pinnedTitles(in: geometry).isEmpty, "the regions' titles are pinned texts")
            #expect(CompactLayout.linesMissBoxes(geometry))
            let (_, routable) = view.panels(sharedLayouts: [geometry])
            #expect(!routable.isEmpty)
            let unrouted = routable.filter { $0.value.line == nil }.map(\.key).sorted()
            #expect(unrouted.isEmpty, "\(alliance.id): lines without a route: \(unrouted.prefix(5))")
        }
    }

    @Test("a route leaving the drawing is dropped: that line is curved in the panels")
    func routeOutsideDropped() throws {
        let alliance = try #require(DiagramDesignTests.samples.first { $0.id == "rheinstadt" })
        let view = YearsSideBySideView(alliance: alliance)
        let context = GraphvizContext.shared
        let dot = try view.sharedLayoutGraphs().map { graph throws(GraphvizError) in
            try context.layout(dot: graph.text, engine: .dot)
        }
        var routed = try #require(try view.compactSharedGraphs(from: dot).first.map { graph throws(GraphvizError) in
            try context.layout(dot: graph.text, engine: .dot)
        })
        try #require(!routed.edges.isEmpty)
        let original = routed
        let complete = view.compactShared([routed])
        #expect(complete.count == 1 && complete[0].edges.allSatisfy { !$0.comment.isEmpty })
        // The line whose ends stand lowest sent far below every box (so that it runs through none),
        // as Graphviz routed one line of kreis-lindenau.
        let lowest = routed.nodes.values.map(\.minY).min() ?? 0
        func ends(_ edge: LaidOutEdge) -> (Point, Point) { (edge.pieces[0].points[0], edge.pieces.last!.points.last!) }
        let sent = try #require(routed.edges.indices.min { max(ends(routed.edges[$0]).0.y, ends(routed.edges[$0]).1.y)
                                                          < max(ends(routed.edges[$1]).0.y, ends(routed.edges[$1]).1.y) })
        let (start, end) = ends(routed.edges[sent])
        routed.edges[sent].pieces = [.init(points: [start, Point(x: start.x, y: lowest - 1000), Point(x: end.x, y: lowest - 1000), end])]
        let kept = view.compactShared([routed])
        #expect(kept.count == 1, "kept, with the line unrouted, when no other layout has every route")
        #expect(kept.first?.edges[sent].comment == "", "the line leaving the drawing has no route")
        #expect(kept.first?.edges.indices.allSatisfy { $0 == sent || !kept[0].edges[$0].comment.isEmpty } == true)
        // With a complete layout beside it, the complete one is taken.
        let chosen = view.compactShared([routed, original])
        #expect(chosen.count == 1 && chosen[0].edges.allSatisfy { !$0.comment.isEmpty })
    }

    @Test("another engine or a large alliance keeps the shared layout of its engine")
    func notApplied() throws {
        let alliance = try #require(DiagramDesignTests.samples.first { $0.id == "rheinstadt" })
        let neato = YearsSideBySideView(alliance: alliance, options: DiagramOptions(engine: .neato))
        #expect(neato.compactSharedGraphs(from: [LayoutGeometry()]).isEmpty)
        #expect(YearsSideBySideView(alliance: alliance).compactSharedGraphs(from: []).isEmpty)
    }
}
