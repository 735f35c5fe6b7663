import AllianceGraph

/// All years of an alliance side by side in one diagram, each actor at the same place in
/// every year, so that change is visible at a glance.
///
/// The union of all years (every actor that ever occurs and every line any year draws) is laid
/// out once with the chosen engine; with `dot` that layout is then made compact, as a single
/// year's (``compactSharedGraphs(from:)``, ``compactShared(_:)``: each area's actors in a few rows,
/// every line routed around all boxes). Each year is drawn with its nodes pinned at those
/// positions, in one panel per year, its lines along the shared routes (curved by `neato` where
/// there is none). Actors not involved in a year stay in place as grey dashed outlines. With an
/// engine that draws clusters (`dot`, `fdp`) each panel keeps the policy-area regions of the
/// shared layout, as boxes behind the actors.
///
/// The panels wrap into rows (issue 15 item 8): the number of columns is the one that lets the
/// poster be printed largest on its sheet (``DiagramOptions/page``, A3 landscape by default),
/// so three or four years make a grid instead of a strip. Title and legend sit above the
/// panels, enlarged like the panels' text, so that they stay readable when printed.
public struct YearsSideBySideView: Sendable {
    /// The alliance.
    public var alliance: Alliance
    /// The years shown, in reading order; by default all the alliance's years.
    public var years: [Int]
    /// Language, engine (used for the shared layout), filter, legend, the sheet the grid is chosen for.
    public var options: DiagramOptions

    /// The gap between two year panels, in points.
    static let panelGap = 50.0
    /// Room for a panel's year heading above its drawing, in points.
    static let headingSpace = 56.0
    /// The size of text on the poster against single-year diagrams: actors, captions, regions.
    static let textScale = 1.4
    /// The built-in size of the boxes of groups on the poster (before ``textScale``): that of the
    /// actors, so that no text prints smaller than an actor's name (single-year diagrams: 9 pt).
    static let groupFontSize = 12.0
    /// The size of title and legend on the poster against single-year diagrams.
    static let headerScale = 1.8
    /// The height the title and legend take above the panels, as estimated for choosing the grid
    /// when the shared layout gives none (its label: ``unionGraph(rankDirection:)``).
    static let headerEstimate = 420.0
    /// The sheet the grid is chosen for when ``DiagramOptions/page`` names none.
    public static let defaultPage = PaperSize(.a3, orientation: .landscape)

    /// Creates the view.
    public init(alliance: Alliance, years: [Int]? = nil, options: DiagramOptions = DiagramOptions()) {
        self.alliance = alliance
        self.years = years ?? Array(alliance.years)
        self.options = options
    }

    /// Node and edge defaults of the poster: larger text than single-year diagrams.
    static func posterDefaults(_ builder: DiagramBuilder) -> [DOTStatement] {
        [builder.nodeDefaults, builder.edgeDefaults,
         .defaults(.node, [("fontsize", .number(builder.style.size(.actor, 12) * textScale))]),
         .defaults(.edge, [("fontsize", .number((builder.style.size(.relation, 9) * textScale).rounded()))])]
    }

