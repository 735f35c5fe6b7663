/// Infers the types of interfaces (Schnittstellen) from who is responsible for the topic, under
/// which condition and when, following the heuristic of the report's chapter 2.1.
///
/// Responsibility comes from a situation's `when:` / `responsible:` where one is given, else from
/// the actors' core mandates for the topic and its neighbouring topics, each with its condition
/// (``CoreMandate/condition``) and validity. Every rule is tried and every rule that fires gives a
/// ``TypeFinding`` (the report labels some interfaces with two types):
/// - ``InterfaceRule/explicitChain`` — the responsible actors are steps of a chain in the data:
///   transition (an actor a situation marks `responsible: false` is no step).
/// - ``InterfaceRule/situationChange`` — a situation without a topic whose kind names a change
///   (a step from one measure into the next): transition with that change.
/// - ``InterfaceRule/sharedMandate`` — two or more actors are responsible in the same months under
///   conditions that can hold together: interference.
/// - ``InterfaceRule/exclusiveConditions`` — two or more actors are responsible in the same months
///   under conditions that exclude each other: transition when the condition changes (the finding
///   names the dimension).
/// - ``InterfaceRule/consecutiveMandates`` — they are responsible one after the other: transition.
/// - ``InterfaceRule/crossCuttingGoal`` — the topic is cross-cutting and no two are responsible at
///   the same time under compatible conditions: diffusion.
/// - ``InterfaceRule/biographicalStep`` — one actor holds the topic, the others on the same
///   ``BiographicalSequence`` hold other stages of it: transition (weak: a path, no responsibility fact).
/// - ``InterfaceRule/topicOutsideMandates`` — nobody involved is responsible: diffusion.
///
/// A type coded in the data wins; the inferred types are still computed and a disagreement reported.
public struct InterfaceClassifier: Sendable {
    /// The alliance and vocabulary.
    public let context: ClassificationContext
    /// The biographical paths used by the biographical-step rule.
    public let sequences: [BiographicalSequence]

    /// Creates a classifier for one alliance.
    public init(context: ClassificationContext, sequences: [BiographicalSequence] = BiographicalSequence.builtIn) {
        self.context = context
        self.sequences = sequences
    }

    /// Classifies `interface` as it stands in `year`. With `situation`, the responsibilities it
    /// writes down (`when:`, `responsible: false`) replace the mandates of the actors it names, and
    /// its coded types count when the interface codes none.
    /// - Complexity: O(*h* log *h*) for *h* holdings when they share few distinct conditions
    ///   (O(*d*² · *h* log *h*) for *d* distinct conditions).
    public func classify(_ interface: Interface, year: Int, origin: InterfaceOrigin = .coded,
                         situation: Situation? = nil) -> InterfaceClassification {
        let findings = infer(interface, year: year, situation: situation)
        let coded = interface.type.map { [$0] } ?? situation?.types ?? []
        var explanation: Message
        switch findings.count {
        case 0: explanation = noRule(interface, year: year)
        case 1: explanation = findings[0].explanation
        default: explanation = Message(ClassificationMessage.severalFindings, [
            "findings": .joined(findings.map { .message($0.explanation) }, separator: " "),
        ])
        }
        if !coded.isEmpty {
            explanation = Message(ClassificationMessage.codedType, ["type": .and(coded.map { .label($0.label) }), "inference": .message(explanation)])
        }
        let transition = findings.first { $0.type == .transition }
        return InterfaceClassification(
            interface: interface, origin: origin, situation: situation?.id, year: year, codedTypes: coded,
            findings: findings, explanation: explanation,
            order: coded.isEmpty ? transition.map { t in t.order + interface.actors.filter { !t.order.contains($0) } } ?? interface.actors : interface.actors,
            mechanisms: MechanismRules.findings(interface.observations + (origin == .situation ? [] : situation?.observations ?? []), in: context))
    }

    /// The months of `year` in which the interface exists.
    func window(of interface: Interface, year: Int) -> [MonthSpan] {
        let yearSpan = [MonthSpan.year(year)]
        guard let periods = interface.periods else { return yearSpan }
        let clipped = periods.map { MonthSpan($0, in: context.frame) }.clipped(to: yearSpan)
        return clipped.isEmpty ? yearSpan : clipped
    }

    /// The months of the alliance's years in which the interface exists.
    func lifetime(of interface: Interface) -> [MonthSpan] {
        let whole = [MonthSpan(start: YearMonth(context.frame.lowerBound, 1), end: YearMonth(context.frame.upperBound, 12))]
        guard let periods = interface.periods else { return whole }
        return periods.map { MonthSpan($0, in: context.frame) }.clipped(to: whole)
    }

