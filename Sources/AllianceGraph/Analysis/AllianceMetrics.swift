import Foundation

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

/// The managing office's position in the network.
public struct ManagingOfficePosition: Sendable, Hashable, Codable {
    /// The managing office's actor id.
    public var id: String
    /// Its degree.
    public var degree: Int
    /// Its normalised betweenness.
    public var betweenness: Double
    /// Its closeness.
    public var closeness: Double
    /// Its rank by betweenness among all actors (1 = highest; ties share the better rank).
    public var betweennessRank: Int
    /// Its rank by degree (1 = highest; ties share the better rank).
    public var degreeRank: Int
}

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

extension NetworkProjection {
    /// Computes all metrics of the projected alliance-year.
    /// - Parameter workers: cores for betweenness and closeness (default: all).
    /// - Complexity: O(*n* · *m*) for *n* actors and *m* ties, from betweenness and closeness (one
    ///   breadth-first search per actor each); the other metrics are at most as costly as
    ///   ``CompactGraph/triangles()``.
    public func metrics(workers: Int? = nil) -> NetworkMetrics {
        let g = graph
        let n = g.nodeCount
        let vocab = snapshot.alliance.vocabulary
        let bc = g.betweennessCentrality(workers: workers)
        let cc = g.closenessCentrality(workers: workers)
        let dc = g.degreeCentrality()
        let cl = g.clustering()
        let con = g.constraint()
        let eff = g.effectiveSize()
        let groups = areaGroups
        let brokerage = digraph.brokerage(groups: groups)
        let comps = g.connectedComponents()
        let ei = g.eiIndex(groups: groups)
        let managing = Set(snapshot.managingOffices.map(\.id))
        let core = Set(snapshot.coreGroup.map(\.id))

        var perActor: [ActorMetrics] = []
        perActor.reserveCapacity(n)
        for (i, a) in actors.enumerated() {
            perActor.append(ActorMetrics(
                id: a.id.rawValue, kind: a.kind.rawValue, area: areas[i]?.id, degree: g.degree(i),
                degreeCentrality: dc[i], betweenness: bc[i], closeness: cc[i], clustering: cl[i],
                constraint: con[i].isNaN ? nil : con[i], effectiveSize: eff[i].isNaN ? nil : eff[i],
                brokerage: brokerage[i], isManagingOffice: managing.contains(a.id), isCoreGroup: core.contains(a.id)))
        }
        var total = BrokerageCounts()
        for b in brokerage { for role in BrokerageRole.allCases { total[role] += b[role] } }

        var mechanismCounts: [String: Int] = [:]
        var formalisationSum = 0, formalisationKnown = 0, written = 0
        for (r, m) in zip(relations, mechanisms) {
            mechanismCounts[m?.mechanism.id ?? "uncoded", default: 0] += 1
            if let f = r.effectiveFormalisation(in: vocab) {
                formalisationSum += f.rank
                formalisationKnown += 1
                if f == .written { written += 1 }
            }
        }

        func rank(_ values: [Double], _ i: Int) -> Int { 1 + values.filter { $0 > values[i] }.count }
        let degrees = (0..<n).map { Double(g.degree($0)) }
        let offices: [ManagingOfficePosition] = snapshot.managingOffices.compactMap { office in
            guard let i = node(of: office.id) else { return nil }
            return ManagingOfficePosition(id: office.id.rawValue, degree: g.degree(i), betweenness: bc[i],
                                          closeness: cc[i], betweennessRank: rank(bc, i), degreeRank: rank(degrees, i))
        }
        let alliance = snapshot.alliance
        return NetworkMetrics(
            alliance: alliance.id.rawValue, allianceName: alliance.name, allianceKind: alliance.kind.id,
            year: snapshot.year, layer: layer.description, actors: n, relations: relations.count,
            ties: g.edgeCount, density: g.density, components: comps.count, largestComponent: comps.largestSize,
            meanDegree: n == 0 ? 0 : 2 * Double(g.edgeCount) / Double(n),
            averageClustering: g.averageClustering(), transitivity: g.transitivity(),
            eiIndex: ei.value, eiExternal: ei.external, eiInternal: ei.internal, brokerage: total,
            mechanisms: MechanismShares(counts: mechanismCounts, total: relations.count,
                                        inferred: inferredMechanisms, basis: mechanismBasis),
            formalisationIndex: formalisationKnown == 0 ? nil : Double(formalisationSum) / Double(2 * formalisationKnown),
            writtenRelations: written, managingOffices: offices, actorMetrics: perActor)
    }
}

extension AllianceYear {
    /// The network metrics of this year, for the whole network or one `layer`, with mechanisms
    /// as coded, else inferred (`mechanisms: .effective`, the default) or as coded only.
    public func metrics(layer: NetworkLayer = .all, mechanisms: MechanismBasis = .effective,
                        workers: Int? = nil) -> NetworkMetrics {
        NetworkProjection(self, layer: layer, mechanisms: mechanisms).metrics(workers: workers)
    }
}
