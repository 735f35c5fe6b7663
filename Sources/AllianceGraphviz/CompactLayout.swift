import AllianceGraph

/// The compact layout of the single-year and difference diagrams (issue 15: text readable when
/// printed on A4).
///
/// `dot` draws these diagrams from left to right with one cluster per policy area: every box of
/// a format of three or more actors is a source and stands in a column on the left, each area
/// spans every rank its members sit on, and captions widen every gap between ranks — a 20-actor
/// year was 1,892 × 1,538 pt, its captions 3.5 pt on A4. So the view's graph is laid out by `dot`
/// once, for the nodes' sizes and its crossing-minimised order only; ``CompactPlacement`` then puts
/// each area's actors in a few rows, packs the areas into shelves that suit the sheet under title
/// and legend, and sets each format's box at a free spot near its members; the graph is drawn
/// with every node pinned there (`layout="nop2"`, ``GraphvizContext/givenLayout``), each area a
/// cluster with its box given (`bb`), and every line routed by Graphviz around the boxes
/// (`splines=true`). The DOT text is that pinned graph: `neato -n2` (or `dot`, which takes the
/// `layout` attribute) draws it alone.
public enum CompactLayout {
    /// Whether a diagram of `alliance` drawn with `options` gets the compact layout: when it is
    /// drawn with `dot` (another `--layout` keeps its engine) and the alliance is not large
    /// (``LargeDiagram/isLarge(actors:relations:)``: simplified with `sfdp`, or with `--layout dot`
    /// drawn by `dot` as it is).
    public static func applies(to options: DiagramOptions, of alliance: Alliance) -> Bool {
        options.engine == .dot && options.simplification == nil
            && !LargeDiagram.isLarge(actors: alliance.actors.count, relations: alliance.relations.count)
    }

    /// The spreads tried, in order (factors on the gaps between actors and areas): the first whose
    /// drawing is accepted (``accepts(_:limit:spread:dotPrintsReadably:)``) is drawn; with none, the drawing with the fewest captions
    /// lacking a free place gets those drawn as numbers (``CaptionKey``), or `dot`'s layout is kept.
    /// Each spread tried costs one more Graphviz layout (``DiagramDrawing``).
    public static let spreads = [1.0, 1.3, 1.6]

    /// Whether the compact drawing laid out as `routed` (its lines routed by Graphviz around the
    /// pinned boxes) at `spread` (one of ``spreads``) is drawn instead of `dot`'s layout, whose
    /// lines cross `limit` times (``crossings(_:)`` of `dot`'s layout of the plain view) and which
    /// prints readably on A4 or not (`dotPrintsReadably`): when every caption finds a free place
    /// (``captionsAreClear(_:)``), no line runs through a box it does not end at
    /// (``linesMissBoxes(_:)``), the drawing prints its smallest text at 8 pt or more on A4
    /// (``printsReadably(_:)``), and its lines cross at most
    /// ``crossingBudget(limit:spread:dotPrintsReadably:)`` times.
    ///
    /// - Complexity: as ``judge(_:limit:spread:dotPrintsReadably:sheet:)``.
    public static func accepts(_ routed: LayoutGeometry, limit: Int, spread: Double, dotPrintsReadably: Bool = true,
                               sheet: PaperSize.Sheet = .a4) -> Bool {
        judge(routed, limit: limit, spread: spread, dotPrintsReadably: dotPrintsReadably, sheet: sheet).isAccepted
    }

    /// What ``judge(_:limit:spread:dotPrintsReadably:sheet:)`` finds in a compact drawing.
    struct Judgement: Sendable {
        /// The lines (indices into the geometry's edges) whose caption has no free place (``conflictedCaptions(_:)``).
        var conflictedCaptions: [Int]
        /// Whether the drawing keeps every other rule: no line through a box it does not end at,
        /// readable on the sheet, crossings within the budget.
        var keepsOtherRules: Bool
        /// Whether the drawing is accepted: every rule kept, every caption in a free place.
        var isAccepted: Bool { keepsOtherRules && conflictedCaptions.isEmpty }
    }

