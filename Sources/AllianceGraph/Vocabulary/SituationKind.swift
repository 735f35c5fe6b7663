/// A typical situation of a young person that evaluators reason from (report, chapter 2.1), e.g.
/// turning 18 or the end of a programme, with a default topic. Built-in kinds come from
/// ``Vocabulary/builtIn``; users add their own.
public struct SituationKind: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `turning_18`.
    public var id: SituationKindID
    /// German and English label.
    public var label: Label
    /// The topic a situation of this kind is about unless it names its own.
    public var topic: TopicID?
    /// The condition dimension whose change the situation is about (e.g. ``ResponsibilityCondition/Dimension/age``
    /// for turning 18), if one.
    public var change: ResponsibilityCondition.Dimension?

    /// Creates a situation kind.
    public init(id: SituationKindID, label: Label, topic: TopicID? = nil, change: ResponsibilityCondition.Dimension? = nil) {
        self.id = id
        self.label = label
        self.topic = topic
        self.change = change
    }
}
