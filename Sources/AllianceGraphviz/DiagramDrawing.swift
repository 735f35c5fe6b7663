import AllianceGraph
import Foundation

/// A diagram's DOT text worked out step by step, with the Graphviz layouts it needs on the way
/// done by the caller: in worker processes, and for many diagrams at once.
///
/// Some views need layouts before their DOT text exists. Each step names the graphs to lay out
/// next (``pending``, all with ``engine``); ``advance(with:)`` takes their layouts in the same
/// order and moves to the next step, until ``text`` is set:
/// - a year or a difference drawn with `dot` in the compact layout (``CompactLayout``): first the
///   plain view and the view with larger captions, then the pinned drawing at each of
///   ``CompactLayout/spreads`` until one is accepted (``CompactLayout/accepts(_:limit:spread:dotPrintsReadably:)``);
///   when none is, the one whose only fault is the fewest captions without a free place is drawn
///   again with those captions as numbers (``CaptionKey``), in up to ``keyingRounds`` rounds;
///   without ``DiagramOptions/page`` all of that is shaped for A4 landscape first, then for A4
///   portrait (``CompactLayout/defaultPages``) when no drawing is accepted or the one accepted
///   crosses as often as only the densest may (then the one crossing less is drawn);
/// - all years side by side: the shared layout (``YearsSideBySideView/sharedLayoutGraphs()``),
///   with `dot` then its compact placements, their lines routed (``YearsSideBySideView/compactSharedGraphs(from:)``),
///   then the panels with the lines that have no route curved, to route those that run through a
///   text (not for a simplified large alliance);
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
    /// What the user should know about the finished drawing, or `nil`: that it kept `dot`'s layout
    /// and prints its smallest text under 8 pt on A4 or the sheet of ``DiagramOptions/page``
    /// (``RenderMessage/printsSmall``), with what to do.
    public private(set) var note: Message?

    /// What the layouts of ``pending`` are for.
    private enum Step: Sendable {
        /// `dot`'s layouts of the plain view and of the one with larger captions (``CompactLayout``).
        case compact(plain: DOTGraph, larger: DOTGraph)
        /// The layout of `pinned`, the compact drawing at ``CompactLayout/spreads``[`spread`].
        case spread(Int, Compact, pinned: DOTGraph)
        /// `dot`'s layout of the larger view shaped for `page` (its legend's width), for the
        /// compact drawings on that sheet after none on the sheet of `compact` was accepted, or
        /// one was and is held (``Compact/held``).
        case reshaped(Compact, page: PaperSize, larger: DOTGraph)
        /// The layout of `pinned`, the compact drawing at ``CompactLayout/spreads``[`spread`] with
        /// the captions of `statements` drawn as numbers (``CaptionKey``), in keying round `round`.
        case keyed(Int, Compact, statements: Set<Int>, round: Int, pinned: DOTGraph)
        /// The shared layout of all years (``YearsSideBySideView/sharedLayoutGraphs()``).
        case shared
        /// The compact shared layouts (``YearsSideBySideView/compactSharedGraphs(from:)``), with
        /// `dot`'s shared layouts kept for when none is fit.
        case compactShared(dot: [LayoutGeometry])
        /// The panels with their lines curved, whose `routable` lines are then routed.
        case panels(DOTGraph, routable: [String: YearsSideBySideView.Route])
        case finished
    }

    private var step: Step = .finished

    /// What the compact layout's steps share: the views' graphs, the larger view's `dot` layout
    /// the drawings are placed from, the sheet they are shaped for, the plain view's crossings
    /// (`limit`), and the drawing whose only fault is captions without a free place that has the
    /// fewest of them (the spread and the statements of those captions), for keying them (``CaptionKey``).
    private struct Compact: Sendable {
        var plain: DOTGraph
        var larger: DOTGraph
        var geometry: LayoutGeometry
        /// The sheet the drawings are shaped for (``DiagramOptions/page``, else one of ``CompactLayout/defaultPages``).
        var page: PaperSize
        var limit: Int
        /// The size `dot`'s layout of the plain view prints its captions at on A4 (``CompactLayout/printedSize(_:)``).
        var dotPrintedSize: Double
        /// Whether that is 8 pt or more (``CompactLayout/smallestPrintedSize``).
        var dotPrintsReadably: Bool { dotPrintedSize >= CompactLayout.smallestPrintedSize }
        /// An accepted drawing on an earlier sheet of ``pages`` whose lines cross more often than
        /// ``CompactLayout/crossingBudget(limit:spread:dotPrintsReadably:)`` allows a readable
        /// `dot` layout, kept while the next sheet is tried: the one crossing less is drawn.
        var held: (graph: DOTGraph, crossings: Int)?
        var keyable: (spread: Int, statements: [Int])?
    }

    /// How many times a compact drawing's conflicted captions are keyed before `dot`'s layout is
    /// kept: a second round for captions that a keyed first round pushed out of their place.
    static let keyingRounds = 2

    /// Starts drawing `diagram`; finished at once (``text`` set) when it needs no layout first.
    ///
    /// - Throws: ``GraphvizError/Stage/oversizedText`` when the DOT text of a diagram finished at
    ///   once holds a text longer than Graphviz reads, naming the diagram.
    public init(_ diagram: Diagram) throws(GraphvizError) {
        self.diagram = diagram
        let options = diagram.options, alliance = diagram.alliance
        switch diagram.kind {
        case .year(let year):
            try begin(YearView(alliance: alliance, year: year, options: options).graph())
        case .allYears:
            ask(YearsSideBySideView(alliance: alliance, options: options).sharedLayoutGraphs(), options.engine, then: .shared)
        case .difference(let from, let to):
            try begin(DifferenceView(alliance: alliance, from: from, to: to, options: options).graph())
        }
    }

    /// Asks for the compact layout's first layouts, of `plain` and of the view with its captions at
    /// ``CompactLayout/relationFontSize`` (``largerView(captionKey:)``), when it applies
    /// (``CompactLayout/applies(to:of:)``); else finishes with `plain`.
    private mutating func begin(_ plain: DOTGraph) throws(GraphvizError) {
        guard CompactLayout.applies(to: diagram.options, of: diagram.alliance),
              let larger = largerView(captionKey: [], page: pages[0]) else {
            return try finish(plain)
        }
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
            let compact = Compact(plain: plain, larger: larger, geometry: layouts[1], page: pages[0], limit: CompactLayout.crossings(layouts[0]),
                                  dotPrintedSize: CompactLayout.printedSize(layouts[0], fontSize: DiagramBuilder.defaultRelationFontSize, sheet: sheet))
            try trySpread(0, compact)
        case .spread(let spread, var compact, let pinned):
            guard let routed = layouts.first else { return try fallBack(compact) }
            let judgement = judge(routed, compact, spread: spread)
            if judgement.isAccepted { return try accept(pinned, routed: routed, compact) }
            if judgement.keepsOtherRules {
                let conflicted = CaptionKey.statements(of: judgement.conflictedCaptions, in: routed)
                if !conflicted.isEmpty, conflicted.count < compact.keyable?.statements.count ?? .max {
                    compact.keyable = (spread, conflicted)
                }
            }
            try trySpread(spread + 1, compact)
        case .reshaped(var compact, let page, let larger):
            guard let geometry = layouts.first else { return try fallBack(compact) }
            (compact.larger, compact.geometry, compact.page, compact.keyable) = (larger, geometry, page, nil)
            try trySpread(0, compact)
        case .keyed(let spread, let compact, let statements, let round, let pinned):
            guard let routed = layouts.first else { return try fallBack(compact) }
            let judgement = judge(routed, compact, spread: spread)
            if judgement.isAccepted { return try accept(pinned, routed: routed, compact) }
            let more = statements.union(CaptionKey.statements(of: judgement.conflictedCaptions, in: routed))
            guard round < Self.keyingRounds, more.count > statements.count, judgement.keepsOtherRules else { return try fallBack(compact) }
            try tryKeyed(spread, compact, statements: more, round: round + 1)
        case .shared:
            let view = YearsSideBySideView(alliance: diagram.alliance, options: diagram.options)
            let compact = view.compactSharedGraphs(from: layouts)
            guard compact.isEmpty else { return ask(compact, .dot, then: .compactShared(dot: layouts)) }
            try drawPanels(view, sharedLayouts: layouts)
        case .compactShared(let dot):
            let view = YearsSideBySideView(alliance: diagram.alliance, options: diagram.options)
            let shared = view.compactShared(layouts)
            try drawPanels(view, sharedLayouts: shared.isEmpty ? dot : shared)
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

    /// Draws the poster's panels from `geometries` (its shared layouts), asking for their layout
    /// with curved lines when some are to be routed.
    private mutating func drawPanels(_ view: YearsSideBySideView, sharedLayouts geometries: [LayoutGeometry]) throws(GraphvizError) {
        let (graph, routable) = view.panels(sharedLayouts: geometries)
        if routable.isEmpty {
            var straight = graph
            straight.statements = YearsSideBySideView.routed(graph, routable, curved: LayoutGeometry())
            return try finish(straight)
        }
        ask([graph], YearsSideBySideView.curvedEngine, then: .panels(graph, routable: routable))
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
    /// - Complexity: one call of `layouts` per step (at most 1 + ``CompactLayout/spreads``.count +
    ///   ``keyingRounds`` rounds), each with the graphs of all drawings still at that step.
    public static func finish(_ drawings: [DiagramDrawing],
                              layouts: ([(graph: DOTGraph, engine: LayoutEngine)]) -> [Result<LayoutGeometry, GraphvizError>])
        -> [Result<String, GraphvizError>] {
        finished(drawings, layouts: layouts).map { result in result.map { $0.text ?? "" } }
    }

    /// As ``finish(_:layouts:)``, giving each drawing finished (its ``text`` and ``note``) or its failure.
    ///
    /// - Complexity: as ``finish(_:layouts:)``.
    public static func finished(_ drawings: [DiagramDrawing],
                                layouts: ([(graph: DOTGraph, engine: LayoutEngine)]) -> [Result<LayoutGeometry, GraphvizError>])
        -> [Result<DiagramDrawing, GraphvizError>] {
        var drawings = drawings
        var results: [Result<DiagramDrawing, GraphvizError>?] = drawings.map { drawing in drawing.text.map { _ in .success(drawing) } }
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
            let advanced = IndexedResults<(DiagramDrawing, Result<DiagramDrawing, GraphvizError>?)>.map(open.count) { position in
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
                return (drawing, drawing.text.map { _ in .success(drawing) })
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

    /// Asks for the compact drawing at ``CompactLayout/spreads``[`spread`]; past the last, for the
    /// drawing to key (``Compact/keyable``), or finishes with the plain view (`dot`'s layout kept).
    private mutating func trySpread(_ spread: Int, _ compact: Compact) throws(GraphvizError) {
        guard CompactLayout.spreads.indices.contains(spread) else {
            guard let keyable = compact.keyable else { return try fallBack(compact) }
            return try tryKeyed(keyable.spread, compact, statements: Set(keyable.statements), round: 1)
        }
        let graph = pinned(compact.larger, compact, spread: spread)
        ask([graph], .dot, then: .spread(spread, compact, pinned: graph))
    }

    /// Asks for the compact drawing at ``CompactLayout/spreads``[`spread`] with the captions of
    /// `statements` drawn as numbers and listed in the legend (``CaptionKey``).
    private mutating func tryKeyed(_ spread: Int, _ compact: Compact, statements: Set<Int>, round: Int) throws(GraphvizError) {
        let (entries, numbers) = CaptionKey.numbering(compact.larger, statements: statements)
        guard let view = largerView(captionKey: entries, page: compact.page) else { return try fallBack(compact) }
        let keyed = CaptionKey.keyed(view, numbers: numbers)
        let graph = pinned(keyed, compact, spread: spread)
        ask([graph], .dot, then: .keyed(spread, compact, statements: statements, round: round, pinned: graph))
    }

    /// `graph` (the larger view, perhaps keyed) pinned where the compact placement at
    /// ``CompactLayout/spreads``[`spread`] puts its nodes, placed from the larger view's layout.
    private func pinned(_ graph: DOTGraph, _ compact: Compact, spread: Int) -> DOTGraph {
        let options = diagram.options
        let builder = DiagramBuilder(alliance: diagram.alliance, options: options)
        return CompactLayout.pinned(graph, geometry: compact.geometry, page: compact.page,
                                    spread: CompactLayout.spreads[spread]) { cluster, id, extra in
            builder.regionTitle(cluster: cluster, id: id, extra: extra)
        }
    }

    /// The sheets the compact drawings are shaped for, in order: ``DiagramOptions/page``, else
    /// ``CompactLayout/defaultPages``.
    private var pages: [PaperSize] { diagram.options.page.map { [$0] } ?? CompactLayout.defaultPages }

    /// The view with its captions at ``CompactLayout/relationFontSize`` (the compact layout's),
    /// its legend listing `captionKey` (``CaptionKey``) and shaped for `page` (its lines' width,
    /// ``Legend/lineCharacters(on:)``); `nil` for a view the compact layout does not draw.
    private func largerView(captionKey: [CaptionKey.Entry], page: PaperSize) -> DOTGraph? {
        var options = diagram.options
        options.page = page
        switch diagram.kind {
        case .year(let year):
            var view = YearView(alliance: diagram.alliance, year: year, options: options)
            view.relationFontSize = CompactLayout.relationFontSize
            view.captionKey = captionKey
            return view.graph()
        case .difference(let from, let to):
            var view = DifferenceView(alliance: diagram.alliance, from: from, to: to, options: options)
            view.relationFontSize = CompactLayout.relationFontSize
            view.captionKey = captionKey
            return view.graph()
        case .allYears:
            return nil
        }
    }

    /// The acceptance rules (``CompactLayout/judge(_:limit:spread:dotPrintsReadably:sheet:)``)
    /// applied to `routed`, the layout of the compact drawing at ``CompactLayout/spreads``[`spread`].
    private func judge(_ routed: LayoutGeometry, _ compact: Compact, spread: Int) -> CompactLayout.Judgement {
        CompactLayout.judge(routed, limit: compact.limit, spread: CompactLayout.spreads[spread],
                            dotPrintsReadably: compact.dotPrintsReadably, sheet: sheet)
    }

    /// The sheet the compact drawing must print readably on: ``DiagramOptions/page``'s, else A4.
    private var sheet: PaperSize.Sheet { diagram.options.page?.sheet ?? .a4 }

    /// Shapes the compact drawings for the next of ``pages`` when there is one (asking for the
    /// larger view's `dot` layout with the legend for that sheet); else finishes with the plain
    /// view (`dot`'s layout kept), noting when it prints under 8 pt on ``sheet``
    /// (``RenderMessage/printsSmall``: on A4 with the advice to print on A3; on a sheet turned by
    /// `--landscape` with the advice to print in portrait).
    private mutating func fallBack(_ compact: Compact) throws(GraphvizError) {
        if reshape(compact) { return }
        if let held = compact.held { return try finish(held.graph) }
        if !compact.dotPrintsReadably {
            let size = String(format: "%.1f", compact.dotPrintedSize)
            let landscape = diagram.options.page?.isLandscape == true
            note = Message(landscape ? RenderMessage.printsSmallInLandscape : sheet == .a4 ? RenderMessage.printsSmall : RenderMessage.printsSmallOnSheet, [
                "size": .label(Label(de: size.replacingOccurrences(of: ".", with: ","), en: size)),
                "sheet": .text(sheet.rawValue.uppercased()),
            ])
        }
        try finish(compact.plain)
    }

    /// Asks for the larger view shaped for the sheet after `compact`'s in ``pages`` (its `dot`
    /// layout, with the legend for that sheet); `false` when `compact`'s is the last.
    private mutating func reshape(_ compact: Compact) -> Bool {
        guard let index = pages.firstIndex(of: compact.page), pages.indices.contains(index + 1),
              let larger = largerView(captionKey: [], page: pages[index + 1]) else { return false }
        ask([larger], .dot, then: .reshaped(compact, page: pages[index + 1], larger: larger))
        return true
    }

    /// Draws `pinned`, an accepted compact drawing laid out as `routed`; or, when its lines cross
    /// more often than ``CompactLayout/crossingBudget(limit:spread:dotPrintsReadably:)`` allows
    /// beside a readable `dot` layout (the allowance of the densest) and another sheet of
    /// ``pages`` is left, holds it and tries that sheet: the drawing crossing less is drawn.
    /// (Bergheide 2022 crossed 156 times shaped for A4 landscape, 57 for portrait.)
    private mutating func accept(_ pinned: DOTGraph, routed: LayoutGeometry, _ compact: Compact) throws(GraphvizError) {
        let graph = CaptionKey.uncommented(pinned), crossings = CompactLayout.crossings(routed)
        if let held = compact.held { return try finish(crossings < held.crossings ? graph : held.graph) }
        let widest = CompactLayout.spreads.last ?? 1
        if crossings > CompactLayout.crossingBudget(limit: compact.limit, spread: widest, dotPrintsReadably: true) {
            var holding = compact
            holding.held = (graph, crossings)
            if reshape(holding) { return }
        }
        try finish(graph)
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
