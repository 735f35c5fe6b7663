extension CompactGraph {
    /// Burt's constraint of every node as NetworkX's `nx.constraint(G)` (unweighted, undirected):
    ///
    /// `c(v) = Σ_{j∈N(v)} ( p(v,j) + Σ_{q∈N(v)} p(v,q) p(q,j) )²` with `p(u,w) = 1/d(u)` for
    /// neighbours and `0` otherwise. Isolated nodes get `nan`, as in NetworkX.
    ///
    /// - Complexity: O(Σ_v (*d*(v) + Σ_{j∈N(v)} *d*(j))) time (the neighbours of `v` are marked,
    ///   then every neighbour's list is walked), O(*n*) memory; O(*n*³) on a group of *n* actors.
    public func constraint() -> [Double] {
        // v's neighbours are marked, so the common neighbours of v and j come from one walk over
        // N(j), ascending: the same order, hence the same sums, as merging the two lists.
        var marked = [Bool](repeating: false, count: nodeCount)
        return (0..<nodeCount).map { v in
            let nv = neighbors(of: v)
            guard !nv.isEmpty else { return .nan }
            let pv = 1 / Double(nv.count)
            for x in nv { marked[Int(x)] = true }
            var total = 0.0
            for j in nv {
                var indirect = 0.0
                for x in neighbors(of: Int(j)) where marked[Int(x)] {
                    indirect += pv * (1 / Double(degree(Int(x))))
                }
                let local = pv + indirect
                total += local * local
            }
            for x in nv { marked[Int(x)] = false }
            return total
        }
    }

    /// Burt's effective size of every node as NetworkX's `nx.effective_size(G)` for an
    /// unweighted undirected graph: `d(v) − 2 t(v) / d(v)`, where `t(v)` is the number of ties
    /// among v's neighbours (= triangles through v). Isolated nodes get `nan`.
    /// - Complexity: as ``triangles()``.
    public func effectiveSize() -> [Double] { effectiveSize(triangles: triangles()) }

    /// ``effectiveSize()`` from the nodes' triangle counts (``triangles()``).
    func effectiveSize(triangles t: [Int]) -> [Double] {
        return (0..<nodeCount).map { v in
            let d = degree(v)
            guard d > 0 else { return .nan }
            return Double(d) - (2 * Double(t[v])) / Double(d)
        }
    }
}
