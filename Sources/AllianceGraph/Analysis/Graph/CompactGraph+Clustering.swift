extension CompactGraph {
    /// The number of triangles through every node, as NetworkX's `nx.triangles`.
    ///
    /// - Complexity: O(Σ_v (*d*(v) + Σ_{w∈N(v)} *d*(w))) time (the neighbours of `v` are marked,
    ///   then every neighbour's list is walked); O(*n*) extra memory. A group of *n* actors is a
    ///   complete graph, which makes this O(*n*³).
    public func triangles() -> [Int] {
        var result = [Int](repeating: 0, count: nodeCount)
        // v's neighbours marked once, so |N(v) ∩ N(w)| is one walk over N(w) with O(1) tests.
        var marked = [Bool](repeating: false, count: nodeCount)
        for v in 0..<nodeCount {
            let nv = neighbors(of: v)
            for w in nv { marked[Int(w)] = true }
            var twice = 0
            for w in nv {
                for x in neighbors(of: Int(w)) where marked[Int(x)] { twice += 1 }
            }
            for w in nv { marked[Int(w)] = false }
            result[v] = twice / 2 // each triangle at v is seen from both of its other corners
        }
        return result
    }

    /// Local clustering coefficient of every node, as NetworkX's `nx.clustering` (unweighted):
    /// `2 T(v) / (d(v) (d(v) − 1))`, and `0` for nodes of degree below 2.
    /// - Complexity: as ``triangles()``.
    public func clustering() -> [Double] { clustering(triangles: triangles()) }

    /// ``clustering()`` from the node's triangle counts (``triangles()``), so that several
    /// metrics can share one count.
    func clustering(triangles t: [Int]) -> [Double] {
        (0..<nodeCount).map { v in
            let d = degree(v)
            return d < 2 ? 0 : 2 * Double(t[v]) / (Double(d) * Double(d - 1))
        }
    }

    /// Average clustering as NetworkX's `nx.average_clustering` (nodes of degree < 2 count as 0);
    /// `0` for an empty graph (NetworkX raises there).
    /// - Complexity: as ``triangles()``.
    public func averageClustering() -> Double {
        guard nodeCount > 0 else { return 0 }
        return averageClustering(clustering())
    }

    /// ``averageClustering()`` from the local clustering coefficients (``clustering()``).
    func averageClustering(_ clustering: [Double]) -> Double {
        guard nodeCount > 0 else { return 0 }
        return clustering.reduce(0, +) / Double(nodeCount)
    }

    /// Transitivity (global clustering) as NetworkX's `nx.transitivity`:
    /// `3 × triangles / connected triples`, `0` when there are no triples.
    /// - Complexity: as ``triangles()``.
    public func transitivity() -> Double { transitivity(triangles: triangles()) }

    /// ``transitivity()`` from the nodes' triangle counts (``triangles()``).
    func transitivity(triangles t: [Int]) -> Double {
        var triangles = 0, triples = 0
        for v in 0..<nodeCount {
            triangles += t[v]
            let d = degree(v)
            triples += d * (d - 1)
        }
        return triples == 0 ? 0 : Double(2 * triangles) / Double(triples)
    }
}
