extension CompactGraph {
    /// Burt's constraint of every node as NetworkX's `nx.constraint(G)` (unweighted, undirected):
    ///
    /// `c(v) = Σ_{j∈N(v)} ( p(v,j) + Σ_{q∈N(v)} p(v,q) p(q,j) )²` with `p(u,w) = 1/d(u)` for
    /// neighbours and `0` otherwise. Isolated nodes get `nan`, as in NetworkX.
    ///
    /// - Complexity: O(Σ_v Σ_{j∈N(v)} (*d*(v) + *d*(j))) time by merging sorted adjacency lists,
    ///   O(*n*) memory.
    public func constraint() -> [Double] {
        (0..<nodeCount).map { v in
            let nv = neighbors(of: v)
            guard !nv.isEmpty else { return .nan }
            let pv = 1 / Double(nv.count)
            var total = 0.0
            for j in nv {
                let nj = neighbors(of: Int(j))
                var indirect = 0.0
                var a = nv.startIndex, b = nj.startIndex
                while a < nv.endIndex && b < nj.endIndex {
                    let x = nv[a], y = nj[b]
                    if x == y {
                        indirect += pv * (1 / Double(degree(Int(x))))
                        a += 1; b += 1
                    } else if x < y { a += 1 } else { b += 1 }
                }
                let local = pv + indirect
                total += local * local
            }
            return total
        }
    }

    /// Burt's effective size of every node as NetworkX's `nx.effective_size(G)` for an
    /// unweighted undirected graph: `d(v) − 2 t(v) / d(v)`, where `t(v)` is the number of ties
    /// among v's neighbours (= triangles through v). Isolated nodes get `nan`.
    /// - Complexity: as ``triangles()``.
    public func effectiveSize() -> [Double] {
        let t = triangles()
        return (0..<nodeCount).map { v in
            let d = degree(v)
            guard d > 0 else { return .nan }
            return Double(d) - (2 * Double(t[v])) / Double(d)
        }
    }
}
