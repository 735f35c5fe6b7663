extension NetworkProjection {
    /// About how many elementary steps ``metrics(workers:)`` takes: actors × ties (betweenness
    /// and closeness run one breadth-first search per actor) plus Σ *d*(v)² over the actors' degrees
    /// (the two-step paths that triangles, constraint and brokerage walk).
    ///
    /// It grows with the square of the ties, not of the relations: a group relation of *k* actors
    /// gives *k*(*k* − 1)/2 ties, so one group of 1,000 actors costs about 1.5 · 10⁹ steps, while
    /// 5,000 actors with 19,000 ties cost about 10⁸.
    /// - Complexity: O(*n*).
    public var metricsSteps: Int {
        var squares = 0
        for v in 0..<graph.nodeCount { squares += graph.degree(v) * graph.degree(v) }
        return actors.count * graph.edgeCount + squares
    }

    /// The most ``metricsSteps`` the command line computes metrics for (2 · 10⁹: about 5 s on one
    /// core of the benchmark machine, see BENCHMARKS.md); above it `alliance metrics`, `diff` and
    /// `compare --table ranking` refuse the alliance-year with ``metricsTooLargeMessage`` instead of
    /// running for minutes. ``metrics(workers:)`` itself computes whatever it is given.
    public static let metricsStepLimit = 2_000_000_000

    /// Whether ``metricsSteps`` exceeds ``metricsStepLimit``.
    public var exceedsMetricsLimit: Bool { metricsSteps > Self.metricsStepLimit }

    /// Why the command line refuses this alliance-year's metrics: its size, the largest relation
    /// and what to do (a layer, or splitting large groups).
    public var metricsTooLargeMessage: Message {
        let largest = relations.map(\.actors.count).max() ?? 0
        return Message(MetricMessage.metricsTooLarge, [
            "alliance": .text(snapshot.alliance.id.rawValue), "year": .int(snapshot.year),
            "actors": .int(actors.count), "ties": .int(graph.edgeCount), "largest": .int(largest),
            "steps": .int(metricsSteps), "limit": .int(Self.metricsStepLimit),
        ])
    }

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
        let triangles = g.triangles()  // shared by clustering, effective size and transitivity
        let cl = g.clustering(triangles: triangles)
        let con = g.constraint()
        let eff = g.effectiveSize(triangles: triangles)
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
            averageClustering: g.averageClustering(cl), transitivity: g.transitivity(triangles: triangles),
            eiIndex: ei.value, eiExternal: ei.external, eiInternal: ei.internal, brokerage: total,
            mechanisms: MechanismShares(counts: mechanismCounts, total: relations.count,
                                        inferred: inferredMechanisms, basis: mechanismBasis),
            formalisationIndex: formalisationKnown == 0 ? nil : Double(formalisationSum) / Double(2 * formalisationKnown),
            writtenRelations: written, managingOffices: offices, actorMetrics: perActor)
    }
}
