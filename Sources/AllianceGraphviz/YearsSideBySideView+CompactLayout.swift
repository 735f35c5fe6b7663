import AllianceGraph

/// The poster's shared layout in the compact placement of the single years (issue 15: no line
/// through a text, text readable on A3).
///
/// `dot`'s layout of the union of all years set each policy area's actors in one long row and
/// the boxes of formats in a band above them, so lines ran across regions and their titles. The
/// union is placed as ``CompactLayout`` places a year instead: ``CompactPlacement`` puts each
/// area's actors in a few rows and the areas in shelves shaped for one panel's share of the sheet
/// (one placement per grid of panels worth trying), each area's title a text of its own, and the
/// lines are routed by Graphviz around every box (`splines=true`). Every panel then draws its
/// lines along those routes, which avoid the boxes in every year: the boxes stand in the same
/// places in all panels (actors absent in a year as outlines).
extension YearsSideBySideView {
    /// The prefix of the node ids of the regions' titles in the compact shared layout
    /// (``CompactLayout/pinned(_:geometry:area:header:spread:title:)`` names them so).
    static let titlePrefix = "title:"

    /// How far outside the boxes of the compact shared layout a route may run, in points (a third
    /// of the gap between panels, as lines drawn another way in ``routed(_:_:curved:)``).
    static let routeMargin = panelGap / 3

    /// The grids worth trying for `count` panels: for each number of rows, the fewest columns
    /// giving it (more columns with as many rows only narrow the panels).
    ///
    /// - Complexity: O(`count`).
    static func grids(count: Int) -> [(columns: Int, rows: Int)] {
        var grids: [(columns: Int, rows: Int)] = []
        for columns in 1...max(1, count) {
            let rows = (count + columns - 1) / columns
            if grids.last.map({ rows < $0.rows }) ?? true { grids.append((columns, rows)) }
        }
        return grids
    }

    /// The spreads (factors on the gaps between actors and areas, ``CompactPlacement/spread``) the
    /// poster's compact placements are tried at: the poster has no captions on its lines, so gaps
    /// tighter than a single year's (0.8) leave room enough for the routes and let the panels print
    /// larger; of both, ``sharedLayout(_:)`` takes the one crossing least among those printing
    /// readably. Measured on Graphs/ (BENCHMARKS.md): the posters' crossings 251 → 207 against 1.0 alone.
    static let compactSpreads = [1.0, 0.8]

    /// The union graph (``unionGraph(rankDirection:)``, ranks left to right) pinned in the compact
    /// placement from `geometries`, the layouts of ``sharedLayoutGraphs()`` (the first is used for
    /// the nodes' sizes and order), once for each grid of ``grids(count:)`` and each of
    /// ``compactSpreads``, shaped for one panel's share of the sheet (``DiagramOptions/page``, A3
    /// landscape by default) under its heading and its share of title and legend (the shared
    /// layout's label, ``unionGraph(rankDirection:)``). Each is to be laid out with `dot` (which takes the graph's
    /// `nop2`) and given to ``compactShared(_:)``. Empty when the compact layout does not apply
    /// (``CompactLayout/applies(to:of:)``: another engine, a large alliance) or no layout is given.
    ///
    /// - Complexity: one ``CompactPlacement/place()`` per grid and spread.
    func compactSharedGraphs(from geometries: [LayoutGeometry]) -> [DOTGraph] {
        guard CompactLayout.applies(to: options, of: alliance), !geometries.isEmpty, !years.isEmpty else { return [] }
        let union = unionGraph(rankDirection: "LR")
        let builder = DiagramBuilder(alliance: alliance, options: options)
        let sheet = (options.page ?? Self.defaultPage).printableArea(marginMillimetres: PageFit.marginMillimetres)
        return Self.compactSpreads.flatMap { spread in geometries.flatMap { geometry in Self.grids(count: years.count).map { grid in
            let area = PaperSize.Dimensions(width: sheet.width / Double(grid.columns), height: sheet.height / Double(grid.rows))
            let header = PaperSize.Dimensions(width: 0, height: Self.headingSpace + Self.panelGap
                                              + (geometry.label?.height ?? Self.headerEstimate) / Double(grid.rows))
            return CompactLayout.pinned(union, geometry: geometry, area: area, header: header, spread: spread) { cluster, id, extra in
                builder.regionTitle(cluster: cluster, id: id, fontScale: Self.textScale, extra: extra)
            }
        } } }
    }

    /// The shared layouts for ``panels(sharedLayouts:)`` from `routed`, the layouts of
    /// ``compactSharedGraphs(from:)`` in order: each line keyed again as the union graph's
    /// (``lineKey(_:from:to:)``, so that the panels find their routes), only those in which no line
    /// runs through a box it does not end at (``CompactLayout/linesMissBoxes(_:)``). Empty when
    /// none is left: the panels then keep `dot`'s shared layout.
    ///
    /// - Complexity: O(lines × nodes × line points) per layout.
    func compactShared(_ routed: [LayoutGeometry]) -> [LayoutGeometry] {
        let union = unionGraph(rankDirection: "LR")
        // The pinned graph's lines carry their statement's index (CaptionKey), the union's their key.
        var keys: [String: String] = [:]
        for (index, statement) in union.statements.enumerated() {
            guard case .edge(_, _, let attributes) = statement,
                  case .text(let key)? = attributes.last(where: { $0.name == "comment" })?.value else { continue }
            keys[CaptionKey.commentPrefix + String(index)] = key
        }
        let keyed = routed.filter(CompactLayout.linesMissBoxes).map { geometry in
            // A route leaving the drawing (Graphviz found no way between the boxes and went round
            // far outside) would run into the next panel: that line is curved in the panels instead.
            let extent = (geometry.boxesExtent ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0)).inset(by: -Self.routeMargin)
            var keyed = geometry
            keyed.edges = geometry.edges.map { edge in
                var edge = edge
                edge.comment = edge.polyline().allSatisfy(extent.contains) ? keys[edge.comment] ?? "" : ""
                return edge
            }
            return keyed
        }
        // Those with a route for every line first.
        let complete = keyed.filter { geometry in geometry.edges.allSatisfy { !$0.comment.isEmpty } }
        return complete.isEmpty ? keyed : complete
    }

    /// The regions' titles of the compact shared `geometry` by cluster name (empty for `dot`'s layout).
    static func pinnedTitles(in geometry: LayoutGeometry) -> [String: Box] {
        Dictionary(geometry.nodes.filter { $0.key.hasPrefix(titlePrefix) }.map { (String($0.key.dropFirst(titlePrefix.count)), $0.value) },
                   uniquingKeysWith: { first, _ in first })
    }
}