    /// Runs every rule; the findings strongest first (confidence, then rule order).
    func infer(_ interface: Interface, year: Int, situation: Situation? = nil) -> [TypeFinding] {
        let actors = interface.actors.compactMap(context.alliance.actor)
        let written = Dictionary(situation?.responsibilities.map { ($0.actor, $0) } ?? [], uniquingKeysWith: { a, _ in a })
        // Involved with `responsible: false`: takes part (e.g. accompanies the step), holds nothing, is no step.
        let responsible = actors.filter { written[$0.id]?.isResponsible != false }
        var findings: [TypeFinding] = []
        if let finding = chainRule(responsible, year: year) { findings.append(finding) }
        if interface.topic == nil, let situation, let finding = situationChange(situation, responsible, year: year) { findings.append(finding) }
        guard let topic = interface.topic else { return findings }
        let vocabulary = context.vocabulary
        let neighbours = vocabulary.topicWithNeighbours(topic)
        let all = actors.flatMap { context.holdings($0, topic, responsibility: written[$0.id], neighbours: neighbours) }
        let window = window(of: interface, year: year)
        let inWindow = all.map { h -> ResponsibilityHolding in var h = h; h.spans = h.spans.clipped(to: window); return h }
            .filter { !$0.spans.isEmpty }
        let holderIDs = Self.distinct(inWindow.map(\.actor))
        let topicName = context.topicArgument(topic)
        let isCrossCutting = vocabulary.topic(topic)?.isCrossCutting == true
        let byActor = Dictionary(grouping: inWindow, by: \.actor)

        let comparison = HoldingComparison(inWindow, vocabulary: vocabulary)

        // Interference: responsible in the same months under conditions that can hold together.
        let overlapping = comparison.shared
        if overlapping.count >= 2 {
            let ids = holderIDs.filter(overlapping.contains)
            let list = MessageArgument.joined(ids.map { holderArgument($0, byActor[$0] ?? []) }, separator: .message(Message(CommonMessage.andSpaced)))
            findings.append(TypeFinding(type: .interference, rule: .sharedMandate, confidence: .derived, order: ids, explanation: Message(
                ClassificationMessage.sharedMandate, ["topic": topicName, "year": .int(year), "holders": list])))
        }

        // Transition by condition: responsible in the same months for different people, the
        // conditions exclude each other; responsibility passes when the condition changes.
        let exclusive = comparison.split, dimensions = comparison.changes
        if exclusive.count >= 2 {
            let ids = orderByCondition(holderIDs.filter(exclusive.contains), byActor, dimension: dimensions[0])
            let list = MessageArgument.joined(ids.map { holderArgument($0, byActor[$0] ?? []) }, separator: " → ")
            findings.append(TypeFinding(type: .transition, rule: .exclusiveConditions, confidence: .derived, change: dimensions, order: ids,
                                        explanation: Message(ClassificationMessage.exclusiveConditions, [
                                            "topic": topicName, "holders": list, "change": .and(dimensions.map { .label($0.changeLabel) }),
                                        ])))
        }

        // Transition over time: the topic passes from one holder to the next (consecutive periods, a programme ending).
        let lifetime = lifetime(of: interface)
        let allByActor = Dictionary(grouping: all, by: \.actor)
        let overTime = Self.distinct(all.map(\.actor)).map { id in (actor: id, spans: allByActor[id]!.flatMap(\.spans).clipped(to: lifetime)) }
            .filter { !$0.spans.isEmpty }
            .sorted { $0.spans.earliestStart! < $1.spans.earliestStart! }
        if overTime.count >= 2 {
            let steps = zip(overTime, overTime.dropFirst()).filter { $0.spans.latestEnd! < $1.spans.earliestStart! }
            if !steps.isEmpty {
                let text = MessageArgument.joined(steps.map { a, b in
                    let gap = b.spans.earliestStart!.ordinal - a.spans.latestEnd!.ordinal - 1
                    let gapText: MessageArgument = gap > 0 ? .message(Message(ClassificationMessage.gapMonths, ["months": .int(gap)])) : ""
                    return .message(Message(ClassificationMessage.consecutiveStep, [
                        "from": context.nameArgument(a.actor), "topic": topicName, "until": .text("\(a.spans.latestEnd!)"),
                        "to": context.nameArgument(b.actor), "start": .text("\(b.spans.earliestStart!)"), "gap": gapText,
                    ]))
                }, separator: "; ")
                findings.append(TypeFinding(type: .transition, rule: .consecutiveMandates, confidence: .derived, order: overTime.map(\.actor),
                                            explanation: Message(ClassificationMessage.consecutiveMandates, ["steps": text])))
            }
        }

        let mandates = mandateList(actors, within: window)
        // Diffusion: a cross-cutting goal that no two hold together.
        if isCrossCutting && overlapping.count < 2 {
            let holderText: MessageArgument = holderIDs.isEmpty ? ""
                : .message(Message(ClassificationMessage.onlyHolder, ["names": context.namesArgument(holderIDs)]))
            findings.append(TypeFinding(type: .diffusion, rule: .crossCuttingGoal, confidence: .derived, order: actors.map(\.id),
                                        explanation: Message(ClassificationMessage.crossCuttingGoal, ["topic": topicName, "mandates": mandates, "holders": holderText])))
        }

        // Transition: a biographical step between different core mandates on one path (evidence only: weak).
        if !isCrossCutting, holderIDs.count == 1, let holder = context.alliance.actor(holderIDs[0]),
           let finding = biographicalStep(responsible, topic: topic, holder: holder, window: window) {
            findings.append(finding)
        }

        // Diffusion: nobody involved is responsible.
        if !isCrossCutting && holderIDs.isEmpty {
            let denied = situation.map { s in actors.allSatisfy { written[$0.id]?.isResponsible == false } && !s.responsibilities.isEmpty } ?? false
            findings.append(TypeFinding(type: .diffusion, rule: .topicOutsideMandates, confidence: denied ? .derived : .weak, order: actors.map(\.id),
                                        explanation: Message(ClassificationMessage.topicOutsideMandates, ["topic": topicName, "year": .int(year), "mandates": mandates])))
        }
        return Self.ranked(findings)
    }

