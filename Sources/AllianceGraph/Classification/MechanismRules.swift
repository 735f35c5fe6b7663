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
        MechanismRule("format.supervision", "supervision", .directed, .intervention, .encroachment),
        MechanismRule("format.referral", "referral", .any, .intervention, .shifting),
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
