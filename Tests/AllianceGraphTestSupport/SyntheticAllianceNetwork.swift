import AllianceGraph

/// The shape of a synthetic network of many alliances, for benchmarks and scale tests.
public struct SyntheticNetworkShape: Sendable, Hashable, Codable {
    /// Number of alliances.
    public var alliances: Int
    /// Actors per alliance.
    public var actorsPerAlliance: Int
    /// Total number of distinct relations (undirected edges) to generate; more only if the core-group
    /// cliques and the ties that keep the network connected need more.
    public var relations: Int
    /// The seed.
    public var seed: UInt64

    /// Creates a shape.
    public init(alliances: Int, actorsPerAlliance: Int, relations: Int, seed: UInt64 = 2019) {
        self.alliances = alliances
        self.actorsPerAlliance = actorsPerAlliance
        self.relations = relations
        self.seed = seed
    }

    /// 2,000 actors in 40 alliances, about 7,500 relations.
    public static let medium = SyntheticNetworkShape(alliances: 40, actorsPerAlliance: 50, relations: 7_500)
    /// 5,000 actors in 100 alliances, about 19,000 relations.
    public static let large = SyntheticNetworkShape(alliances: 100, actorsPerAlliance: 50, relations: 19_000)
}

/// A synthetic network of alliances: every alliance has a core group (a clique of up to 12
/// actors led by its integration centre), ties to hubs (integration centre, job centre,
/// immigration office, employment agency) and random ties within the alliance; the alliances'
/// integration centres meet in regional exchange rounds (a ring to the next three alliances),
/// and a few actors cooperate across alliance borders, so that the network is connected.
///
/// Same shape and seed → the same network, edge for edge.
public struct SyntheticAllianceNetwork: Sendable {
    /// The shape it was generated from.
    public let shape: SyntheticNetworkShape
    /// Number of actors (`alliances × actorsPerAlliance`).
    public let nodeCount: Int
    /// Distinct undirected edges `(u, v)` with `u < v`, in generation order.
    public let edges: [(Int, Int)]
    /// The alliance index of every actor.
    public let allianceOfNode: [Int]
    /// The actor kind of every actor (cycling through the built-in catalogue).
    public let kindOfNode: [ActorKindID]

    /// Generates the network.
    public init(shape: SyntheticNetworkShape) {
        self.shape = shape
        let a = max(1, shape.alliances), k = max(2, shape.actorsPerAlliance)
        let n = a * k
        var rng = SplitMix64(seed: shape.seed)
        var seen = Set<Int>()
        var edges: [(Int, Int)] = []
        func add(_ u: Int, _ v: Int) {
            guard u != v else { return }
            let (x, y) = u < v ? (u, v) : (v, u)
            if seen.insert(x * n + y).inserted { edges.append((x, y)) }
        }
        let core = min(12, k)
        let crossPerAlliance = a > 1 ? 5 : 0
        let ring = a > 1 ? min(3, a - 1) : 0
        let fixed = a * (core * (core - 1) / 2 + ring + crossPerAlliance)
        let randomPerAlliance = max(0, (shape.relations - fixed) / a)
        for al in 0..<a {
            let base = al * k
            for i in 0..<core { for j in (i + 1)..<core { add(base + i, base + j) } }
            let target = edges.count + randomPerAlliance
            // Every other actor first gets one tie to an earlier actor, so the alliance is connected.
            for i in core..<k { add(base + i, base + rng.below(i)) }
            var guardCount = 0
            while edges.count < target && guardCount < 100 * randomPerAlliance + 100 {
                guardCount += 1
                let u = base + rng.below(k)
                let v = rng.unit() < 0.3 ? base + rng.below(min(4, k)) : base + rng.below(k)
                add(u, v)
            }
        }
        for al in 0..<a {
            for step in stride(from: 1, through: ring, by: 1) { add(al * k, ((al + step) % a) * k) }
            var added = 0, tries = 0
            while added < crossPerAlliance && tries < 1000 {
                tries += 1
                let other = (al + 1 + rng.below(a - 1)) % a
                let before = edges.count
                add(al * k + rng.below(k), other * k + rng.below(k))
                if edges.count > before { added += 1 }
            }
        }
        // Top up to exactly the requested number of relations. (If the core groups, spanning ties,
        // ring and cross ties alone exceed it, the network keeps them all: it stays connected.)
        var tries = 0
        while edges.count < shape.relations && tries < 10 * shape.relations {
            tries += 1
            let al = rng.below(a)
            add(al * k + rng.below(k), al * k + rng.below(k))
        }
        self.nodeCount = n
        self.edges = edges
        self.allianceOfNode = (0..<n).map { $0 / k }
        let kinds = Array(Vocabulary.builtIn.actorKinds.keys)
        // Position 0 is the integration centre, 1 the job centre, 2 the immigration office,
        // 3 the employment agency; the rest cycle through the catalogue.
        let leading: [ActorKindID] = ["ki", "jobcenter", "abh", "employment_agency"]
        self.kindOfNode = (0..<n).map { v in
            let i = v % k
            return i < leading.count ? leading[i] : kinds[(i - leading.count) % max(1, kinds.count)]
        }
    }

    /// The network as a compact undirected graph.
    public var graph: CompactGraph { CompactGraph(nodeCount: nodeCount, edges: edges) }
}
