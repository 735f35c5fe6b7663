/// Where a classification result comes from.
public enum ResultSource: String, Sendable, Codable, LabelledTerm {
    /// Coded by a researcher in the data file; wins over inference.
    case coded
    /// Inferred by a rule.
    case inferred
    /// Neither coded nor inferable.
    case none

    public var label: Label {
        switch self {
        case .coded: Label(de: "kodiert", en: "coded")
        case .inferred: Label(de: "abgeleitet", en: "inferred")
        case .none: Label(de: "unbestimmt", en: "undetermined")
        }
    }
}

/// One mechanism a rule finds: from an observed behaviour (`observation.<code>`, confidence
/// derived), from the format table (a default, confidence weak) or from the contextual rule.
public struct MechanismFinding: Hashable, Sendable {
    /// The mechanism and sub-form.
    public var mechanism: CodedMechanism
    /// The rule's id, e.g. `observation.calls_on_others` or `format.case_conference`.
    public var rule: String
    /// How far it can be trusted: ``Confidence/derived`` for an observation, ``Confidence/weak``
    /// for the format default and the contextual rule.
    public var confidence: Confidence
    /// Whether the finding is only the default the format gives (``MechanismRules/table``).
    public var isDefault: Bool
    /// The observation read, for an observation rule.
    public var observation: Observation?
    /// Why, with the facts used.
    public var explanation: Message

    /// Creates a finding.
    public init(mechanism: CodedMechanism, rule: String, confidence: Confidence, isDefault: Bool,
                observation: Observation? = nil, explanation: Message) {
        self.mechanism = mechanism
        self.rule = rule
        self.confidence = confidence
        self.isDefault = isDefault
        self.observation = observation
        self.explanation = explanation
    }
}

/// The coordination mechanism of one relation (or, for a contextual finding, of one actor's
/// stance towards a relation) with the reason in words.
public struct MechanismClassification: Hashable, Sendable {
    /// The relation classified.
    public var relation: RelationID
    /// Its format.
    public var format: FormatID
    /// The actors involved.
    public var actors: [ActorID]
    /// For a contextual finding (``MechanismRules/adaptation``): the actor whose stance is meant.
    /// `nil` for the relation itself.
    public var perspective: ActorID?
    /// The mechanism coded in the data, if any.
    public var coded: CodedMechanism?
    /// The mechanism inferred, if a rule fired: the observation in force (``MechanismRules/precedence``),
    /// else the format default.
    public var inferred: CodedMechanism?
    /// The id of the rule that gave ``inferred``, if any.
    public var rule: String?
    /// Every rule that fired: the observation rules in the order written, then the format default.
    public var findings: [MechanismFinding]
    /// Why: the rule's id and reason with the facts used (format, actors, mechanism) as the
    /// arguments of a catalogue message, put into words with ``Message/text(_:)``.
    public var explanation: Message
    /// Set when coded and inferred values differ: what differs (a catalogue message).
    public var disagreement: Message?
    /// Set when observations name different mechanisms: what was observed and which is used.
    public var conflict: Message?

    /// Creates a classification.
    public init(relation: RelationID, format: FormatID, actors: [ActorID], perspective: ActorID? = nil,
                coded: CodedMechanism?, inferred: CodedMechanism?, rule: String?, findings: [MechanismFinding] = [],
                explanation: Message, disagreement: Message?, conflict: Message? = nil) {
        self.relation = relation
        self.format = format
        self.actors = actors
        self.perspective = perspective
        self.coded = coded
        self.inferred = inferred
        self.rule = rule
        self.findings = findings
        self.explanation = explanation
        self.disagreement = disagreement
        self.conflict = conflict
    }

    /// The mechanism in force: the coded one, else the inferred one.
    public var effective: CodedMechanism? { coded ?? inferred }

    /// Where ``effective`` comes from.
    public var source: ResultSource { coded != nil ? .coded : inferred != nil ? .inferred : .none }

    /// How far ``effective`` can be trusted: coded, derived (an observation) or weak (the format default).
    public var confidence: Confidence? {
        coded != nil ? .coded : findings.first { $0.rule == rule }?.confidence
    }

    /// Whether the mechanism in force is only the format's default.
    public var isDefault: Bool { coded == nil && (findings.first { $0.rule == rule }?.isDefault ?? false) }

    /// Whether the mechanism in force does without communication: the warning signs
    /// (intervention, negative coordination).
    public var isWarningSign: Bool { effective.map { !$0.mechanism.needsCommunication } ?? false }
}
