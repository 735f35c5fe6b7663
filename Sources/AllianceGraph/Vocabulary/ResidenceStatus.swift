/// A residence status under residence or asylum law, e.g. toleration (Duldung), used in a
/// ``ResponsibilityCondition``. Built-in statuses come from ``Vocabulary/builtIn``; users add their own.
public struct ResidenceStatus: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `toleration`.
    public var id: ResidenceStatusID
    /// German and English label.
    public var label: Label

    /// Creates a residence status.
    public init(id: ResidenceStatusID, label: Label) {
        self.id = id
        self.label = label
    }
}
