import AllianceGraph

/// The cooperation landscape of one alliance in one year.
public struct YearView: Sendable {
    /// The alliance.
    public var alliance: Alliance
    /// The calendar year shown.
    public var year: Int
    /// Language, engine, filter, legend.
    public var options: DiagramOptions
    /// The built-in size of captions and group boxes (9 pt; ``CompactLayout/relationFontSize`` in the compact layout).
    var relationFontSize = DiagramBuilder.defaultRelationFontSize
    /// Captions drawn as a number at their line, as the legend lists them (``CaptionKey``): none unless the compact layout asks.
    var captionKey: [CaptionKey.Entry] = []

    /// Creates the view.
    public init(alliance: Alliance, year: Int, options: DiagramOptions = DiagramOptions()) {
        self.alliance = alliance
        self.year = year
        self.options = options
    }

    /// The diagram as a DOT graph.
    public func graph() -> DOTGraph {
        var builder = DiagramBuilder(alliance: alliance, options: options)
        builder.relationFontSize = relationFontSize
        builder.usage.captionKey = captionKey
        let snapshot = builder.alliance.snapshot(year: year)
        let actors = snapshot.actors
        let relations = builder.drawnRelations(year: year, actors: Set(actors.map(\.id)))
        let badges = builder.coreGroupBadges(relations)
        builder.prepareSizes(year: year)
        var nodes: [(actor: Actor, statement: DOTStatement)] = []
        for actor in actors {
            nodes.append((actor, builder.actorNode(actor, managing: actor.holds(.managingOffice, in: year), mark: .normal,
                                                   coreGroup: badges[actor.id])))
        }
        var statements: [DOTStatement] = [builder.nodeDefaults, builder.edgeDefaults]
        statements += builder.clustered(nodes)
        for drawn in relations where !drawn.isCoreGroup {
            statements += builder.relationStatements(drawn, mark: .normal)
        }
        if let coverage = options.interfaceCoverage(of: alliance, year: year) {
            statements += builder.interfaceStatements(coverage, actors: Set(actors.map(\.id)))
        }
        let subtitle = DiagramMessage.landscape.text(options.language) + " \(year)"
        return DOTGraph(name: alliance.id.rawValue + " \(year)",
                        attributes: builder.graphAttributes(title: builder.header(subtitle), subtitle: subtitle, engine: options.engine),
                        statements: statements)
    }
}
