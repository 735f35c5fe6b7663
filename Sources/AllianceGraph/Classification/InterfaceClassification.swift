/// The rules by which an interface's type is inferred. Every rule is tried and every rule that
/// fires gives a ``TypeFinding``; the raw value is the stable rule id shown with every result.
///
/// See `docs/CLASSIFICATION.md` for the rules in words, with the part of the report's heuristic
/// (chapter 2.1) each implements.
public enum InterfaceRule: String, Sendable, Codable, LabelledTerm {
    /// The actors follow one another as steps of an education and integration chain in the data.
    case explicitChain = "explicit_chain"
    /// Two or more actors are responsible for the topic at the same time under conditions that
    /// can hold together (their core mandates, or a situation's `when:`): responsibilities overlap.
    case sharedMandate = "shared_mandate"
    /// Two or more actors are responsible for the topic in the same months, but under conditions
    /// that exclude each other (e.g. SGB II and SGB III, under and over 18): responsibility passes
    /// from one to the other when the condition changes.
    case exclusiveConditions = "exclusive_conditions"
    /// Two or more actors hold the topic as a core mandate one after the other
    /// (consecutive periods, e.g. a programme ending and another taking over).
    case consecutiveMandates = "consecutive_mandates"
    /// The topic is a cross-cutting goal that no two of the actors hold at the same time.
    case crossCuttingGoal = "cross_cutting_goal"
    /// One actor holds the topic; the others hold earlier or later stages of the same
    /// biographical path (``BiographicalSequence``).
    case biographicalStep = "biographical_step"
    /// The situation's kind names a change (e.g. the step from one measure into the next) and the
    /// situation has no topic, its actors holding different ones: responsibility passes with the change.
    case situationChange = "situation_change"
    /// None of the actors is responsible for the topic: responsibility is unassigned.
    case topicOutsideMandates = "topic_outside_mandates"

    /// The type the rule gives.
    public var type: InterfaceType {
        switch self {
        case .explicitChain, .exclusiveConditions, .consecutiveMandates, .biographicalStep, .situationChange: .transition
        case .sharedMandate: .interference
        case .crossCuttingGoal, .topicOutsideMandates: .diffusion
        }
    }

    public var label: Label {
        switch self {
        case .explicitChain: Label(de: "Bildungs- und Integrationskette in den Daten", en: "Education and integration chain in the data")
        case .sharedMandate: Label(de: "Gleichzeitiger Kernauftrag mehrerer Stellen", en: "Core mandate of several actors at the same time")
        case .exclusiveConditions: Label(de: "Zuständigkeit wechselt mit der Bedingung", en: "Responsibility changes with the condition")
        case .consecutiveMandates: Label(de: "Aufeinanderfolgende Kernaufträge", en: "Consecutive core mandates")
        case .crossCuttingGoal: Label(de: "Querschnittsziel außerhalb der Kernaufträge", en: "Cross-cutting goal outside the core mandates")
        case .biographicalStep: Label(de: "Biografischer Schritt zwischen Kernaufträgen", en: "Biographical step between core mandates")
        case .situationChange: Label(de: "Schritt der Situation zur nächsten Stelle", en: "The situation's step to the next institution")
        case .topicOutsideMandates: Label(de: "Thema in keinem Kernauftrag der Beteiligten", en: "Topic in no core mandate of those involved")
        }
    }
}

/// How far a classification result can be trusted.
///
/// Ordered from strongest to weakest: ``coded`` < ``derived`` < ``weak`` in ``Comparable`` order.
public enum Confidence: String, Sendable, Codable, LabelledTerm, Comparable {
    /// Coded by a researcher in the data file.
    case coded
    /// Derived from responsibility facts (who is responsible under which condition and when) or
    /// from an observed behaviour.
    case derived
    /// Only from topic words, a biographical path or a relation's format: no responsibility fact
    /// and no observation supports it.
    case weak

