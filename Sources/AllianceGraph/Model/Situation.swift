/// A situation of the young person (e.g. turning 18, a change of residence status, the end of a
/// programme) whose handling needs several partly independent actors, with each actor's condition
/// of responsibility (report, chapter 2.1: an interface exists where solving a person's risk
/// situation needs several actors; its type follows from how responsibility is arranged).
///
/// Situations are the file's `situations:`. The classifier derives an interface from each
/// situation with two or more actors; an interface coded under `interfaces:` still wins.
public struct Situation: Hashable, Sendable, Identifiable {
    /// Id, unique within the alliance.
    public var id: SituationID
    /// The kind of situation, if it is one of the catalogue's.
    public var kind: SituationKindID?
    /// The situation in words, e.g. "Geduldeter Jugendlicher wird volljährig".
    public var label: String?
    /// The topic; `nil` means the kind's default topic (``topic(in:)``).
    public var topic: TopicID?
    /// The actors involved, each with the condition of its responsibility.
    public var responsibilities: [Responsibility]
    /// Observed behaviours around the situation.
    public var observations: [Observation]
    /// The coded interface types, if researchers coded them (the report labels some with two).
    public var types: [InterfaceType]
    /// When the situation occurs; `nil` means all the alliance's years.
    public var periods: [Period]?
    /// A free note.
    public var note: String?
    /// Where the information comes from.
    public var source: String?

    /// Creates a situation.
    public init(id: SituationID, kind: SituationKindID? = nil, label: String? = nil, topic: TopicID? = nil,
                responsibilities: [Responsibility], observations: [Observation] = [], types: [InterfaceType] = [],
                periods: [Period]? = nil, note: String? = nil, source: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.topic = topic
        self.responsibilities = responsibilities
        self.observations = observations
        self.types = types
        self.periods = periods
        self.note = note
        self.source = source
    }

    /// The actors involved, in the order written.
    public var actors: [ActorID] { responsibilities.map(\.actor) }

    /// The topic in force: the situation's own, else its kind's default in `vocabulary`.
    public func topic(in vocabulary: Vocabulary) -> TopicID? {
        topic ?? kind.flatMap { vocabulary.situationKind($0)?.topic }
    }

    /// Whether the situation occurs in calendar year `year`.
    public func occurs(in year: Int) -> Bool { periods?.contains(year: year) ?? true }
}

/// One actor's part in a ``Situation``.
public struct Responsibility: Hashable, Sendable {
    /// The actor.
    public var actor: ActorID
    /// The condition under which the actor is responsible (`when:`); `nil` means: read it from
    /// the actor's core mandates for the situation's topic.
    public var condition: ResponsibilityCondition?
    /// Whether the actor is responsible at all; `false` (`responsible: false`) means it is
    /// involved and contributes but holds no responsibility for the situation.
    public var isResponsible: Bool

    /// Creates a responsibility.
    public init(actor: ActorID, condition: ResponsibilityCondition? = nil, isResponsible: Bool = true) {
        self.actor = actor
        self.condition = condition
        self.isResponsible = isResponsible
    }
}
