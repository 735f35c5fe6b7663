/// Where the title of each policy-area box goes: at the top, left, centred or right, wherever
/// the fewest lines cross it (issue 15: "no edge through a label").
///
/// Measured over the sample diagrams (`scripts/measure-diagrams`), most lines that ran through a
/// text ran through a box's title, centred at its top, where lines between boxes stacked above
/// each other enter. After a `dot` layout, ``GraphvizContext`` tries each title's places along the
/// top edge (the three `labeljust` would give, then points between them: moving a title along the
/// top edge changes nothing else) against the lines of that layout and moves the title to the
/// best, before rendering; a cluster justified left or right by `labeljust` keeps its place. The
/// lines' captions are placed after the titles, clear of them (``CaptionPlacement``). The years side by side place their region titles the same
/// way from the shared layout.
enum ClusterTitles {
    /// The justifications tried, in order of preference when they cross as many lines: Graphviz's
    /// default (centred), left, right.
    static let justifications = ["c", "l", "r"]
    /// The places tried after ``justifications``, as fractions of the way from the left place to
    /// the right one (when the box is wider than its title): where lines fill all three.
    static let betweenFractions = [0.25, 0.75, 0.125, 0.375, 0.625, 0.875]
    /// The space between a box's side and its title when justified left or right, in points
    /// (Graphviz pads the title by 8 points on each side).
    static let sidePadding = 8.0

    /// The title's box for each justification, then for each of ``betweenFractions`` (justification
    /// `""`), for a cluster `cluster` whose title is laid out as `label`, in order of preference.
    static func candidates(cluster: Box, label: Box) -> [(justification: String, box: Box)] {
        let half = label.width / 2, y = label.center.y, height = label.height
        let left = cluster.minX + sidePadding + half, right = cluster.maxX - sidePadding - half
        var result: [(justification: String, box: Box)] = [
            ("c", Box(center: Point(x: cluster.center.x, y: y), width: label.width, height: height)),
            ("l", Box(center: Point(x: left, y: y), width: label.width, height: height)),
            ("r", Box(center: Point(x: right, y: y), width: label.width, height: height)),
        ]
        guard right > left else { return result }
        for fraction in betweenFractions {
            result.append(("", Box(center: Point(x: left + (right - left) * fraction, y: y), width: label.width, height: height)))
        }
        return result
    }

    /// How many of `lines` (polylines) pass through `box`.
    ///
    /// - Complexity: O(total points of `lines`).
    static func crossings(of box: Box, by lines: [[Point]]) -> Int {
        lines.reduce(0) { count, line in count + (passes(line, through: box) ? 1 : 0) }
    }

    /// Whether polyline `line` passes through `box` (a point inside, or a segment crossing a side).
    static func passes(_ line: [Point], through box: Box) -> Bool {
        guard line.count >= 2 else { return false }
        for index in 1..<line.count where segment(line[index - 1], line[index], meets: box) { return true }
        return false
    }

    static func segment(_ a: Point, _ b: Point, meets box: Box) -> Bool {
        if max(a.x, b.x) < box.minX || min(a.x, b.x) > box.maxX || max(a.y, b.y) < box.minY || min(a.y, b.y) > box.maxY {
            return false
        }
        if box.contains(a) || box.contains(b) { return true }
        let corners = [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY),
                       Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY)]
        return (0..<4).contains { crosses(a, b, corners[$0], corners[($0 + 1) % 4]) }
    }

    static func crosses(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func orient(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b)
        return (o1 > 0) != (o2 > 0) && (o3 > 0) != (o4 > 0)
    }

    /// Whether polylines `a` and `b` cross (a segment of one crosses a segment of the other).
    ///
    /// - Complexity: O(points of `a` × points of `b`) when their boxes meet, else O(points).
    static func lines(_ a: [Point], cross b: [Point]) -> Bool {
        guard a.count >= 2, b.count >= 2 else { return false }
        guard Box(bounding: a).meets(Box(bounding: b)) else { return false }
        for i in 1..<a.count {
            for j in 1..<b.count where crosses(a[i - 1], a[i], b[j - 1], b[j]) { return true }
        }
        return false
    }

    /// The best place of the title of every titled top-level cluster of `geometry`, by cluster
    /// name: the box crossed by the fewest lines, the earlier of ``candidates(cluster:label:)`` among equals.
    static func best(in geometry: LayoutGeometry) -> [String: Box] {
        let lines = geometry.edges.map { $0.polyline() }
        var result: [String: Box] = [:]
        for (name, label) in geometry.clusterLabels {
            guard let cluster = geometry.clusters[name] else { continue }
            result[name] = best(cluster: cluster, label: label, lines: lines)
        }
        return result
    }

    /// The box of the title `label` of `cluster` crossed by the fewest of `lines`, the earlier of
    /// ``candidates(cluster:label:)`` among equals.
    ///
    /// - Complexity: O(candidates × total points of `lines`).
    static func best(cluster: Box, label: Box, lines: [[Point]]) -> Box? {
        var chosen: (box: Box, count: Int)?
        for candidate in candidates(cluster: cluster, label: label) {
            let count = crossings(of: candidate.box, by: lines)
            if chosen == nil || count < chosen!.count { chosen = (candidate.box, count) }
        }
        return chosen?.box
    }
}
