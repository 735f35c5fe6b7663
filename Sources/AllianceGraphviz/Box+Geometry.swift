/// The tests on boxes and points that the post-layout placement of texts (``ClusterTitles``,
/// ``CaptionPlacement``), the compact layout (``CompactPlacement``) and the poster's line routing
/// share: one definition each.
extension Box {
    /// The smallest box holding every point of `points`; for no points, an empty box (its minima
    /// at +∞, its maxima at −∞) that meets and overlaps nothing.
    ///
    /// - Complexity: O(points).
    init(bounding points: [Point]) {
        guard let first = points.first else {
            self.init(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
            return
        }
        self = points.reduce(Box(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)) { box, point in
            Box(minX: min(box.minX, point.x), minY: min(box.minY, point.y), maxX: max(box.maxX, point.x), maxY: max(box.maxY, point.y))
        }
    }

    /// Whether this box and `other` overlap by more than touching.
    func overlaps(_ other: Box) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether this box and `other` meet: overlap or touch (a straight line's box has no width or height).
    func meets(_ other: Box) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// This box shrunk by `amount` points on every side (grown when negative): the part of a text
    /// a line may not enter, when touching its edge is allowed.
    func inset(by amount: Double) -> Box {
        Box(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
    }

    /// Whether `point` lies inside this box or on its edge.
    func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }
}

extension Point {
    /// The straight-line distance to `other`, in points.
    func distance(to other: Point) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

extension LayoutGeometry {
    /// The box around every node and cluster, or `nil` when there is none.
    ///
    /// - Complexity: O(nodes + clusters).
    var boxesExtent: Box? {
        let boxes = Array(nodes.values) + Array(clusters.values)
        return boxes.first.map { first in boxes.dropFirst().reduce(first) { $0.union($1) } }
    }
}
