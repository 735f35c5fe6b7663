extension CompactGraph {
    /// Density as NetworkX's `nx.density` defines it for an undirected graph:
    /// `2m / (n (n − 1))`, and `0` when `n ≤ 1`.
    /// - Complexity: O(1).
    public var density: Double {
        nodeCount <= 1 ? 0 : 2 * Double(edgeCount) / (Double(nodeCount) * Double(nodeCount - 1))
    }

    /// Degree centrality as NetworkX's `nx.degree_centrality`: `degree / (n − 1)`;
    /// every node scores `1` when `n ≤ 1`.
    /// - Complexity: O(*n*).
    public func degreeCentrality() -> [Double] {
        guard nodeCount > 1 else { return [Double](repeating: 1, count: nodeCount) }
        let s = 1 / Double(nodeCount - 1)
        return (0..<nodeCount).map { Double(degree($0)) * s }
    }
}

extension CompactDigraph {
    /// Density as NetworkX's `nx.density` defines it for a directed graph:
    /// `m / (n (n − 1))`, and `0` when `n ≤ 1`.
    /// - Complexity: O(1).
    public var density: Double {
        nodeCount <= 1 ? 0 : Double(arcCount) / (Double(nodeCount) * Double(nodeCount - 1))
    }
}
