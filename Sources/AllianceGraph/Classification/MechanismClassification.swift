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
    /// The mechanism the rule table gives, if a rule fired.
    public var inferred: CodedMechanism?
    /// The id of the rule that fired, if any.
    public var rule: String?
    /// Why: the rule's id and reason with the facts used (format, actors, mechanism) as the
    /// arguments of a catalogue message, put into words with ``Message/text(_:)``.
    public var explanation: Message
    /// Set when coded and inferred values differ: what differs (a catalogue message).
    public var disagreement: Message?

    /// The mechanism in force: the coded one, else the inferred one.
    public var effective: CodedMechanism? { coded ?? inferred }

    /// Where ``effective`` comes from.
    public var source: ResultSource { coded != nil ? .coded : inferred != nil ? .inferred : .none }

    /// Whether the mechanism in force does without communication: the warning signs
    /// (intervention, negative coordination).
    public var isWarningSign: Bool { effective.map { !$0.mechanism.needsCommunication } ?? false }
}
