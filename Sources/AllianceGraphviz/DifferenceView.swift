import AllianceGraph

/// What changed in an alliance between two years: new relations and actors in green, those no
/// longer there in red dashed, relations whose coordination mechanism changed in orange with
/// the old and new mechanism named. With ``DiagramOptions/interfaces`` the interfaces of the
/// later year are drawn with their coverage, and changes of coverage since the earlier year marked.
///
/// A relation is "the same" in both years when format and actors agree, even if the data file
/// models the change as one relation ending and another beginning.
public struct DifferenceView: Sendable {
    /// The alliance.
    public var alliance: Alliance
    /// The earlier year.
    public var from: Int
    /// The later year.
    public var to: Int
    /// Language, engine, filter, legend.
    public var options: DiagramOptions

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
        builder.usage.difference = (from, to)
        let all = builder.alliance.actors
        let before = Set(all.filter { $0.isPresent(in: from) }.map(\.id))
        let after = Set(all.filter { $0.isPresent(in: to) }.map(\.id))
        var nodes: [(actor: Actor, statement: DOTStatement)] = []
        for actor in all where before.contains(actor.id) || after.contains(actor.id) {
            let mark: ChangeMark = !before.contains(actor.id) ? .added : (!after.contains(actor.id) ? .removed : .normal)
            let managing = actor.holds(.managingOffice, in: after.contains(actor.id) ? to : from)
            nodes.append((actor, builder.actorNode(actor, managing: managing, mark: mark)))
        }
        var statements: [DOTStatement] = [DiagramBuilder.nodeDefaults, DiagramBuilder.edgeDefaults]
        statements += builder.clustered(nodes)

        let old = builder.drawnRelations(year: from, actors: before)
        let new = builder.drawnRelations(year: to, actors: after)
        var oldBySignature: [String: DrawnRelation] = [:]
        for drawn in old where oldBySignature[drawn.signature] == nil { oldBySignature[drawn.signature] = drawn }
        var newSignatures = Set<String>()
        for drawn in new {
            newSignatures.insert(drawn.signature)
            let mark: ChangeMark
            if let previous = oldBySignature[drawn.signature] {
                mark = previous.relation.mechanism?.mechanism == drawn.relation.mechanism?.mechanism
                    ? .unchanged : .changed(from: previous.relation)
                if drawn.isGroup {
                    // One box for the group; members who joined are green, those who left red dashed.
                    let before = previous.ends.actors, after = drawn.ends.actors
                    let members = before + after.filter { !before.contains($0) }
                    var memberMarks: [ActorID: ChangeMark] = [:]
                    for member in members where !(before.contains(member) && after.contains(member)) {
                        memberMarks[member] = after.contains(member) ? .added : .removed
                    }
                    let merged = DrawnRelation(index: drawn.index, relation: drawn.relation, ends: .undirected(members))
                    statements += builder.relationStatements(merged, mark: mark, memberMarks: memberMarks)
                    continue
                }
            } else {
                mark = .added
            }
            statements += builder.relationStatements(drawn, mark: mark)
        }
        var emitted = Set<String>()
        for drawn in old where !newSignatures.contains(drawn.signature) && emitted.insert(drawn.signature).inserted {
            statements += builder.relationStatements(drawn, mark: .removed)
        }
        if let coverage = options.interfaceCoverage(of: alliance, year: to) {
            let previous = options.interfaceCoverage(of: alliance, year: from)
            statements += builder.interfaceStatements(coverage, actors: after, previous: previous)
        }
        if options.showsLegend { statements.append(Legend.node(builder.usage, language: options.language)) }
        let subtitle = DiagramText.change.text(options.language) + " \(from) → \(to)"
        return DOTGraph(name: alliance.id.rawValue + " \(from)-\(to)",
                        attributes: builder.graphAttributes(title: builder.title(subtitle), engine: options.engine),
                        statements: statements)
    }
}
