/// A behaviour evaluators observe between actors, e.g. one actor declaring another responsible,
/// and the coordination mechanism it shows (report, chapter 2.1: the mechanisms and their sub-forms).
///
/// Relations, interfaces and situations carry ``Observation``s of these codes; the mechanism
/// rules read them. Built-in codes come from ``Vocabulary/builtIn``; users add their own.
public struct ObservationCode: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `declares_other_responsible`.
    public var id: ObservationCodeID
    /// German and English label.
    public var label: Label
    /// The mechanism (and sub-form) the behaviour shows.
    public var mechanism: CodedMechanism

    /// Creates an observation code.
    public init(id: ObservationCodeID, label: Label, mechanism: CodedMechanism) {
        self.id = id
        self.label = label
        self.mechanism = mechanism
    }
}

/// One observed behaviour on a relation, interface or situation: a code, optionally who showed
/// it and a note. Written as a code (`- joint_case_planning`) or a mapping
/// (`- { code: calls_on_others, by: ki, note: "…" }`).
public struct Observation: Hashable, Sendable {
    /// The observation code.
    public var code: ObservationCodeID
    /// The actor who showed the behaviour, if recorded.
    public var by: ActorID?
    /// A free note.
    public var note: String?

    /// Creates an observation.
    public init(_ code: ObservationCodeID, by: ActorID? = nil, note: String? = nil) {
        self.code = code
        self.by = by
        self.note = note
    }
}
