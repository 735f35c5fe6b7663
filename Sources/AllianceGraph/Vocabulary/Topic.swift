/// A topic or risk situation that actors can hold as a core task, e.g. residence status.
public struct Topic: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `residence_status`.
    public var id: TopicID
    /// German and English label.
    public var label: Label
    /// Whether the topic is a cross-cutting goal (Querschnittsaufgabe) such as integration.
    public var isCrossCutting: Bool
    /// Neighbouring topics: other words for the same risk (e.g. access to measures and residence
    /// status), so that the classification does not hang on one word choice.
    public var neighbours: [TopicID]

    /// Creates a topic.
    public init(id: TopicID, label: Label, isCrossCutting: Bool = false, neighbours: [TopicID] = []) {
        self.id = id
        self.label = label
        self.isCrossCutting = isCrossCutting
        self.neighbours = neighbours
    }
}
