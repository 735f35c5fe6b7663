/// A legal basis of help or decisions, e.g. SGB II (basic income support for jobseekers), used in
/// a ``ResponsibilityCondition``. Built-in bases come from ``Vocabulary/builtIn``; users add their own.
public struct LegalBasis: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `sgb2`.
    public var id: LegalBasisID
    /// German and English label, with the customary abbreviation (e.g. "SGB II").
    public var label: Label

    /// Creates a legal basis.
    public init(id: LegalBasisID, label: Label) {
        self.id = id
        self.label = label
    }
}
