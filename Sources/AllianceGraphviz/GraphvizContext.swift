import AllianceGraph
import CGraphviz
import Foundation

/// The one Graphviz context of the process, behind a lock.
///
/// Graphviz keeps global state and is not thread-safe, not even with one context per thread.
/// Every call into Graphviz therefore goes through ``shared``, which serialises them, so callers
/// may render from any number of tasks at once. For parallel speed use worker processes
/// (see ``RenderWorkerPool``).
///
/// Graphviz's own messages never reach stderr: they are captured and returned in a
/// ``GraphvizError``. A graph whose layout reports an error is never freed, because freeing a
/// failed layout aborts the process in Graphviz 2.42. After a failed layout **or a failed parse**
/// the context refuses all further work in the process (``isUnavailable``; every later call
/// throws ``GraphvizError/Stage/unavailable``), because Graphviz's global state is then
/// unreliable: measured on Debian's Graphviz 2.42, a render after a parse error crashed the
/// process (SIGSEGV). Render in a fresh process after that; ``RenderWorkerPool`` replaces its
/// worker by itself. The library sets `newrank=true` on every graph, which avoids the one failure
/// known to occur with alliance diagrams ("trouble in init_rank").
///
/// DOT text with a quoted or HTML string longer than ``DOTEscaping/maximumTextLength`` bytes,
/// which Graphviz's parser cannot read, is refused before it reaches Graphviz
/// (``GraphvizError/Stage/oversizedText``); that refusal does not make the context unavailable.
public final class GraphvizContext: @unchecked Sendable {
    /// The process-wide context.
    public static let shared = GraphvizContext()

    // Guarded by `lock`: the context and every Graphviz call.
    private let lock = NSLock()
    private let gvc: OpaquePointer
    private var taint: (stage: GraphvizError.Stage, message: String)?

    /// Whether a parse or a layout has failed in this process, after which the context refuses
    /// further work (throwing ``GraphvizError/Stage/unavailable``). Worker processes check this and exit.
    public var isUnavailable: Bool {
        lock.lock()
        defer { lock.unlock() }
        return taint != nil
    }

    /// The error every call throws once the context is unavailable (``isUnavailable``), naming
    /// the earlier failure; `nil` while Graphviz is usable.
    public var unavailability: GraphvizError? {
        lock.lock()
        defer { lock.unlock() }
        return taint.map(Self.unavailable)
    }

    private static func unavailable(after failure: (stage: GraphvizError.Stage, message: String)) -> GraphvizError {
        GraphvizError(stage: .unavailable, messages: [failure.message], reason: Message(RenderMessage.graphvizUnavailable, [
            "stage": .message(Message(failure.stage.word)), "details": .text(failure.message),
        ]))
    }

    private init() {
        guard let context = gvContext() else { fatalError("Graphviz: gvContext() returned NULL") }
        gvc = context
        // Route every message (warnings too) to our handler instead of stderr.
        _ = agseterr(AGWARN)
        _ = agseterrf(graphvizMessageHandler)
    }

    /// Lays out DOT text with `engine` and renders it in `format`.
    ///
    /// - Parameters:
    ///   - dot: DOT source text.
    ///   - format: the output format; ``RenderFormat/dot`` returns the text unchanged.
    ///   - engine: the layout engine; `nil` uses the graph's `layout` attribute, else `dot`.
    ///   - forceNewrank: sets `newrank=true` on the graph before layout. Graphviz's `dot` layout
    ///     fails on clustered graphs with many cross-cluster edges without it ("trouble in init_rank").
    /// - Returns: the rendered bytes. A PNG too large for Graphviz's bitmaps is scaled down to fit
    ///   (``rendering(dot:format:engine:forceNewrank:page:)`` says by how much). SVG is made readable in
    ///   browsers and screen readers (bold as a weight with a font fallback list, tooltips as the
    ///   `<title>` of nodes, edges and clusters, a `<desc>` from the graph's `comment` of the form
    ///   `title␟description`).
    /// - Throws: ``GraphvizError`` with Graphviz's messages when parsing, layout or rendering fails;
    ///   ``GraphvizError/Stage/unavailable`` after an earlier failed parse or layout in this
    ///   process; ``GraphvizError/Stage/oversizedText`` for a text Graphviz cannot read.
    public func render(dot: String, format: RenderFormat, engine: LayoutEngine? = nil,
                       forceNewrank: Bool = true) throws(GraphvizError) -> Data {
        try rendering(dot: dot, format: format, engine: engine, forceNewrank: forceNewrank).data
    }

