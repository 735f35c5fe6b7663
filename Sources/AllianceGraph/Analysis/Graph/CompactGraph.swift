/// A simple undirected graph in compressed sparse row (CSR) form: nodes are `0..<nodeCount`,
/// the neighbours of node `v` are `neighbors[offsets[v]..<offsets[v+1]]`, sorted ascending.
///
/// The graph is built once from an edge list and never changes. Self-loops are dropped and
/// parallel edges are merged, so every metric sees a *simple* graph, as NetworkX's `nx.Graph` does.
///
/// - Complexity: building takes O(*n* + *m* log *d*) time (*n* nodes, *m* edges, *d* the largest
///   degree) and O(*n* + *m*) memory: one `Int32` per node plus two `Int32` per edge.
///   ``degree(_:)`` is O(1), ``neighbors(of:)`` O(1) to obtain and O(*d*) to walk,
///   ``hasEdge(_:_:)`` O(log *d*).
public struct CompactGraph: Sendable, Hashable {
    /// Number of nodes.
    public let nodeCount: Int
    /// Row offsets, `nodeCount + 1` entries; `offsets[v]..<offsets[v+1]` indexes ``adjacency``.
    public let offsets: [Int32]
    /// All adjacency lists, concatenated; every undirected edge appears twice (once per end).
    public let adjacency: [Int32]

    /// Builds the graph from undirected edges between node indices in `0..<nodeCount`.
    /// Self-loops are ignored and duplicate edges (in either orientation) are merged.
    /// - Precondition: every index lies in `0..<nodeCount` and `nodeCount < Int32.max`.
    /// - Complexity: O(*n* + *m* log *d*) time, O(*n* + *m*) memory.
    public init<S: Sequence>(nodeCount: Int, edges: S) where S.Element == (Int, Int) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max))
        var lists = [[Int32]](repeating: [], count: nodeCount)
        for (u, v) in edges where u != v {
            precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "node index out of range")
            lists[u].append(Int32(v))
            lists[v].append(Int32(u))
        }
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var adjacency: [Int32] = []
        adjacency.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for v in 0..<nodeCount {
            lists[v].sort()
            var last: Int32 = -1
            for w in lists[v] where w != last {
                adjacency.append(w)
                last = w
            }
            offsets[v + 1] = Int32(adjacency.count)
        }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.adjacency = adjacency
    }

    /// Number of (distinct, non-loop) edges.
    /// - Complexity: O(1).
    public var edgeCount: Int { adjacency.count / 2 }

    /// The number of neighbours of `v`.
    /// - Complexity: O(1).
    @inlinable public func degree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// The neighbours of `v`, ascending; the slice shares storage with the graph.
    /// - Complexity: O(1) to obtain, O(degree(v)) to walk.
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> {
        adjacency[Int(offsets[v])..<Int(offsets[v + 1])]
    }

    /// Whether `u` and `v` are adjacent.
    /// - Complexity: O(log degree(u)) by binary search.
    public func hasEdge(_ u: Int, _ v: Int) -> Bool {
        sortedContains(adjacency, Int(offsets[u]), Int(offsets[u + 1]), Int32(v))
    }

    /// The edges, each once, as `(u, v)` with `u < v`, ascending.
    /// - Complexity: O(*n* + *m*).
    public var edges: [(Int, Int)] {
        var result: [(Int, Int)] = []
        result.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for w in neighbors(of: u) where Int(w) > u { result.append((u, Int(w))) }
        }
        return result
    }
}

/// A simple directed graph in CSR form with both out- and in-adjacency, sorted ascending.
///
/// Self-loops are dropped and parallel arcs merged.
///
/// - Complexity: as for ``CompactGraph``: O(*n* + *m* log *d*) to build, O(*n* + *m*) memory
///   (out and in lists: two `Int32` per arc), ``hasArc(_:_:)`` O(log *d*).
public struct CompactDigraph: Sendable, Hashable {
    /// Number of nodes.
    public let nodeCount: Int
    /// Row offsets into ``successors``.
    public let outOffsets: [Int32]
    /// Out-adjacency lists, concatenated.
    public let successors: [Int32]
    /// Row offsets into ``predecessors``.
    public let inOffsets: [Int32]
    /// In-adjacency lists, concatenated.
    public let predecessors: [Int32]

    /// Builds the graph from arcs `(from, to)` between node indices in `0..<nodeCount`.
    /// - Complexity: O(*n* + *m* log *d*) time, O(*n* + *m*) memory.
    public init<S: Sequence>(nodeCount: Int, arcs: S) where S.Element == (Int, Int) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max))
        var outLists = [[Int32]](repeating: [], count: nodeCount)
        var inLists = [[Int32]](repeating: [], count: nodeCount)
        for (u, v) in arcs where u != v {
            precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "node index out of range")
            outLists[u].append(Int32(v))
            inLists[v].append(Int32(u))
        }
        func pack(_ lists: inout [[Int32]]) -> ([Int32], [Int32]) {
            var offsets = [Int32](repeating: 0, count: nodeCount + 1)
            var flat: [Int32] = []
            for v in 0..<nodeCount {
                lists[v].sort()
                var last: Int32 = -1
                for w in lists[v] where w != last {
                    flat.append(w)
                    last = w
                }
                offsets[v + 1] = Int32(flat.count)
            }
            return (offsets, flat)
        }
        (outOffsets, successors) = pack(&outLists)
        (inOffsets, predecessors) = pack(&inLists)
        self.nodeCount = nodeCount
    }

    /// Number of distinct arcs.
    /// - Complexity: O(1).
    public var arcCount: Int { successors.count }

    /// The nodes `v` points to, ascending.
    /// - Complexity: O(1) to obtain, O(outdegree(v)) to walk.
    @inlinable public func successors(of v: Int) -> ArraySlice<Int32> {
        successors[Int(outOffsets[v])..<Int(outOffsets[v + 1])]
    }

    /// The nodes pointing to `v`, ascending.
    /// - Complexity: O(1) to obtain, O(indegree(v)) to walk.
    @inlinable public func predecessors(of v: Int) -> ArraySlice<Int32> {
        predecessors[Int(inOffsets[v])..<Int(inOffsets[v + 1])]
    }

    /// Whether the arc `u → v` exists.
    /// - Complexity: O(log outdegree(u)) by binary search.
    public func hasArc(_ u: Int, _ v: Int) -> Bool {
        sortedContains(successors, Int(outOffsets[u]), Int(outOffsets[u + 1]), Int32(v))
    }

    /// The undirected graph with an edge wherever an arc runs in either direction.
    /// - Complexity: as building a ``CompactGraph`` from the arcs.
    public var undirected: CompactGraph {
        var edges: [(Int, Int)] = []
        edges.reserveCapacity(arcCount)
        for u in 0..<nodeCount { for v in successors(of: u) { edges.append((u, Int(v))) } }
        return CompactGraph(nodeCount: nodeCount, edges: edges)
    }
}

@inline(__always)
func sortedContains(_ array: [Int32], _ lower: Int, _ upper: Int, _ value: Int32) -> Bool {
    var lo = lower, hi = upper
    while lo < hi {
        let mid = (lo + hi) >> 1
        let x = array[mid]
        if x == value { return true }
        if x < value { lo = mid + 1 } else { hi = mid }
    }
    return false
}
