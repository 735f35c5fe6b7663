/// When a mechanism rule applies to a relation, beyond its format.
public enum MechanismRuleCondition: Hashable, Sendable {
    /// Any relation of the format.
    case any
    /// Only a directed relation (from … to …).
    case directed
    /// Only an undirected relation (a group).
    case undirected
    /// Only a directed relation with at least one source of this policy area,
    /// e.g. a participation check run by the immigration office (migration policy).
    case directedFrom(PolicyArea)

    /// Whether `relation` meets the condition.
    func holds(for relation: Relation, in context: ClassificationContext) -> Bool {
        switch (self, relation.ends) {
        case (.any, _): true
        case (.directed, .directed), (.undirected, .undirected), (.undirected, .coreGroup): true
        case (.directedFrom(let area), .directed(let from, _)):
            from.contains { context.alliance.actor($0)?.policyArea(in: context.vocabulary) == area }
        default: false
        }
    }

    /// The condition, to be put into words with ``Message/text(_:)``.
    public var message: Message {
        switch self {
        case .any: Message(ClassificationMessage.conditionAny)
        case .directed: Message(ClassificationMessage.conditionDirected)
        case .undirected: Message(ClassificationMessage.conditionUndirected)
        case .directedFrom(let area): Message(ClassificationMessage.conditionDirectedFrom, ["area": .label(area.label)])
        }
    }
}

/// One row of the rule table that infers a relation's coordination mechanism from its format
/// (and, where needed, its direction and the policy area of its source).
public struct MechanismRule: Hashable, Sendable, Identifiable {
    /// Stable rule id, shown with every inferred result, e.g. `format.case_conference`.
    public let id: String
    /// The format the rule is about.
    public let format: FormatID
    /// The extra condition.
    public let condition: MechanismRuleCondition
    /// The mechanism (and sub-form) inferred.
    public let result: CodedMechanism
    /// Why, with reference to the report's heuristic (chapter 2.1): the ``MechanismRuleMessage``
    /// entry of the same id, put into words where it is shown.
    public let reason: Message

    /// Creates a rule; its reason is the catalogue entry whose id is `id`.
    init(_ id: String, _ format: FormatID, _ condition: MechanismRuleCondition = .any,
         _ mechanism: Mechanism, _ subForm: MechanismSubForm? = nil) {
        guard let reason = MechanismRuleMessage(rawValue: id) else {
            preconditionFailure("mechanism rule \(id) has no reason in MechanismRuleMessage")
        }
        self.id = id
        self.format = format
        self.condition = condition
        self.result = CodedMechanism(mechanism, subForm)
        self.reason = Message(reason)
    }
}

/// THE rule table for coordination mechanisms (Koordinationsmechanismen).
///
/// Read top to bottom; the first row whose format and condition match a relation wins.
/// A mechanism coded in the data always wins over the table; the table only fills gaps
/// and is used to report where coded and inferred values disagree.
/// Formats without a row (e.g. a user's own formats, a participation check not run by
/// the immigration office) stay unclassified: the format alone does not tell.
///
/// Below the table, ``adaptation`` is the one contextual rule: it reads a whole
/// alliance-year, not a single relation.
public enum MechanismRules {
    /// The table.
    public static let table: [MechanismRule] = [
        // — Exchange and learning (Austausch und Lernen): bodies and forums that build knowledge and trust.
        MechanismRule("format.core_group", "core_group", .any, .exchange),
        MechanismRule("format.exchange_round", "exchange_round", .any, .exchange),
        MechanismRule("format.forum", "forum", .any, .exchange),
        MechanismRule("format.working_group", "working_group", .any, .exchange),
        MechanismRule("format.steering_group", "steering_group", .any, .exchange),
        MechanismRule("format.letter_of_intent", "letter_of_intent", .any, .exchange),
        MechanismRule("format.contact_person", "contact_person", .any, .exchange),
        MechanismRule("format.reporting", "reporting", .any, .exchange),
        MechanismRule("format.supervision", "supervision", .any, .exchange),
        MechanismRule("format.referral", "referral", .any, .exchange),
        // — Positive coordination (positive Koordination): linking (simultaneous or sensitive) or transfer (successive).
        MechanismRule("format.case_conference", "case_conference", .any, .positive, .linking),
        MechanismRule("format.joint_offer", "joint_offer", .any, .positive, .linking),
        MechanismRule("format.handover", "handover", .any, .positive, .transfer),
        MechanismRule("format.forwarding_contract", "forwarding_contract", .any, .positive, .transfer),
        MechanismRule("format.contact_data", "contact_data", .any, .positive, .transfer),
        MechanismRule("format.cooperation_agreement.directed", "cooperation_agreement", .directed, .positive, .transfer),
        MechanismRule("format.cooperation_agreement", "cooperation_agreement", .undirected, .positive, .linking),
        // — Intervention: acting upon another field without agreeing on it.
        MechanismRule("format.participation_check.migration", "participation_check", .directedFrom(.migration), .intervention, .encroachment),
    ]