    /// Lays out and renders like ``render(dot:format:engine:forceNewrank:)``, and says whether a
    /// PNG had to be scaled down.
    ///
    /// Graphviz's bitmaps are at most ``BitmapScaling/maximumPixels`` pixels wide and high. A PNG
    /// that would be larger is rendered at a lower resolution, so that its longer side is
    /// ``BitmapScaling/targetPixels`` pixels (Graphviz would scale it itself, but printing a
    /// stray line to standard error); ``Rendering/bitmapScaling`` then gives the size it would
    /// have had and the factor. SVG and PDF have no such limit.
    ///
    /// - Throws: as ``render(dot:format:engine:forceNewrank:)``.
    ///
    /// With `page`, the drawing is scaled to fit the sheet inside ``PageFit/marginMillimetres`` on
    /// every side (enlarged at most ``PageFit/maximumZoom`` times) and centred on it: a PDF's page
    /// and an SVG's canvas are then the sheet, a PNG is the sheet at ``PageFit/pngDPI`` dpi.
    ///
    /// - Throws: as ``render(dot:format:engine:forceNewrank:)``.
    public func rendering(dot: String, format: RenderFormat, engine: LayoutEngine? = nil,
                          forceNewrank: Bool = true, page: PaperSize? = nil) throws(GraphvizError) -> Rendering {
        guard let renderer = format.graphvizName else { return Rendering(data: Data(dot.utf8), bitmapScaling: nil) }
        let rendering = try withGraph(dot: dot, engine: engine, forceNewrank: forceNewrank) { graph throws(GraphvizError) in
            var scaling: BitmapScaling? = nil
            if let page {
                Self.fit(graph, on: page, format: format)
            } else if format == .png {
                scaling = Self.fitBitmap(graph)
            }
            var buffer: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, renderer, &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard status == 0, agerrors() == 0, let buffer else {
                throw GraphvizError(stage: .render, messages: ErrorSink.shared.take())
            }
            return Rendering(data: Data(bytes: buffer, count: Int(length)), bitmapScaling: scaling)
        }
        guard format == .svg else { return rendering }
        return Rendering(data: SVGReadability.apply(rendering.data), bitmapScaling: nil)
    }

    /// Lowers the resolution of laid-out `graph` so that its PNG fits Graphviz's bitmap limit;
    /// returns what it did, or `nil` when the PNG fits as it is.
    private static func fitBitmap(_ graph: UnsafeMutablePointer<Agraph_t>) -> BitmapScaling? {
        // As Graphviz computes the image size (emit.c): the bounding box plus the padding on each
        // side, shrunk to the `size` attribute when it is smaller, at `dpi` (96 for PNG by default).
        let pad = padding(graph)
        var width = cgraphviz_graph_width(graph) + 2 * pad.x, height = cgraphviz_graph_height(graph) + 2 * pad.y
        let sizeX = cgraphviz_graph_size_x(graph), sizeY = cgraphviz_graph_size_y(graph)
        if sizeX > 0.001, sizeY > 0.001, sizeX < width || sizeY < height {
            let zoom = min(sizeX / width, sizeY / height)
            width *= zoom
            height *= zoom
        }
        let dpi = cgraphviz_graph_dpi(graph) > 0 ? cgraphviz_graph_dpi(graph) : BitmapScaling.defaultDPI
        let pixels = (width: (width * dpi / 72).rounded(), height: (height * dpi / 72).rounded())
        let longer = max(pixels.width, pixels.height)
        guard longer > Double(BitmapScaling.targetPixels) else { return nil }
        let factor = Double(BitmapScaling.targetPixels) / longer
        cgraphviz_set_graph_dpi(graph, dpi * factor)
        return BitmapScaling(width: Int(pixels.width), height: Int(pixels.height), factor: factor)
    }

