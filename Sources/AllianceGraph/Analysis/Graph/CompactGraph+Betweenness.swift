extension CompactGraph {
    /// Betweenness centrality of every node by Brandes' algorithm (unweighted), normalised as
    /// NetworkX's `nx.betweenness_centrality(G)` with `normalized=True, endpoints=False`:
    /// the sum over ordered source–target pairs is divided by `(n − 1)(n − 2)`;
    /// for `n ≤ 2` all values are `0`.
    ///
    /// The sources are split into (at most) 64 contiguous chunks that `workers` workers (default:
    /// all active cores; one below 256 nodes) take one by one, so a worker on a busier core simply
    /// takes fewer chunks. Each chunk has its own partial sums, added in chunk order at the end, so
    /// the result is bit-identical for any worker count. The inner loops use flat `Int32`/`Double`
    /// buffers only. The predecessors of each node on shortest paths are stored, in a per-worker copy
    /// of the adjacency layout (they are a subset of the node's neighbours), so the back-propagation
    /// visits only true predecessors.
    ///
    /// - Parameter workers: how many cores to use; `1` runs on the calling thread.
    /// - Complexity: O(*n* · *m*) time for *n* nodes and *m* edges (one breadth-first search per
    ///   node); O(*n* + *m*) memory per worker (distances, path counts, dependencies, the order of
    ///   visit and the predecessor lists) plus up to 64 rows of *n* partial sums.
    public func betweennessCentrality(workers: Int? = nil) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let chunks = sourceChunkCount(n)
        let w = min(workerCount(workers, sources: n), chunks)
        let partials = WorkerRows(rows: chunks, width: n)
        let queue = ChunkQueue(count: chunks)
        let graph = self
        runWorkers(w) { _ in
            while let chunk = queue.take() {
                graph.accumulateBetweenness(sources: sourceChunk(chunk, of: chunks, sources: n), into: partials.row(chunk))
            }
        }
        var result = partials.sum()
        if n <= 2 {
            for i in 0..<n { result[i] = 0 }
        } else {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for i in 0..<n { result[i] *= scale }
        }
        return result
    }

    /// Adds the Brandes dependencies of all `sources` to `bc` (not normalised).
    ///
    /// The predecessors of node `x` on shortest paths are a subset of its neighbours, so they are
    /// stored in a per-call copy of the CSR layout (`pred[off[x] ..< off[x] + predCount[x]]`):
    /// no allocation per source and the back-propagation visits only true predecessors.
    /// - Complexity: O(*s* · *m*) time for *s* sources, O(*n* + *m*) memory.
    func accumulateBetweenness(sources: Range<Int>, into bc: UnsafeMutableBufferPointer<Double>) {
        let n = nodeCount
        let dist = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let delta = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let predCount = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let pred = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, adjacency.count))
        defer {
            dist.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate()
            predCount.deallocate(); pred.deallocate()
        }
        dist.initialize(repeating: -1)
        sigma.initialize(repeating: 0)
        delta.initialize(repeating: 0)
        order.initialize(repeating: 0)
        predCount.initialize(repeating: 0)
        pred.initialize(repeating: 0)
        offsets.withUnsafeBufferPointer { off in
            adjacency.withUnsafeBufferPointer { adj in
                for s in sources {
                    // Breadth-first search from s, counting shortest paths and noting predecessors.
                    dist[s] = 0
                    sigma[s] = 1
                    order[0] = Int32(s)
                    var head = 0, tail = 1
                    while head < tail {
                        let v = Int(order[head]); head += 1
                        let dv1 = dist[v] + 1, sv = sigma[v]
                        for e in Int(off[v])..<Int(off[v + 1]) {
                            let x = Int(adj[e])
                            var dx = dist[x]
                            if dx < 0 {
                                dx = dv1
                                dist[x] = dx
                                order[tail] = Int32(x); tail += 1
                            }
                            if dx == dv1 {
                                sigma[x] += sv
                                let c = Int(predCount[x])
                                pred[Int(off[x]) + c] = Int32(v)
                                predCount[x] = Int32(c + 1)
                            }
                        }
                    }
                    // Dependencies in order of non-increasing distance.
                    var i = tail - 1
                    while i > 0 {
                        let x = Int(order[i])
                        let coeff = (1 + delta[x]) / sigma[x]
                        let start = Int(off[x])
                        for e in start..<(start + Int(predCount[x])) {
                            let v = Int(pred[e])
                            delta[v] += sigma[v] * coeff
                        }
                        bc[x] += delta[x]
                        i -= 1
                    }
                    // Reset only what this source touched.
                    for k in 0..<tail {
                        let v = Int(order[k])
                        dist[v] = -1; sigma[v] = 0; delta[v] = 0; predCount[v] = 0
                    }
                }
            }
        }
    }
}
