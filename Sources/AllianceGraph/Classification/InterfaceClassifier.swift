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

    /// What a rule found: the type, the actors in order and the reason.
    struct Finding {
        var rule: InterfaceRule
        var order: [ActorID]
        var explanation: Label
    }

    /// Classifies `interface` as it stands in `year`.
    public func classify(_ interface: Interface, year: Int, origin: InterfaceOrigin = .coded) -> InterfaceClassification {
        let finding = infer(interface, year: year)
        var explanation = finding?.explanation ?? noRule(interface, year: year)
        if let coded = interface.type {
            explanation = Label(de: "In den Daten als \(coded.label.de) kodiert. Ableitung: \(explanation.de)",
                                en: "Coded in the data as \(coded.label.en). Inference: \(explanation.en)")
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
        let topicName = context.topicLabel(topic)

        // 2. Interference: the same topic is a core mandate of two actors at the same time.
        let overlapping = holders.filter { a in holders.contains { b in b.actor.id != a.actor.id && a.spans.overlaps(b.spans) } }
        if overlapping.count >= 2 {
            let list = Label.both { lang in
                overlapping.map { "\(context.name($0.actor.id, lang)) (\($0.spans.text))" }.joined(separator: lang == .de ? " und " : " and ")
            }
            return Finding(rule: .sharedMandate, order: overlapping.map(\.actor.id), explanation: Label(
                de: "„\(topicName.de)“ ist im Jahr \(year) zugleich Kernauftrag von \(list.de): Zuständigkeiten überlappen (Interferenz).",
                en: "“\(topicName.en)” is a core mandate of \(list.en) at the same time in \(year): responsibilities overlap (interference)."))
        }

        // 3. Transition: the topic passes from one holder to the next (consecutive periods, a programme ending).
        let lifetime = lifetime(of: interface)
        let overTime = actors.map { (actor: $0, spans: context.holding($0, topic).clipped(to: lifetime)) }
            .filter { !$0.spans.isEmpty }
            .sorted { $0.spans.earliestStart! < $1.spans.earliestStart! }
        if overTime.count >= 2 {
            let steps = zip(overTime, overTime.dropFirst()).filter { $0.spans.latestEnd! < $1.spans.earliestStart! }
            if !steps.isEmpty {
                let text = Label.both { lang in
                    steps.map { a, b in
                        let gap = b.spans.earliestStart!.ordinal - a.spans.latestEnd!.ordinal - 1
                        let gapText = gap > 0 ? (lang == .de ? " (Lücke von \(gap) Monaten)" : " (a gap of \(gap) months)") : ""
                        return lang == .de
                            ? "\(context.name(a.actor.id, .de)) hält „\(topicName.de)“ bis \(a.spans.latestEnd!), \(context.name(b.actor.id, .de)) ab \(b.spans.earliestStart!)\(gapText)"
                            : "\(context.name(a.actor.id, .en)) holds “\(topicName.en)” until \(a.spans.latestEnd!), \(context.name(b.actor.id, .en)) from \(b.spans.earliestStart!)\(gapText)"
                    }.joined(separator: "; ")
                }
                return Finding(rule: .consecutiveMandates, order: overTime.map(\.actor.id), explanation: Label(
                    de: "\(text.de): Die Zuständigkeit geht von einer Stelle auf die nächste über (Transition).",
                    en: "\(text.en): responsibility passes from one institution to the next (transition)."))
            }
        }

        let mandates = mandateList(actors, within: window)
        // 4. Diffusion: a cross-cutting goal outside the actors' core mandates.
        if context.vocabulary.topic(topic)?.isCrossCutting == true {
            let holderText = holders.isEmpty ? Label(de: "", en: "")
                : Label(de: " Nur \(context.names(holders.map(\.actor.id), .de)) hält es als Kernauftrag.",
                        en: " Only \(context.names(holders.map(\.actor.id), .en)) holds it as a core mandate.")
            return Finding(rule: .crossCuttingGoal, order: actors.map(\.id), explanation: Label(
                de: "„\(topicName.de)“ ist ein Querschnittsziel, das nicht zu den Kernaufträgen der Beteiligten gehört (\(mandates.de)).\(holderText.de) Zuständigkeit ist verteilt (Diffusion).",
                en: "“\(topicName.en)” is a cross-cutting goal outside the core mandates of those involved (\(mandates.en)).\(holderText.en) Responsibility is spread (diffusion)."))
        }

        // 5. Transition: a biographical step between different core mandates on one path.
        if holders.count == 1, let finding = biographicalStep(actors, topic: topic, holder: holders[0].actor, window: window) {
            return finding
        }

        // 6. Diffusion: nobody involved holds the topic.
        if holders.isEmpty {
            return Finding(rule: .topicOutsideMandates, order: actors.map(\.id), explanation: Label(
                de: "„\(topicName.de)“ gehört im Jahr \(year) zu keinem Kernauftrag der Beteiligten (\(mandates.de)): Zuständigkeit ist nicht eindeutig zugeordnet (Diffusion).",
                en: "“\(topicName.en)” is in no core mandate of those involved in \(year) (\(mandates.en)): responsibility is not clearly assigned (diffusion)."))
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
            let text = Label.both { lang in
                ordered.map { actor, index in
                    let label = chain.steps[index].label ?? chain.steps[index].topic.map { context.topicLabel($0).text(lang) }
                    return context.name(actor.id, lang) + (label.map { " (\($0))" } ?? "")
                }.joined(separator: " → ")
            }
            return Finding(rule: .explicitChain, order: ordered.map(\.0.id), explanation: Label(
                de: "In der Kette „\(chainName)“ folgen die Schritte \(text.de) aufeinander: Die Zuständigkeit geht weiter (Transition).",
                en: "In the chain “\(chainName)” the steps \(text.en) follow one another: responsibility passes on (transition)."))
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
            let text = Label.both { lang in
                ordered.map { "\(context.name($0.actor.id, lang)) (\(context.topicLabel($0.topic).text(lang)))" }.joined(separator: " → ")
            }
            return Finding(rule: .biographicalStep, order: ordered.map(\.actor.id), explanation: Label(
                de: "Biografischer Schritt (\(sequence.label.de)): \(text.de); nur \(context.name(holder.id, .de)) hält „\(context.topicLabel(topic).de)“ als Kernauftrag. Die Zuständigkeit geht weiter (Transition).",
                en: "Biographical step (\(sequence.label.en.lowercased())): \(text.en); only \(context.name(holder.id, .en)) holds “\(context.topicLabel(topic).en)” as a core mandate. Responsibility passes on (transition)."))
        }
        return nil
    }

    /// The actors with their core mandates in the window, for explanations.
    private func mandateList(_ actors: [Actor], within window: [MonthSpan]) -> Label {
        Label.both { lang in
            actors.map { actor in
                let topics = context.mandateTopics(of: actor, within: window)
                let list = topics.isEmpty ? (lang == .de ? "kein Kernauftrag" : "no core mandate")
                    : topics.map { context.topicLabel($0).text(lang) }.joined(separator: ", ")
                return "\(context.name(actor.id, lang)): \(list)"
            }.joined(separator: "; ")
        }
    }

    /// The explanation when no rule fires.
    private func noRule(_ interface: Interface, year: Int) -> Label {
        guard let topic = interface.topic else {
            return Label(de: "Keine Regel greift: Die Schnittstelle hat kein Thema und ihre Akteure bilden keine Kette; der Typ muss kodiert werden.",
                         en: "No rule fires: the interface has no topic and its actors form no chain; the type has to be coded.")
        }
        let actors = interface.actors.compactMap(context.alliance.actor)
        let mandates = mandateList(actors, within: window(of: interface, year: year))
        return Label(
            de: "Keine Regel greift für „\(context.topicLabel(topic).de)“ (\(mandates.de)): weder gleichzeitiger noch aufeinanderfolgender Kernauftrag, kein Querschnittsziel, kein gemeinsamer biografischer Weg; der Typ muss kodiert werden.",
            en: "No rule fires for “\(context.topicLabel(topic).en)” (\(mandates.en)): no shared or consecutive core mandate, no cross-cutting goal, no common biographical path; the type has to be coded.")
    }
}
