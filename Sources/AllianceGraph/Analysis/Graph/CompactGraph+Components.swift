/// The connected components of an undirected graph.
public struct ComponentLabels: Sendable, Hashable {
    /// For every node, the index of its component. Components are numbered in order of
    /// their smallest node.
    public let componentOfNode: [Int]
    /// The size of every component, by component index.
    public let sizes: [Int]

    /// The number of components (isolated nodes count as components of size 1).
    public var count: Int { sizes.count }
    /// The size of the largest component, `0` for an empty graph.
    public var largestSize: Int { sizes.max() ?? 0 }
}

extension CompactGraph {
    /// Connected components by breadth-first search, as NetworkX's
    /// `nx.connected_components`.
    /// - Complexity: O(*n* + *m*) time, O(*n*) memory.
    public func connectedComponents() -> ComponentLabels {
        var label = [Int](repeating: -1, count: nodeCount)
        var sizes: [Int] = []
        var queue = [Int32](repeating: 0, count: nodeCount)
        for start in 0..<nodeCount where label[start] < 0 {
            let c = sizes.count
            label[start] = c
            queue[0] = Int32(start)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head]); head += 1
                for w in neighbors(of: v) where label[Int(w)] < 0 {
                    label[Int(w)] = c
                    queue[tail] = w; tail += 1
                }
            }
            sizes.append(tail)
        }
        return ComponentLabels(componentOfNode: label, sizes: sizes)
    }
}
