import AllianceGraph

/// All years of an alliance side by side in one diagram, each actor at the same place in
/// every year, so that change is visible at a glance.
///
/// The union of all years (every actor and relation that ever occurs) is laid out once with
/// the chosen engine; each year is then drawn with its nodes pinned at those positions, in one
/// panel per year (up to three in a row, otherwise two rows), and routed by `neato`. Actors not involved in a year stay in
/// place as grey dashed outlines.
public struct YearsSideBySideView: Sendable {
    /// The alliance.
    public var alliance: Alliance
    /// The years shown, left to right; by default all the alliance's years.
    public var years: [Int]
    /// Language, engine (used for the shared layout), filter, legend.
    public var options: DiagramOptions

    /// The gap between two year panels, in points.
    static let panelGap = 90.0

    /// Creates the view.
    public init(alliance: Alliance, years: [Int]? = nil, options: DiagramOptions = DiagramOptions()) {
        self.alliance = alliance
        self.years = years ?? Array(alliance.years)
        self.options = options
    }

    /// The DOT graph of the union of all years, without title and legend, used for the shared layout.
    public func unionGraph() -> DOTGraph {
        var builder = DiagramBuilder(alliance: alliance, options: options)
        let actors = builder.alliance.actors.filter { actor in years.contains { actor.isPresent(in: $0) } }
        var nodes: [(actor: Actor, statement: DOTStatement)] = []
        for actor in actors {
            let managing = years.contains { actor.holds(.managingOffice, in: $0) }
            nodes.append((actor, builder.actorNode(actor, managing: managing, mark: .normal)))
        }
        var statements: [DOTStatement] = [DiagramBuilder.nodeDefaults, DiagramBuilder.edgeDefaults]
        statements += builder.clustered(nodes)
        let ids = Set(actors.map(\.id))
        for drawn in builder.drawnRelations(year: nil, actors: ids)
        where !drawn.isCoreGroup && years.contains(where: drawn.relation.holds(in:)) {
            statements += builder.relationStatements(drawn, mark: .normal)
        }
        var attributes = builder.graphAttributes(title: .text(""), engine: options.engine)
        attributes.removeAll { $0.name == "label" }
        return DOTGraph(name: alliance.id.rawValue + " union", attributes: attributes, statements: statements)
    }

    /// The diagram as a DOT graph. Lays out the union of all years through `context` first.
    ///
    /// - Throws: ``GraphvizError`` when the shared layout fails.
    public func graph(context: GraphvizContext = .shared) throws(GraphvizError) -> DOTGraph {
        let positions = try context.nodePositions(dot: unionGraph().text, engine: options.engine)
        var builder = DiagramBuilder(alliance: alliance, options: options)
        let actors = builder.alliance.actors.filter { positions[DiagramBuilder.actorNodeID($0.id)] != nil }
        let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
        let minX = (xs.min() ?? 0) - 80, maxX = (xs.max() ?? 0) + 80
        let minY = (ys.min() ?? 0) - 30, maxY = (ys.max() ?? 0) + 30
        let panelWidth = maxX - minX + Self.panelGap
        let panelHeight = maxY - minY + Self.panelGap + 60
        // Panels in reading order on a grid that stays close to poster proportions:
        // up to three years in a row, more in two rows.
        let columns = years.count <= 3 ? max(1, years.count) : (years.count + 1) / 2
        let rows = (years.count + columns - 1) / max(1, columns)

        func pin(_ point: Point, panel: Int) -> DOTAttributes {
            let column = panel % columns, row = panel / columns
            let x = point.x - minX + Double(column) * panelWidth
            let y = point.y - minY + Double(rows - 1 - row) * panelHeight
            return [("pos", .text(DOTValue.format(x) + "," + DOTValue.format(y) + "!")), ("pin", .bool(true))]
        }

        var statements: [DOTStatement] = [DiagramBuilder.nodeDefaults, DiagramBuilder.edgeDefaults]
        for (panel, year) in years.enumerated() {
            let prefix = "y\(year)/"
            let present = Set(actors.filter { $0.isPresent(in: year) }.map(\.id))
            let relations = builder.drawnRelations(year: year, actors: present)
            let badges = builder.coreGroupBadges(relations)
            statements.append(.node(id: prefix + "heading", [
                ("shape", .text("plaintext")), ("style", .text("")), ("label", .label(String(year))),
                ("fontsize", .number(28)), ("fontname", .text(DiagramStyle.boldFontName)),
            ] + pin(Point(x: (minX + maxX) / 2, y: maxY + 40), panel: panel)))
            for actor in actors {
                let id = DiagramBuilder.actorNodeID(actor.id)
                let position = positions[id]!
                let mark: ChangeMark = present.contains(actor.id) ? .normal : .absent
                statements.append(builder.actorNode(actor, id: prefix + id, managing: actor.holds(.managingOffice, in: year),
                                                    mark: mark, coreGroup: mark == .absent ? nil : badges[actor.id],
                                                    extra: pin(position, panel: panel)))
            }
            for drawn in relations where !drawn.isCoreGroup {
                let hubPosition = positions[DiagramBuilder.hubNodeID(drawn.index)] ?? Point(x: minX, y: minY)
                statements += builder.relationStatements(drawn, mark: .normal, prefix: prefix,
                                                         hubExtra: pin(hubPosition, panel: panel))
            }
        }
        if options.showsLegend {
            let legendX = Double(columns) * panelWidth + 200
            let legendY = (Double(rows) * panelHeight - Self.panelGap) / 2
            statements.append(Legend.node(builder.usage, language: options.language, extra: [
                ("pos", .text(DOTValue.format(legendX) + "," + DOTValue.format(legendY) + "!")),
                ("pin", .bool(true)),
            ]))
        }
        let span = years.count > 1 ? "\(years.first!)–\(years.last!)" : years.first.map(String.init) ?? ""
        let subtitle = DiagramMessage.landscape.text(options.language) + " " + span
        var attributes = builder.graphAttributes(title: builder.title(subtitle, scale: 1.8), subtitle: subtitle, engine: .neato)
        attributes.removeAll { $0.name == "overlap" || $0.name == "sep" || $0.name == "splines" }
        // Curved edges: routing splines around obstacles ("true") costs about 1.6 s for four panels
        // of a 25-actor alliance, curved edges 0.02 s, and read as well on a poster.
        attributes += [("inputscale", .number(72)), ("overlap", .text("true")), ("notranslate", .bool(true)),
                       ("splines", .text("curved"))]
        return DOTGraph(name: alliance.id.rawValue + " years", attributes: attributes, statements: statements)
    }
}