    public var label: Label {
        switch self {
        case .coded: Label(de: "kodiert", en: "coded")
        case .derived: Label(de: "gestützt", en: "derived")
        case .weak: Label(de: "schwach", en: "weak")
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How an interface came to be classified: coded in the data or discovered by AllianceGraph.
public enum InterfaceOrigin: String, Sendable, Codable, LabelledTerm {
    /// Listed under `interfaces:` in the data file.
    case coded
    /// Derived from a situation of the young person (`situations:`) with two or more actors.
    case situation
    /// Found from an education and integration chain in the data.
    case chain
    /// Found from actors holding the same topic one after the other.
    case consecutiveMandates = "consecutive_mandates"
    /// Found from actors holding the same topic at the same time under conditions that can hold together.
    case sharedMandate = "shared_mandate"
    /// Found from actors holding the same topic in the same months under conditions that exclude
    /// each other (e.g. SGB II and SGB III): responsibility passes when the condition changes.
    case exclusiveConditions = "exclusive_conditions"
    /// Found from the topic of a relation.
    case relationTopic = "relation_topic"

    public var label: Label {
        switch self {
        case .coded: Label(de: "in den Daten erfasst", en: "coded in the data")
        case .situation: Label(de: "aus einer Situation abgeleitet", en: "derived from a situation")
        case .chain: Label(de: "aus Kette erkannt", en: "found from a chain")
        case .consecutiveMandates: Label(de: "aus aufeinanderfolgenden Kernaufträgen erkannt", en: "found from consecutive core mandates")
        case .sharedMandate: Label(de: "aus gleichzeitigen Kernaufträgen erkannt", en: "found from shared core mandates")
        case .exclusiveConditions: Label(de: "aus einer nach Bedingung geteilten Zuständigkeit erkannt", en: "found from responsibility split by a condition")
        case .relationTopic: Label(de: "aus dem Thema einer Beziehung erkannt", en: "found from a relation's topic")
        }
    }
}

/// One type the facts support: the rule that gave it, the facts it used, its confidence.
public struct TypeFinding: Hashable, Sendable {
    /// The type.
    public var type: InterfaceType
    /// The rule that gave it.
    public var rule: InterfaceRule
    /// How far it can be trusted: ``Confidence/derived`` when responsibility facts support it,
    /// ``Confidence/weak`` when only topic words or a biographical path do.
    public var confidence: Confidence
    /// For a transition from exclusive conditions: the dimensions whose change hands
    /// responsibility over (age → turning 18, legal basis → change of benefit law, …).
    public var change: [ResponsibilityCondition.Dimension]
    /// The actors in the order responsibility passes (transitions); the actors found otherwise.
    public var order: [ActorID]
    /// Why: the rule's reason with the facts it used as arguments (``Message/text(_:)``).
    public var explanation: Message

    /// Creates a finding.
    public init(type: InterfaceType, rule: InterfaceRule, confidence: Confidence, change: [ResponsibilityCondition.Dimension] = [],
                order: [ActorID], explanation: Message) {
        self.type = type
        self.rule = rule
        self.confidence = confidence
        self.change = change
        self.order = order
        self.explanation = explanation
    }

    /// The strategy matching ``type``.
    public var strategy: Strategy { type.strategy }
}

/// The classification of one interface in one year: every type the facts support (each a
/// ``TypeFinding`` with rule, facts, strategy and confidence), the coded types, and how they relate.
public struct InterfaceClassification: Hashable, Sendable {
    /// The interface (as coded, as derived from a situation, or as discovered).
    public var interface: Interface
    /// Where the interface comes from.
    public var origin: InterfaceOrigin
    /// The situation whose responsibility facts were used, if any (a situation-derived interface,
    /// or a coded interface that a situation of the same topic and actors describes).
    public var situation: SituationID?
    /// The year classified.
    public var year: Int
    /// The types coded in the data (the interface's `type:`, or the situation's `type:` list).
    public var codedTypes: [InterfaceType]
    /// Every rule that fired, strongest first: by ``Confidence`` (derived before weak), then in
    /// the order of ``InterfaceRule``.
    public var findings: [TypeFinding]
    /// Why, in words: the coded types (if any) and every finding's reason.
    public var explanation: Message
    /// The actors in the order responsibility passes: for an inferred transition the order the
    /// strongest transition finding gives, followed by the interface's other actors; otherwise
    /// (coded types included) the order in the data.
    public var order: [ActorID]
    /// The steps a transition's successive strategy must carry: for a coded type the order in the
    /// data; for an inferred transition the strongest transition finding's actors in its order
    /// (e.g. only job centre and employment agency, not a third actor holding the topic for everyone).
    public var transitionOrder: [ActorID] {
        guard codedTypes.isEmpty, let finding = findings.first(where: { $0.type == .transition }) else { return order }
        return finding.order
    }

    /// The mechanisms observed on the interface (and its situation), one finding per observation
    /// whose code is in the vocabulary (rule `observation.<code>`), in the order written.
    public var mechanisms: [MechanismFinding]

    /// Creates a classification.
    public init(interface: Interface, origin: InterfaceOrigin, situation: SituationID? = nil, year: Int,
                codedTypes: [InterfaceType], findings: [TypeFinding], explanation: Message, order: [ActorID],
                mechanisms: [MechanismFinding] = []) {
        self.mechanisms = mechanisms
        self.interface = interface
        self.origin = origin
        self.situation = situation
        self.year = year
        self.codedTypes = codedTypes
        self.findings = findings
        self.explanation = explanation
        self.order = order
    }

    /// The first coded type, if any.
    public var codedType: InterfaceType? { codedTypes.first }
    /// The distinct types the findings give, strongest first.
    public var inferredTypes: [InterfaceType] {
        var seen = Set<InterfaceType>()
        return findings.map(\.type).filter { seen.insert($0).inserted }
    }
    /// The strongest inferred type, if a rule fired.
    public var inferredType: InterfaceType? { findings.first?.type }
    /// The rule of the strongest finding, if a rule fired.
    public var rule: InterfaceRule? { findings.first?.rule }

    /// The types in force: the coded ones if any (coded wins), else all inferred ones.
    public var types: [InterfaceType] { codedTypes.isEmpty ? inferredTypes : codedTypes }
    /// The first type in force.
    public var type: InterfaceType? { types.first }
    /// The confidence of ``type``: coded, or that of the strongest finding.
    public var confidence: Confidence? { codedTypes.isEmpty ? findings.first?.confidence : .coded }
    /// Where ``type`` comes from.
    public var source: ResultSource { !codedTypes.isEmpty ? .coded : !findings.isEmpty ? .inferred : .none }
    /// The typical problem of the first type in force.
    public var typicalProblem: Label? { type?.typicalProblem }
    /// The strategy that matches the first type in force.
    public var strategy: Strategy? { type?.strategy }
    /// The strategies matching all types in force, in the same order.
    public var strategies: [Strategy] { types.map(\.strategy) }

    /// The observed mechanism in force, by ``MechanismRules/precedence``.
    public var mechanism: MechanismFinding? { MechanismRules.strongest(mechanisms) }
    /// Set when the observations name different mechanisms.
    public var mechanismConflict: Message? { MechanismRules.conflict(mechanisms, used: mechanism) }

    /// Set when coded types are given and the inferred types are not the same set.
    public var disagreement: Message? {
        guard !codedTypes.isEmpty, !findings.isEmpty, Set(codedTypes) != Set(inferredTypes) else { return nil }
        return Message(ClassificationMessage.typeDisagreement, [
            "coded": .and(codedTypes.map { .label($0.label) }),
            "rule": .and(findings.map { .label($0.rule.label) }),
            "inferred": .and(inferredTypes.map { .label($0.label) }),
        ])
    }
}
