/// The condition under which an actor is responsible for a young person's situation, or holds a
/// core mandate (Kernauftrag): the person's age, residence status, the legal basis of the help,
/// and the months since a programme started.
///
/// Every dimension given must hold (and); within a dimension given as a list, one entry is
/// enough (or). A dimension left out (`nil`) does not restrict. Written `when:` in files:
///
/// ```yaml
/// when: { age: "18-", legal_basis: [sgb2] }
/// ```
public struct ResponsibilityCondition: Hashable, Sendable {
    /// The person's age in whole years, e.g. `-17` for minors.
    public var age: WholeNumberInterval?
    /// The residence statuses under which the condition holds, e.g. `toleration` (Duldung).
    public var residence: [ResidenceStatusID]?
    /// The legal bases of the help, e.g. `sgb2` (SGB II) or `sgb8` (SGB VIII).
    public var legalBasis: [LegalBasisID]?
    /// The months since the start of the programme the actor runs, e.g. `1-24`.
    public var programmeMonths: WholeNumberInterval?

    /// Creates a condition; `nil` dimensions do not restrict.
    public init(age: WholeNumberInterval? = nil, residence: [ResidenceStatusID]? = nil,
                legalBasis: [LegalBasisID]? = nil, programmeMonths: WholeNumberInterval? = nil) {
        self.age = age
        self.residence = residence
        self.legalBasis = legalBasis
        self.programmeMonths = programmeMonths
    }

    /// Whether the condition restricts nothing.
    public var isUnrestricted: Bool { age == nil && residence == nil && legalBasis == nil && programmeMonths == nil }

    /// The dimensions in which `self` and `other` cannot hold at the same time: both restrict the
    /// dimension and no value satisfies both. Empty means the two conditions can hold at once
    /// (responsibility shared at the same time); non-empty means they exclude each other, and the
    /// dimensions name the change that hands responsibility over (e.g. ``Dimension/age``: turning 18).
    /// - Complexity: O(*r* + *l*) in the lengths of the residence and legal-basis lists.
    public func exclusiveDimensions(with other: ResponsibilityCondition) -> [Dimension] {
        var result: [Dimension] = []
        if let a = age, let b = other.age, !a.overlaps(b) { result.append(.age) }
        if let a = residence, let b = other.residence, Set(a).isDisjoint(with: b) { result.append(.residence) }
        if let a = legalBasis, let b = other.legalBasis, Set(a).isDisjoint(with: b) { result.append(.legalBasis) }
        if let a = programmeMonths, let b = other.programmeMonths, !a.overlaps(b) { result.append(.programmeMonths) }
        return result
    }

    /// Whether `self` and `other` can hold at the same time (``exclusiveDimensions(with:)`` is empty).
    public func canHoldTogether(with other: ResponsibilityCondition) -> Bool {
        exclusiveDimensions(with: other).isEmpty
    }

    /// One dimension of a condition; its raw value is the file key.
    public enum Dimension: String, Hashable, Sendable, CaseIterable, Codable {
        /// The person's age (`age`).
        case age
        /// The residence status (`residence`).
        case residence
        /// The legal basis of the help (`legal_basis`).
        case legalBasis = "legal_basis"
        /// The months since a programme started (`programme_months`).
        case programmeMonths = "programme_months"
    }
}
