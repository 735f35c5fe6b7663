/// The rules by which an interface's type is inferred, in the order they are tried.
///
/// See `docs/CLASSIFICATION.md` for the rules in words.
public enum InterfaceRule: String, Sendable, Codable, LabelledTerm {
    /// The actors follow one another as steps of an education and integration chain in the data.
    case explicitChain = "explicit_chain"
    /// Two or more actors hold the topic as a core mandate at the same time.
    case sharedMandate = "shared_mandate"
    /// Two or more actors hold the topic as a core mandate one after the other
    /// (consecutive periods, e.g. a programme ending and another taking over).
    case consecutiveMandates = "consecutive_mandates"
    /// The topic is a cross-cutting goal that (at most) one of the actors holds as a core mandate.
    case crossCuttingGoal = "cross_cutting_goal"
    /// One actor holds the topic; the others hold earlier or later stages of the same
    /// biographical path (``BiographicalSequence``).
    case biographicalStep = "biographical_step"
    /// None of the actors holds the topic as a core mandate: responsibility is unassigned.
    case topicOutsideMandates = "topic_outside_mandates"

    /// The type the rule gives.
    public var type: InterfaceType {
        switch self {
        case .explicitChain, .consecutiveMandates, .biographicalStep: .transition
        case .sharedMandate: .interference
        case .crossCuttingGoal, .topicOutsideMandates: .diffusion
        }
    }

    public var label: Label {
        switch self {
        case .explicitChain: Label(de: "Bildungs- und Integrationskette in den Daten", en: "Education and integration chain in the data")
        case .sharedMandate: Label(de: "Gleichzeitiger Kernauftrag mehrerer Stellen", en: "Core mandate of several actors at the same time")
        case .consecutiveMandates: Label(de: "Aufeinanderfolgende Kernaufträge", en: "Consecutive core mandates")
        case .crossCuttingGoal: Label(de: "Querschnittsziel außerhalb der Kernaufträge", en: "Cross-cutting goal outside the core mandates")
        case .biographicalStep: Label(de: "Biografischer Schritt zwischen Kernaufträgen", en: "Biographical step between core mandates")
        case .topicOutsideMandates: Label(de: "Thema in keinem Kernauftrag der Beteiligten", en: "Topic in no core mandate of those involved")
        }
    }
}

/// How an interface came to be classified: coded in the data or discovered by AllianceGraph.
public enum InterfaceOrigin: String, Sendable, Codable, LabelledTerm {
    /// Listed under `interfaces:` in the data file.
    case coded
    /// Found from an education and integration chain in the data.
    case chain
    /// Found from actors holding the same topic one after the other.
    case consecutiveMandates = "consecutive_mandates"
    /// Found from actors holding the same topic at the same time.
    case sharedMandate = "shared_mandate"
    /// Found from the topic of a relation.
    case relationTopic = "relation_topic"

    public var label: Label {
        switch self {
        case .coded: Label(de: "in den Daten erfasst", en: "coded in the data")
        case .chain: Label(de: "aus Kette erkannt", en: "found from a chain")
        case .consecutiveMandates: Label(de: "aus aufeinanderfolgenden Kernaufträgen erkannt", en: "found from consecutive core mandates")
        case .sharedMandate: Label(de: "aus gleichzeitigen Kernaufträgen erkannt", en: "found from shared core mandates")
        case .relationTopic: Label(de: "aus dem Thema einer Beziehung erkannt", en: "found from a relation's topic")
        }
    }
}

/// The classification of one interface in one year: its type with typical problem and
/// matching strategy, the rule that fired, and how coded and inferred types relate.
public struct InterfaceClassification: Hashable, Sendable {
    /// The interface (as coded, or as discovered).
    public var interface: Interface
    /// Where the interface comes from.
    public var origin: InterfaceOrigin
    /// The year classified.
    public var year: Int
    /// The type coded in the data, if any.
    public var codedType: InterfaceType?
    /// The type inferred by ``rule``, if a rule fired.
    public var inferredType: InterfaceType?
    /// The rule that fired, if any.
    public var rule: InterfaceRule?
    /// Why: the rule's reason with the facts it used (actors, topic, periods) as arguments, put
    /// into words with ``Message/text(_:)``.
    public var explanation: Message
    /// The actors in the order responsibility passes: for an inferred transition the order the
    /// rule found; otherwise (coded types included) the order written in the data.
    public var order: [ActorID]

    /// The type in force: coded wins over inferred.
    public var type: InterfaceType? { codedType ?? inferredType }
    /// Where ``type`` comes from.
    public var source: ResultSource { codedType != nil ? .coded : inferredType != nil ? .inferred : .none }
    /// The typical problem of the type in force.
    public var typicalProblem: Label? { type?.typicalProblem }
    /// The strategy that matches the type in force.
    public var strategy: Strategy? { type?.strategy }

    /// Set when the coded and the inferred type differ.
    public var disagreement: Message? {
        guard let codedType, let inferredType, codedType != inferredType else { return nil }
        return Message(ClassificationMessage.typeDisagreement, [
            "coded": .label(codedType.label), "rule": rule.map { .label($0.label) } ?? "?", "inferred": .label(inferredType.label),
        ])
    }
}
