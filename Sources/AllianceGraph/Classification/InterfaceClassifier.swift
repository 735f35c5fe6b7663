/// Infers the type of interfaces (Schnittstellen) from the actors' core mandates, following the
/// heuristic of the report's chapter 2.1.
///
/// The rules are tried in the order of ``InterfaceRule``; the first that fires gives the
/// inferred type:
/// 1. ``InterfaceRule/explicitChain`` — the actors are steps of a chain in the data: transition.
/// 2. ``InterfaceRule/sharedMandate`` — two or more actors hold the topic as a core mandate in
///    the same months of the year: interference.
/// 3. ``InterfaceRule/consecutiveMandates`` — they hold it one after the other: transition.
/// 4. ``InterfaceRule/crossCuttingGoal`` — the topic is cross-cutting: diffusion.
/// 5. ``InterfaceRule/biographicalStep`` — one actor holds the topic, the others hold other
///    stages of the same ``BiographicalSequence``: transition.
/// 6. ``InterfaceRule/topicOutsideMandates`` — nobody involved holds the topic: diffusion.
///
/// A type coded in the data wins; the inferred type is still computed and a disagreement reported.
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

    /// What a rule found: the rule, the actors in order and the reason (a message whose arguments
    /// are the facts the rule used).
    struct Finding {
        var rule: InterfaceRule
        var order: [ActorID]
        var explanation: Message
    }

    /// Classifies `interface` as it stands in `year`.
    public func classify(_ interface: Interface, year: Int, origin: InterfaceOrigin = .coded) -> InterfaceClassification {
        let finding = infer(interface, year: year)
        var explanation = finding?.explanation ?? noRule(interface, year: year)
        if let coded = interface.type {
            explanation = Message(ClassificationMessage.codedType, ["type": .label(coded.label), "inference": .message(explanation)])
        }
        return InterfaceClassification(
            interface: interface, origin: origin, year: year, codedType: interface.type,
            inferredType: finding?.rule.type, rule: finding?.rule, explanation: explanation,
            order: interface.type == nil && finding?.rule.type == .transition ? finding!.order : interface.actors)
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

    /// Runs the rules in order; `nil` if none fires.
    func infer(_ interface: Interface, year: Int) -> Finding? {
        let actors = interface.actors.compactMap(context.alliance.actor)
        if let finding = chainRule(actors, year: year) { return finding }
        guard let topic = interface.topic else { return nil }
        let window = window(of: interface, year: year)
        let holdings = actors.map { (actor: $0, spans: context.holding($0, topic).clipped(to: window)) }
        let holders = holdings.filter { !$0.spans.isEmpty }
        let topicName = context.topicArgument(topic)

        // 2. Interference: the same topic is a core mandate of two actors at the same time.
        let shares = MonthSpan.sharesMonth(holders.map { (owner: $0.actor.id, spans: $0.spans) })
        let overlapping = zip(holders, shares).filter(\.1).map(\.0)
        if overlapping.count >= 2 {
            let list = MessageArgument.joined(overlapping.map {
                .message(Message(ClassificationMessage.holderSpans, ["actor": context.nameArgument($0.actor.id), "spans": .text($0.spans.text)]))
            }, separator: .message(Message(CommonMessage.andSpaced)))
            return Finding(rule: .sharedMandate, order: overlapping.map(\.actor.id), explanation: Message(
                ClassificationMessage.sharedMandate, ["topic": topicName, "year": .int(year), "holders": list]))
        }

        // 3. Transition: the topic passes from one holder to the next (consecutive periods, a programme ending).
        let lifetime = lifetime(of: interface)
        let overTime = actors.map { (actor: $0, spans: context.holding($0, topic).clipped(to: lifetime)) }
            .filter { !$0.spans.isEmpty }
            .sorted { $0.spans.earliestStart! < $1.spans.earliestStart! }
        if overTime.count >= 2 {
            let steps = zip(overTime, overTime.dropFirst()).filter { $0.spans.latestEnd! < $1.spans.earliestStart! }
            if !steps.isEmpty {
                let text = MessageArgument.joined(steps.map { a, b in
                    let gap = b.spans.earliestStart!.ordinal - a.spans.latestEnd!.ordinal - 1
                    let gapText: MessageArgument = gap > 0 ? .message(Message(ClassificationMessage.gapMonths, ["months": .int(gap)])) : ""
                    return .message(Message(ClassificationMessage.consecutiveStep, [
                        "from": context.nameArgument(a.actor.id), "topic": topicName, "until": .text("\(a.spans.latestEnd!)"),
                        "to": context.nameArgument(b.actor.id), "start": .text("\(b.spans.earliestStart!)"), "gap": gapText,
                    ]))
                }, separator: "; ")
                return Finding(rule: .consecutiveMandates, order: overTime.map(\.actor.id), explanation: Message(
                    ClassificationMessage.consecutiveMandates, ["steps": text]))
            }
        }

        let mandates = mandateList(actors, within: window)
        // 4. Diffusion: a cross-cutting goal outside the actors' core mandates.
        if context.vocabulary.topic(topic)?.isCrossCutting == true {
            let holderText: MessageArgument = holders.isEmpty ? ""
                : .message(Message(ClassificationMessage.onlyHolder, ["names": context.namesArgument(holders.map(\.actor.id))]))
            return Finding(rule: .crossCuttingGoal, order: actors.map(\.id), explanation: Message(
                ClassificationMessage.crossCuttingGoal, ["topic": topicName, "mandates": mandates, "holders": holderText]))
        }

        // 5. Transition: a biographical step between different core mandates on one path.
        if holders.count == 1, let finding = biographicalStep(actors, topic: topic, holder: holders[0].actor, window: window) {
            return finding
        }

        // 6. Diffusion: nobody involved holds the topic.
        if holders.isEmpty {
            return Finding(rule: .topicOutsideMandates, order: actors.map(\.id), explanation: Message(
                ClassificationMessage.topicOutsideMandates, ["topic": topicName, "year": .int(year), "mandates": mandates]))
        }
        return nil
    }

    /// Rule 1: the actors follow one another in a chain of the data applying in `year`.
    private func chainRule(_ actors: [Actor], year: Int) -> Finding? {
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
            return Finding(rule: .explicitChain, order: ordered.map(\.0.id), explanation: Message(
                ClassificationMessage.explicitChain, ["chain": .text(chainName), "steps": text]))
        }
        return nil
    }

    /// Rule 5: one actor holds the topic, every other actor holds a different stage of the same path.
    private func biographicalStep(_ actors: [Actor], topic: TopicID, holder: Actor, window: [MonthSpan]) -> Finding? {
        for sequence in sequences {
            guard let target = sequence.stage(of: topic) else { continue }
            var stages: [(actor: Actor, stage: Int, topic: TopicID)] = []
            for actor in actors {
                if actor.id == holder.id { stages.append((actor, target, topic)); continue }
                let own = context.mandateTopics(of: actor, within: window)
                    .compactMap { t in sequence.stage(of: t).map { (stage: $0, topic: t) } }
                    .min { abs($0.stage - target) < abs($1.stage - target) }
                guard let own else { break }
                stages.append((actor, own.stage, own.topic))
            }
            guard stages.count == actors.count, Set(stages.map(\.stage)).count == stages.count else { continue }
            let ordered = stages.sorted { $0.stage < $1.stage }
            let text = MessageArgument.joined(ordered.map {
                .message(Message(ClassificationMessage.withNote, ["item": context.nameArgument($0.actor.id), "note": context.topicArgument($0.topic)]))
            }, separator: " → ")
            return Finding(rule: .biographicalStep, order: ordered.map(\.actor.id), explanation: Message(
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
