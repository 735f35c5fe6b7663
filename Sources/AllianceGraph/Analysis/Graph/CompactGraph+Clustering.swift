extension CompactGraph {
    /// The number of triangles through every node, as NetworkX's `nx.triangles`.
    ///
    /// - Complexity: O(Σ_v Σ_{w∈N(v)} (*d*(v) + *d*(w))) time by merging the sorted adjacency lists
    ///   of every edge's ends; O(*n*) extra memory.
    public func triangles() -> [Int] {
        var result = [Int](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            let nv = neighbors(of: v)
            var twice = 0
            for w in nv {
                // |N(v) ∩ N(w)| by merging the two sorted lists
                let nw = neighbors(of: Int(w))
                var i = nv.startIndex, j = nw.startIndex
                while i < nv.endIndex && j < nw.endIndex {
                    let a = nv[i], b = nw[j]
                    if a == b { twice += 1; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
                }
            }
            result[v] = twice / 2 // each triangle at v is seen from both of its other corners
        }
        return result
    }

    /// Local clustering coefficient of every node, as NetworkX's `nx.clustering` (unweighted):
    /// `2 T(v) / (d(v) (d(v) − 1))`, and `0` for nodes of degree below 2.
    /// - Complexity: as ``triangles()``.
    public func clustering() -> [Double] {
        let t = triangles()
        return (0..<nodeCount).map { v in
            let d = degree(v)
            return d < 2 ? 0 : 2 * Double(t[v]) / (Double(d) * Double(d - 1))
        }
    }

    /// Average clustering as NetworkX's `nx.average_clustering` (nodes of degree < 2 count as 0);
    /// `0` for an empty graph (NetworkX raises there).
    /// - Complexity: as ``triangles()``.
    public func averageClustering() -> Double {
        guard nodeCount > 0 else { return 0 }
        return clustering().reduce(0, +) / Double(nodeCount)
    }

    /// Transitivity (global clustering) as NetworkX's `nx.transitivity`:
    /// `3 × triangles / connected triples`, `0` when there are no triples.
    /// - Complexity: as ``triangles()``.
    public func transitivity() -> Double {
        let t = triangles()
        var triangles = 0, triples = 0
        for v in 0..<nodeCount {
            triangles += t[v]
            let d = degree(v)
            triples += d * (d - 1)
        }
        return triples == 0 ? 0 : Double(2 * triangles) / Double(triples)
    }
}