    /// The DOT graph of the union of all years, without captions on lines (the panels place
    /// those themselves), used for the shared layout; `rankDirection` (`LR`, `TB`) overrides the
    /// `dot` layout's left-to-right ranks. Its label is the poster's title and legend as the
    /// panels will draw them, so that the layout measures the header the grid is chosen under
    /// (``sharedLayout(_:)``; an estimate of 420 pt was up to 170 pt too high).
    public func unionGraph(rankDirection: String? = nil) -> DOTGraph {
        var unionOptions = options
        unionOptions.showsFormatLabels = false  // as in the panels: no captions on the poster's lines
        var builder = DiagramBuilder(alliance: alliance, options: unionOptions)
        builder.textScale = Self.textScale
        builder.relationFontSize = Self.groupFontSize
        let actors = builder.alliance.actors.filter { actor in years.contains { actor.isPresent(in: $0) } }
        // Every actor that carries the core-group badge in some year carries it here, so that its
        // box is as wide as in that year's panel (the panels take the boxes' sizes from this layout).
        var badged = Set<ActorID>()
        for year in years {
            let present = Set(actors.filter { $0.isPresent(in: year) }.map(\.id))
            badged.formUnion(builder.coreGroupBadges(builder.drawnRelations(year: year, actors: present)).keys)
        }
        var nodes: [(actor: Actor, statement: DOTStatement)] = []
        for actor in actors {
            let managing = years.contains { actor.holds(.managingOffice, in: $0) }
            nodes.append((actor, builder.actorNode(actor, managing: managing, mark: .normal,
                                                   coreGroup: badged.contains(actor.id) ? .normal : nil)))
        }
        var statements = Self.posterDefaults(builder)
        statements += builder.clustered(nodes, fontScale: Self.textScale)
        let ids = Set(actors.map(\.id))
        // The lines of all years, each once (by key): a relation as it is drawn over all years, then
        // the lines a year draws otherwise (a group of which only two members are there in a year
        // is one line there, not a box), so that every line of every panel has a route here.
        var keys = Set<String>()
        func add(_ drawn: DrawnRelation) {
            for statement in builder.relationStatements(drawn, mark: .normal) {
                guard case .edge(let from, let to, let attributes) = statement else {
                    if case .node(let id, _) = statement, !keys.insert("node:" + id).inserted { continue }
                    statements.append(statement)
                    continue
                }
                let key = Self.lineKey(drawn.index, from: from, to: to)
                guard keys.insert(key).inserted else { continue }
                statements.append(.edge(from: from, to: to, attributes.filter { $0.name != "label" } + [("comment", .text(key))]))
            }
        }
        for drawn in builder.drawnRelations(year: nil, actors: ids)
        where !drawn.isCoreGroup && years.contains(where: drawn.relation.holds(in:)) {
            add(drawn)
        }
        for year in years {
            let present = Set(actors.filter { $0.isPresent(in: year) }.map(\.id))
            for drawn in builder.drawnRelations(year: year, actors: present) where !drawn.isCoreGroup { add(drawn) }
        }
        // The panels mark an actor absent in a year (grey dashed), which the legend explains.
        if actors.contains(where: { actor in years.contains { !actor.isPresent(in: $0) } }) { builder.usage.hasAbsent = true }
        var attributes = builder.graphAttributes(title: builder.header(subtitle, scale: Self.headerScale), engine: options.engine)
        if options.engine == .dot {
            // Tighter than a single year: the poster's text is larger, and no captions sit between ranks.
            attributes.removeAll { ["rankdir", "nodesep", "ranksep"].contains($0.name) }
            attributes += [("rankdir", .text(rankDirection ?? "LR")), ("nodesep", .number(0.25)), ("ranksep", .number(0.6))]
        }
        return DOTGraph(name: alliance.id.rawValue + " union", attributes: attributes, statements: statements)
    }

    /// The key of the line of relation `index` from node `from` to node `to` (ids without a
    /// panel's prefix): the shared layout's edge carries it as its `comment`, and each panel takes
    /// that edge's route.
    static func lineKey(_ index: Int, from: String, to: String) -> String { "\(index):\(from)->\(to)" }

    /// The grid of `count` panels of `panel` size (points) under a header `header` points high
    /// that prints largest on `page` (inside its margins): its number of columns (the fewest among
    /// equals) and the factor the poster is then scaled by to fit the sheet.
    ///
    /// - Complexity: O(`count`).
    public static func grid(count: Int, panel: (width: Double, height: Double), header: Double,
                            page: PaperSize) -> (columns: Int, zoom: Double) {
        let area = page.printableArea(marginMillimetres: PageFit.marginMillimetres)
        var best = (columns: 1, zoom: 0.0)
        for columns in 1...max(1, count) {
            let rows = (count + columns - 1) / columns
            let zoom = min(area.width / (Double(columns) * panel.width),
                           area.height / (Double(rows) * panel.height + header))
            if zoom > best.zoom * (1 + 1e-9) { best = (columns, zoom) }
        }
        return best
    }

    /// Alliances up to this many actors get both rank directions of the shared `dot` layout
    /// tried, keeping the one that prints larger; larger ones keep left to right (one layout).
    static let orientationTrialLimit = 60

    /// The graphs whose layout the years share, to be laid out with ``DiagramOptions/engine`` and
    /// given to ``graph(sharedLayouts:)``: the union of all years; with `dot` for alliances up to
    /// ``orientationTrialLimit`` actors once with ranks left to right and once top to bottom (the
    /// one printing larger on the sheet is kept).
    public func sharedLayoutGraphs() -> [DOTGraph] {
        let directions: [String?] = options.engine == .dot && alliance.actors.count <= Self.orientationTrialLimit
            ? ["LR", "TB"] : [nil]
        return directions.map { unionGraph(rankDirection: $0) }
    }

