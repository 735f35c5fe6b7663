/// One actor's responsibility for a topic as the classifier sees it: under which condition and
/// in which months, and where that comes from (a situation's `when:` or a core mandate).
struct ResponsibilityHolding: Hashable, Sendable {
    /// The actor.
    var actor: ActorID
    /// The condition; `nil` means for everyone.
    var condition: ResponsibilityCondition?
    /// The months (within the alliance's years and the actor's presence).
    var spans: [MonthSpan]
    /// The mandate's topic: the topic asked for or one of its neighbours.
    var topic: TopicID
    /// Whether the holding was written for the situation (`when:`) rather than read from mandates.
    var isExplicit: Bool
}

/// How the holdings of one topic meet in time under their conditions: which actors share a month
/// with another actor under conditions that can hold together (responsibility at the same time),
/// which share a month with another actor under conditions that exclude each other
/// (responsibility split by a condition, passing on when it changes), and the dimensions of those
/// changes. Used by the classifier's rules and by the discovery of interfaces, so that both read
/// conditions the same way.
struct HoldingComparison {
    /// Actors with a holding that meets another actor's under a condition that can hold together with its own.
    var shared = Set<ActorID>()
    /// Actors with a holding that meets another actor's under a condition that excludes its own.
    var split = Set<ActorID>()
    /// The dimensions in which meeting holdings' conditions exclude each other, in
    /// ``ResponsibilityCondition/Dimension`` order.
    var changes: [ResponsibilityCondition.Dimension] = []

    /// Compares `holdings` (spans already clipped to the months that matter). Holdings are grouped
    /// by condition, so identical conditions are compared once.
    /// - Complexity: O(*d*² · *h* log *h*) for *h* holdings with *d* distinct conditions.
    init(_ holdings: [ResponsibilityHolding], vocabulary: Vocabulary) {
        var classes: [ResponsibilityCondition?] = []
        var members: [[(owner: ActorID, spans: [MonthSpan])]] = []
        for holding in holdings {
            if let i = classes.firstIndex(of: holding.condition) { members[i].append((holding.actor, holding.spans)) } else {
                classes.append(holding.condition)
                members.append([(holding.actor, holding.spans)])
            }
        }
        func together(_ a: ResponsibilityCondition?, _ b: ResponsibilityCondition?) -> Bool {
            guard let a, let b else { return true }
            return a.canHoldTogether(with: b, in: vocabulary)
        }
        for (i, condition) in classes.enumerated() {
            let others = classes.indices.filter { together(condition, classes[$0]) }.flatMap { members[$0] }
            for (holder, meets) in zip(members[i], MonthSpan.meets(members[i], others: others)) where meets { shared.insert(holder.owner) }
        }
        for i in classes.indices {
            for j in classes.indices where j > i {
                guard let a = classes[i], let b = classes[j], !a.canHoldTogether(with: b, in: vocabulary) else { continue }
                let left = MonthSpan.meets(members[i], others: members[j])
                guard left.contains(true) else { continue }
                let right = MonthSpan.meets(members[j], others: members[i])
                for (h, m) in zip(members[i], left) where m { split.insert(h.owner) }
                for (h, m) in zip(members[j], right) where m { split.insert(h.owner) }
                for d in a.exclusiveDimensions(with: b, in: vocabulary) where !changes.contains(d) { changes.append(d) }
            }
        }
        let order = ResponsibilityCondition.Dimension.allCases
        changes.sort { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
    }
}

extension ClassificationContext {
    /// The responsibilities of `actor` for `topic`: from the situation's `responsibility` if it
    /// names a condition (`when:`) or denies responsibility (`responsible: false`), otherwise from
    /// the actor's core mandates for `topic` and its neighbours (``Vocabulary/topicWithNeighbours(_:)``),
    /// each with its condition and validity within the actor's presence.
    /// - Complexity: O(*m* · *n*) for *m* mandates of the actor and *n* neighbouring topics.
    func holdings(_ actor: Actor, _ topic: TopicID, responsibility: Responsibility? = nil,
                  neighbours: [TopicID]? = nil) -> [ResponsibilityHolding] {
        if let responsibility {
            if !responsibility.isResponsible { return [] }
            if let condition = responsibility.condition {
                return [ResponsibilityHolding(actor: actor.id, condition: condition, spans: presence(of: actor), topic: topic, isExplicit: true)]
            }
        }
        let topics = neighbours ?? vocabulary.topicWithNeighbours(topic)
        let presence = presence(of: actor)
        return actor.coreMandates(in: vocabulary).compactMap { mandate in
            guard topics.contains(mandate.topic) else { return nil }
            let spans = [MonthSpan(mandate.period ?? Period(start: nil, end: nil), in: frame)].clipped(to: presence)
            guard !spans.isEmpty else { return nil }
            return ResponsibilityHolding(actor: actor.id, condition: mandate.condition, spans: spans, topic: mandate.topic, isExplicit: false)
        }
    }

    /// A condition in words, e.g. "Alter 18–, SGB II" / "age 18–, SGB II".
    func conditionArgument(_ condition: ResponsibilityCondition) -> MessageArgument {
        var parts: [MessageArgument] = []
        if let age = condition.age {
            parts.append(.message(Message(ClassificationMessage.conditionAge, ["range": .text(age.description)])))
        }
        if let residence = condition.residence {
            parts.append(.joined(residence.map { id in .label(vocabulary.residenceStatus(id)?.label ?? Label(de: id.rawValue, en: id.rawValue)) },
                                 separator: .message(Message(CommonMessage.orSpaced))))
        }
        if let bases = condition.legalBasis {
            parts.append(.joined(bases.map { id in
                let label = vocabulary.legalBasis(id)?.label
                let short = label?.abbreviation ?? id.rawValue
                return .label(Label(de: short, en: short))
            }, separator: .message(Message(CommonMessage.orSpaced))))
        }
        if let months = condition.programmeMonths {
            parts.append(.message(Message(ClassificationMessage.conditionProgrammeMonths, ["range": .text(months.description)])))
        }
        return .list(parts)
    }
}

extension ResponsibilityCondition.Dimension {
    /// The change of this dimension that hands responsibility over, in words.
    public var changeLabel: Label {
        switch self {
        case .age: Label(de: "Altersgrenze", en: "age limit")
        case .residence: Label(de: "Wechsel des Aufenthaltsstatus", en: "change of residence status")
        case .legalBasis: Label(de: "Wechsel des Rechtskreises", en: "change of benefit law")
        case .programmeMonths: Label(de: "Ende des Programms", en: "end of the programme")
        }
    }
}

extension MonthSpan {
    /// For each holder in `marked`, whether one of its spans shares a month with a span of a
    /// holder in `others` that belongs to another owner. A holder whose owner also appears in
    /// `others` needs a month held by two owners of `others` (so it never meets itself).
    /// - Complexity: O(*s* log *s*) for *s* spans in all.
    static func meets<Owner: Hashable>(_ marked: [(owner: Owner, spans: [MonthSpan])],
                                        others: [(owner: Owner, spans: [MonthSpan])]) -> [Bool] {
        let counts = ownerCounts(others)
        let once = counts.runs.map { (start: $0.start, end: $0.end) }
        let twice = counts.runs.filter { $0.owners >= 2 }.map { (start: $0.start, end: $0.end) }
        return marked.map { holder in
            let runs = counts.owners.contains(holder.owner) ? twice : once
            return holder.spans.contains { $0.start <= $0.end && $0.meets(runs) }
        }
    }
}