    /// Scales and pads laid-out `graph` so that it is drawn centred on `page` (see ``PageFit``).
    private static func fit(_ graph: UnsafeMutablePointer<Agraph_t>, on page: PaperSize, format: RenderFormat) {
        let fit = PageFit(drawing: (cgraphviz_graph_width(graph), cgraphviz_graph_height(graph)), page: page)
        // Graphviz draws bounding box plus padding, scaled to `size`: with these pads, both sides
        // of the padded drawing at the zoom are the sheet's, so `size` = the sheet gives the zoom.
        let pad = String(format: "%.4f,%.4f", fit.padding.x / PaperSize.pointsPerInch, fit.padding.y / PaperSize.pointsPerInch)
        _ = agsafeset(UnsafeMutableRawPointer(graph), cString("pad"), cString(pad), cString(""))
        // The PDF device adds its own unscaled margin (36 pt a side) around the drawing: none here.
        _ = agsafeset(UnsafeMutableRawPointer(graph), cString("margin"), cString("0"), cString(""))
        cgraphviz_set_graph_size(graph, page.points.width, page.points.height, fit.zoom > 1 ? 1 : 0)
        if format == .png { cgraphviz_set_graph_dpi(graph, PageFit.pngDPI) }
    }

    /// The graph's `pad` attribute in points (Graphviz's default 4 points when unset or unreadable).
    private static func padding(_ graph: UnsafeMutablePointer<Agraph_t>) -> (x: Double, y: Double) {
        guard let value = agget(UnsafeMutableRawPointer(graph), cString("pad")) else { return (4, 4) }
        let parts = String(cString: value).split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let x = parts.first, x >= 0 else { return (4, 4) }
        let y = parts.count > 1 && parts[1] >= 0 ? parts[1] : x
        return (x * 72, y * 72)
    }

    /// Lays out DOT text and returns the centre of every node, in points, keyed by node name.
    ///
    /// - Throws: ``GraphvizError`` when parsing or layout fails, or as ``render(dot:format:engine:forceNewrank:)``.
    public func nodePositions(dot: String, engine: LayoutEngine? = nil,
                              forceNewrank: Bool = true) throws(GraphvizError) -> [String: Point] {
        try layout(dot: dot, engine: engine, forceNewrank: forceNewrank).nodes.mapValues(\.center)
    }

    /// Lays out DOT text and returns the box of every node and of every top-level cluster
    /// (`cluster_…` subgraph), in points, keyed by name.
    ///
    /// - Throws: ``GraphvizError`` when parsing or layout fails, or as ``render(dot:format:engine:forceNewrank:)``.
    public func layout(dot: String, engine: LayoutEngine? = nil,
                       forceNewrank: Bool = true) throws(GraphvizError) -> LayoutGeometry {
        try withGraph(dot: dot, engine: engine, forceNewrank: forceNewrank) { graph in
            var result = LayoutGeometry()
            if cgraphviz_has_label(graph) != 0 {
                result.label = Self.labelBox(graph)
            }
            var node = agfstnode(graph)
            while let current = node {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                result.nodes[name] = Self.nodeBox(current)
                node = agnxtnode(graph, current)
            }
            var subgraph = agfstsubg(graph)
            while let current = subgraph {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                if name.hasPrefix("cluster") {
                    result.clusters[name] = Self.boundingBox(current)
                    if cgraphviz_has_label(current) != 0 {
                        result.clusterLabels[name] = Self.labelBox(current)
                    }
                }
                subgraph = agnxtsubg(current)
            }
            node = agfstnode(graph)
            while let current = node {
                var edge = agfstout(graph, current)
                while let line = edge {
                    result.edges.append(Self.laidOut(line))
                    edge = agnxtout(graph, line)
                }
                node = agnxtnode(graph, current)
            }
            return result
        }
    }

