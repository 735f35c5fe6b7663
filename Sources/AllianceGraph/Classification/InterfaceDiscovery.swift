/// Finds the interfaces of an alliance-year: those coded in the data plus those AllianceGraph
/// discovers where the data codes none.
///
/// Discovery, in this order (a later candidate is dropped when an earlier interface on the
/// same topic already includes all its actors; a relation-topic candidate already when an
/// earlier interface on the topic shares two of its actors, since the relation then works on
/// that interface):
/// 1. **Coded** interfaces existing in the year.
/// 1a. **Situations** occurring in the year with two or more actors (origin
///    ``InterfaceOrigin/situation``, id `situation:<id>`). A coded interface on the same topic
///    whose actors include all of the situation's wins: it is classified with the situation's
///    responsibility facts (so a disagreement between its coded type and the facts is reported)
///    and no second interface is added.
/// 2. **Chains**: every pair of consecutive steps of a chain applying in the year
///    (topic: the receiving step's topic).
/// 3. **Consecutive core mandates**: two actors holding the same topic one after the other,
///    where the hand-over month (the later actor's first month) lies in the year.
/// 4. **Shared core mandates**: all actors present in the year that hold the same topic in
///    overlapping months of the year under conditions that can hold together (a holder whose
///    mandate's condition excludes every other holder's, e.g. SGB II beside the AsylbLG, shares with none).
/// 4a. **Responsibility split by a condition**: the actors holding the same topic in overlapping
///    months under conditions that exclude each other (job centre under SGB II, employment agency
///    under SGB III): responsibility passes between them when the condition changes.
/// 5. **Relation topics**: every relation holding in the year that names a topic, with its actors.
///
/// Discovered interfaces get ids starting with `auto:` and exist only in the year they were found for.
public struct InterfaceDiscovery: Sendable {
    /// The alliance and vocabulary.
    public let context: ClassificationContext

    /// Creates a discovery for one alliance.
    public init(context: ClassificationContext) {
        self.context = context
    }

    /// The interfaces of `year` with their origin and the situation whose responsibility facts
    /// apply: coded first, then those derived from situations, then (if `discover`) the discovered ones.
    /// Situations are always used: they are written in the data, not discovered.
    public func interfaces(year: Int, discover: Bool = true) -> [(interface: Interface, origin: InterfaceOrigin, situation: Situation?)] {
        let snapshot = context.alliance.snapshot(year: year)
        var accepted: [(interface: Interface, origin: InterfaceOrigin, situation: Situation?)] = snapshot.interfaces.map { ($0, .coded, nil) }
        for situation in snapshot.situations where Set(situation.actors).count >= 2 {
            let topic = situation.topic(in: context.vocabulary)
            if let i = accepted.firstIndex(where: { $0.origin == .coded && $0.situation == nil && $0.interface.topic == topic
                && Set($0.interface.actors).isSuperset(of: situation.actors) }) {
                accepted[i].situation = situation
                continue
            }
            let label = situation.label ?? situation.kind.flatMap { context.vocabulary.situationKind($0)?.label.de }
            accepted.append((Interface(id: InterfaceID("situation:\(situation.id)"), actors: Self.distinct(situation.actors), topic: topic,
                                       risk: label, type: nil, periods: situation.periods, note: situation.note,
                                       source: situation.source, observations: situation.observations), .situation, situation))
        }
        guard discover else { return accepted }
        func offer(_ id: String, _ actors: [ActorID], _ topic: TopicID?, _ origin: InterfaceOrigin) {
            guard Set(actors).count >= 2 else { return }
            let covered = accepted.contains { existing in
                guard existing.interface.topic == topic else { return false }
                // A relation on a topic is usually the means of working on an interface already
                // found among some of its actors, not a new interface.
                return origin == .relationTopic
                    ? Set(existing.interface.actors).intersection(actors).count >= 2
                    : Set(existing.interface.actors).isSuperset(of: actors)
            }
            guard !covered else { return }
            accepted.append((Interface(id: InterfaceID(id), actors: actors, topic: topic, periods: [.year(year)]), origin, nil))
        }
        // 2. Chains.
        for chain in snapshot.chains {
            for (i, (a, b)) in zip(chain.steps, chain.steps.dropFirst()).enumerated() where a.actor != b.actor {
                offer("auto:chain:\(chain.id):\(i + 1)", [a.actor, b.actor], b.topic ?? a.topic, .chain)
            }
        }
        // 3. and 4. Core mandates, topic by topic.
        let yearSpan = [MonthSpan.year(year)]
        for topic in mandateTopics() {
            let holders = context.alliance.actors
                .map { (actor: $0, spans: context.holding($0, topic)) }
                .filter { !$0.spans.isEmpty }
                .sorted { $0.spans.earliestStart! < $1.spans.earliestStart! }
            for (a, b) in zip(holders, holders.dropFirst())
            where a.spans.latestEnd! < b.spans.earliestStart! && b.spans.earliestStart!.year == year {
                offer("auto:consecutive:\(topic):\(a.actor.id)+\(b.actor.id)", [a.actor.id, b.actor.id], topic, .consecutiveMandates)
            }
            let inYear = holders.map { holder in
                (actor: holder.actor.id, holdings: context.holdings(holder.actor, topic, neighbours: [topic]).map { h -> ResponsibilityHolding in
                    var h = h; h.spans = h.spans.clipped(to: yearSpan); return h
                }.filter { !$0.spans.isEmpty })
            }.filter { !$0.holdings.isEmpty }
            let comparison = HoldingComparison(inYear.flatMap(\.holdings), vocabulary: context.vocabulary)
            let sharing = inYear.map(\.actor).filter(comparison.shared.contains)
            if sharing.count >= 2 {
                offer("auto:shared:\(topic):" + sharing.map(\.rawValue).joined(separator: "+"), sharing, topic, .sharedMandate)
            }
            let splitting = inYear.map(\.actor).filter(comparison.split.contains)
            if splitting.count >= 2 {
                offer("auto:condition:\(topic):" + splitting.map(\.rawValue).joined(separator: "+"), splitting, topic, .exclusiveConditions)
            }
        }
        // 5. Relation topics.
        for relation in snapshot.relations {
            guard let topic = relation.topic else { continue }
            offer("auto:relation:\(relation.id)", relation.actors, topic, .relationTopic)
        }
        return accepted
    }

    static func distinct(_ ids: [ActorID]) -> [ActorID] {
        var seen = Set<ActorID>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Every topic some actor of the alliance holds as a core mandate, in first-seen order.
    private func mandateTopics() -> [TopicID] {
        var seen = Set<TopicID>()
        return context.alliance.actors.flatMap { $0.coreMandates(in: context.vocabulary).map(\.topic) }
            .filter { seen.insert($0).inserted }
    }
}
