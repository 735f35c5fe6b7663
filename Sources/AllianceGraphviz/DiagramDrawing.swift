import AllianceGraph

/// A diagram's DOT text worked out step by step, with the Graphviz layouts it needs on the way
/// done by the caller: in worker processes, and for many diagrams at once.
///
/// Some views need layouts before their DOT text exists. Each step names the graphs to lay out
/// next (``pending``, all with ``engine``); ``advance(with:)`` takes their layouts in the same
/// order and moves to the next step, until ``text`` is set:
/// - a year or a difference drawn with `dot` in the compact layout (``CompactLayout``): first the
///   plain view and the view with larger captions, then the pinned drawing at each of
///   ``CompactLayout/spreads`` until one is accepted (``CompactLayout/accepts(_:limit:spread:)``);
/// - all years side by side: the shared layout (``YearsSideBySideView/sharedLayoutGraphs()``),
///   then the panels with their lines curved, to route the lines that run through a text (not for
///   a simplified large alliance);
/// - any other diagram: none (``text`` is set at once).
///
/// ``Diagram/dotText(layouts:)`` drives one drawing; ``finish(_:layouts:)`` drives many in
/// lockstep, with one call for each step's layouts of all of them, which ``RenderBatch`` spreads
/// over its worker processes (``RenderWorkerPool/layouts(of:language:)``): a worker takes one job
/// list and exits, so one call per diagram would pay a process start each time.
///
/// ```swift
/// var drawing = try DiagramDrawing(diagram)
/// while drawing.text == nil {
///     try drawing.advance(with: try pool.layouts(of: drawing.pending, engine: drawing.engine))
/// }
/// ```
public struct DiagramDrawing: Sendable {
    /// The diagram drawn.
    public let diagram: Diagram
    /// The graphs to lay out for the next step, all with ``engine``; empty when finished.
    public private(set) var pending: [DOTGraph] = []
    /// The engine to lay out ``pending`` with.
    public private(set) var engine: LayoutEngine = .dot
    /// The diagram's DOT text, once every step is done (as ``Diagram/dotText(context:)`` gives it).
    public private(set) var text: String?

    /// What the layouts of ``pending`` are for.
    private enum Step: Sendable {
        /// `dot`'s layouts of the plain view and of the one with larger captions (``CompactLayout``).
        case compact(plain: DOTGraph, larger: DOTGraph)
        /// The layout of `pinned`, the compact drawing at ``CompactLayout/spreads``[`spread`] made
        /// from `geometry` (the larger view's layout); `limit` is the plain view's crossings.
        case spread(Int, plain: DOTGraph, larger: DOTGraph, geometry: LayoutGeometry, limit: Int, pinned: DOTGraph)
        /// The shared layout of all years (``YearsSideBySideView/sharedLayoutGraphs()``).
        case shared
        /// The panels with their lines curved, whose `routable` lines are then routed.
        case panels(DOTGraph, routable: [String: YearsSideBySideView.Route])
        case finished
    }

    private var step: Step = .finished

    /// Starts drawing `diagram`; finished at once (``text`` set) when it needs no layout first.
    ///
    /// - Throws: ``GraphvizError/Stage/oversizedText`` when the DOT text of a diagram finished at
    ///   once holds a text longer than Graphviz reads, naming the diagram.
    public init(_ diagram: Diagram) throws(GraphvizError) {
        self.diagram = diagram
        let options = diagram.options, alliance = diagram.alliance
        switch diagram.kind {
        case .year(let year):
            var view = YearView(alliance: alliance, year: year, options: options)
            let plain = view.graph()
            view.relationFontSize = CompactLayout.relationFontSize
            try begin(plain) { view.graph() }
        case .allYears:
            ask(YearsSideBySideView(alliance: alliance, options: options).sharedLayoutGraphs(), options.engine, then: .shared)
        case .difference(let from, let to):
            var view = DifferenceView(alliance: alliance, from: from, to: to, options: options)
            let plain = view.graph()
            view.relationFontSize = CompactLayout.relationFontSize
            try begin(plain) { view.graph() }
        }
    }

    /// Asks for the compact layout's first layouts, of `plain` and `larger()` (the view with its
    /// captions at ``CompactLayout/relationFontSize``), when it applies (``CompactLayout/applies(to:of:)``);
    /// else finishes with `plain`.
    private mutating func begin(_ plain: DOTGraph, larger: () -> DOTGraph) throws(GraphvizError) {
        guard CompactLayout.applies(to: diagram.options, of: diagram.alliance) else { return try finish(plain) }
        let larger = larger()
        ask([plain, larger], .dot, then: .compact(plain: plain, larger: larger))
    }