    /// The poster's subtitle: "Kooperationslandschaft 2019–2022".
    var subtitle: String {
        let span = years.count > 1 ? "\(years.first!)–\(years.last!)" : years.first.map(String.init) ?? ""
        return DiagramMessage.landscape.text(options.language) + " " + span
    }

    /// The least size the poster's smallest text (actors' names, groups' boxes) should print at on
    /// its sheet, in points: among compact shared layouts printing so, the one crossing least is drawn.
    static let readablePrintedSize = 8.0
    /// How large, against the compact shared layout printing largest, another may print and still
    /// be drawn for crossing fewer lines.
    static let printShareForFewerCrossings = 0.9

    /// Of `geometries` (the layouts of ``sharedLayoutGraphs()``, or the compact shared layouts of
    /// ``compactShared(_:)``), the one to draw, with its extent and grid: of compact ones, the one
    /// whose lines cross least (``CompactLayout/crossings(_:)``) among those printing the actors'
    /// names at ``readablePrintedSize`` or more on the sheet, else (and of `dot`'s layouts) the one
    /// printing largest.
    ///
    /// - Complexity: O(geometries × lines² × line points²) for the crossings of compact ones.
    private func sharedLayout(_ geometries: [LayoutGeometry])
        -> (geometry: LayoutGeometry, extent: Box, panel: (width: Double, height: Double), columns: Int) {
        let page = options.page ?? Self.defaultPage
        let builder = DiagramBuilder(alliance: alliance, options: options)
        let smallest = min(builder.style.size(.actor, 12), builder.style.size(.relation, Self.groupFontSize)) * Self.textScale
        typealias Candidate = (geometry: LayoutGeometry, extent: Box, panel: (width: Double, height: Double), columns: Int, zoom: Double)
        let candidates = (geometries.isEmpty ? [LayoutGeometry()] : geometries).map { geometry -> Candidate in
            let extent = geometry.boxesExtent ?? Box(minX: 0, minY: 0, maxX: 100, maxY: 100)
            let panel = (width: extent.width + Self.panelGap, height: extent.height + Self.headingSpace + Self.panelGap)
            let grid = Self.grid(count: years.count, panel: panel, header: geometry.label?.height ?? Self.headerEstimate, page: page)
            return (geometry, extent, panel, grid.columns, grid.zoom)
        }
        var best = candidates[0]
        for candidate in candidates.dropFirst() where candidate.zoom > best.zoom * 1.02 { best = candidate }
        let readable = candidates.filter { candidate in
            !Self.pinnedTitles(in: candidate.geometry).isEmpty
                && (smallest * candidate.zoom >= Self.readablePrintedSize || candidate.zoom >= best.zoom * Self.printShareForFewerCrossings)
        }
        if let first = readable.first {
            var fewest = (candidate: first, crossings: CompactLayout.crossings(first.geometry))
            for candidate in readable.dropFirst() {
                let crossings = CompactLayout.crossings(candidate.geometry)
                if (crossings, -candidate.zoom) < (fewest.crossings, -fewest.candidate.zoom) { fewest = (candidate, crossings) }
            }
            best = fewest.candidate
        }
        return (best.geometry, best.extent, best.panel, best.columns)
    }

    /// The diagram as a DOT graph. Lays out the union of all years through `context` first
    /// (``sharedLayoutGraphs()``, in this process), and the panels once more to choose which
    /// lines follow the shared layout's routes (``graph(sharedLayouts:layouts:)``).
    ///
    /// - Throws: ``GraphvizError`` when a layout fails.
    public func graph(context: GraphvizContext = .shared) throws(GraphvizError) -> DOTGraph {
        let layouts = { (graphs: [DOTGraph], engine: LayoutEngine) throws(GraphvizError) -> [LayoutGeometry] in
            var geometries: [LayoutGeometry] = []
            for graph in graphs { geometries.append(try context.layout(dot: graph.text, engine: engine)) }
            return geometries
        }
        return try graph(sharedLayouts: try layouts(sharedLayoutGraphs(), options.engine), layouts: layouts)
    }

