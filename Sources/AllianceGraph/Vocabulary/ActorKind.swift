/// A kind of actor in the catalogue, e.g. the immigration office (ABH).
///
/// Built-in kinds come from ``Vocabulary/builtIn``; users add their own in a vocabulary file.
public struct ActorKind: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `abh`.
    public var id: ActorKindID
    /// German and English label and the customary abbreviation.
    public var label: Label
    /// The policy area actors of this kind usually belong to.
    public var area: PolicyArea
    /// The topics this kind holds as core tasks, each with the period in which it applies.
    public var mandates: [CoreMandate]

    /// Creates an actor kind.
    public init(id: ActorKindID, label: Label, area: PolicyArea, mandates: [CoreMandate] = []) {
        self.id = id
        self.label = label
        self.area = area
        self.mandates = mandates
    }
}

/// A topic an actor holds as its core task (Kernauftrag), valid in a period and possibly only
/// under a condition (e.g. the job centre for young people whose household draws SGB II benefits).
public struct CoreMandate: Hashable, Sendable {
    /// The topic.
    public var topic: TopicID
    /// When the mandate applies; `nil` means always.
    public var period: Period?
    /// For whom the mandate applies (`when:`); `nil` means for everyone.
    public var condition: ResponsibilityCondition?

    /// Creates a mandate.
    public init(_ topic: TopicID, period: Period? = nil, condition: ResponsibilityCondition? = nil) {
        self.topic = topic
        self.period = period
        self.condition = condition
    }
}
