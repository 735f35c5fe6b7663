/// Relations counted by coordination mechanism.
///
/// With ``MechanismBasis/effective`` (the default) a relation counts under its coded mechanism,
/// else under the one the classification infers from format and direction; only relations for
/// which neither exists count as `uncoded`. With ``MechanismBasis/coded`` only coded mechanisms
/// count. ``inferred`` says how many mechanisms were inferred.
public struct MechanismShares: Sendable, Hashable, Codable {
    /// Relations per mechanism id, plus `uncoded`.
    public var counts: [String: Int]
    /// All relations counted.
    public var total: Int
    /// Relations whose mechanism was inferred by a rule, not coded (0 with ``MechanismBasis/coded``).
    public var inferred: Int
    /// Which mechanisms were counted.
    public var basis: MechanismBasis

    /// Creates counts; `inferred` and `basis` default to the coded-only view.
    public init(counts: [String: Int], total: Int, inferred: Int = 0, basis: MechanismBasis = .coded) {
        self.counts = counts
        self.total = total
        self.inferred = inferred
        self.basis = basis
    }

    /// The share of mechanism `id` (or `uncoded`) among all relations, `nil` when there are none.
    public func share(_ id: String) -> Double? {
        total == 0 ? nil : Double(counts[id] ?? 0) / Double(total)
    }
    /// Share of relations with positive coordination (of all relations, uncoded included).
    public var positive: Double? { share(Mechanism.positive.id) }
    /// Share of relations with negative coordination (of all relations, uncoded included).
    public var negative: Double? { share(Mechanism.negative.id) }
    /// Share of relations without a mechanism (not coded and, with ``MechanismBasis/effective``, not inferable).
    public var uncoded: Double? { share("uncoded") }
    /// Share of relations whose mechanism was inferred rather than coded.
    public var inferredShare: Double? { total == 0 ? nil : Double(inferred) / Double(total) }
}
