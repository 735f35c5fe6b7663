import AllianceGraph

/// The poster's line routing: after the panels are laid out with their lines curved, each
/// region's title is moved to where the fewest lines cross it, and each line that runs through a
/// text is drawn another way (bent, led past the box it crossed, or along the shared layout's
/// route), the best of those that does not add crossings.
extension YearsSideBySideView {
    /// How many more lines a line through a text may cross when drawn another way than its curve
    /// (in the second pass of ``routed(_:_:layouts:)``, within what the first pass saved).
    static let crossingsAllowedPerRoute = 2

    /// A line of a panel: its statement and, when the shared layout has one, its route there
    /// moved by (`dx`, `dy`) into the panel.
    struct Route {
        var statement: Int
        var line: LaidOutEdge?
        var dx: Double
        var dy: Double

        /// The shared layout's route as a polyline in the panel (empty without one).
        var polyline: [Point] { line?.polyline().map { Point(x: $0.x + dx, y: $0.y + dy) } ?? [] }
    }

    /// How far a bent line's middle is moved to the side, as fractions of the distance between its
    /// ends' centres (either side), then in points: the gentlest first.
    static let bends: [Double] = [0.12, 0.25, 0.4, 0.6]
    static let bendsInPoints: [Double] = [30, 60, 100]
    /// How many times as long as its curve a line drawn another way may be.
    static let detour = 4.0
    /// How far from a box's corner or side a line led past it runs, in points (each tried).
    static let clearances = [7.0, 20.0, 40.0]

    /// The statements of `graph` (laid out with its lines curved) with each region's title moved
    /// along the top of its region to where the fewest of the panel's curves cross it, and each line that runs
    /// through a text (an actor, a group's box, a heading, a region's title; other than its own
    /// ends) drawn another way (`pos`), the best of: the curve bent to one side (``bends``), a
    /// curve led past a corner or side of a box it ran through (``clearances``), its route of the
    /// shared layout (`routable`, by the line's `comment`, which is dropped here). Best is through
    /// the fewest texts (fewer than the curve), then crossing the fewest other lines, then the
    /// shortest; a first pass takes none crossing more lines than the curve it replaces, a second
    /// up to ``crossingsAllowedPerRoute`` more, within what the first saved (issue 15: crossings
    /// must not rise).
    ///
    /// - Complexity: O(lines through a text × candidates × lines × points²) for the crossings.
    /// - Throws: ``GraphvizError`` when the layout fails.
    static func routed(_ graph: DOTGraph, _ routable: [String: Route],
                       layouts: ([DOTGraph], LayoutEngine) throws(GraphvizError) -> [LayoutGeometry]) throws(GraphvizError) -> [DOTStatement] {
        guard !routable.isEmpty else { return routed(graph, routable, curved: LayoutGeometry()) }
        // The graph asks for `nop2` (GraphvizContext.givenLayout), which is taken whatever engine is named.
        guard let curved = try layouts([graph], curvedEngine).first else {
            throw GraphvizError(stage: .layout, messages: [], reason: Message(RenderMessage.notRendered))
        }
        return routed(graph, routable, curved: curved)
    }

    /// The engine the panels are laid out with before ``routed(_:_:curved:)`` (the graph asks for
    /// `nop2`, taken whatever engine is named).
    static let curvedEngine = LayoutEngine.neato