    /// The diagram as a DOT graph, from `geometries`: the layouts of ``sharedLayoutGraphs()`` in
    /// their order, wherever they were computed (in a worker process: ``RenderWorkerPool/layouts(of:engine:language:)``).
    /// With `dot`, the compact placements (``compactSharedGraphs(from:)``) are laid out by `layouts`
    /// (given the graphs and the engine, it gives their layouts in order; e.g. in worker processes)
    /// to route their lines. The panels, with the lines that have no route curved, are laid out once
    /// more by `layouts` to find the lines that run through a text and draw those another way
    /// (not for a simplified large alliance, whose straight lines are kept without that layout).
    ///
    /// - Throws: ``GraphvizError``: what `layouts` throws.
    public func graph(sharedLayouts geometries: [LayoutGeometry],
                      layouts: ([DOTGraph], LayoutEngine) throws(GraphvizError) -> [LayoutGeometry]) throws(GraphvizError) -> DOTGraph {
        let compact = compactSharedGraphs(from: geometries)
        let shared = compact.isEmpty ? [] : compactShared(try layouts(compact, .dot))
        var (graph, routable) = panels(sharedLayouts: shared.isEmpty ? geometries : shared)
        graph.statements = try Self.routed(graph, routable, layouts: layouts)
        return graph
    }

