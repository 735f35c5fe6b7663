import AllianceGraph

/// All years of an alliance side by side in one diagram, each actor at the same place in
/// every year, so that change is visible at a glance.
///
/// The union of all years (every actor and relation that ever occurs) is laid out once with
/// the chosen engine; each year is then drawn with its nodes pinned at those positions, in one
/// panel per year, and routed by `neato`. Actors not involved in a year stay in place as grey
/// dashed outlines. With an engine that draws clusters (`dot`, `fdp`) each panel keeps the
/// policy-area regions of the shared layout, as boxes behind the actors.
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
    static let panelGap = 90.0
    /// Room for a panel's year heading above its drawing, in points.
    static let headingSpace = 70.0
    /// The size of text on the poster against single-year diagrams: actors, captions, regions.
    static let textScale = 1.4
    /// The size of title and legend on the poster against single-year diagrams.
    static let headerScale = 1.8
    /// The height the title and legend take above the panels, as estimated for choosing the grid.
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

    /// The DOT graph of the union of all years, without title, legend and captions on lines
    /// (the panels place those themselves), used for the shared layout; `rankDirection` (`LR`,
    /// `TB`) overrides the `dot` layout's left-to-right ranks.
    public func unionGraph(rankDirection: String? = nil) -> DOTGraph {
        var builder = DiagramBuilder(alliance: alliance, options: options)
        builder.textScale = Self.textScale
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
        for drawn in builder.drawnRelations(year: nil, actors: ids)
        where !drawn.isCoreGroup && years.contains(where: drawn.relation.holds(in:)) {
            statements += builder.relationStatements(drawn, mark: .normal).map { statement in
                guard case .edge(let from, let to, let attributes) = statement else { return statement }
                return .edge(from: from, to: to, attributes.filter { $0.name != "label" }
                             + [("comment", .text(Self.lineKey(drawn.index, from: from, to: to)))])
            }
        }
        var attributes = builder.graphAttributes(title: .text(""), engine: options.engine)
        attributes.removeAll { $0.name == "label" }
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

    /// Of `geometries` (the layouts of ``sharedLayoutGraphs()``), the one printing largest on the
    /// sheet, with its extent and grid.
    private func sharedLayout(_ geometries: [LayoutGeometry])
        -> (geometry: LayoutGeometry, extent: Box, panel: (width: Double, height: Double), columns: Int) {
        let page = options.page ?? Self.defaultPage
        var best: (geometry: LayoutGeometry, extent: Box, panel: (width: Double, height: Double), columns: Int, zoom: Double)?
        for geometry in geometries.isEmpty ? [LayoutGeometry()] : geometries {
            let boxes = Array(geometry.nodes.values) + Array(geometry.clusters.values)
            let extent = boxes.dropFirst().reduce(boxes.first ?? Box(minX: 0, minY: 0, maxX: 100, maxY: 100)) { $0.union($1) }
            let panel = (width: extent.width + Self.panelGap, height: extent.height + Self.headingSpace + Self.panelGap)
            let grid = Self.grid(count: years.count, panel: panel, header: Self.headerEstimate, page: page)
            if best == nil || grid.zoom > best!.zoom * 1.02 {
                best = (geometry, extent, panel, grid.columns, grid.zoom)
            }
        }
        let chosen = best!
        return (chosen.geometry, chosen.extent, chosen.panel, chosen.columns)
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
    /// The panels, with their lines curved, are laid out once more by `layouts` (given the graphs
    /// and the engine, it gives their layouts in order; e.g. in worker processes) to find the
    /// lines that run through a text and draw those along the shared layout's routes instead
    /// (not for a simplified large alliance, whose straight lines are kept without that layout).
    ///
    /// - Throws: ``GraphvizError``: what `layouts` throws.
    public func graph(sharedLayouts geometries: [LayoutGeometry],
                      layouts: ([DOTGraph], LayoutEngine) throws(GraphvizError) -> [LayoutGeometry]) throws(GraphvizError) -> DOTGraph {
        let (geometry, extent, panel, columns) = sharedLayout(geometries)
        let (panelWidth, panelHeight) = panel
        // No format captions on the lines of the panels: placed by neato in a fixed layout they
        // fell on actors and on each other; the lines' tooltips and the group boxes name formats.
        var panelOptions = options
        panelOptions.showsFormatLabels = false
        var builder = DiagramBuilder(alliance: alliance, options: panelOptions)
        builder.textScale = Self.textScale
        let actors = builder.alliance.actors.filter { geometry.nodes[DiagramBuilder.actorNodeID($0.id)] != nil }
        let rows = (years.count + columns - 1) / max(1, columns)
        // Each panel draws the shared layout's lines: routed by `dot` around the boxes (and by
        // the same engine as the layout otherwise), instead of curves across them.
        let routes = Dictionary(geometry.edges.filter { !$0.comment.isEmpty }.map { ($0.comment, $0) },
                                uniquingKeysWith: { first, _ in first })
        let titles = ClusterTitles.best(in: geometry)

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
                                                      extra: pin(title.center, panel: panel)))
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
                    statements.append(.edge(from: from, to: to, attributes + [("comment", .text(key))]))
                }
            }
        }
        let span = years.count > 1 ? "\(years.first!)–\(years.last!)" : years.first.map(String.init) ?? ""
        let subtitle = DiagramMessage.landscape.text(options.language) + " " + span
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
        var graph = DOTGraph(name: alliance.id.rawValue + " years", attributes: attributes, statements: statements)
        // A simplified large alliance keeps its straight lines (hundreds in each panel: comparing
        // every line with every other took minutes).
        graph.statements = try Self.routed(graph, options.simplification == nil ? routable : [:], layouts: layouts)
        return graph
    }

    /// How many more lines a line through a text may cross when drawn another way than its curve
    /// (in the second pass of ``routed(_:_:layouts:)``, within what the first pass saved).
    static let crossingsAllowedPerRoute = 2

    /// A line of a panel: its statement and, when the shared layout has one, its route there
    /// moved by (`dx`, `dy`) into the panel.
    struct Route {
        var statement: Int
        var line: LaidOutEdge?
        var dx: Double
        var dy: Double

        /// The shared layout's route as a polyline in the panel (empty without one).
        var polyline: [Point] { line?.polyline().map { Point(x: $0.x + dx, y: $0.y + dy) } ?? [] }
    }

    /// How far a bent line's middle is moved to the side, as fractions of the distance between its
    /// ends' centres (either side), then in points: the gentlest first.
    static let bends: [Double] = [0.12, 0.25, 0.4, 0.6]
    static let bendsInPoints: [Double] = [30, 60, 100]
    /// How many times as long as its curve a line drawn another way may be.
    static let detour = 2.2
    /// How far from a box's corner or side a line led past it runs, in points (each tried).
    static let clearances = [7.0, 20.0]

    /// The statements of `graph` (laid out with its lines curved) with each region's title moved
    /// along the top of its region to where the fewest of the panel's curves cross it, and each line that runs
    /// through a text (an actor, a group's box, a heading, a region's title; other than its own
    /// ends) drawn another way (`pos`), the best of: the curve bent to one side (``bends``), a
    /// curve led past a corner or side of a box it ran through (``clearances``), its route of the
    /// shared layout (`routable`, by the line's `comment`, which is dropped here). Best is through
    /// the fewest texts (fewer than the curve), then crossing the fewest other lines, then the
    /// shortest; a first pass takes none crossing more lines than the curve it replaces, a second
    /// up to ``crossingsAllowedPerRoute`` more, within what the first saved (issue 15: crossings
    /// must not rise).
    ///
    /// - Complexity: O(lines through a text × candidates × lines × points²) for the crossings.
    /// - Throws: ``GraphvizError`` when the layout fails.
    static func routed(_ graph: DOTGraph, _ routable: [String: Route],
                       layouts: ([DOTGraph], LayoutEngine) throws(GraphvizError) -> [LayoutGeometry]) throws(GraphvizError) -> [DOTStatement] {
        var statements = graph.statements
        guard !routable.isEmpty else {
            return statements.map { statement in
                guard case .edge(let from, let to, let attributes) = statement else { return statement }
                return .edge(from: from, to: to, attributes.filter { $0.name != "comment" })
            }
        }
        // The graph asks for `nop2` (GraphvizContext.givenLayout), which is taken whatever engine is named.
        guard let curved = try layouts([graph], .neato).first else {
            throw GraphvizError(stage: .layout, messages: [], reason: Message(RenderMessage.notRendered))
        }
        // Each panel's region titles where the fewest of its curved lines cross them (at the top
        // of the region: centred, left or right, as ``ClusterTitles`` places them after `dot`);
        // moving a pinned title moves no line.
        var nodes = curved.nodes
        let curves = curved.edges.map { $0.polyline() }
        let indices = Dictionary(statements.indices.compactMap { index -> (String, Int)? in
            guard case .node(let id, _) = statements[index] else { return nil }
            return (id, index)
        }, uniquingKeysWith: { first, _ in first })
        for (name, box) in curved.nodes.sorted(by: { $0.key < $1.key }) where name.contains("/title:") {
            guard let region = curved.nodes[name.replacingOccurrences(of: "/title:", with: "/region:")],
                  let index = indices[name], case .node(let id, var attributes) = statements[index] else { continue }
            let places = ClusterTitles.candidates(cluster: region, label: box).map(\.box)
            let counts = places.map { ClusterTitles.crossings(of: $0, by: curves) }
            guard let best = counts.indices.min(by: { counts[$0] < counts[$1] }),
                  counts[best] < ClusterTitles.crossings(of: box, by: curves) else { continue }
            let center = places[best].center
            attributes.removeAll { $0.name == "pos" }
            attributes.append(("pos", .text(DOTValue.format(center.x) + "," + DOTValue.format(center.y) + "!")))
            statements[index] = .node(id: id, attributes)
            nodes[name] = places[best]
        }
        let obstacles = nodes.filter { !$0.key.contains("/region:") }.map { name, box in
            (name: name, box: Box(minX: box.minX + 1, minY: box.minY + 1, maxX: box.maxX - 1, maxY: box.maxY - 1))
        }
        // Lines drawn another way stay within their panel (not into another, nor out into the
        // title and legend above): the box around the panel's nodes (named `yYEAR/…`), widened
        // into the gap between panels by a third on the sides and below (its heading is on top).
        func panel(_ name: String) -> Substring { name.prefix { $0 != "/" } }
        var panels: [Substring: Box] = [:]
        for (name, box) in curved.nodes { panels[panel(name)] = panels[panel(name)]?.union(box) ?? box }
        var lines = curved.edges.map { (ends: Set([$0.tail, $0.head]), points: $0.polyline()) }
        // The lines of each panel (lines of different panels never cross).
        var panelLines: [Substring: [Int]] = [:]
        for (index, edge) in curved.edges.enumerated() { panelLines[panel(edge.tail), default: []].append(index) }
        /// How many lines of its panel `points` (for line `index`) cross, counted up to `limit` + 1.
        func crossings(_ points: [Point], of index: Int, upTo limit: Int = Int.max - 1) -> Int {
            var count = 0
            for other in panelLines[panel(curved.edges[index].tail)] ?? []
            where other != index && lines[other].ends.isDisjoint(with: lines[index].ends)
                && ClusterTitles.lines(points, cross: lines[other].points) {
                count += 1
                if count > limit { break }
            }
            return count
        }
        let panelObstacles = Dictionary(grouping: obstacles) { panel($0.name) }
        func through(_ points: [Point], _ edge: LaidOutEdge) -> [Box] {
            (panelObstacles[panel(edge.tail)] ?? []).filter { $0.name != edge.tail && $0.name != edge.head && ClusterTitles.passes(points, through: $0.box) }.map(\.box)
        }
        func length(_ points: [Point]) -> Double {
            zip(points, points.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
        }
        // Each line's candidates (only for those through a text), computed once.
        var candidates: [Int: [(position: String, points: [Point])]] = [:]
        for (index, edge) in curved.edges.enumerated() {
            guard let route = routable[edge.comment],
                  case .edge(let from, let to, var attributes) = statements[route.statement] else { continue }
            attributes.removeAll { $0.name == "comment" }
            statements[route.statement] = .edge(from: from, to: to, attributes)
            let hit = through(lines[index].points, edge)
            guard !hit.isEmpty else { continue }
            var list: [(position: String, points: [Point])] = []
            let nodes = panels[panel(edge.tail)] ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0), margin = Self.panelGap / 3
            let bounds = Box(minX: nodes.minX - margin, minY: nodes.minY - margin, maxX: nodes.maxX + margin, maxY: nodes.maxY)
            // No long detours: at most ``detour`` times as long as the curve.
            let longest = length(lines[index].points) * Self.detour
            func add(_ line: LaidOutEdge?) {
                guard let line else { return }
                let points = line.polyline()
                guard points.allSatisfy({ $0.x >= bounds.minX && $0.x <= bounds.maxX && $0.y >= bounds.minY && $0.y <= bounds.maxY }),
                      length(points) <= longest
                else { return }
                list.append((line.dotPosition(), points))
            }
            if let tail = curved.nodes[edge.tail], let head = curved.nodes[edge.head] {
                let distance = tail.center.distance(to: head.center)
                for bend in Self.bends.map({ $0 * distance }) + Self.bendsInPoints {
                    for side in [1.0, -1.0] { add(curve(edge, tail: tail, head: head, bentBy: side * bend)) }
                }
                // Past a box it ran through: beside a corner or a side, or around a side (two corners).
                for c in Self.clearances {
                for box in hit {
                    let xs = [box.minX - c, box.center.x, box.maxX + c], ys = [box.minY - c, box.center.y, box.maxY + c]
                    for x in xs {
                        for y in ys where x != box.center.x || y != box.center.y {
                            add(curve(edge, tail: tail, head: head, past: [Point(x: x, y: y)]))
                        }
                    }
                    let corners = [Point(x: xs[0], y: ys[0]), Point(x: xs[2], y: ys[0]), Point(x: xs[2], y: ys[2]), Point(x: xs[0], y: ys[2])]
                    for side in 0..<4 {
                        var pair = [corners[side], corners[(side + 1) % 4]]
                        func near(_ p: Point) -> Double { p.distance(to: tail.center) }
                        if near(pair[1]) < near(pair[0]) { pair.reverse() }
                        add(curve(edge, tail: tail, head: head, past: pair))
                    }
                }
                }
            }
            if let line = route.line { list.append((line.dotPosition(dx: route.dx, dy: route.dy), route.polyline)) }
            candidates[index] = list
        }
        // Two passes: first no line may cross more lines than its curve did; then, where lines
        // still run through a text, up to ``crossingsAllowedPerRoute`` more each, as long as the
        // panels together cross no more than with the curves (`budget`: what the first pass saved).
        var budget = 0
        for pass in 0..<2 {
            for index in candidates.keys.sorted() {
                let edge = curved.edges[index]
                guard let route = routable[edge.comment], case .edge(let from, let to, var attributes) = statements[route.statement]
                else { continue }
                let texts = through(lines[index].points, edge).count
                guard texts > 0 else { continue }
                let before = crossings(lines[index].points, of: index)
                let allowed = before + (pass == 0 ? 0 : min(Self.crossingsAllowedPerRoute, budget))
                // Through fewest texts first, shortest first among equals: the first of the fewest
                // texts that crosses no line is the best; crossing counts stop at the best so far.
                let ordered = (candidates[index] ?? []).map { candidate in
                    (texts: through(candidate.points, edge).count, length: length(candidate.points), candidate: candidate)
                }.filter { $0.texts < texts }.sorted { ($0.texts, $0.length) < ($1.texts, $1.length) }
                var best: (texts: Int, crossings: Int, length: Double, candidate: (position: String, points: [Point]))?
                for entry in ordered {
                    if let current = best, entry.texts > current.texts || current.crossings == 0 { break }
                    let limit = min(allowed, (best?.crossings ?? Int.max) - 1)
                    guard limit >= 0 else { break }
                    let crossed = crossings(entry.candidate.points, of: index, upTo: limit)
                    guard crossed <= limit else { continue }
                    best = (entry.texts, crossed, entry.length, entry.candidate)
                }
                guard let best else { continue }
                attributes.removeAll { $0.name == "pos" }
                attributes.append(("pos", .text(best.candidate.position)))
                statements[route.statement] = .edge(from: from, to: to, attributes)
                lines[index].points = best.candidate.points
                budget -= best.crossings - before
            }
        }
        return statements
    }

    /// Line `edge` as one cubic curve from box `tail` to box `head` whose middle is moved
    /// `offset` points to the left of the way from tail to head (right when negative); see
    /// ``curve(_:tail:head:pieces:)``.
    static func curve(_ edge: LaidOutEdge, tail: Box, head: Box, bentBy offset: Double) -> LaidOutEdge? {
        let c0 = tail.center, c3 = head.center
        let dx = c3.x - c0.x, dy = c3.y - c0.y, length = Self.length(dx, dy)
        guard length > 1 else { return nil }
        let normal = Point(x: -dy / length * offset, y: dx / length * offset)
        return curve(edge, tail: tail, head: head, pieces: [[
            c0, Point(x: c0.x + dx / 3 + normal.x, y: c0.y + dy / 3 + normal.y),
            Point(x: c0.x + 2 * dx / 3 + normal.x, y: c0.y + 2 * dy / 3 + normal.y), c3]])
    }

    /// Line `edge` as a smooth chain of cubic curves from box `tail` through `points` to box
    /// `head` (Catmull–Rom: at each point running parallel to the way between its neighbours);
    /// see ``curve(_:tail:head:pieces:)``.
    static func curve(_ edge: LaidOutEdge, tail: Box, head: Box, past points: [Point]) -> LaidOutEdge? {
        let all = [tail.center] + points + [head.center]
        for (a, b) in zip(all, all.dropFirst()) where a.distance(to: b) < 1 { return nil }
        let tangents = all.indices.map { index in
            let before = all[max(0, index - 1)], after = all[min(all.count - 1, index + 1)]
            let scale = index == 0 || index == all.count - 1 ? 1.0 : 0.5
            return Point(x: (after.x - before.x) * scale, y: (after.y - before.y) * scale)
        }
        let pieces = (0..<(all.count - 1)).map { index in
            [all[index], Point(x: all[index].x + tangents[index].x / 3, y: all[index].y + tangents[index].y / 3),
             Point(x: all[index + 1].x - tangents[index + 1].x / 3, y: all[index + 1].y - tangents[index + 1].y / 3), all[index + 1]]
        }
        return curve(edge, tail: tail, head: head, pieces: pieces)
    }

    /// Line `edge` drawn along cubic `pieces` (control points, each from where the one before
    /// ends) from the centre of box `tail` to the centre of box `head`, cut where it leaves the
    /// tail's box (in the first piece) and enters the head's (in the last), with `edge`'s
    /// arrowheads (as long as there); `nil` when that cannot be cut so (a box overlapping the
    /// other, or a piece's end inside a box).
    ///
    /// - Complexity: O(pieces).
    static func curve(_ edge: LaidOutEdge, tail: Box, head: Box, pieces: [[Point]]) -> LaidOutEdge? {
        guard var firstPiece = pieces.first, var lastPiece = pieces.last else { return nil }
        func at(_ curve: [Point], _ t: Double) -> Point {
            let u = 1 - t, a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
            return Point(x: a * curve[0].x + b * curve[1].x + c * curve[2].x + d * curve[3].x,
                         y: a * curve[0].y + b * curve[1].y + c * curve[2].y + d * curve[3].y)
        }
        // A piece's inner end inside one of the boxes would make the line leave and re-enter it.
        for piece in pieces.dropLast() where tail.contains(piece[3]) || head.contains(piece[3]) { return nil }
        /// The parameter between `low` and `high` where `test` turns from true (at `low`) to false.
        func boundary(_ low: Double, _ high: Double, _ test: (Double) -> Bool) -> Double {
            var (low, high) = (low, high)
            for _ in 0..<30 {
                let middle = (low + high) / 2
                if test(middle) { low = middle } else { high = middle }
            }
            return (low + high) / 2
        }
        // The part of `curve` from `from` to `to` (de Casteljau).
        func part(_ curve: [Point], _ from: Double, _ to: Double) -> [Point] {
            func split(_ p: [Point], _ t: Double) -> (left: [Point], right: [Point]) {
                func mix(_ a: Point, _ b: Point) -> Point { Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t) }
                let a = mix(p[0], p[1]), b = mix(p[1], p[2]), c = mix(p[2], p[3])
                let d = mix(a, b), e = mix(b, c), f = mix(d, e)
                return ([p[0], a, d, f], [f, e, c, p[3]])
            }
            let right = from > 0 ? split(curve, from).right : curve
            return to < 1 ? split(right, (to - from) / (1 - from)).left : right
        }
        let steps = 64, single = pieces.count == 1
        guard let leave = (1...steps).first(where: { !tail.contains(at(firstPiece, Double($0) / Double(steps))) }) else { return nil }
        var t0 = boundary(Double(leave - 1) / Double(steps), Double(leave) / Double(steps)) { tail.contains(at(firstPiece, $0)) }
        guard let enter = (0..<steps).reversed().first(where: { !head.contains(at(lastPiece, Double($0) / Double(steps))) }) else { return nil }
        var t1 = boundary(Double(enter + 1) / Double(steps), Double(enter) / Double(steps)) { head.contains(at(lastPiece, $0)) }
        guard !single || t0 < t1 else { return nil }
        // Arrowheads: the line stops short of the box by the arrowhead's length, which tips at the box.
        var (start, end): (Point?, Point?) = (nil, nil)
        if let piece = edge.pieces.first, let tip = piece.start, let base = piece.points.first {
            let length = tip.distance(to: base), curve = firstPiece
            start = at(curve, t0)
            t0 = boundary(t0, single ? t1 : 1) { at(curve, $0).distance(to: start!) < length }
        }
        if let piece = edge.pieces.last, let tip = piece.end, let base = piece.points.last {
            let length = tip.distance(to: base), curve = lastPiece
            end = at(curve, t1)
            t1 = boundary(t1, single ? t0 : 0) { at(curve, $0).distance(to: end!) < length }
        }
        guard !single || t0 < t1 else { return nil }
        var points: [Point]
        if single {
            points = part(firstPiece, t0, t1)
        } else {
            firstPiece = part(firstPiece, t0, 1)
            lastPiece = part(lastPiece, 0, t1)
            points = firstPiece
            for piece in pieces.dropFirst().dropLast() { points += piece.dropFirst() }
            points += lastPiece.dropFirst()
        }
        return LaidOutEdge(tail: edge.tail, head: edge.head, comment: edge.comment,
                           pieces: [.init(points: points, start: start, end: end)])
    }

    /// The length of vector (`dx`, `dy`).
    static func length(_ dx: Double, _ dy: Double) -> Double { (dx * dx + dy * dy).squareRoot() }
}