    /// The statements of `graph` with its lines routed as ``routed(_:_:layouts:)`` describes, from
    /// `curved`, the layout of `graph` with ``curvedEngine`` (not used when `routable` is empty:
    /// then only the lines' keys are dropped). The layout step of ``DiagramDrawing``.
    ///
    /// - Complexity: as ``routed(_:_:layouts:)``.
    static func routed(_ graph: DOTGraph, _ routable: [String: Route], curved: LayoutGeometry) -> [DOTStatement] {
        var statements = graph.statements
        guard !routable.isEmpty else {
            return statements.map { statement in
                guard case .edge(let from, let to, let attributes) = statement else { return statement }
                return .edge(from: from, to: to, attributes.filter { $0.name != "comment" })
            }
        }
        // Each panel's region titles where the fewest of its curved lines cross them (at the top
        // of the region: centred, left or right, as ``ClusterTitles`` places them after `dot`);
        // moving a pinned title moves no line.
        var nodes = curved.nodes
        let indices = Dictionary(statements.indices.compactMap { index -> (String, Int)? in
            guard case .node(let id, _) = statements[index] else { return nil }
            return (id, index)
        }, uniquingKeysWith: { first, _ in first })
        /// Moves each region's title to the place where the fewest of `curves` cross it: along the
        /// top of its region, else (when that is crossed) along the bottom inside the region or
        /// just above it, where the title covers no other text or region (``titlePlaces(region:title:)``).
        func moveTitles(crossedBy curves: [[Point]]) {
            for (name, box) in nodes.sorted(by: { $0.key < $1.key }) where name.contains("/title:") {
                let regionName = name.replacingOccurrences(of: "/title:", with: "/region:")
                guard let region = nodes[regionName],
                      let index = indices[name], case .node(let id, var attributes) = statements[index] else { continue }
                let prefix = name.prefix { $0 != "/" } + "/"
                let others = nodes.filter { $0.key.hasPrefix(prefix) && $0.key != name && $0.key != regionName }.map(\.value)
                let places = ClusterTitles.candidates(cluster: region, label: box).map(\.box)
                    + Self.titlePlaces(region: region, title: box).filter { place in !others.contains { $0.overlaps(place) } }
                // A line touching a title's edge does not cross it (Graphviz routes lines along the boxes).
                func crossings(_ place: Box) -> Int { ClusterTitles.crossings(of: place.inset(by: 2), by: curves) }
                let counts = places.map(crossings)
                guard let best = counts.indices.min(by: { counts[$0] < counts[$1] }), counts[best] < crossings(box) else { continue }
                let center = places[best].center
                attributes.removeAll { $0.name == "pos" }
                attributes.append(("pos", .text(DOTValue.format(center.x) + "," + DOTValue.format(center.y) + "!")))
                statements[index] = .node(id: id, attributes)
                nodes[name] = places[best]
            }
        }
        moveTitles(crossedBy: curved.edges.map { $0.polyline() })
        let obstacles = nodes.filter { !$0.key.contains("/region:") }.map { name, box in
            (name: name, box: box.inset(by: 1))
        }
        // Lines drawn another way stay within their panel (not into another, nor out into the
        // title and legend above): the box around the panel's nodes (named `yYEAR/…`), widened
        // into the gap between panels by a third on the sides and below (its heading is on top).
        func panel(_ name: String) -> Substring { name.prefix { $0 != "/" } }
        var panels: [Substring: Box] = [:]
        for (name, box) in curved.nodes { panels[panel(name)] = panels[panel(name)]?.union(box) ?? box }
        var lines = curved.edges.map { (ends: Set([$0.tail, $0.head]), points: $0.polyline()) }
        // The lines of each panel (lines of different panels never cross).
        var panelLines: [Substring: [Int]] = [:]
        for (index, edge) in curved.edges.enumerated() { panelLines[panel(edge.tail), default: []].append(index) }
        /// How many lines of its panel `points` (for line `index`) cross, counted up to `limit` + 1.
        func crossings(_ points: [Point], of index: Int, upTo limit: Int = Int.max - 1) -> Int {
            var count = 0
            for other in panelLines[panel(curved.edges[index].tail)] ?? []
            where other != index && lines[other].ends.isDisjoint(with: lines[index].ends)
                && ClusterTitles.lines(points, cross: lines[other].points) {
                count += 1
                if count > limit { break }
            }
            return count
        }
        let panelObstacles = Dictionary(grouping: obstacles) { panel($0.name) }
        func through(_ points: [Point], _ edge: LaidOutEdge) -> [Box] {
            (panelObstacles[panel(edge.tail)] ?? []).filter { $0.name != edge.tail && $0.name != edge.head && ClusterTitles.passes(points, through: $0.box) }.map(\.box)
        }
        func length(_ points: [Point]) -> Double {
            zip(points, points.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
        }
        // Each line's candidates (only for those through a text), computed once.
        var candidates: [Int: [(position: String, points: [Point])]] = [:]
        for (index, edge) in curved.edges.enumerated() {
            guard let route = routable[edge.comment],
                  case .edge(let from, let to, var attributes) = statements[route.statement] else { continue }
            attributes.removeAll { $0.name == "comment" }
            statements[route.statement] = .edge(from: from, to: to, attributes)
            let hit = through(lines[index].points, edge)
            guard !hit.isEmpty else { continue }
            var list: [(position: String, points: [Point])] = []
            let nodes = panels[panel(edge.tail)] ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0), margin = Self.panelGap / 3
            let bounds = Box(minX: nodes.minX - margin, minY: nodes.minY - margin, maxX: nodes.maxX + margin, maxY: nodes.maxY)
            // No long detours: at most ``detour`` times as long as the curve.
            let longest = length(lines[index].points) * Self.detour
            func add(_ line: LaidOutEdge?) {
                guard let line else { return }
                let points = line.polyline()
                guard points.allSatisfy({ $0.x >= bounds.minX && $0.x <= bounds.maxX && $0.y >= bounds.minY && $0.y <= bounds.maxY }),
                      length(points) <= longest
                else { return }
                list.append((line.dotPosition(), points))
            }
            if let tail = curved.nodes[edge.tail], let head = curved.nodes[edge.head] {
                let distance = tail.center.distance(to: head.center)
                for bend in Self.bends.map({ $0 * distance }) + Self.bendsInPoints {
                    for side in [1.0, -1.0] { add(curve(edge, tail: tail, head: head, bentBy: side * bend)) }
                }
                // Past a box it ran through: beside a corner or a side, or around a side (two corners).
                for c in Self.clearances {
                for box in hit {
                    let xs = [box.minX - c, box.center.x, box.maxX + c], ys = [box.minY - c, box.center.y, box.maxY + c]
                    for x in xs {
                        for y in ys where x != box.center.x || y != box.center.y {
                            add(curve(edge, tail: tail, head: head, past: [Point(x: x, y: y)]))
                        }
                    }
                    let corners = [Point(x: xs[0], y: ys[0]), Point(x: xs[2], y: ys[0]), Point(x: xs[2], y: ys[2]), Point(x: xs[0], y: ys[2])]
                    for side in 0..<4 {
                        var pair = [corners[side], corners[(side + 1) % 4]]
                        func near(_ p: Point) -> Double { p.distance(to: tail.center) }
                        if near(pair[1]) < near(pair[0]) { pair.reverse() }
                        add(curve(edge, tail: tail, head: head, past: pair))
                    }
                }
                }
            }
            if let line = route.line { list.append((line.dotPosition(dx: route.dx, dy: route.dy), route.polyline)) }
            candidates[index] = list
        }
        // Two passes: first no line may cross more lines than its curve did; then, where lines
        // still run through a text, up to ``crossingsAllowedPerRoute`` more each, as long as the
        // panels together cross no more than with the curves (`budget`: what the first pass saved).
        var budget = 0
        for pass in 0..<2 {
            for index in candidates.keys.sorted() {
                let edge = curved.edges[index]
                guard let route = routable[edge.comment], case .edge(let from, let to, var attributes) = statements[route.statement]
                else { continue }
                let texts = through(lines[index].points, edge).count
                guard texts > 0 else { continue }
                let before = crossings(lines[index].points, of: index)
                let allowed = before + (pass == 0 ? 0 : min(Self.crossingsAllowedPerRoute, budget))
                // Through fewest texts first, shortest first among equals: the first of the fewest
                // texts that crosses no line is the best; crossing counts stop at the best so far.
                let ordered = (candidates[index] ?? []).map { candidate in
                    (texts: through(candidate.points, edge).count, length: length(candidate.points), candidate: candidate)
                }.filter { $0.texts < texts }.sorted { ($0.texts, $0.length) < ($1.texts, $1.length) }
                var best: (texts: Int, crossings: Int, length: Double, candidate: (position: String, points: [Point]))?
                for entry in ordered {
                    if let current = best, entry.texts > current.texts || current.crossings == 0 { break }
                    let limit = min(allowed, (best?.crossings ?? Int.max) - 1)
                    guard limit >= 0 else { break }
                    let crossed = crossings(entry.candidate.points, of: index, upTo: limit)
                    guard crossed <= limit else { continue }
                    best = (entry.texts, crossed, entry.length, entry.candidate)
                }
                guard let best else { continue }
                attributes.removeAll { $0.name == "pos" }
                attributes.append(("pos", .text(best.candidate.position)))
                statements[route.statement] = .edge(from: from, to: to, attributes)
                lines[index].points = best.candidate.points
                budget -= best.crossings - before
            }
        }
        // The lines drawn another way may have left a title crossed, or freed a place for it.
        moveTitles(crossedBy: lines.map(\.points))
        return statements
    }

