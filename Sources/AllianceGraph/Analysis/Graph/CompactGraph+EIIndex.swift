/// Krackhardt and Stern's E-I index of a partitioned graph: `(E − I) / (E + I)`, where `E` counts
/// edges between groups and `I` edges within a group. `−1`: all ties stay within groups;
/// `+1`: all ties cross groups.
public struct EIIndex: Sendable, Hashable, Codable {
    /// Edges between different groups.
    public var external: Int
    /// Edges within one group.
    public var `internal`: Int

    /// Creates the index from the two counts.
    public init(external: Int, internal: Int) {
        self.external = external
        self.internal = `internal`
    }

    /// The index, or `nil` when the graph has no edges.
    public var value: Double? {
        let total = external + `internal`
        return total == 0 ? nil : Double(external - `internal`) / Double(total)
    }
}

extension CompactGraph {
    /// The E-I index of the whole graph for the partition `groups` (one group per node),
    /// counting each undirected edge once.
    /// - Complexity: O(*n* + *m*).
    public func eiIndex(groups: [Int]) -> EIIndex {
        precondition(groups.count == nodeCount, "one group per node")
        var e = 0, i = 0
        for u in 0..<nodeCount {
            for v in neighbors(of: u) where Int(v) > u {
                if groups[u] == groups[Int(v)] { i += 1 } else { e += 1 }
            }
        }
        return EIIndex(external: e, internal: i)
    }
}
