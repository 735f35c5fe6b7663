/// A legal basis of help or decisions, e.g. SGB II (basic income support for jobseekers), used in
/// a ``ResponsibilityCondition``. Built-in bases come from ``Vocabulary/builtIn``; users add their own.
///
/// Most legal bases apply side by side: youth welfare (SGB VIII) runs in parallel to SGB II or
/// III, the Residence Act beside any of them. Only bases that cannot apply to the same young person
/// at the same time name each other in ``excludes`` (SGB II and SGB III: the household's benefit
/// status decides; AsylbLG and SGB II: benefits under the one end where the other begins). Two
/// conditions differ in their legal basis only where every basis of the one excludes every basis
/// of the other (``Vocabulary/legalBasesExclude(_:_:)``).
public struct LegalBasis: Hashable, Sendable, Identifiable {
    /// Stable machine id, e.g. `sgb2`.
    public var id: LegalBasisID
    /// German and English label, with the customary abbreviation (e.g. "SGB II").
    public var label: Label
    /// The legal bases that cannot apply together with this one (`excludes:` in vocabulary files).
    /// Read both ways: it is enough that one of two bases names the other.
    public var excludes: [LegalBasisID]

    /// Creates a legal basis; by default it excludes no other.
    public init(id: LegalBasisID, label: Label, excludes: [LegalBasisID] = []) {
        self.id = id
        self.label = label
        self.excludes = excludes
    }
}