    /// The places a region's title may take besides the top of `region` (tried after those,
    /// when every one there is crossed): along the bottom inside the region, then just above its
    /// top edge; each left, centred, right and between (``ClusterTitles/candidates(cluster:label:)``),
    /// for a title laid out as `title`.
    static func titlePlaces(region: Box, title: Box) -> [Box] {
        let gap = 2.0
        return [region.minY + ClusterTitles.sidePadding / 2 + title.height / 2, region.maxY + gap + title.height / 2].flatMap { y in
            ClusterTitles.candidates(cluster: region, label: Box(center: Point(x: title.center.x, y: y), width: title.width, height: title.height))
                .map(\.box)
        }
    }

    /// Line `edge` as one cubic curve from box `tail` to box `head` whose middle is moved
    /// `offset` points to the left of the way from tail to head (right when negative); see
    /// ``curve(_:tail:head:pieces:)``.
    static func curve(_ edge: LaidOutEdge, tail: Box, head: Box, bentBy offset: Double) -> LaidOutEdge? {
        let c0 = tail.center, c3 = head.center
        let dx = c3.x - c0.x, dy = c3.y - c0.y, length = Self.length(dx, dy)
        guard length > 1 else { return nil }
        let normal = Point(x: -dy / length * offset, y: dx / length * offset)
        return curve(edge, tail: tail, head: head, pieces: [[
            c0, Point(x: c0.x + dx / 3 + normal.x, y: c0.y + dy / 3 + normal.y),
            Point(x: c0.x + 2 * dx / 3 + normal.x, y: c0.y + 2 * dy / 3 + normal.y), c3]])
    }