    /// Findings strongest first: by confidence, then in the order of ``InterfaceRule``.
    static func ranked(_ findings: [TypeFinding]) -> [TypeFinding] {
        let rules = InterfaceRule.allCases
        return findings.sorted { a, b in
            a.confidence != b.confidence ? a.confidence < b.confidence : rules.firstIndex(of: a.rule)! < rules.firstIndex(of: b.rule)!
        }
    }

    static func distinct(_ ids: [ActorID]) -> [ActorID] {
        var seen = Set<ActorID>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// "actor (months)" or "actor (months, condition)" for the holder's own holdings.
    private func holderArgument(_ id: ActorID, _ own: [ResponsibilityHolding]) -> MessageArgument {
        var parts: [MessageArgument] = [.text(own.flatMap(\.spans).text)]
        for condition in own.compactMap(\.condition) { parts.append(context.conditionArgument(condition)) }
        return .message(Message(ClassificationMessage.holderSpans, ["actor": context.nameArgument(id), "spans": .list(parts)]))
    }

    /// The holders in the order the condition's change passes them: ascending age or programme
    /// months, residence statuses in catalogue order; legal bases have no order (as written).
    private func orderByCondition(_ ids: [ActorID], _ holdings: [ActorID: [ResponsibilityHolding]],
                                  dimension: ResponsibilityCondition.Dimension) -> [ActorID] {
        let statuses = Array(context.vocabulary.residenceStatuses.keys)
        func key(_ id: ActorID) -> Int {
            let values = (holdings[id] ?? []).compactMap(\.condition).compactMap { c -> Int? in
                switch dimension {
                case .age: c.age.map { $0.lowerBound ?? Int.min }
                case .programmeMonths: c.programmeMonths.map { $0.lowerBound ?? Int.min }
                case .residence: c.residence?.compactMap { statuses.firstIndex(of: $0) }.min()
                case .legalBasis: nil
                }
            }
            return values.min() ?? Int.max
        }
        return ids.enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }

    /// Chain rule: the actors follow one another in a chain of the data applying in `year`.
    private func chainRule(_ actors: [Actor], year: Int) -> TypeFinding? {
        guard actors.count >= 2 else { return nil }
        for chain in context.alliance.snapshot(year: year).chains {
            let positions = actors.map { actor in chain.steps.firstIndex { $0.actor == actor.id } }
            guard positions.allSatisfy({ $0 != nil }), Set(positions.compactMap { $0 }).count == actors.count else { continue }
            let ordered = zip(actors, positions.compactMap { $0 }).sorted { $0.1 < $1.1 }
            let chainName = chain.name ?? chain.id.rawValue
            let text = MessageArgument.joined(ordered.map { actor, index -> MessageArgument in
                let label: MessageArgument? = chain.steps[index].label.map { .text($0) }
                    ?? chain.steps[index].topic.map { context.topicArgument($0) }
                guard let label else { return context.nameArgument(actor.id) }
                return .message(Message(ClassificationMessage.withNote, ["item": context.nameArgument(actor.id), "note": label]))
            }, separator: " → ")
            return TypeFinding(type: .transition, rule: .explicitChain, confidence: .derived, order: ordered.map(\.0.id),
                               explanation: Message(ClassificationMessage.explicitChain, ["chain": .text(chainName), "steps": text]))
        }
        return nil
    }

    /// Situation-change rule: the situation's kind names a change (e.g. a step from one measure
    /// into the next: the end of the programme) and has no topic, because the releasing and the
    /// receiving actors hold different topics; two or more of its actors are responsible (not
    /// `responsible: false`). Responsibility passes with the change: transition. The order: the
    /// actors that are steps of a chain of the year first, in the chain's order (the first chain
    /// with two or more of them), then the others as written.
    private func situationChange(_ situation: Situation, _ responsible: [Actor], year: Int) -> TypeFinding? {
        guard responsible.count >= 2, let kindID = situation.kind, let kind = context.vocabulary.situationKind(kindID),
              let change = kind.change else { return nil }
        let ids = responsible.map(\.id)
        let stepped = context.alliance.snapshot(year: year).chains.lazy
            .map { chain in Self.distinct(chain.steps.map(\.actor).filter(ids.contains)) }
            .first { $0.count >= 2 } ?? []
        let order = stepped + ids.filter { !stepped.contains($0) }
        return TypeFinding(type: .transition, rule: .situationChange, confidence: .derived, change: [change], order: order,
                           explanation: Message(ClassificationMessage.situationChange, [
                               "kind": .label(kind.label), "steps": .joined(order.map { context.nameArgument($0) }, separator: " → "),
                               "change": .label(change.changeLabel),
                           ]))
    }

    /// Biographical-step rule: one actor holds the topic, every other actor on the same path holds
    /// a different stage of it. Actors holding no stage of the path (e.g. the immigration office,
    /// whose residence-status mandate is on the legal-status path) take part without being a step;
    /// at least one actor besides the holder must be on the path.
    private func biographicalStep(_ actors: [Actor], topic: TopicID, holder: Actor, window: [MonthSpan]) -> TypeFinding? {
        for sequence in sequences {
            guard let target = sequence.stage(of: topic) else { continue }
            var stages: [(actor: Actor, stage: Int, topic: TopicID)] = []
            for actor in actors {
                if actor.id == holder.id { stages.append((actor, target, topic)); continue }
                let own = context.mandateTopics(of: actor, within: window)
                    .compactMap { t in sequence.stage(of: t).map { (stage: $0, topic: t) } }
                    .min { abs($0.stage - target) < abs($1.stage - target) }
                guard let own else { continue }
                stages.append((actor, own.stage, own.topic))
            }
            guard stages.count >= 2, Set(stages.map(\.stage)).count == stages.count else { continue }
            let ordered = stages.sorted { $0.stage < $1.stage }
            let text = MessageArgument.joined(ordered.map {
                .message(Message(ClassificationMessage.withNote, ["item": context.nameArgument($0.actor.id), "note": context.topicArgument($0.topic)]))
            }, separator: " → ")
            return TypeFinding(type: .transition, rule: .biographicalStep, confidence: .weak, order: ordered.map(\.actor.id), explanation: Message(
                ClassificationMessage.biographicalStep, [
                    "sequence": .label(Label(de: sequence.label.de, en: sequence.label.en.lowercased())), "steps": text,
                    "holder": context.nameArgument(holder.id), "topic": context.topicArgument(topic),
                ]))
        }
        return nil
    }

    /// The actors with their core mandates in the window, for explanations.
    private func mandateList(_ actors: [Actor], within window: [MonthSpan]) -> MessageArgument {
        .joined(actors.map { actor in
            let topics = context.mandateTopics(of: actor, within: window)
            let list: MessageArgument = topics.isEmpty ? .message(Message(ClassificationMessage.noCoreMandate))
                : .list(topics.map { context.topicArgument($0) })
            return .message(Message(ClassificationMessage.actorMandates, ["actor": context.nameArgument(actor.id), "mandates": list]))
        }, separator: "; ")
    }

    /// The explanation when no rule fires.
    private func noRule(_ interface: Interface, year: Int) -> Message {
        guard let topic = interface.topic else { return Message(ClassificationMessage.noRuleWithoutTopic) }
        let actors = interface.actors.compactMap(context.alliance.actor)
        let mandates = mandateList(actors, within: window(of: interface, year: year))
        return Message(ClassificationMessage.noRule, ["topic": context.topicArgument(topic), "mandates": mandates])
    }
}