    /// The first rule matching `relation`, if any.
    public static func rule(for relation: Relation, in context: ClassificationContext) -> MechanismRule? {
        table.first { $0.format == relation.format && $0.condition.holds(for: relation, in: context) }
    }

    /// The contextual rule for negative coordination by adaptation (Anpassung).
    ///
    /// When the immigration office checks participation prerequisites (a relation whose
    /// mechanism is intervention by encroachment) and a receiving actor has no relation with
    /// the office in the same year whose mechanism needs communication (exchange and learning
    /// or positive coordination), the receiving actor accepts the exclusions without any
    /// channel to clarify the leeway: negative coordination, adaptation (report, section 3.3).
    public static let adaptation = MechanismRule("context.accepted_exclusions", "participation_check", .directedFrom(.migration), .negative, .adaptation)
}

/// A rule that reads one observed behaviour: `observation.<code>` gives the mechanism (and
/// sub-form) the code stands for in the vocabulary (``ObservationCode/mechanism``). There is one
/// such rule per code of the vocabulary in force (built-in and the user's own).
public struct ObservationRule: Hashable, Sendable, Identifiable {
    /// Stable rule id, `observation.<code>`.
    public var id: String { MechanismRules.observationPrefix + code.id.rawValue }
    /// The observation code.
    public let code: ObservationCode
    /// The mechanism (and sub-form) the code stands for.
    public var result: CodedMechanism { code.mechanism }
}

extension MechanismRules {
    /// The prefix of the observation rules' ids.
    public static let observationPrefix = "observation."

    /// How several observed mechanisms on one relation or interface resolve: all are reported
    /// (``MechanismClassification/findings``); the one in force is the first of this list that
    /// was observed — positive coordination, then intervention, then negative coordination, then
    /// exchange and learning — and among observations of the same mechanism the first written.
    /// Exchange and learning is the foundation that goes with every other mechanism (report
    /// ch. 2.1), so any more specific observation wins over it; positive coordination is what the
    /// matching strategies consist of, so when it is observed the strategy is there, and the
    /// observed warning signs stay visible as further findings and as a conflict.
    public static let precedence: [Mechanism] = [.positive, .intervention, .negative, .exchange]

    /// The observation rules for every code of `vocabulary`, in catalogue order.
    public static func observationRules(in vocabulary: Vocabulary) -> [ObservationRule] {
        vocabulary.observationCodes.values.map { ObservationRule(code: $0) }
    }

    /// The rule for `observation`, if its code is in `vocabulary` (a code not in the vocabulary decides nothing).
    public static func rule(for observation: Observation, in vocabulary: Vocabulary) -> ObservationRule? {
        vocabulary.observationCode(observation.code).map { ObservationRule(code: $0) }
    }

    /// The mechanism findings of `observations` (one per observation whose code is known), with
    /// the facts used, in the order written.
    static func findings(_ observations: [Observation], in context: ClassificationContext) -> [MechanismFinding] {
        observations.compactMap { observation in
            guard let rule = rule(for: observation, in: context.vocabulary) else { return nil }
            let by: MessageArgument = observation.by.map { .message(Message(ClassificationMessage.observedBy, ["actor": context.nameArgument($0)])) } ?? ""
            return MechanismFinding(mechanism: rule.result, rule: rule.id, confidence: .derived, isDefault: false, observation: observation,
                                    explanation: Message(ClassificationMessage.mechanismObservation, [
                                        "rule": .text(rule.id), "code": .label(rule.code.label), "by": by, "mechanism": rule.result.argument,
                                    ]))
        }
    }

    /// The finding in force among `findings` by ``precedence`` (first written among equals).
    static func strongest(_ findings: [MechanismFinding]) -> MechanismFinding? {
        findings.enumerated().min { a, b in
            let pa = precedence.firstIndex(of: a.element.mechanism.mechanism)!, pb = precedence.firstIndex(of: b.element.mechanism.mechanism)!
            return pa != pb ? pa < pb : a.offset < b.offset
        }?.element
    }

    /// When the findings name different mechanisms or sub-forms: which ones, and which is used.
    static func conflict(_ findings: [MechanismFinding], used: MechanismFinding?) -> Message? {
        guard let used, Set(findings.map(\.mechanism)).count > 1 else { return nil }
        return Message(ClassificationMessage.mechanismConflict, [
            "observed": .list(findings.map { .message(Message(ClassificationMessage.withNote, ["item": $0.mechanism.argument, "note": .text($0.rule)])) }),
            "used": used.mechanism.argument, "rule": .text(used.rule),
        ])
    }
}