    /// The diagram as ``graph(sharedLayouts:layouts:)`` makes it before its lines are routed: the
    /// panels with their lines curved, and the lines to route (by key; empty for a simplified large
    /// alliance, which keeps its straight lines without another layout). Given to
    /// ``routed(_:_:curved:)`` with the panels' layout (`neato`), or to ``routed(_:_:layouts:)``.
    func panels(sharedLayouts geometries: [LayoutGeometry]) -> (graph: DOTGraph, routable: [String: Route]) {
        let (geometry, extent, panel, columns) = sharedLayout(geometries)
        let (panelWidth, panelHeight) = panel
        // No format captions on the lines of the panels: placed by neato in a fixed layout they
        // fell on actors and on each other; the lines' tooltips and the group boxes name formats.
        var panelOptions = options
        panelOptions.showsFormatLabels = false
        var builder = DiagramBuilder(alliance: alliance, options: panelOptions)
        builder.textScale = Self.textScale
        builder.relationFontSize = Self.groupFontSize
        let actors = builder.alliance.actors.filter { geometry.nodes[DiagramBuilder.actorNodeID($0.id)] != nil }
        let rows = (years.count + columns - 1) / max(1, columns)
        // Each panel draws the shared layout's lines: routed by `dot` around the boxes (and by
        // the same engine as the layout otherwise), instead of curves across them.
        let routes = Dictionary(geometry.edges.filter { !$0.comment.isEmpty }.map { ($0.comment, $0) },
                                uniquingKeysWith: { first, _ in first })
        // The compact shared layout's titles where they were pinned (lines are routed around
        // them); over `dot`'s layout, where the fewest of its lines cross them.
        let pinnedTitles = Self.pinnedTitles(in: geometry)
        let titles = pinnedTitles.isEmpty ? ClusterTitles.best(in: geometry) : pinnedTitles
        let followsRoutes = !pinnedTitles.isEmpty

        func offset(panel: Int) -> (dx: Double, dy: Double) {
            let column = panel % columns, row = panel / columns
            return (Double(column) * panelWidth - extent.minX, Double(rows - 1 - row) * panelHeight - extent.minY)
        }
        func pin(_ point: Point, panel: Int) -> DOTAttributes {
            let (dx, dy) = offset(panel: panel)
            return [("pos", .text(DOTValue.format(point.x + dx) + "," + DOTValue.format(point.y + dy) + "!")), ("pin", .bool(true))]
        }
        /// The box of node `id` of the shared layout, kept in every panel (so that lines end on it).
        func size(_ id: String) -> DOTAttributes {
            guard let box = geometry.nodes[id] else { return [] }
            return [("fixedsize", .bool(true)), ("width", .number(box.width / 72)), ("height", .number(box.height / 72))]
        }

        var statements = Self.posterDefaults(builder)
        // Lines that have a route in the shared layout, by key: the statement and its route.
        var routable: [String: Route] = [:]
        for (panel, year) in years.enumerated() {
            let prefix = "y\(year)/"
            let present = Set(actors.filter { $0.isPresent(in: year) }.map(\.id))
            let relations = builder.drawnRelations(year: year, actors: present)
            let badges = builder.coreGroupBadges(relations)
            statements.append(.node(id: prefix + "heading", [
                ("shape", .text("plaintext")), ("style", .text("")), ("label", .label(String(year))),
                ("fontsize", .number(36)), ("fontname", .text(builder.style.boldFontName)),
            ] + pin(Point(x: extent.center.x, y: extent.maxY + Self.headingSpace / 2), panel: panel)))
            // The policy-area regions of the shared layout, behind the actors (declared first).
            for (name, box) in geometry.clusters.sorted(by: { $0.key < $1.key }) {
                statements.append(builder.regionNode(cluster: name, box: box, id: prefix + "region:" + name,
                                                     extra: pin(box.center, panel: panel)))
            }
            // The regions' titles where the fewest of the shared layout's lines cross them
            // (``ClusterTitles``); ``routed(_:_:layouts:)`` moves them for the panel's own lines.
            for (name, title) in titles.sorted(by: { $0.key < $1.key }) {
                statements.append(builder.regionTitle(cluster: name, id: prefix + "title:" + name, fontScale: Self.textScale,
                                                      extra: pin(title.center, panel: panel) + [
                    // As large as the title (a node is at least 0.5 inch high: it would reach into the first row).
                    ("fixedsize", .bool(true)), ("width", .number(title.width / 72)), ("height", .number(title.height / 72)),
                ]))
            }
            for actor in actors {
                let id = DiagramBuilder.actorNodeID(actor.id)
                let position = geometry.nodes[id]!.center
                let mark: ChangeMark = present.contains(actor.id) ? .normal : .absent
                statements.append(builder.actorNode(actor, id: prefix + id, managing: actor.holds(.managingOffice, in: year),
                                                    mark: mark, coreGroup: mark == .absent ? nil : badges[actor.id],
                                                    extra: pin(position, panel: panel) + size(id)))
            }
            let (dx, dy) = offset(panel: panel)
            for drawn in relations where !drawn.isCoreGroup {
                let hub = DiagramBuilder.hubNodeID(drawn.index)
                let hubPosition = geometry.nodes[hub]?.center ?? Point(x: extent.minX, y: extent.minY)
                for statement in builder.relationStatements(drawn, mark: .normal, prefix: prefix,
                                                            hubExtra: pin(hubPosition, panel: panel) + size(hub)) {
                    guard case .edge(let from, let to, let attributes) = statement else {
                        statements.append(statement)
                        continue
                    }
                    // Every line gets a key (its comment, dropped by ``routed(_:_:layouts:)``);
                    // a line of the shared layout carries that one's route.
                    let route = routes[Self.lineKey(drawn.index, from: String(from.dropFirst(prefix.count)),
                                                    to: String(to.dropFirst(prefix.count)))]
                    let key = prefix + (route?.comment ?? "#\(statements.count)")
                    routable[key] = Route(statement: statements.count, line: route, dx: dx, dy: dy)
                    // The compact shared layout's routes avoid every box of every panel: drawn as
                    // given (`dot`'s shared routes ran through the regions' titles: those lines are curved).
                    let given: DOTAttributes = followsRoutes ? route.map { [("pos", .text($0.dotPosition(dx: dx, dy: dy)))] } ?? [] : []
                    statements.append(.edge(from: from, to: to, attributes + given + [("comment", .text(key))]))
                }
            }
        }
        var attributes = builder.graphAttributes(title: builder.header(subtitle, scale: Self.headerScale), subtitle: subtitle,
                                                 engine: .neato)
        attributes.removeAll { ["overlap", "sep", "splines", "outputorder", "layout"].contains($0.name) }
        // Every node is pinned and every line that the shared layout has is given (`pos`):
        // `nop2` draws them as given and routes only the others (GraphvizContext takes it
        // whatever engine is asked).
        attributes.insert(("layout", .text(GraphvizContext.givenLayout)), at: attributes.firstIndex { $0.name == "newrank" } ?? 0)
        // The regions are nodes: drawn first, then the actors, then the lines over both (with the
        // other views' "edgesfirst" the regions would hide the lines).
        attributes.append(("outputorder", .text(geometry.clusters.isEmpty ? "edgesfirst" : "nodesfirst")))
        // Lines the shared layout has no route for (a group of which only two members are there
        // in a year is one line there, not a box) are curved: routing splines around obstacles
        // ("true") cost about 1.6 s for four panels of a 25-actor alliance, curved edges 0.02 s.
        // A simplified large alliance (LargeDiagram) gets straight lines: curved ones for 600
        // relations in four panels took minutes.
        attributes += [("inputscale", .number(72)), ("overlap", .text("true")), ("notranslate", .bool(true)),
                       ("splines", .text(options.simplification == nil ? "curved" : "false"))]
        let graph = DOTGraph(name: alliance.id.rawValue + " years", attributes: attributes, statements: statements)
        // A simplified large alliance keeps its straight lines (hundreds in each panel: comparing
        // every line with every other took minutes).
        return (graph, options.simplification == nil ? routable : [:])
    }
}