    /// The rules of ``accepts(_:limit:spread:dotPrintsReadably:sheet:)`` applied to `routed`, each
    /// computed once: the captions without a free place apart from the other rules, so that a
    /// drawing faulted by its captions only can get them as numbers (``CaptionKey``).
    ///
    /// - Complexity: as ``conflictedCaptions(_:)`` plus ``linesMissBoxes(_:)`` plus ``crossings(_:)``.
    static func judge(_ routed: LayoutGeometry, limit: Int, spread: Double, dotPrintsReadably: Bool = true,
                      sheet: PaperSize.Sheet = .a4) -> Judgement {
        let keepsOtherRules = linesMissBoxes(routed) && printsReadably(routed, sheet: sheet)
            && crossings(routed) <= crossingBudget(limit: limit, spread: spread, dotPrintsReadably: dotPrintsReadably)
        return Judgement(conflictedCaptions: conflictedCaptions(routed), keepsOtherRules: keepsOtherRules)
    }

    /// Whether no line of laid-out `geometry` runs through a node (an actor, a group's box, an
    /// area's title) other than its own ends, by more than 2 points: Graphviz routes the lines
    /// around the pinned boxes, but where two boxes stand too close for a curve between them it
    /// may draw one through a box.
    ///
    /// - Complexity: O(lines × nodes × line points), boxes the line's bounding box misses skipped.
    public static func linesMissBoxes(_ geometry: LayoutGeometry) -> Bool {
        let boxes = geometry.nodes.map { (name: $0.key, inner: $0.value.inset(by: 2)) }
        for edge in geometry.edges {
            let line = edge.polyline()
            let extent = Box(bounding: line)
            for box in boxes where box.name != edge.tail && box.name != edge.head && extent.meets(box.inner) {
                if ClusterTitles.passes(line, through: box.inner) { return false }
            }
        }
        return true
    }

    /// The most crossings a compact drawing at `spread` may have when `dot`'s layout has `limit`:
    /// at the first spread no more than `dot`'s (a wider spread often crosses less); at a wider
    /// one twice as many plus 4, or, when `dot`'s layout itself prints under 8 pt on A4
    /// (`dotPrintsReadably` false), four times as many plus 12. `dot`'s layout of these diagrams
    /// spans several sheets' worth of canvas and prints its texts at 3.4–7.7 pt on A4, so a few more
    /// crossings on a drawing that prints at 8 pt or more read better; and the densest (30–40
    /// actors, 40–60 lines) have no drawing on A4 at all without the larger allowance. Measured on
    /// Graphs/ (BENCHMARKS.md), the total stays under issue 15's aim of at most 867 crossings over
    /// all sample diagrams.
    public static func crossingBudget(limit: Int, spread: Double, dotPrintsReadably: Bool = true) -> Int {
        if spread <= (spreads.first ?? 1) { return limit }
        return dotPrintsReadably ? 2 * limit + 4 : 4 * limit + 12
    }

    /// The least size the smallest text (a caption, at ``relationFontSize``) may print at on A4.
    public static let smallestPrintedSize = 8.0

    /// Whether laid-out `geometry`, fitted on `sheet` (A4 unless ``DiagramOptions/page`` names
    /// another) in the orientation giving the larger scale (never enlarged; the canvas counted with
    /// Graphviz's padding and a margin), prints text of ``relationFontSize`` at ``smallestPrintedSize`` or more.
    ///
    /// - Complexity: O(nodes + clusters).
    public static func printsReadably(_ geometry: LayoutGeometry, sheet: PaperSize.Sheet = .a4) -> Bool {
        printedSize(geometry, fontSize: relationFontSize, sheet: sheet) >= smallestPrintedSize
    }

