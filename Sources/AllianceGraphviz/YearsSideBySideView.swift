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
        var nodes: [(actor: Actor, statement: DOTStatement)] = []
        for actor in actors {
            let managing = years.contains { actor.holds(.managingOffice, in: $0) }
            nodes.append((actor, builder.actorNode(actor, managing: managing, mark: .normal)))
        }
        var statements = Self.posterDefaults(builder)
        statements += builder.clustered(nodes, fontScale: Self.textScale)
        let ids = Set(actors.map(\.id))
        for drawn in builder.drawnRelations(year: nil, actors: ids)
        where !drawn.isCoreGroup && years.contains(where: drawn.relation.holds(in:)) {
            statements += builder.relationStatements(drawn, mark: .normal).map { statement in
                guard case .edge(let from, let to, let attributes) = statement else { return statement }
                return .edge(from: from, to: to, attributes.filter { $0.name != "label" })
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
    /// (``sharedLayoutGraphs()``, in this process).
    ///
    /// - Throws: ``GraphvizError`` when the shared layout fails.
    public func graph(context: GraphvizContext = .shared) throws(GraphvizError) -> DOTGraph {
        var geometries: [LayoutGeometry] = []
        for union in sharedLayoutGraphs() { geometries.append(try context.layout(dot: union.text, engine: options.engine)) }
        return graph(sharedLayouts: geometries)
    }

    /// The diagram as a DOT graph, from `geometries`: the layouts of ``sharedLayoutGraphs()`` in
    /// their order, wherever they were computed (in a worker process: ``RenderWorkerPool/layouts(of:engine:language:)``).
    public func graph(sharedLayouts geometries: [LayoutGeometry]) -> DOTGraph {
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

        func pin(_ point: Point, panel: Int) -> DOTAttributes {
            let column = panel % columns, row = panel / columns
            let x = point.x - extent.minX + Double(column) * panelWidth
            let y = point.y - extent.minY + Double(rows - 1 - row) * panelHeight
            return [("pos", .text(DOTValue.format(x) + "," + DOTValue.format(y) + "!")), ("pin", .bool(true))]
        }

        var statements = Self.posterDefaults(builder)
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
                                                     fontScale: Self.textScale, extra: pin(box.center, panel: panel)))
            }
            for actor in actors {
                let id = DiagramBuilder.actorNodeID(actor.id)
                let position = geometry.nodes[id]!.center
                let mark: ChangeMark = present.contains(actor.id) ? .normal : .absent
                statements.append(builder.actorNode(actor, id: prefix + id, managing: actor.holds(.managingOffice, in: year),
                                                    mark: mark, coreGroup: mark == .absent ? nil : badges[actor.id],
                                                    extra: pin(position, panel: panel)))
            }
            for drawn in relations where !drawn.isCoreGroup {
                let hubPosition = geometry.nodes[DiagramBuilder.hubNodeID(drawn.index)]?.center ?? Point(x: extent.minX, y: extent.minY)
                statements += builder.relationStatements(drawn, mark: .normal, prefix: prefix,
                                                         hubExtra: pin(hubPosition, panel: panel))
            }
        }
        let span = years.count > 1 ? "\(years.first!)–\(years.last!)" : years.first.map(String.init) ?? ""
        let subtitle = DiagramMessage.landscape.text(options.language) + " " + span
        var attributes = builder.graphAttributes(title: builder.header(subtitle, scale: Self.headerScale), subtitle: subtitle,
                                                 engine: .neato)
        attributes.removeAll { $0.name == "overlap" || $0.name == "sep" || $0.name == "splines" || $0.name == "outputorder" }
        // The regions are nodes: drawn first, then the actors, then the lines over both (with the
        // other views' "edgesfirst" the regions would hide the lines).
        attributes.append(("outputorder", .text(geometry.clusters.isEmpty ? "edgesfirst" : "nodesfirst")))
        // Curved edges: routing splines around obstacles ("true") costs about 1.6 s for four panels
        // of a 25-actor alliance, curved edges 0.02 s, and read as well on a poster.
        // A simplified large alliance (LargeDiagram) gets straight lines: curved ones for 600
        // relations in four panels took minutes.
        attributes += [("inputscale", .number(72)), ("overlap", .text("true")), ("notranslate", .bool(true)),
                       ("splines", .text(options.simplification == nil ? "curved" : "false"))]
        return DOTGraph(name: alliance.id.rawValue + " years", attributes: attributes, statements: statements)
    }
}