    /// Line `edge` as a smooth chain of cubic curves from box `tail` through `points` to box
    /// `head` (Catmull–Rom: at each point running parallel to the way between its neighbours);
    /// see ``curve(_:tail:head:pieces:)``.
    static func curve(_ edge: LaidOutEdge, tail: Box, head: Box, past points: [Point]) -> LaidOutEdge? {
        let all = [tail.center] + points + [head.center]
        for (a, b) in zip(all, all.dropFirst()) where a.distance(to: b) < 1 { return nil }
        let tangents = all.indices.map { index in
            let before = all[max(0, index - 1)], after = all[min(all.count - 1, index + 1)]
            let scale = index == 0 || index == all.count - 1 ? 1.0 : 0.5
            return Point(x: (after.x - before.x) * scale, y: (after.y - before.y) * scale)
        }
        let pieces = (0..<(all.count - 1)).map { index in
            [all[index], Point(x: all[index].x + tangents[index].x / 3, y: all[index].y + tangents[index].y / 3),
             Point(x: all[index + 1].x - tangents[index + 1].x / 3, y: all[index + 1].y - tangents[index + 1].y / 3), all[index + 1]]
        }
        return curve(edge, tail: tail, head: head, pieces: pieces)
    }

    /// Line `edge` drawn along cubic `pieces` (control points, each from where the one before
    /// ends) from the centre of box `tail` to the centre of box `head`, cut where it leaves the
    /// tail's box (in the first piece) and enters the head's (in the last), with `edge`'s
    /// arrowheads (as long as there); `nil` when that cannot be cut so (a box overlapping the
    /// other, or a piece's end inside a box).
    ///
    /// - Complexity: O(pieces).
    static func curve(_ edge: LaidOutEdge, tail: Box, head: Box, pieces: [[Point]]) -> LaidOutEdge? {
        guard var firstPiece = pieces.first, var lastPiece = pieces.last else { return nil }
        func at(_ curve: [Point], _ t: Double) -> Point {
            let u = 1 - t, a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
            return Point(x: a * curve[0].x + b * curve[1].x + c * curve[2].x + d * curve[3].x,
                         y: a * curve[0].y + b * curve[1].y + c * curve[2].y + d * curve[3].y)
        }
        // A piece's inner end inside one of the boxes would make the line leave and re-enter it.
        for piece in pieces.dropLast() where tail.contains(piece[3]) || head.contains(piece[3]) { return nil }
        /// The parameter between `low` and `high` where `test` turns from true (at `low`) to false.
        func boundary(_ low: Double, _ high: Double, _ test: (Double) -> Bool) -> Double {
            var (low, high) = (low, high)
            for _ in 0..<30 {
                let middle = (low + high) / 2
                if test(middle) { low = middle } else { high = middle }
            }
            return (low + high) / 2
        }
        // The part of `curve` from `from` to `to` (de Casteljau).
        func part(_ curve: [Point], _ from: Double, _ to: Double) -> [Point] {
            func split(_ p: [Point], _ t: Double) -> (left: [Point], right: [Point]) {
                func mix(_ a: Point, _ b: Point) -> Point { Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t) }
                let a = mix(p[0], p[1]), b = mix(p[1], p[2]), c = mix(p[2], p[3])
                let d = mix(a, b), e = mix(b, c), f = mix(d, e)
                return ([p[0], a, d, f], [f, e, c, p[3]])
            }
            let right = from > 0 ? split(curve, from).right : curve
            return to < 1 ? split(right, (to - from) / (1 - from)).left : right
        }
        let steps = 64, single = pieces.count == 1
        guard let leave = (1...steps).first(where: { !tail.contains(at(firstPiece, Double($0) / Double(steps))) }) else { return nil }
        var t0 = boundary(Double(leave - 1) / Double(steps), Double(leave) / Double(steps)) { tail.contains(at(firstPiece, $0)) }
        guard let enter = (0..<steps).reversed().first(where: { !head.contains(at(lastPiece, Double($0) / Double(steps))) }) else { return nil }
        var t1 = boundary(Double(enter + 1) / Double(steps), Double(enter) / Double(steps)) { head.contains(at(lastPiece, $0)) }
        guard !single || t0 < t1 else { return nil }
        // Arrowheads: the line stops short of the box by the arrowhead's length, which tips at the box.
        var (start, end): (Point?, Point?) = (nil, nil)
        if let piece = edge.pieces.first, let tip = piece.start, let base = piece.points.first {
            let length = tip.distance(to: base), curve = firstPiece
            start = at(curve, t0)
            t0 = boundary(t0, single ? t1 : 1) { at(curve, $0).distance(to: start!) < length }
        }
        if let piece = edge.pieces.last, let tip = piece.end, let base = piece.points.last {
            let length = tip.distance(to: base), curve = lastPiece
            end = at(curve, t1)
            t1 = boundary(t1, single ? t0 : 0) { at(curve, $0).distance(to: end!) < length }
        }
        guard !single || t0 < t1 else { return nil }
        var points: [Point]
        if single {
            points = part(firstPiece, t0, t1)
        } else {
            firstPiece = part(firstPiece, t0, 1)
            lastPiece = part(lastPiece, 0, t1)
            points = firstPiece
            for piece in pieces.dropFirst().dropLast() { points += piece.dropFirst() }
            points += lastPiece.dropFirst()
        }
        return LaidOutEdge(tail: edge.tail, head: edge.head, comment: edge.comment,
                           pieces: [.init(points: points, start: start, end: end)])
    }

    /// The length of vector (`dx`, `dy`).
    static func length(_ dx: Double, _ dy: Double) -> Double { (dx * dx + dy * dy).squareRoot() }
}
