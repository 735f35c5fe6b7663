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
    ///
    /// Ages, residence statuses and programme months exclude each other when they do not meet (a
    /// person has one age and one status at a time). Legal bases mostly apply side by side, so two
    /// lists of legal bases exclude each other only when every basis of the one excludes every basis
    /// of the other in `vocabulary` (``Vocabulary/legalBasesExclude(_:_:)``): SGB II and SGB III do,
    /// SGB VIII and SGB II do not.
    /// - Complexity: O(*r* + *l* · *l*′ · *e*) for residence lists of total length *r*, legal-basis
    ///   lists of lengths *l*, *l*′ and bases excluding up to *e* others.
    public func exclusiveDimensions(with other: ResponsibilityCondition, in vocabulary: Vocabulary) -> [Dimension] {
        var result: [Dimension] = []
        if let a = age, let b = other.age, !a.overlaps(b) { result.append(.age) }
        if let a = residence, let b = other.residence, Set(a).isDisjoint(with: b) { result.append(.residence) }
        if let a = legalBasis, let b = other.legalBasis,
           a.allSatisfy({ x in b.allSatisfy { y in vocabulary.legalBasesExclude(x, y) } }) {
            result.append(.legalBasis)
        }
        if let a = programmeMonths, let b = other.programmeMonths, !a.overlaps(b) { result.append(.programmeMonths) }
        return result
    }

    /// Whether `self` and `other` can hold at the same time (``exclusiveDimensions(with:in:)`` is empty).
    public func canHoldTogether(with other: ResponsibilityCondition, in vocabulary: Vocabulary) -> Bool {
        exclusiveDimensions(with: other, in: vocabulary).isEmpty
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
