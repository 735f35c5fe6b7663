/// Network metrics of one alliance-year, for the whole network or one layer.
///
/// Which graph each value comes from is described in docs/METRICS.md:
/// undirected projection for size, density, components, centralities, clustering, structural
/// holes and the E-I index; directed graph for brokerage; the relations themselves for mechanism
/// shares and the formalisation index.
public struct NetworkMetrics: Sendable, Hashable, Codable {
    /// The alliance id.
    public var alliance: String
    /// The alliance's display name.
    public var allianceName: String
    /// The alliance kind's id.
    public var allianceKind: String
    /// The calendar year.
    public var year: Int
    /// The layer (`all`, `format:ID`, `mechanism:ID`, `uncoded`).
    public var layer: String
    /// Actors present in the year (nodes), including isolated ones.
    public var actors: Int
    /// Relations of the layer holding in the year.
    public var relations: Int
    /// Distinct connected pairs (edges of the undirected projection).
    public var ties: Int
    /// Density of the undirected projection.
    public var density: Double
    /// Number of connected components (isolated actors count).
    public var components: Int
    /// Size of the largest component.
    public var largestComponent: Int
    /// Mean degree, `2 ties / actors`.
    public var meanDegree: Double
    /// Average local clustering (isolates count as 0).
    public var averageClustering: Double
    /// Transitivity (global clustering).
    public var transitivity: Double
    /// E-I index across policy areas (`nil` without ties).
    public var eiIndex: Double?
    /// Ties between different policy areas.
    public var eiExternal: Int
    /// Ties within one policy area.
    public var eiInternal: Int
    /// Brokerage counts summed over all actors.
    public var brokerage: BrokerageCounts
    /// Relations by mechanism (coded, else inferred, per ``MechanismShares/basis``; uncoded counted separately).
    public var mechanisms: MechanismShares
    /// Mean formalisation of the relations with a known formalisation, scaled to 0…1
    /// (on demand 0, regular 0.5, written 1); `nil` if none is known.
    public var formalisationIndex: Double?
    /// Relations with a written formalisation.
    public var writtenRelations: Int
    /// The managing office(s) and their position.
    public var managingOffices: [ManagingOfficePosition]
    /// Per-actor metrics, in node order.
    public var actorMetrics: [ActorMetrics]

    /// The network-level metrics that can be compared, ranked and differenced, by name.
    public static let numericMetricNames: [String] = [
        "actors", "relations", "ties", "density", "components", "largest_component", "mean_degree",
        "average_clustering", "transitivity", "ei_index", "positive_share", "negative_share", "uncoded_share",
        "inferred_share", "formalisation_index", "written_relations", "mo_betweenness", "mo_closeness", "mo_degree",
        "coordinator", "gatekeeper", "representative", "consultant", "liaison",
    ]

    /// The metrics among ``numericMetricNames`` that are whole-number counts.
    public static let countMetricNames: Set<String> = [
        "actors", "relations", "ties", "components", "largest_component", "written_relations", "mo_degree",
        "coordinator", "gatekeeper", "representative", "consultant", "liaison",
    ]

    /// The network-level metric `name` (one of ``numericMetricNames``), `nil` where undefined.
    public func value(_ name: String) -> Double? {
        let mo = managingOffices.first
        switch name {
        case "actors": return Double(actors)
        case "relations": return Double(relations)
        case "ties": return Double(ties)
        case "density": return density
        case "components": return Double(components)
        case "largest_component": return Double(largestComponent)
        case "mean_degree": return meanDegree
        case "average_clustering": return averageClustering
        case "transitivity": return transitivity
        case "ei_index": return eiIndex
        case "positive_share": return mechanisms.positive
        case "negative_share": return mechanisms.negative
        case "uncoded_share": return mechanisms.uncoded
        case "inferred_share": return mechanisms.inferredShare
        case "formalisation_index": return formalisationIndex
        case "written_relations": return Double(writtenRelations)
        case "mo_betweenness": return mo?.betweenness
        case "mo_closeness": return mo?.closeness
        case "mo_degree": return mo.map { Double($0.degree) }
        default:
            if let role = BrokerageRole.term(id: name) { return Double(brokerage[role]) }
            return nil
        }
    }
}
