/// Whether the strategy matching an interface's type is in place.
public enum CoverageStatus: String, Sendable, Codable, LabelledTerm {
    /// The matching strategy is in place for all actors (or all steps).
    case covered
    /// It is in place for some actors or steps, not all.
    case partial
    /// It is not in place.
    case uncovered
    /// The interface has no type (neither coded nor inferable), so no strategy can be checked.
    case unclassified

    public var label: Label {
        switch self {
        case .covered: Label(de: "abgedeckt", en: "covered")
        case .partial: Label(de: "teilweise abgedeckt", en: "partly covered")
        case .uncovered: Label(de: "nicht abgedeckt", en: "not covered")
        case .unclassified: Label(de: "nicht klassifiziert", en: "not classified")
        }
    }
}

/// The strategy check of one interface in one year.
public struct InterfaceCoverage: Hashable, Sendable {
    /// The classified interface.
    public var classification: InterfaceClassification
    /// Whether the matching strategy is in place.
    public var status: CoverageStatus
    /// The relations that carry the matching strategy.
    public var coveredBy: [RelationID]
    /// Why: which relation covers which actors or steps, or what is missing — a catalogue message
    /// with these facts as arguments, put into words with ``Message/text(_:)``.
    public var explanation: Message
    /// All relations of the year among two or more of the interface's actors.
    public var relationsAmongActors: [RelationID]
    /// Warning sign: the interface is handled only by mechanisms without communication
    /// (intervention, negative coordination).
    public var isWarningSign: Bool
    /// The mechanisms without communication found among the actors (relations and contextual findings).
    public var warningFindings: [MechanismClassification]
}

/// Counts and the coverage rate of an alliance-year.
public struct CoverageRates: Hashable, Sendable, Codable {
    /// All interfaces.
    public var total: Int = 0
    /// Interfaces with a type.
    public var classified: Int = 0
    /// Covered interfaces.
    public var covered: Int = 0
    /// Partly covered interfaces.
    public var partial: Int = 0
    /// Uncovered interfaces.
    public var uncovered: Int = 0
    /// Interfaces handled only by intervention or negative coordination.
    public var warningSigns: Int = 0

    /// Covered among classified interfaces, `0...1`; `nil` when nothing is classified.
    public var rate: Double? { classified == 0 ? nil : Double(covered) / Double(classified) }

    private enum EncodingKeys: String, CodingKey {
        case total, classified, covered, partial, uncovered, warningSigns, rate
    }

    /// Encodes the counts and the rate.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EncodingKeys.self)
        try container.encode(total, forKey: .total)
        try container.encode(classified, forKey: .classified)
        try container.encode(covered, forKey: .covered)
        try container.encode(partial, forKey: .partial)
        try container.encode(uncovered, forKey: .uncovered)
        try container.encode(warningSigns, forKey: .warningSigns)
        try container.encodeIfPresent(rate, forKey: .rate)
    }
}

