import AllianceGraph

/// What changed in an alliance between two years: new relations and actors in green, those no
/// longer there in red (lines keep their mechanism's style), relations whose format, mechanism or formalisation changed, and
/// replacements, in orange with old → new named. With ``DiagramOptions/interfaces`` the interfaces
/// of the later year are drawn with their coverage, and changes of coverage since the earlier year marked.
///
/// Which relation of the earlier year is "the same" in the later year is decided by
/// ``RelationCorrespondence`` (id, then `replaced_by:`, then the same ends and format), as for
/// `alliance diff`: a replacement is drawn once, as the relation replacing the other.
public struct DifferenceView: Sendable {
    /// The alliance.
    public var alliance: Alliance
    /// The earlier year.
    public var from: Int
    /// The later year.
    public var to: Int
    /// Language, engine, filter, legend.
    public var options: DiagramOptions
    /// The built-in size of captions and group boxes (9 pt; ``CompactLayout/relationFontSize`` in the compact layout).
    var relationFontSize = DiagramBuilder.defaultRelationFontSize
    /// Captions drawn as a number at their line, as the legend lists them (``CaptionKey``): none unless the compact layout asks.
    var captionKey: [CaptionKey.Entry] = []

    /// Creates the view.
    public init(alliance: Alliance, from: Int, to: Int, options: DiagramOptions = DiagramOptions()) {
        self.alliance = alliance
        self.from = from
        self.to = to
        self.options = options
    }

    /// The diagram as a DOT graph.
    public func graph() -> DOTGraph {
        var builder = DiagramBuilder(alliance: alliance, options: options)
        builder.relationFontSize = relationFontSize
        builder.usage.captionKey = captionKey
        builder.usage.difference = (from, to)
        let all = builder.alliance.actors
        let before = Set(all.filter { $0.isPresent(in: from) }.map(\.id))
        let after = Set(all.filter { $0.isPresent(in: to) }.map(\.id))
        let planned = plan(builder: builder, before: before, after: after)
        let core = planned.filter(\.drawn.isCoreGroup)
        let marks = Dictionary(core.map { ($0.drawn.index, ($0.mark, $0.memberMarks)) }, uniquingKeysWith: { first, _ in first })
        let badges = builder.coreGroupBadges(core.map(\.drawn), mark: { marks[$0.index]?.0 ?? .unchanged },
                                             memberMarks: { marks[$0.index]?.1 ?? [:] })
        builder.prepareSizes(year: to)
        var nodes: [(actor: Actor, statement: DOTStatement)] = []
        for actor in all where before.contains(actor.id) || after.contains(actor.id) {
            let mark: ChangeMark = !before.contains(actor.id) ? .added : (!after.contains(actor.id) ? .removed : .normal)
            let managing = actor.holds(.managingOffice, in: after.contains(actor.id) ? to : from)
            nodes.append((actor, builder.actorNode(actor, managing: managing, mark: mark, coreGroup: badges[actor.id])))
        }
        var statements: [DOTStatement] = [builder.nodeDefaults, builder.edgeDefaults]
        statements += builder.clustered(nodes)

        for planned in planned where !planned.drawn.isCoreGroup {
            statements += builder.relationStatements(planned.drawn, mark: planned.mark, memberMarks: planned.memberMarks)
        }
        if let coverage = options.interfaceCoverage(of: alliance, year: to) {
            let previous = options.interfaceCoverage(of: alliance, year: from)
            statements += builder.interfaceStatements(coverage, actors: after, previous: previous)
        }
        let subtitle = DiagramMessage.change.text(options.language) + " \(from) → \(to)"
        return DOTGraph(name: alliance.id.rawValue + " \(from)-\(to)",
                        attributes: builder.graphAttributes(title: builder.header(subtitle), subtitle: subtitle, engine: options.engine),
                        statements: statements)
    }

    /// One relation as the difference diagram draws it.
    struct PlannedRelation {
        /// The relation drawn (of the later year, unless it ended).
        var drawn: DrawnRelation
        /// `.added`, `.removed`, `.unchanged` or `.changed`.
        var mark: ChangeMark
        /// For a group drawn as one box: the members who joined (`.added`) or left (`.removed`).
        var memberMarks: [ActorID: ChangeMark] = [:]
    }

    /// What the diagram draws for the relations, in drawing order: the later year's relations
    /// (unchanged, changed, replacing or added), then those that ended. The tests compare it with
    /// ``YearDifference``.
    func plan() -> [PlannedRelation] {
        let builder = DiagramBuilder(alliance: alliance, options: options)
        let all = builder.alliance.actors
        return plan(builder: builder, before: Set(all.filter { $0.isPresent(in: from) }.map(\.id)),
                    after: Set(all.filter { $0.isPresent(in: to) }.map(\.id)))
    }

    private func plan(builder: DiagramBuilder, before: Set<ActorID>, after: Set<ActorID>) -> [PlannedRelation] {
        let old = builder.drawnRelations(year: from, actors: before)
        let new = builder.drawnRelations(year: to, actors: after)
        let correspondence = RelationCorrespondence(
            from: builder.alliance.snapshot(year: from).relations.map(builder.analysed),
            to: builder.alliance.snapshot(year: to).relations.map(builder.analysed), in: builder.alliance)
        var matchOfLater: [RelationID: RelationCorrespondence.Match] = [:]
        for match in correspondence.matches where matchOfLater[match.after.relation.id] == nil {
            matchOfLater[match.after.relation.id] = match
        }
        let oldByID = Dictionary(old.map { ($0.relation.id, $0) }, uniquingKeysWith: { first, _ in first })
        let started = Set(correspondence.started.map(\.relation.id))
        var result: [PlannedRelation] = []
        for drawn in new {
            guard let match = matchOfLater[drawn.relation.id] else {
                // A relation replaced during the later year is drawn as its replacement only.
                if started.contains(drawn.relation.id) { result.append(PlannedRelation(drawn: drawn, mark: .added)) }
                continue
            }
            let mark: ChangeMark = match.isChanged || match.isReplacement ? .changed(match) : .unchanged
            if drawn.isGroup, let previous = oldByID[match.before.relation.id], case .undirected = previous.ends {
                // One box for the group; members who joined are green, those who left red.
                let before = previous.ends.actors, after = drawn.ends.actors
                let members = before + after.filter { !before.contains($0) }
                var memberMarks: [ActorID: ChangeMark] = [:]
                for member in members where !(before.contains(member) && after.contains(member)) {
                    memberMarks[member] = after.contains(member) ? .added : .removed
                }
                let merged = DrawnRelation(index: drawn.index, relation: drawn.relation, ends: .undirected(members),
                                           analysed: drawn.analysed)
                result.append(PlannedRelation(drawn: merged, mark: mark, memberMarks: memberMarks))
            } else {
                result.append(PlannedRelation(drawn: drawn, mark: mark))
            }
        }
        let ended = Set(correspondence.ended.map(\.relation.id))
        for drawn in old where ended.contains(drawn.relation.id) {
            result.append(PlannedRelation(drawn: drawn, mark: .removed))
        }
        return result
    }
}
