/// The five brokerage roles of Gould and Fernandez (1989). A broker `b` sits on a two-path
/// `a → b → c` with no direct tie `a → c`; the role depends on which of the three share a group.
public enum BrokerageRole: String, LabelledTerm, Codable {
    /// All three in the same group (`A → A → A`).
    case coordinator
    /// The broker controls access to its own group: `B → A → A`.
    case gatekeeper
    /// The broker represents its own group outwards: `A → A → B`.
    case representative
    /// An outsider links two members of one group: `A → B → A`.
    case consultant
    /// All three in different groups: `A → B → C`.
    case liaison

    public var label: Label {
        switch self {
        case .coordinator: Label(de: "Koordinator", en: "Coordinator")
        case .gatekeeper: Label(de: "Türsteher (Gatekeeper)", en: "Gatekeeper")
        case .representative: Label(de: "Repräsentant", en: "Representative")
        case .consultant: Label(de: "Berater (Consultant)", en: "Consultant")
        case .liaison: Label(de: "Verbindungsglied (Liaison)", en: "Liaison")
        }
    }

    /// The role of broker `b` on the path `a → b → c`, given the three groups.
    public static func classify(source a: Int, broker b: Int, target c: Int) -> BrokerageRole {
        switch (a == b, b == c, a == c) {
        case (true, true, _): .coordinator
        case (false, true, _): .gatekeeper
        case (true, false, _): .representative
        case (false, false, true): .consultant
        case (false, false, false): .liaison
        }
    }
}

/// How often a node is broker in each Gould–Fernandez role.
public struct BrokerageCounts: Sendable, Hashable, Codable {
    public var coordinator = 0
    public var gatekeeper = 0
    public var representative = 0
    public var consultant = 0
    public var liaison = 0

    /// Creates counts, all zero unless given.
    public init(coordinator: Int = 0, gatekeeper: Int = 0, representative: Int = 0, consultant: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.gatekeeper = gatekeeper
        self.representative = representative
        self.consultant = consultant
        self.liaison = liaison
    }

    /// The count for `role`.
    public subscript(role: BrokerageRole) -> Int {
        get {
            switch role {
            case .coordinator: coordinator
            case .gatekeeper: gatekeeper
            case .representative: representative
            case .consultant: consultant
            case .liaison: liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .gatekeeper: gatekeeper = newValue
            case .representative: representative = newValue
            case .consultant: consultant = newValue
            case .liaison: liaison = newValue
            }
        }
    }

    /// All roles together.
    public var total: Int { coordinator + gatekeeper + representative + consultant + liaison }
}

extension CompactDigraph {
    /// Gould–Fernandez brokerage counts of every node on the directed graph, with `groups[v]`
    /// the group of node `v` (in AllianceGraph: the policy area).
    ///
    /// Every ordered pair `(a, c)`, `a ≠ c`, with arcs `a → b → c` and *no* arc `a → c` counts once
    /// for broker `b` in the role given by ``BrokerageRole/classify(source:broker:target:)``.
    /// This is the usual definition (as in statnet's `brokerage`), unnormalised.
    ///
    /// - Complexity: O(Σ_b indeg(b) · outdeg(b)) time for brokers *b* (each two-path `a → b → c`
    ///   once; the targets of each source `a` are marked once, so the arc `a → c` is an O(1)
    ///   look-up); O(*n*) memory besides the result. On a dense graph this is O(*n*³): one group of
    ///   *n* actors gives *n*(*n* − 1)(*n* − 2) two-paths (see the size limit of
    ///   ``NetworkProjection/metrics(workers:)``).
    public func brokerage(groups: [Int]) -> [BrokerageCounts] {
        precondition(groups.count == nodeCount, "one group per node")
        var result = [BrokerageCounts](repeating: BrokerageCounts(), count: nodeCount)
        // Source by source: mark the source's targets once, so "no arc a → c" is an O(1) look-up.
        var marked = [Bool](repeating: false, count: nodeCount)
        for a in 0..<nodeCount {
            let direct = successors(of: a)
            for c in direct { marked[Int(c)] = true }
            marked[a] = true  // c ≠ a
            for b in direct {
                let broker = Int(b)
                for c in successors(of: broker) where !marked[Int(c)] {
                    result[broker][BrokerageRole.classify(source: groups[a], broker: groups[broker], target: groups[Int(c)])] += 1
                }
            }
            for c in direct { marked[Int(c)] = false }
            marked[a] = false
        }
        return result
    }
}