    /// Places the texts of laid-out `graph` where lines do not run through them and they overlap
    /// nothing, before rendering: first (with `titles`, after a `dot` layout) the title of each
    /// top-level cluster that is centred (not justified left or right by `labeljust`), left,
    /// centred or right along its top edge where the fewest lines cross it (``ClusterTitles``);
    /// then every edge's caption (`label`, `xlabel`) beside its own line, clear of the lines,
    /// the nodes, the titles, the graph's own label and the captions placed before it
    /// (``CaptionPlacement``), after any engine.
    ///
    /// - Complexity: O(line points × (titles + captions × candidates)) plus the captions' overlap tests.
    private static func placeTexts(_ graph: UnsafeMutablePointer<Agraph_t>, titles: Bool) {
        var edges: [UnsafeMutablePointer<Agedge_t>] = []
        var lines: [[Point]] = []
        var obstacles: [Box] = []
        var node = agfstnode(graph)
        while let current = node {
            // A node without text (a policy-area region drawn as a node, in pinned graphs) is background.
            let label = agget(UnsafeMutableRawPointer(current), cString("label")).map { String(cString: $0) }
            if label != "" {
                obstacles.append(nodeBox(current))
            }
            var edge = agfstout(graph, current)
            while let line = edge {
                edges.append(line)
                lines.append(laidOut(line).polyline())
                edge = agnxtout(graph, line)
            }
            node = agnxtnode(graph, current)
        }
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
            if name.hasPrefix("cluster"), cgraphviz_has_label(current) != 0 {
                let just = agget(UnsafeMutableRawPointer(current), cString("labeljust")).map { String(cString: $0) } ?? ""
                var label = labelBox(current)
                if titles, !just.hasPrefix("l"), !just.hasPrefix("r") {
                    let cluster = boundingBox(current)
                    if let best = ClusterTitles.best(cluster: cluster, label: label, lines: lines) {
                        cgraphviz_set_label_x(current, best.center.x)
                        label = best
                    }
                }
                obstacles.append(label)
            }
            subgraph = agnxtsubg(current)
        }
        var captions: [CaptionPlacement.Caption] = []
        var owners: [(edge: UnsafeMutablePointer<Agedge_t>, which: Int32)] = []
        for (index, edge) in edges.enumerated() {
            for which: Int32 in [0, 1] where cgraphviz_has_edge_caption(edge, which) != 0 {
                captions.append(CaptionPlacement.Caption(
                    box: captionBox(edge, which),
                    line: index))
                owners.append((edge, which))
            }
        }
        guard !captions.isEmpty else { return }
        if cgraphviz_has_label(graph) != 0 {
            obstacles.append(labelBox(graph))
        }
        let bounds = boundingBox(graph)
        let placed = CaptionPlacement.place(captions, lines: lines, obstacles: obstacles, bounds: bounds)
        for (index, box) in placed.boxes.enumerated() where box != captions[index].box {
            cgraphviz_set_edge_caption(owners[index].edge, owners[index].which, box.center.x, box.center.y)
        }
    }

    /// The box of the label of laid-out graph or cluster `graph` (which has one: `cgraphviz_has_label`).
    private static func labelBox(_ graph: UnsafeMutablePointer<Agraph_t>) -> Box {
        Box(center: Point(x: cgraphviz_label_x(graph), y: cgraphviz_label_y(graph)),
            width: cgraphviz_label_width(graph), height: cgraphviz_label_height(graph))
    }

    /// The bounding box (`bb`) of laid-out graph or cluster `graph`.
    private static func boundingBox(_ graph: UnsafeMutablePointer<Agraph_t>) -> Box {
        Box(minX: cgraphviz_bb_min_x(graph), minY: cgraphviz_bb_min_y(graph), maxX: cgraphviz_bb_max_x(graph), maxY: cgraphviz_bb_max_y(graph))
    }

    /// The box of laid-out node `node`.
    private static func nodeBox(_ node: UnsafeMutablePointer<Agnode_t>) -> Box {
        Box(center: Point(x: cgraphviz_node_x(node), y: cgraphviz_node_y(node)),
            width: cgraphviz_node_width(node), height: cgraphviz_node_height(node))
    }

    /// The box of caption `which` (0: `label`, 1: `xlabel`) of laid-out edge `edge` (which has it:
    /// `cgraphviz_has_edge_caption`).
    private static func captionBox(_ edge: UnsafeMutablePointer<Agedge_t>, _ which: Int32) -> Box {
        Box(center: Point(x: cgraphviz_edge_caption_x(edge, which), y: cgraphviz_edge_caption_y(edge, which)),
            width: cgraphviz_edge_caption_width(edge, which), height: cgraphviz_edge_caption_height(edge, which))
    }

    /// The lines of laid-out edge `edge`, with its ends' names and its `comment`.
    private static func laidOut(_ edge: UnsafeMutablePointer<Agedge_t>) -> LaidOutEdge {
        let tail = String(cString: agnameof(UnsafeMutableRawPointer(cgraphviz_edge_tail(edge))))
        let head = String(cString: agnameof(UnsafeMutableRawPointer(cgraphviz_edge_head(edge))))
        let comment = agget(UnsafeMutableRawPointer(edge), cString("comment")).map { String(cString: $0) } ?? ""
        var pieces: [LaidOutEdge.Piece] = []
        for piece in 0..<cgraphviz_edge_piece_count(edge) {
            let points = (0..<cgraphviz_edge_point_count(edge, piece)).map { index in
                Point(x: cgraphviz_edge_point_x(edge, piece, index), y: cgraphviz_edge_point_y(edge, piece, index))
            }
            let start = cgraphviz_edge_start_flag(edge, piece) != 0
                ? Point(x: cgraphviz_edge_start_x(edge, piece), y: cgraphviz_edge_start_y(edge, piece)) : nil
            let end = cgraphviz_edge_end_flag(edge, piece) != 0
                ? Point(x: cgraphviz_edge_end_x(edge, piece), y: cgraphviz_edge_end_y(edge, piece)) : nil
            pieces.append(LaidOutEdge.Piece(points: points, start: start, end: end))
        }
        let caption = cgraphviz_has_edge_caption(edge, 0) != 0
            ? captionBox(edge, 0) : nil
        return LaidOutEdge(tail: tail, head: head, comment: comment, pieces: pieces, caption: caption)
    }

    /// The layout of a graph whose nodes and lines are all placed already (`layout="nop2"`:
    /// neato's no-op, which keeps every node's `pos` and every edge's `pos` and routes only the
    /// edges without one). A graph asking for it is laid out so whatever engine is asked: the
    /// years side by side, whose panels draw the lines of their shared layout.
    public static let givenLayout = "nop2"

    /// Parses and lays out `dot` under the lock, runs `body` on the laid-out graph, and frees
    /// everything in the right order: render data (inside `body`), layout, graph.
    private func withGraph<T>(dot: String, engine: LayoutEngine?, forceNewrank: Bool,
                              _ body: (UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        // Graphviz's parser fails on longer tokens, and a failed parse taints the process: refuse first.
        if let oversized = DOTEscaping.oversizedText(in: dot) {
            throw .oversized(oversized, place: Message(RenderMessage.placeDOTLine, ["line": .int(oversized.line)]))
        }
        lock.lock()
        defer { lock.unlock() }
        _ = ErrorSink.shared.take()
        _ = agreseterrors()

        if let failure = taint { throw Self.unavailable(after: failure) }
        let parsed: UnsafeMutablePointer<Agraph_t>? = dot.utf8CString.withUnsafeBufferPointer { buffer in
            cgraphviz_read(buffer.baseAddress, buffer.count - 1)
        }
        // A parse error leaves Graphviz's global state unreliable as a failed layout does
        // (measured: the next render in the process crashed with SIGSEGV), so it taints too.
        guard let graph = parsed else {
            let messages = ErrorSink.shared.take()
            taint = (.parse, messages.first ?? "syntax error")
            throw GraphvizError(stage: .parse, messages: messages)
        }
        // A graph whose layout failed is deliberately leaked: Graphviz 2.42 leaves it with
        // dangling layout data, and gvFreeLayout on it aborts the process ("double free").
        var layoutFailed = false
        defer { if !layoutFailed { agclose(graph) } }
        if agerrors() > 0 {
            let messages = ErrorSink.shared.take()
            taint = (.parse, messages.first ?? "syntax error")
            throw GraphvizError(stage: .parse, messages: messages)
        }
        if forceNewrank {
            _ = agsafeset(UnsafeMutableRawPointer(graph), cString("newrank"), cString("true"), cString(""))
        }
        let asked = graphAttribute(graph, "layout")
        let layoutName = asked == Self.givenLayout ? Self.givenLayout : engine?.rawValue ?? asked ?? LayoutEngine.dot.rawValue
        let status = gvLayout(gvc, graph, layoutName)
        if status != 0 {
            // The engine did not run (e.g. an unknown engine name): nothing to free but the graph.
            throw GraphvizError(stage: .layout, messages: ErrorSink.shared.take())
        }
        if agerrors() > 0 {
            // The layout ran and failed. Measured on Debian's Graphviz 2.42: the next layout of a
            // similar graph may then report no error but produce broken data whose gvFreeLayout
            // aborts the process. So the process stops using Graphviz from here on.
            layoutFailed = true
            let messages = ErrorSink.shared.take()
            taint = (.layout, messages.first ?? "layout error")
            throw GraphvizError(stage: .layout, messages: messages)
        }
        defer { _ = gvFreeLayout(gvc, graph) }
        Self.placeTexts(graph, titles: layoutName == LayoutEngine.dot.rawValue)
        return try body(graph)
    }

    private func graphAttribute(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String? {
        guard let value = agget(UnsafeMutableRawPointer(graph), cString(name)) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}

/// How a drawing is placed on a sheet of paper: scaled to fit inside the margins, centred.
public struct PageFit: Sendable, Hashable {
    /// The margin on every side of the sheet, in millimetres.
    public static let marginMillimetres = 10.0
    /// The most a small drawing is enlarged to fill the sheet (its text would grow out of proportion).
    public static let maximumZoom = 2.0
    /// The resolution of a PNG of a sheet: print quality.
    public static let pngDPI = 300.0

    /// The factor the drawing is scaled by.
    public var zoom: Double
    /// The padding on the left and right (`x`) and on top and bottom (`y`), in points of the
    /// unscaled drawing, which makes the padded drawing at ``zoom`` as large as the sheet.
    public var padding: (x: Double, y: Double)

    /// The fit of a drawing `drawing` points wide and high on `page`.
    public init(drawing: (width: Double, height: Double), page: PaperSize) {
        let sheet = page.points, area = page.printableArea(marginMillimetres: Self.marginMillimetres)
        let width = max(drawing.width, 1), height = max(drawing.height, 1)
        zoom = min(area.width / width, area.height / height, Self.maximumZoom)
        padding = ((sheet.width / zoom - width) / 2, (sheet.height / zoom - height) / 2)
    }

    public static func == (lhs: PageFit, rhs: PageFit) -> Bool {
        lhs.zoom == rhs.zoom && lhs.padding.x == rhs.padding.x && lhs.padding.y == rhs.padding.y
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(zoom)
        hasher.combine(padding.x)
        hasher.combine(padding.y)
    }
}

/// What ``GraphvizContext/rendering(dot:format:engine:forceNewrank:page:)`` produced.
public struct Rendering: Sendable, Hashable {
    /// The rendered bytes.
    public var data: Data
    /// How a PNG was scaled down to fit Graphviz's bitmap limit; `nil` when it was not.
    public var bitmapScaling: BitmapScaling?
}

/// A PNG rendered smaller than its layout asked for, because Graphviz's bitmaps are at most
/// ``maximumPixels`` pixels wide and high.
public struct BitmapScaling: Sendable, Hashable {
    /// Graphviz's limit on either side of a bitmap (cairo's), in pixels.
    public static let maximumPixels = 32_767
    /// The longer side of a PNG that was scaled down, in pixels: a margin below ``maximumPixels``.
    public static let targetPixels = 32_000
    /// The resolution Graphviz renders PNG at unless the graph sets `dpi`.
    static let defaultDPI = 96.0

    /// The width the PNG would have had, in pixels.
    public var width: Int
    /// The height the PNG would have had, in pixels.
    public var height: Int
    /// The factor it was scaled by (below 1).
    public var factor: Double
}

/// Where a layout put the nodes and clusters of a graph (``GraphvizContext/layout(dot:engine:forceNewrank:)``).
public struct LayoutGeometry: Hashable, Sendable, Codable {
    /// The box of every node, by node name.
    public var nodes: [String: Box] = [:]
    /// The box of every top-level cluster (its frame and title), by subgraph name (`cluster_…`).
    public var clusters: [String: Box] = [:]
    /// The box of every top-level cluster's title, by subgraph name (clusters with a title only).
    public var clusterLabels: [String: Box] = [:]
    /// Every edge with its lines and caption, in the graph's order (by tail node, then out-edge).
    public var edges: [LaidOutEdge] = []
    /// The box of the graph's own label (title and legend), or `nil` when it has none.
    public var label: Box?

    /// Creates an empty geometry.
    public init() {}
}

/// An edge as laid out: the Bézier pieces Graphviz drew it with (usually one).
public struct LaidOutEdge: Hashable, Sendable, Codable {
    /// One piece: cubic Bézier control points (3n+1), and where an arrowhead at its start or end tips.
    public struct Piece: Hashable, Sendable, Codable {
        /// The control points, in points.
        public var points: [Point]
        /// The tip of an arrowhead at the start, or `nil`.
        public var start: Point?
        /// The tip of an arrowhead at the end, or `nil`.
        public var end: Point?

        /// Creates a piece.
        public init(points: [Point], start: Point? = nil, end: Point? = nil) {
            self.points = points
            self.start = start
            self.end = end
        }
    }

    /// The tail node's name.
    public var tail: String
    /// The head node's name.
    public var head: String
    /// The edge's `comment` attribute (empty when it has none): a key the DOT text gave it.
    public var comment: String
    /// The pieces.
    public var pieces: [Piece]
    /// The box of its caption (`label`) as placed after layout (``CaptionPlacement``), or `nil`.
    public var caption: Box?

    /// Creates an edge.
    public init(tail: String, head: String, comment: String, pieces: [Piece], caption: Box? = nil) {
        self.tail = tail
        self.head = head
        self.comment = comment
        self.pieces = pieces
        self.caption = caption
    }

    /// The lines as a polyline: every cubic piece sampled at `samples` points.
    ///
    /// - Complexity: O(control points × `samples`).
    public func polyline(samples: Int = 16) -> [Point] {
        var result: [Point] = []
        for piece in pieces {
            guard let first = piece.points.first else { continue }
            result.append(first)
            var index = 1
            while index + 2 < piece.points.count {
                let (p0, p1, p2, p3) = (piece.points[index - 1], piece.points[index], piece.points[index + 1], piece.points[index + 2])
                for step in 1...samples {
                    let t = Double(step) / Double(samples), u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    result.append(Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
                }
                index += 3
            }
        }
        return result
    }

    /// The lines as a DOT `pos` value, moved by (`dx`, `dy`): `s,x,y e,x,y x,y x,y …` per piece,
    /// pieces separated by `;` (as Graphviz writes it, and `nop2` reads it back).
    public func dotPosition(dx: Double = 0, dy: Double = 0) -> String {
        func text(_ point: Point) -> String { DOTValue.format(point.x + dx) + "," + DOTValue.format(point.y + dy) }
        return pieces.map { piece in
            var parts: [String] = []
            if let end = piece.end { parts.append("e," + text(end)) }
            if let start = piece.start { parts.append("s," + text(start)) }
            parts += piece.points.map(text)
            return parts.joined(separator: " ")
        }.joined(separator: ";")
    }
}

/// A rectangle in Graphviz coordinates (points, y growing upwards).
public struct Box: Hashable, Sendable, Codable {
    /// The left edge.
    public var minX: Double
    /// The bottom edge.
    public var minY: Double
    /// The right edge.
    public var maxX: Double
    /// The top edge.
    public var maxY: Double

    /// Creates a box from its edges.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// Creates a box `width` × `height` around `center`.
    public init(center: Point, width: Double, height: Double) {
        self.init(minX: center.x - width / 2, minY: center.y - height / 2, maxX: center.x + width / 2, maxY: center.y + height / 2)
    }

    /// The horizontal extent.
    public var width: Double { maxX - minX }
    /// The vertical extent.
    public var height: Double { maxY - minY }
    /// The centre.
    public var center: Point { Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    /// The smallest box holding this one and `other`.
    public func union(_ other: Box) -> Box {
        Box(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }
}

/// A point in Graphviz coordinates (points, y growing upwards).
public struct Point: Hashable, Sendable, Codable {
    /// Horizontal coordinate.
    public var x: Double
    /// Vertical coordinate.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Graphviz wants `char *` for attribute names and values it does not modify. They are
/// interned for the life of the process: the few names and values used are fixed.
private func cString(_ string: String) -> UnsafeMutablePointer<CChar> {
    AttributeNames.shared.pointer(for: string)
}

private final class AttributeNames: @unchecked Sendable {
    static let shared = AttributeNames()
    private let lock = NSLock()
    private var names: [String: UnsafeMutablePointer<CChar>] = [:]

    func pointer(for name: String) -> UnsafeMutablePointer<CChar> {
        lock.lock()
        defer { lock.unlock() }
        if let existing = names[name] { return existing }
        let copy = strdup(name)!
        names[name] = copy
        return copy
    }
}

/// Collects Graphviz's messages. Graphviz calls the handler in pieces ("Error", ": ",
/// "text\n"); the sink joins them and splits complete lines into messages.
final class ErrorSink: @unchecked Sendable {
    static let shared = ErrorSink()
    private let lock = NSLock()
    private var buffer = ""

    func append(_ piece: String) {
        lock.lock()
        buffer += piece
        lock.unlock()
    }

    /// Returns the collected messages and empties the sink.
    func take() -> [String] {
        lock.lock()
        let text = buffer
        buffer = ""
        lock.unlock()
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        // Some messages come with many lines of internal detail (init_rank lists ranks);
        // keep the "Error: …" and "Warning: …" lines when there are any, and at most ten.
        let headed = lines.filter { $0.hasPrefix("Error") || $0.hasPrefix("Warning") }
        return Array((headed.isEmpty ? lines : headed).prefix(10))
    }
}

/// The C callback Graphviz calls with each piece of a message. It cannot capture context,
/// so it writes into the lock-guarded ``ErrorSink``.
private let graphvizMessageHandler: agusererrf = { message in
    if let message { ErrorSink.shared.append(String(cString: message)) }
    return 0
}