/// Strategy coverage (Abdeckung durch Bearbeitungsstrategien) of one alliance-year.
///
/// - Interference is covered by relations with positive coordination by linking (e.g. a case
///   conference) that together include every actor of the interface.
/// - Transition is covered when every step from one actor to the next (in the order
///   responsibility passes) has a relation with positive coordination by transfer running that
///   way, or a prepared hand-over (format `handover`).
/// - Diffusion is covered by a sensitive strategy: every actor that does not hold the
///   cross-cutting topic as a core mandate takes part in a linking relation on that topic with
///   another actor of the interface.
///
/// An interface with several types in force (coded, or all the inferred ones) needs every matching
/// strategy: covered when all are in place, uncovered when none is, partly covered otherwise.
///
/// Mechanisms are the coded ones, else those of the ``MechanismRules``.
public struct StrategyCoverage: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// One entry per interface.
    public var interfaces: [InterfaceCoverage]
    /// The mechanisms of the year (relations and contextual findings).
    public var mechanisms: [MechanismClassification]

    /// The counts and rates over all interfaces.
    public var rates: CoverageRates { Self.rates(interfaces) }

    /// The counts and rates for interfaces of one type (an interface with several types in force
    /// counts for each).
    public func rates(for type: InterfaceType) -> CoverageRates {
        Self.rates(interfaces.filter { $0.classification.types.contains(type) })
    }

    static func rates(_ list: [InterfaceCoverage]) -> CoverageRates {
        var r = CoverageRates()
        for item in list {
            r.total += 1
            switch item.status {
            case .covered: r.covered += 1; r.classified += 1
            case .partial: r.partial += 1; r.classified += 1
            case .uncovered: r.uncovered += 1; r.classified += 1
            case .unclassified: break
            }
            if item.isWarningSign { r.warningSigns += 1 }
        }
        return r
    }

    /// The interfaces that lack their strategy (uncovered or partly covered).
    public var gaps: [InterfaceCoverage] { interfaces.filter { $0.status == .uncovered || $0.status == .partial } }

    /// Classifies all interfaces of `year` (coded, and discovered if `discover`) and checks their strategies.
    public init(context: ClassificationContext, year: Int, discover: Bool = true,
                sequences: [BiographicalSequence] = BiographicalSequence.builtIn) {
        let classifier = InterfaceClassifier(context: context, sequences: sequences)
        let mechanisms = MechanismClassifier(context: context).classify(year: year)
        let checker = Checker(context: context, year: year, mechanisms: mechanisms)
        self.year = year
        self.mechanisms = mechanisms
        self.interfaces = InterfaceDiscovery(context: context).interfaces(year: year, discover: discover).map { item in
            checker.check(classifier.classify(item.interface, year: year, origin: item.origin, situation: item.situation))
        }
    }

    /// The checks, with the year's relations and mechanisms at hand.
    struct Checker {
        let context: ClassificationContext
        let year: Int
        let relations: [Relation]
        let mechanism: [RelationID: MechanismClassification]
        let contextual: [MechanismClassification]

        init(context: ClassificationContext, year: Int, mechanisms: [MechanismClassification]) {
            self.context = context
            self.year = year
            self.relations = context.alliance.snapshot(year: year).relations
            self.mechanism = Dictionary(mechanisms.filter { $0.perspective == nil }.map { ($0.relation, $0) }, uniquingKeysWith: { a, _ in a })
            self.contextual = mechanisms.filter { $0.perspective != nil }
        }

        func subForm(_ relation: Relation) -> MechanismSubForm? { mechanism[relation.id]?.effective?.subForm }

        func describe(_ relation: Relation) -> MessageArgument {
            .message(Message(ClassificationMessage.relationRef, ["format": .label(context.formatLabel(relation.format)),
                                                                 "id": .text(relation.id.rawValue)]))
        }

        func describe(_ list: [Relation]) -> MessageArgument { .list(list.map(describe)) }

        /// The relations carrying a transfer from `a` to `b`: positive coordination by transfer
        /// (coded or inferred) or a prepared hand-over, running from `a` to `b` or undirected.
        func transfers(from a: ActorID, to b: ActorID) -> [Relation] {
            relations.filter { relation in
                guard subForm(relation) == .transfer || relation.format == "handover" else { return false }
                switch relation.ends {
                case .directed(let from, let to): return from.contains(a) && to.contains(b)
                case .undirected(let list): return list.contains(a) && list.contains(b)
                case .coreGroup: return false  // the year's relations carry the members as a group
                }
            }
        }

        /// The check of one type's matching strategy.
        func strategyCheck(_ type: InterfaceType?, _ classification: InterfaceClassification, among: [Relation])
            -> (status: CoverageStatus, coveredBy: [Relation], explanation: Message) {
            let actors = classification.interface.actors
            var status: CoverageStatus
            var coveredBy: [Relation] = []
            var explanation: Message
            let C = ClassificationMessage.self
            switch type {
            case nil:
                status = .unclassified
                explanation = Message(C.noType)
            case .interference:
                let linking = among.filter { subForm($0) == .linking }
                let reached = Set(linking.flatMap(\.actors)).intersection(actors)
                let missing = actors.filter { !reached.contains($0) }
                coveredBy = linking
                status = linking.isEmpty ? .uncovered : missing.isEmpty ? .covered : .partial
                explanation = status == .uncovered
                    ? Message(C.simultaneousMissing, ["actors": context.namesArgument(actors)])
                    : missing.isEmpty
                    ? Message(C.simultaneousInPlace, ["actors": context.namesArgument(actors), "relations": describe(linking)])
                    : Message(C.simultaneousPartial, ["relations": describe(linking), "missing": context.namesArgument(missing)])
            case .transition:
                let order = classification.transitionOrder
                let steps = Array(zip(order, order.dropFirst()))
                var brokenStep: (ActorID, ActorID)?
                var coveredSteps = 0
                for (a, b) in steps {
                    let found = transfers(from: a, to: b)
                    if found.isEmpty { brokenStep = brokenStep ?? (a, b) } else { coveredSteps += 1; coveredBy += found }
                }
                status = steps.isEmpty ? .uncovered : coveredSteps == steps.count ? .covered : coveredSteps == 0 ? .uncovered : .partial
                if steps.isEmpty {
                    explanation = Message(C.onlyOneActor)
                } else if let (a, b) = brokenStep {
                    explanation = Message(C.successiveMissing, ["from": context.nameArgument(a), "to": context.nameArgument(b)])
                } else {
                    explanation = Message(C.successiveInPlace, ["relations": describe(coveredBy)])
                }
            case .diffusion:
                let topic = classification.interface.topic
                let yearSpan = [MonthSpan.year(year)]
                let outsiders = actors.filter { id in
                    guard let topic, let actor = context.alliance.actor(id) else { return true }
                    return context.holdings(actor, topic).allSatisfy { $0.spans.clipped(to: yearSpan).isEmpty }
                }
                let sensitive = among.filter { subForm($0) == .linking && (topic == nil || $0.topic == topic) }
                let inSensitive = Set(sensitive.flatMap(\.actors))
                let reached = outsiders.filter(inSensitive.contains)
                let reachedSet = Set(reached)
                let missing = outsiders.filter { !reachedSet.contains($0) }
                coveredBy = sensitive
                status = missing.isEmpty ? .covered : reached.isEmpty ? .uncovered : .partial
                let topicName = topic.map(context.topicArgument) ?? .message(Message(C.theGoal))
                explanation = outsiders.isEmpty
                    ? Message(C.sensitiveNotNeeded, ["topic": topicName])
                    : missing.isEmpty
                    ? Message(C.sensitiveInPlace, ["actors": context.namesArgument(outsiders), "topic": topicName, "relations": describe(sensitive)])
                    : Message(C.sensitiveMissing, ["missing": context.namesArgument(missing), "topic": topicName])
            }
            return (status, coveredBy, explanation)
        }

        func check(_ classification: InterfaceClassification) -> InterfaceCoverage {
            let actors = classification.interface.actors
            let actorSet = Set(actors)
            // Whether `list` names two different actors of the interface (O(|list|), not O(|list| · |actors|)).
            func namesTwo(_ list: [ActorID]) -> Bool {
                var first: ActorID?
                for id in list where actorSet.contains(id) {
                    if let first, first != id { return true }
                    first = first ?? id
                }
                return false
            }
            let among = relations.filter { namesTwo($0.actors) }
            let findings = among.compactMap { mechanism[$0.id] }
                + contextual.filter { finding in actorSet.contains(finding.perspective!) && namesTwo(finding.actors) }
            let silent = findings.filter(\.isWarningSign)
            let isWarning = !among.isEmpty && findings.allSatisfy(\.isWarningSign)
            let types = classification.types
            let checks = types.isEmpty ? [strategyCheck(nil, classification, among: among)]
                : types.map { strategyCheck($0, classification, among: among) }
            var status: CoverageStatus
            var explanation: Message
            let coveredBy = checks.flatMap(\.coveredBy)
            let C = ClassificationMessage.self
            if checks.count == 1 {
                status = checks[0].status
                explanation = checks[0].explanation
            } else {
                // Several types in force: every matching strategy is needed.
                let statuses = checks.map(\.status)
                status = statuses.allSatisfy { $0 == .covered } ? .covered : statuses.allSatisfy { $0 == .uncovered } ? .uncovered : .partial
                explanation = Message(C.severalFindings, ["findings": .joined(checks.map { .message($0.explanation) }, separator: " ")])
            }
            if isWarning && status != .covered {
                explanation = Message(C.warningSign, [
                    "reason": .message(explanation),
                    "mechanisms": .list(silent.compactMap { $0.effective.map { .label(Label(de: $0.text(.de), en: $0.text(.en))) } }),
                ])
            }
            var seen = Set<RelationID>()
            return InterfaceCoverage(
                classification: classification, status: status,
                coveredBy: coveredBy.map(\.id).filter { seen.insert($0).inserted }, explanation: explanation,
                relationsAmongActors: among.map(\.id), isWarningSign: isWarning, warningFindings: silent)
        }
    }
}