    /// Goes on with `layouts`, the layouts of ``pending`` in order (fewer than asked for: the
    /// compact layout is given up and the plain view drawn).
    ///
    /// - Complexity: one compact placement (``CompactPlacement/place()``) or acceptance check, or
    ///   the routing of the poster's lines; no Graphviz work.
    /// - Throws: ``GraphvizError``: a text longer than Graphviz reads in the finished DOT text;
    ///   for the poster a missing layout of its panels.
    public mutating func advance(with layouts: [LayoutGeometry]) throws(GraphvizError) {
        switch step {
        case .compact(let plain, let larger):
            guard layouts.count == 2 else { return try finish(plain) }
            try trySpread(0, plain: plain, larger: larger, geometry: layouts[1], limit: CompactLayout.crossings(layouts[0]))
        case .spread(let spread, let plain, let larger, let geometry, let limit, let pinned):
            guard let routed = layouts.first else { return try finish(plain) }
            if CompactLayout.accepts(routed, limit: limit, spread: CompactLayout.spreads[spread]) { return try finish(pinned) }
            try trySpread(spread + 1, plain: plain, larger: larger, geometry: geometry, limit: limit)
        case .shared:
            let view = YearsSideBySideView(alliance: diagram.alliance, options: diagram.options)
            let (graph, routable) = view.panels(sharedLayouts: layouts)
            if routable.isEmpty {
                var straight = graph
                straight.statements = YearsSideBySideView.routed(graph, routable, curved: LayoutGeometry())
                return try finish(straight)
            }
            ask([graph], YearsSideBySideView.curvedEngine, then: .panels(graph, routable: routable))
        case .panels(var graph, let routable):
            guard let curved = layouts.first else {
                throw GraphvizError(stage: .layout, messages: [], reason: Message(RenderMessage.notRendered))
            }
            graph.statements = YearsSideBySideView.routed(graph, routable, curved: curved)
            try finish(graph)
        case .finished:
            break
        }
    }

    /// `error` of a layout this drawing asked for, as the diagram's: a text too long for Graphviz
    /// is placed in the diagram (alliance and base name) instead of a line of an internal DOT text.
    public func located(_ error: GraphvizError) -> GraphvizError {
        guard error.stage == .oversizedText else { return error }
        var located = error
        located.reason?.arguments["place"] = .message(diagram.place)
        return located
    }

    /// Finishes every drawing of `drawings` in lockstep: each round gives `layouts` the pending
    /// graphs of all unfinished drawings, each with its engine, and advances every drawing with
    /// its own layouts (on all cores). A drawing whose layout fails is that drawing's failure
    /// only (``located(_:)``); the others go on. Returns one DOT text or failure per drawing, in order.
    ///
    /// - Complexity: one call of `layouts` per step (at most 1 + ``CompactLayout/spreads``.count
    ///   rounds), each with the graphs of all drawings still at that step.
    public static func finish(_ drawings: [DiagramDrawing],
                              layouts: ([(graph: DOTGraph, engine: LayoutEngine)]) -> [Result<LayoutGeometry, GraphvizError>])
        -> [Result<String, GraphvizError>] {
        var drawings = drawings
        var results: [Result<String, GraphvizError>?] = drawings.map { drawing in drawing.text.map { .success($0) } }
        while true {
            let open = results.indices.filter { results[$0] == nil }
            guard !open.isEmpty else { break }
            var requests: [(graph: DOTGraph, engine: LayoutEngine)] = []
            var ranges: [Range<Int>] = []
            for index in open {
                let start = requests.count
                requests += drawings[index].pending.map { ($0, drawings[index].engine) }
                ranges.append(start..<requests.count)
            }
            let laidOut = requests.isEmpty ? [] : layouts(requests)
            let current = drawings, given = ranges
            let advanced = IndexedResults<(DiagramDrawing, Result<String, GraphvizError>?)>.map(open.count) { position in
                var drawing = current[open[position]]
                var geometries: [LayoutGeometry] = []
                for request in given[position] {
                    guard laidOut.indices.contains(request) else {
                        return (drawing, .failure(GraphvizError(stage: .layout, messages: [], reason: Message(RenderMessage.notRendered))))
                    }
                    switch laidOut[request] {
                    case .success(let geometry): geometries.append(geometry)
                    case .failure(let error): return (drawing, .failure(drawing.located(error)))
                    }
                }
                do throws(GraphvizError) {
                    try drawing.advance(with: geometries)
                } catch {
                    return (drawing, .failure(error))
                }
                return (drawing, drawing.text.map { .success($0) })
            }
            for (position, index) in open.enumerated() {
                drawings[index] = advanced[position].0
                results[index] = advanced[position].1
            }
        }
        return results.map { $0! }
    }

    /// Asks for `graphs` to be laid out with `engine`, for `next`.
    private mutating func ask(_ graphs: [DOTGraph], _ engine: LayoutEngine, then next: Step) {
        pending = graphs
        self.engine = engine
        step = next
    }

    /// Asks for the compact drawing at ``CompactLayout/spreads``[`spread`], or, past the last,
    /// finishes with `plain` (`dot`'s layout kept).
    private mutating func trySpread(_ spread: Int, plain: DOTGraph, larger: DOTGraph, geometry: LayoutGeometry,
                                    limit: Int) throws(GraphvizError) {
        guard CompactLayout.spreads.indices.contains(spread) else { return try finish(plain) }
        let options = diagram.options
        let builder = DiagramBuilder(alliance: diagram.alliance, options: options)
        let pinned = CompactLayout.pinned(larger, geometry: geometry, page: options.page ?? CompactLayout.defaultPage,
                                          spread: CompactLayout.spreads[spread]) { cluster, id, extra in
            builder.regionTitle(cluster: cluster, id: id, extra: extra)
        }
        ask([pinned], .dot, then: .spread(spread, plain: plain, larger: larger, geometry: geometry, limit: limit, pinned: pinned))
    }

    /// Finishes with `graph`'s text, refusing it with the diagram as the place when it holds a
    /// text too long for Graphviz.
    private mutating func finish(_ graph: DOTGraph) throws(GraphvizError) {
        let text = graph.text
        pending = []
        step = .finished
        if let oversized = DOTEscaping.oversizedText(in: text) { throw .oversized(oversized, place: diagram.place) }
        self.text = text
    }
}