    /// The size text of `fontSize` points prints at when laid-out `geometry` is fitted on `sheet`
    /// in the orientation giving the larger scale (never enlarged; the canvas counted with
    /// Graphviz's padding and a margin, and with every line, which may bulge past the boxes).
    ///
    /// - Complexity: O(nodes + clusters + line points).
    public static func printedSize(_ geometry: LayoutGeometry, fontSize: Double, sheet: PaperSize.Sheet = .a4) -> Double {
        var extent = geometry.label ?? geometry.nodes.values.first ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0)
        for box in geometry.nodes.values { extent = extent.union(box) }
        for box in geometry.clusters.values { extent = extent.union(box) }
        for edge in geometry.edges {
            if let caption = edge.caption { extent = extent.union(caption) }
            // A line routed around the boxes may bulge past them: the canvas holds it too.
            let line = edge.polyline(samples: 4)
            if !line.isEmpty { extent = extent.union(Box(bounding: line)) }
        }
        let (width, height) = (extent.width + canvasAllowance, extent.height + canvasAllowance)
        let points = PaperSize(sheet).points
        let (long, short) = (max(points.width, points.height), min(points.width, points.height))
        let scale = min(1, max(min(long / width, short / height), min(short / width, long / height)))
        return fontSize * scale
    }

    /// What the canvas adds to the drawing's extent on each axis (`pad` and Graphviz's margin), with room to spare, in points.
    static let canvasAllowance = 40.0


    /// Whether every caption of laid-out `geometry` has no other line through it and overlaps no
    /// other caption and no node (actors, group boxes, titles) or the graph's label: then the
    /// compact drawing keeps issue 15's aims for captions, which ``CaptionPlacement`` could not
    /// reach in every dense compact drawing.
    ///
    /// - Complexity: as ``conflictedCaptions(_:)``.
    public static func captionsAreClear(_ geometry: LayoutGeometry) -> Bool {
        conflictedCaptions(geometry).isEmpty
    }

    /// The indices (into `geometry.edges`) of the lines whose caption has another line through it
    /// (entering it by more than ``CaptionPlacement/tolerance``, as the placement counts it) or overlaps a node (actors, group boxes, titles), the graph's label or another caption, in order.
    ///
    /// - Complexity: O(captions × (line points + nodes + captions)).
    static func conflictedCaptions(_ geometry: LayoutGeometry) -> [Int] {
        let lines = geometry.edges.map { $0.polyline() }
        var obstacles = Array(geometry.nodes.values)
        if let label = geometry.label { obstacles.append(label) }
        let captioned = geometry.edges.enumerated().compactMap { index, edge in edge.caption.map { (index: index, box: $0) } }
        var conflicted = Set<Int>()
        for (index, box) in captioned
        where lines.indices.contains(where: { $0 != index && CaptionPlacement.runs(lines[$0], through: box) })
            || obstacles.contains(where: { $0.overlaps(box) }) {
            conflicted.insert(index)
        }
        for (position, first) in captioned.enumerated() {
            for second in captioned[(position + 1)...] where first.box.overlaps(second.box) {
                conflicted.insert(first.index)
                conflicted.insert(second.index)
            }
        }
        return conflicted.sorted()
    }

    /// Pairs of lines of laid-out `geometry` that cross, pairs sharing an end node not counted
    /// (as scripts/measure_diagrams.py counts them in the SVG).
    ///
    /// - Complexity: O(lines² × line points²), pairs with disjoint bounding boxes skipped.
    public static func crossings(_ geometry: LayoutGeometry) -> Int {
        let lines = geometry.edges.map { $0.polyline() }
        var count = 0
        for i in lines.indices {
            for j in lines.indices where j > i {
                let (a, b) = (geometry.edges[i], geometry.edges[j])
                if a.tail == b.tail || a.tail == b.head || a.head == b.tail || a.head == b.head { continue }
                if ClusterTitles.lines(lines[i], cross: lines[j]) { count += 1 }
            }
        }
        return count
    }

    /// The built-in size of captions and of the boxes of groups in the compact layout, in points
    /// (9 elsewhere): printed on A4 at 8 pt or more for the sample diagrams.
    public static let relationFontSize = 10.0

    /// The sheet the drawing is shaped for first when ``DiagramOptions/page`` names none: A4 landscape.
    public static let defaultPage = PaperSize(.a4, orientation: .landscape)

    /// The sheets the drawing is shaped for when ``DiagramOptions/page`` names none, in order:
    /// A4 landscape, then A4 portrait when no drawing shaped for landscape is accepted (two of
    /// the densest samples, bergheide 2021 and the difference 2019–2022, 35–40 actors, print at
    /// 8 pt only in portrait) or when the one accepted crosses as often as only the densest may
    /// (``DiagramDrawing`` then draws the one crossing less).
    public static let defaultPages = [defaultPage, PaperSize(.a4)]

    /// `graph` (made by a view for `dot`) with every node pinned where ``CompactPlacement`` puts it,
    /// from `geometry`, the `dot` layout of `graph` (node sizes, order, the header's size); shaped
    /// for `page`.
    ///
    /// - Complexity: as ``CompactPlacement/place()``, plus O(statements).
    ///
    /// Each area's title is a text of its own (`title` makes it, given the cluster's name, the
    /// text's node id and its pinning attributes: ``DiagramBuilder/regionTitle(cluster:id:fontScale:extra:)``,
    /// as on the poster), pinned at the top of the area's box, so that lines are routed around it
    /// as around the actors.
    /// Returns `graph` unchanged when `geometry` lacks one of its nodes or clusters.
    static func pinned(_ graph: DOTGraph, geometry laidOut: LayoutGeometry, page: PaperSize = defaultPage, spread: Double = 1,
                       title: (String, String, DOTAttributes) -> DOTStatement) -> DOTGraph {
        pinned(graph, geometry: laidOut, area: page.printableArea(marginMillimetres: PageFit.marginMillimetres),
               header: laidOut.label.map { PaperSize.Dimensions(width: $0.width, height: $0.height) }, spread: spread, title: title)
    }

    /// `graph` pinned as ``pinned(_:geometry:page:spread:title:)`` pins it, shaped for a drawing of
    /// `area` (points) under a header of `header` (none: no header): the years side by side shape
    /// their shared layout for one panel's share of the sheet.
    ///
    /// - Complexity: as ``CompactPlacement/place()``, plus O(statements).
    static func pinned(_ graph: DOTGraph, geometry laidOut: LayoutGeometry, area: PaperSize.Dimensions,
                       header: PaperSize.Dimensions?, spread: Double = 1,
                       title: (String, String, DOTAttributes) -> DOTStatement) -> DOTGraph {
        // The layout names nodes as Graphviz parsed them; the graph's statements as written.
        var geometry = LayoutGeometry()
        var missing = false
        func take(_ id: String) {
            if let box = laidOut.nodes[DOTEscaping.parsedName(id)] { geometry.nodes[id] = box } else { missing = true }
        }
        for statement in graph.statements {
            switch statement {
            case .node(let id, _): take(id)
            case .subgraph(let subgraph):
                for case .node(let id, _) in subgraph.statements { take(id) }
                let name = DOTEscaping.parsedName(subgraph.name)
                geometry.clusters[subgraph.name] = laidOut.clusters[name]
                geometry.clusterLabels[subgraph.name] = laidOut.clusterLabels[name]
            default: break
            }
        }
        geometry.label = laidOut.label
        if missing { return graph }
        var areas: [CompactPlacement.Area] = []
        var free: [String] = []
        var lines: [(String, String)] = []
        for statement in graph.statements {
            switch statement {
            case .subgraph(let subgraph) where subgraph.name.hasPrefix("cluster"):
                let members = subgraph.statements.compactMap { statement -> String? in
                    if case .node(let id, _) = statement { return id } else { return nil }
                }
                let title = geometry.clusterLabels[subgraph.name]
                areas.append(CompactPlacement.Area(name: subgraph.name, members: members,
                                                   title: CompactPlacement.Size(width: title?.width ?? 0, height: title?.height ?? 0)))
            case .node(let id, _):
                free.append(id)
            case .edge(let from, let to, _):
                lines.append((from, to))
            default:
                break
            }
        }
        // Two actors joined by a captioned line and set side by side get room for the caption between them.
        var captionGaps: [String: Double] = [:]
        let written = Dictionary(geometry.nodes.keys.map { (DOTEscaping.parsedName($0), $0) }, uniquingKeysWith: { first, _ in first })
        for edge in laidOut.edges {
            guard let caption = edge.caption, let tail = written[edge.tail], let head = written[edge.head] else { continue }
            let key = CompactPlacement.pairKey(tail, head)
            captionGaps[key] = max(captionGaps[key] ?? 0, caption.width + 4 * CaptionPlacement.gap)
        }
        var placement = CompactPlacement(
            areas: areas, free: free,
            sizes: geometry.nodes.mapValues { CompactPlacement.Size(width: $0.width, height: $0.height) },
            hints: geometry.nodes.mapValues(\.center), lines: lines,
            header: CompactPlacement.Size(width: header?.width ?? 0, height: header?.height ?? 0),
            page: CompactPlacement.Size(width: area.width, height: area.height))
        placement.captionGaps = captionGaps
        placement.spread = spread
        let result = placement.place()

        func pin(_ statement: DOTStatement) -> DOTStatement {
            switch statement {
            case .node(let id, let attributes):
                guard let point = result.positions[id], let box = geometry.nodes[id] else { return statement }
                return .node(id: id, attributes + [
                    ("pos", .text(DOTValue.format(point.x) + "," + DOTValue.format(point.y) + "!")), ("pin", .bool(true)),
                    ("fixedsize", .bool(true)), ("width", .number(box.width / 72)), ("height", .number(box.height / 72)),
                ])
            case .subgraph(var subgraph):
                subgraph.statements = subgraph.statements.map(pin)
                if let box = result.areas[subgraph.name] {
                    subgraph.attributes.append(("bb", .text([box.minX, box.minY, box.maxX, box.maxY].map(DOTValue.format).joined(separator: ","))))
                    if let label = geometry.clusterLabels[subgraph.name] {
                        // Empty, not removed: a cluster without one would show the graph's (title and legend).
                        subgraph.attributes.removeAll { $0.name == "label" }
                        subgraph.attributes.append(("label", .text("")))
                        let center = Point(x: box.center.x, y: box.maxY - CompactPlacement.padding / 2 - label.height / 2)
                        subgraph.statements.append(title(subgraph.name, "title:" + subgraph.name, [
                            ("pos", .text(DOTValue.format(center.x) + "," + DOTValue.format(center.y) + "!")), ("pin", .bool(true)),
                            // As large as the title (a node is at least 0.5 inch high: it would overlap the first row).
                            ("fixedsize", .bool(true)), ("width", .number(label.width / 72)), ("height", .number(label.height / 72)),
                        ]))
                    }
                }
                return .subgraph(subgraph)
            default:
                return statement
            }
        }
        // Every top-level edge keyed by its statement's index, for ``CaptionKey``.
        let statements = graph.statements.enumerated().map { index, statement -> DOTStatement in
            guard case .edge(let from, let to, let attributes) = statement else { return pin(statement) }
            return .edge(from: from, to: to, attributes.filter { $0.name != "comment" }
                         + [("comment", .text(CaptionKey.commentPrefix + String(index)))])
        }
        var attributes = graph.attributes.filter { !["layout", "rankdir", "nodesep", "ranksep", "splines", "pad"].contains($0.name) }
        attributes.insert(("layout", .text(GraphvizContext.givenLayout)), at: attributes.firstIndex { $0.name == "newrank" } ?? 0)
        // Lines routed around the boxes; positions in points, kept as given.
        // A narrower margin than dot's diagrams (0.3 inch): the canvas is printed on the sheet, margins and all.
        attributes += [("inputscale", .number(72)), ("notranslate", .bool(true)), ("overlap", .text("true")),
                       ("splines", .text("true")), ("pad", .number(0.15))]
        return DOTGraph(name: graph.name, attributes: attributes, statements: statements)
    }
}
