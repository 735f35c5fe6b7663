/// A format of cooperation, e.g. a case conference or a written cooperation agreement.
public struct RelationFormat: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `case_conference`.
    public var id: FormatID
    /// German and English label.
    public var label: Label
    /// The formalisation a relation of this format has when the file does not say.
    public var defaultFormalisation: Formalisation
    /// Whether the format is written by nature, so that any other formalisation contradicts it.
    public var isWritten: Bool
    /// Whether the format usually runs from one actor to another (e.g. a hand-over).
    public var isDirected: Bool

    /// Creates a format.
    public init(id: FormatID, label: Label, defaultFormalisation: Formalisation,
                isWritten: Bool = false, isDirected: Bool = false) {
        self.id = id
        self.label = label
        self.defaultFormalisation = isWritten ? .written : defaultFormalisation
        self.isWritten = isWritten
        self.isDirected = isDirected
    }
}
