/// An interface (Schnittstelle): a risk situation or topic whose handling needs several
/// partly independent actors. Researchers code its type where they know it.
public struct Interface: Hashable, Sendable, Identifiable {
    /// Id, unique within the alliance.
    public var id: InterfaceID
    /// The actors involved; for a transition in the order responsibility passes.
    public var actors: [ActorID]
    /// The topic, if it is one of the vocabulary's.
    public var topic: TopicID?
    /// The risk situation in words, e.g. "Ausbildungsduldung beantragen".
    public var risk: String?
    /// The coded type, if a researcher coded it.
    public var type: InterfaceType?
    /// When the interface exists; `nil` means all the alliance's years.
    public var periods: [Period]?
    /// A free note.
    public var note: String?
    /// Where the information comes from.
    public var source: String?
    /// Observed behaviours between the actors (the file's `observations:`).
    public var observations: [Observation]

    /// Creates an interface.
    public init(id: InterfaceID, actors: [ActorID], topic: TopicID? = nil, risk: String? = nil,
                type: InterfaceType? = nil, periods: [Period]? = nil, note: String? = nil, source: String? = nil,
                observations: [Observation] = []) {
        self.observations = observations
        self.id = id
        self.actors = actors
        self.topic = topic
        self.risk = risk
        self.type = type
        self.periods = periods
        self.note = note
        self.source = source
    }

    /// Whether the interface exists in calendar year `year`.
    public func exists(in year: Int) -> Bool { periods?.contains(year: year) ?? true }
}

/// An education and integration chain (Bildungs- und Integrationskette): an ordered sequence of
/// steps, each a hand-over of responsibility from one actor to the next.
public struct Chain: Hashable, Sendable, Identifiable {
    /// Id, unique within the alliance.
    public var id: ChainID
    /// A name, e.g. "Vom Erstkontakt in die Ausbildung".
    public var name: String?
    /// The steps in order.
    public var steps: [ChainStep]
    /// When the chain is meant to work; `nil` means all the alliance's years.
    public var periods: [Period]?
    /// A free note.
    public var note: String?

    /// Creates a chain.
    public init(id: ChainID, name: String? = nil, steps: [ChainStep], periods: [Period]? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.steps = steps
        self.periods = periods
        self.note = note
    }

    /// Whether the chain applies in calendar year `year`.
    public func applies(in year: Int) -> Bool { periods?.contains(year: year) ?? true }
}

/// One step of a ``Chain``: the actor responsible and what it offers.
public struct ChainStep: Hashable, Sendable {
    /// The actor responsible at this step.
    public var actor: ActorID
    /// What the step is about, e.g. `language`.
    public var topic: TopicID?
    /// A label for the step, e.g. "Einstiegsqualifizierung".
    public var label: String?

    /// Creates a step.
    public init(actor: ActorID, topic: TopicID? = nil, label: String? = nil) {
        self.actor = actor
        self.topic = topic
        self.label = label
    }
}
