/// The state of one link of an education and integration chain (from one step to the next).
public enum ChainLinkStatus: String, Sendable, Codable, LabelledTerm {
    /// A transfer relation or a prepared hand-over carries the step.
    case working
    /// An actor of the link does not take part in the alliance that year (or is unknown).
    case actorMissing = "actor_missing"
    /// The two actors have no relation at all that year.
    case noRelation = "no_relation"
    /// The two actors have relations, but none carries a transfer.
    case noTransfer = "no_transfer"

    public var label: Label {
        switch self {
        case .working: Label(de: "trägt", en: "working")
        case .actorMissing: Label(de: "Akteur fehlt", en: "actor missing")
        case .noRelation: Label(de: "keine Beziehung", en: "no relation")
        case .noTransfer: Label(de: "keine Überleitung", en: "no transfer")
        }
    }
}

/// One link of a chain: the step from `from` to `to`.
public struct ChainLink: Hashable, Sendable {
    /// Position of the link, 1 for the step from the first to the second step.
    public var index: Int
    /// The releasing actor.
    public var from: ActorID
    /// The receiving actor.
    public var to: ActorID
    /// The receiving step's label or topic, for display.
    public var stepLabel: Label
    /// The state of the link.
    public var status: ChainLinkStatus
    /// The relations carrying the link (if working) or found between the actors (if not).
    public var relations: [RelationID]
    /// Why: a catalogue message with the facts used (actors, relations, year) as arguments.
    public var explanation: Message
}

/// The step-by-step check of one education and integration chain
/// (Bildungs- und Integrationskette) in one year.
public struct ChainCheck: Hashable, Sendable {
    /// The chain.
    public var chain: ChainID
    /// Its name, or its id.
    public var name: String
    /// The year.
    public var year: Int
    /// The links in order.
    public var links: [ChainLink]

    /// The first link that does not work, if any.
    public var firstBrokenLink: ChainLink? { links.first { $0.status != .working } }
    /// Whether every link works.
    public var isIntact: Bool { firstBrokenLink == nil }

    /// Checks every chain applying in `year`; `mechanisms` are the year's mechanisms if already
    /// classified (``StrategyCoverage/mechanisms``), else they are classified once for all chains.
    public static func checkAll(context: ClassificationContext, year: Int, mechanisms: [MechanismClassification]? = nil) -> [ChainCheck] {
        let chains = context.alliance.snapshot(year: year).chains
        guard !chains.isEmpty else { return [] }
        let checker = StrategyCoverage.Checker(context: context, year: year,
                                               mechanisms: mechanisms ?? MechanismClassifier(context: context).classify(year: year))
        return chains.map { check($0, context: context, year: year, checker: checker) }
    }

    /// Checks `chain` link by link in `year`.
    public static func check(_ chain: Chain, context: ClassificationContext, year: Int) -> ChainCheck {
        check(chain, context: context, year: year, checker: StrategyCoverage.Checker(
            context: context, year: year, mechanisms: MechanismClassifier(context: context).classify(year: year)))
    }

    static func check(_ chain: Chain, context: ClassificationContext, year: Int, checker: StrategyCoverage.Checker) -> ChainCheck {
        var links: [ChainLink] = []
        for (i, (a, b)) in zip(chain.steps, chain.steps.dropFirst()).enumerated() {
            let stepLabel = b.label.map { Label(de: $0, en: $0) } ?? b.topic.map(context.topicLabel)
                ?? Label(de: context.name(b.actor, .de), en: context.name(b.actor, .en))
            let C = ClassificationMessage.self
            let pair = MessageArgument.message(Message(C.chainPair, ["from": context.nameArgument(a.actor), "to": context.nameArgument(b.actor)]))
            let absent = [a.actor, b.actor].filter { context.alliance.actor($0)?.isPresent(in: year) != true }
            let transfers = checker.transfers(from: a.actor, to: b.actor)
            let between = checker.relations.filter { $0.actors.contains(a.actor) && $0.actors.contains(b.actor) }
            let status: ChainLinkStatus
            let explanation: Message
            if !absent.isEmpty {
                status = .actorMissing
                explanation = Message(C.chainActorMissing, ["pair": pair, "actors": context.namesArgument(absent), "year": .int(year)])
            } else if !transfers.isEmpty {
                status = .working
                explanation = Message(C.chainCarried, ["pair": pair, "relations": checker.describe(transfers)])
            } else if between.isEmpty {
                status = .noRelation
                explanation = Message(C.chainNoRelation, ["pair": pair, "year": .int(year)])
            } else {
                status = .noTransfer
                let kinds = MessageArgument.joined(between.map { r in
                    let m: MessageArgument = checker.mechanism[r.id]?.effective.map { .label(Label(de: $0.text(.de), en: $0.text(.en))) }
                        ?? .message(Message(C.mechanismUndetermined))
                    return .message(Message(C.relationMechanism, ["relation": checker.describe(r), "mechanism": m]))
                }, separator: "; ")
                explanation = Message(C.chainNoTransfer, ["pair": pair, "relations": kinds])
            }
            links.append(ChainLink(index: i + 1, from: a.actor, to: b.actor, stepLabel: stepLabel, status: status,
                                   relations: (status == .working ? transfers : between).map(\.id), explanation: explanation))
        }
        return ChainCheck(chain: chain.id, name: chain.name ?? chain.id.rawValue, year: year, links: links)
    }
}
