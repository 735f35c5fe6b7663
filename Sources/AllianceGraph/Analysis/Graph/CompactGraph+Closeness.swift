extension CompactGraph {
    /// Closeness centrality of every node as NetworkX's `nx.closeness_centrality(G)` with the
    /// default `wf_improved=True` (Wasserman–Faust), which stays meaningful for disconnected graphs:
    /// with `r` the number of nodes reachable from `u` (including `u`) and `D` the sum of their
    /// distances, `C(u) = (r − 1)/D · (r − 1)/(n − 1)`, and `0` when `D = 0` or `n ≤ 1`.
    ///
    /// Sources are split into chunks taken by `workers` workers like ``betweennessCentrality(workers:)``.
    ///
    /// - Parameter workers: how many cores to use; `1` runs on the calling thread.
    /// - Complexity: O(*n* · *m*) time for *n* nodes and *m* edges (one breadth-first search per
    ///   node); O(*n*) memory per worker.
    public func closenessCentrality(workers: Int? = nil) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let chunks = sourceChunkCount(n)
        let w = min(workerCount(workers, sources: n), chunks)
        let out = WorkerRows(rows: 1, width: n)
        let queue = ChunkQueue(count: chunks)
        let graph = self
        runWorkers(w) { _ in
            while let chunk = queue.take() {
                graph.closeness(sources: sourceChunk(chunk, of: chunks, sources: n), into: out.row(0))
            }
        }
        return out.sum()
    }

    /// Writes the closeness of each of `sources` into `result[source]` (disjoint per worker).
    func closeness(sources: Range<Int>, into result: UnsafeMutableBufferPointer<Double>) {
        let n = nodeCount
        let dist = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        defer { dist.deallocate(); queue.deallocate() }
        dist.initialize(repeating: -1)
        queue.initialize(repeating: 0)
        offsets.withUnsafeBufferPointer { off in
            adjacency.withUnsafeBufferPointer { adj in
                for s in sources {
                    dist[s] = 0
                    queue[0] = Int32(s)
                    var head = 0, tail = 1
                    var total = 0
                    while head < tail {
                        let v = Int(queue[head]); head += 1
                        let dv = dist[v]
                        total += Int(dv)
                        for e in Int(off[v])..<Int(off[v + 1]) {
                            let x = Int(adj[e])
                            if dist[x] < 0 {
                                dist[x] = dv + 1
                                queue[tail] = Int32(x); tail += 1
                            }
                        }
                    }
                    var c = 0.0
                    if total > 0 && n > 1 {
                        let reached = Double(tail) - 1.0
                        c = reached / Double(total)
                        c *= reached / Double(n - 1)
                    }
                    result[s] = c
                    for k in 0..<tail { dist[Int(queue[k])] = -1 }
                }
            }
        }
    }
}
