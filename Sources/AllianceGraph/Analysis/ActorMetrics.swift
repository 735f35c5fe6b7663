/// Metrics of one actor in one alliance-year (layer).
///
/// Graph: all values except ``brokerage`` are computed on the undirected projection
/// (``NetworkProjection/graph``); ``brokerage`` on the directed graph (``NetworkProjection/digraph``)
/// with the policy area as the group.
public struct ActorMetrics: Sendable, Hashable, Codable {
    /// The actor's id.
    public var id: String
    /// The actor kind's id.
    public var kind: String
    /// The policy area's id, if known.
    public var area: String?
    /// Number of distinct partners.
    public var degree: Int
    /// Degree / (n − 1), as NetworkX's `degree_centrality`.
    public var degreeCentrality: Double
    /// Normalised betweenness, as NetworkX's `betweenness_centrality`.
    public var betweenness: Double
    /// Wasserman–Faust closeness, as NetworkX's `closeness_centrality`.
    public var closeness: Double
    /// Local clustering coefficient, as NetworkX's `clustering`.
    public var clustering: Double
    /// Burt's constraint (`nil` for an isolated actor), as NetworkX's `constraint`.
    public var constraint: Double?
    /// Burt's effective size (`nil` for an isolated actor), as NetworkX's `effective_size`.
    public var effectiveSize: Double?
    /// Gould–Fernandez brokerage counts across policy areas.
    public var brokerage: BrokerageCounts
    /// Whether the actor is (one of) the managing office(s) in the year.
    public var isManagingOffice: Bool
    /// Whether the actor is in the core group in the year.
    public var isCoreGroup: Bool

    /// The actor-level metrics that can be ranked, by name (the column ids of the actor table,
    /// plus `brokerage_total`, the sum of the five brokerage roles).
    public static let numericMetricNames: [String] = [
        "degree", "degree_centrality", "betweenness", "closeness", "clustering", "constraint", "effective_size",
        "coordinator", "gatekeeper", "representative", "consultant", "liaison", "brokerage_total",
    ]

    /// The metrics among ``numericMetricNames`` that are whole-number counts.
    public static let countMetricNames: Set<String> = [
        "degree", "coordinator", "gatekeeper", "representative", "consultant", "liaison", "brokerage_total",
    ]

    /// The actor-level metric `name` (one of ``numericMetricNames``), `nil` where undefined
    /// (constraint and effective size of an isolated actor) or unknown.
    public func value(_ name: String) -> Double? {
        switch name {
        case "degree": return Double(degree)
        case "degree_centrality": return degreeCentrality
        case "betweenness": return betweenness
        case "closeness": return closeness
        case "clustering": return clustering
        case "constraint": return constraint
        case "effective_size": return effectiveSize
        case "brokerage_total": return Double(brokerage.total)
        default:
            if let role = BrokerageRole.term(id: name) { return Double(brokerage[role]) }
            return nil
        }
    }
}
