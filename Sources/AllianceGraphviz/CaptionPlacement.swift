/// Where the caption of each line goes after layout: beside its own line, where no line runs
/// through it and it overlaps no node, region title or other caption (issue 15: "no edge through
/// a label, no overlapping labels").
///
/// This is the second half of the one post-layout text placement of ``GraphvizContext``: after
/// any layout (`dot`, the other engines, and graphs whose nodes and lines are given, `nop2`), the
/// region titles are placed first (``ClusterTitles``, after `dot` only), then every edge's
/// caption (`label`, and `xlabel` when present) here, with the titles' final boxes as obstacles.
/// `dot` reserves room for a caption beside its line, but lines between other nodes may still run
/// through it; `nop2` and neato put a caption beside its line's midpoint, on top of whatever is there.
///
/// For each caption the candidates are its place from the layout and, at several points along its
/// own line (by arc length, from the middle outwards), the boxes touching the line on either side
/// (offset along the line's normal, and above/below and left/right of the point). A candidate's
/// cost is, in this order: whether it leaves the drawing's bounds; how many conflicts it has (lines
/// entering it by more than ``tolerance``, its own included, plus nodes, region titles, the graph's
/// title and legend, and captions already placed that it overlaps); its distance from the layout's
/// place. Captions are placed greedily, the most constrained first: those whose laid-out place has
/// a conflict, by their number of conflict-free candidates against the fixed obstacles, then the
/// others; the graph's order among equals. Each goes to its cheapest candidate, the earlier one
/// among equals: deterministic. A caption whose laid-out place is free keeps it (its other
/// candidates are not even computed) unless a caption placed before it overlaps it. A caption
/// without a free candidate keeps its least bad one; ``Result/conflicted``
/// counts them. Since the layout's own place is always a candidate and any place outside the bounds
/// costs more than any inside, a caption never leaves Graphviz's bounding box (`GD_bb`) unless the
/// layout put it outside already, so the bounding box needs no change.
///
/// - Complexity: O(captions × (line points + obstacles)) for captions that keep their place, and
///   O(moved captions × candidates × (line points + nodes + obstacles + captions)) at most, with
///   ``candidateFractions`` × 10 + 1 candidates a caption; the line tests skip lines whose bounding
///   box misses the candidate.
enum CaptionPlacement {
    /// The points along a caption's own line tried, as fractions of its length, in order of preference.
    static let candidateFractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85]
    /// The space between a line and a caption placed beside it, in points.
    static let gap = 2.0
    /// How far a line must enter a caption's box to count as running through it, in points: `dot`
    /// puts a caption with its side on its own line, which touches the box without crossing the text.
    static let tolerance = 1.0

    /// A caption to place: its box as laid out and the line it belongs to (an index into the lines).
    struct Caption: Hashable, Sendable {
        /// The caption's box as the layout put it.
        var box: Box
        /// The index of its own line in the `lines` given to ``place(_:lines:obstacles:bounds:)``.
        var line: Int
    }

    /// What ``place(_:lines:obstacles:bounds:)`` chose.
    struct Result: Hashable, Sendable {
        /// The box of every caption, in the order given.
        var boxes: [Box]
        /// How many captions have no free place (a line through them or an overlap), kept at their least bad one.
        var conflicted: Int
    }

    /// The candidate boxes of `caption` along its own `line`: its laid-out box first, then beside
    /// the line at each of ``candidateFractions``.
    ///
    /// - Complexity: O(points of `line` + candidates).
    static func candidates(for caption: Box, along line: [Point]) -> [Box] {
        var result = [caption]
        guard line.count >= 2 else { return result }
        var lengths = [0.0]
        for index in 1..<line.count { lengths.append(lengths[index - 1] + line[index - 1].distance(to: line[index])) }
        guard let total = lengths.last, total > 0 else { return result }
        let (width, height) = (caption.width, caption.height)
        for fraction in candidateFractions {
            let target = fraction * total
            var segment = 1
            while segment < line.count - 1 && lengths[segment] < target { segment += 1 }
            let a = line[segment - 1], b = line[segment], piece = lengths[segment] - lengths[segment - 1]
            let t = piece > 0 ? (target - lengths[segment - 1]) / piece : 0
            let point = Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
            let length = max(a.distance(to: b), .ulpOfOne)
            let normal = Point(x: -(b.y - a.y) / length, y: (b.x - a.x) / length)
            let reach = abs(normal.x) * width / 2 + abs(normal.y) * height / 2 + gap
            func box(_ dx: Double, _ dy: Double) -> Box {
                Box(center: Point(x: point.x + dx, y: point.y + dy), width: width, height: height)
            }
            for side in [1.0, -1.0] {
                // Along the line's normal: the box touches the line's tangent at the point.
                result.append(box(side * normal.x * reach, side * normal.y * reach))
            }
            for side in [1.0, -1.0] {
                result.append(box(0, side * (height / 2 + gap)))
                result.append(box(side * (width / 2 + gap), 0))
            }
            // With a corner at the point: for a diagonal line, a quadrant it does not enter.
            for (sx, sy) in [(1.0, -1.0), (-1.0, 1.0), (1.0, 1.0), (-1.0, -1.0)] {
                result.append(box(sx * (width / 2 + gap), sy * (height / 2 + gap)))
            }
        }
        return result
    }

    /// Places every caption of `captions` (greedy, most constrained first; see the type's
    /// description) among `lines` (every line of the drawing as a polyline, the captions' own
    /// included) and `obstacles` (boxes of nodes, region titles, the graph's title), inside `bounds`.
    ///
    /// - Complexity: O(captions × (line points + obstacles)), plus O(candidates × (line points +
    ///   obstacles + captions)) for each caption that has to move.
    static func place(_ captions: [Caption], lines: [[Point]], obstacles: [Box], bounds: Box) -> Result {
        let lineBoxes = lines.map { Box(bounding: $0) }
        // The fixed part of a candidate's cost: outside the bounds, lines through it, obstacles it overlaps.
        func fixedCost(_ box: Box) -> (outside: Bool, conflicts: Int) {
            let outside = box.minX < bounds.minX || box.minY < bounds.minY || box.maxX > bounds.maxX || box.maxY > bounds.maxY
            var conflicts = obstacles.reduce(0) { $0 + ($1.overlaps(box) ? 1 : 0) }
            for (index, line) in lines.enumerated() where runs(line, box: lineBoxes[index], through: box) { conflicts += 1 }
            return (outside, conflicts)
        }
        // Every candidate with its fixed cost, computed only for captions that may move: most keep
        // the layout's place (free of lines and obstacles, and no caption placed before overlaps it).
        var options: [[(box: Box, outside: Bool, conflicts: Int)]?] = Array(repeating: nil, count: captions.count)
        func evaluated(_ index: Int) -> [(box: Box, outside: Bool, conflicts: Int)] {
            if let known = options[index] { return known }
            let caption = captions[index]
            let all = candidates(for: caption.box, along: caption.line < lines.count ? lines[caption.line] : []).map { box in
                let cost = fixedCost(box)
                return (box, cost.outside, cost.conflicts)
            }
            options[index] = all
            return all
        }
        let keeps = captions.map { caption in
            let cost = fixedCost(caption.box)
            return !cost.outside && cost.conflicts == 0
        }
        // Most constrained first: the captions that must move, by their number of free candidates;
        // then those whose place is free, in the graph's order.
        let moving = captions.indices.filter { !keeps[$0] }
        let free = Dictionary(uniqueKeysWithValues: moving.map { index in
            (index, evaluated(index).filter { !$0.outside && $0.conflicts == 0 }.count)
        })
        let order = moving.sorted { free[$0]! != free[$1]! ? free[$0]! < free[$1]! : $0 < $1 } + captions.indices.filter { keeps[$0] }
        var boxes = captions.map(\.box), placed: [Box] = [], conflicted = 0
        for index in order {
            if keeps[index], !placed.contains(where: { $0.overlaps(captions[index].box) }) {
                placed.append(captions[index].box)
                continue
            }
            var best: (box: Box, outside: Bool, conflicts: Int, distance: Double)?
            for option in evaluated(index) {
                let conflicts = option.conflicts + placed.reduce(0) { $0 + ($1.overlaps(option.box) ? 1 : 0) }
                let away = option.box.center.distance(to: captions[index].box.center)
                if let current = best {
                    if (option.outside ? 1 : 0, conflicts) > (current.outside ? 1 : 0, current.conflicts) { continue }
                    if (option.outside ? 1 : 0, conflicts) == (current.outside ? 1 : 0, current.conflicts) && away >= current.distance { continue }
                }
                best = (option.box, option.outside, conflicts, away)
            }
            guard let chosen = best else { continue }
            boxes[index] = chosen.box
            placed.append(chosen.box)
            if chosen.conflicts > 0 || chosen.outside { conflicted += 1 }
        }
        return Result(boxes: boxes, conflicted: conflicted)
    }

    /// Whether polyline `line`, whose bounding box is `lineBox`, enters `box` by more than ``tolerance``.
    ///
    /// - Complexity: O(points of `line`), O(1) when the boxes do not meet.
    static func runs(_ line: [Point], box lineBox: Box? = nil, through box: Box) -> Bool {
        let inner = Box(minX: box.minX + tolerance, minY: box.minY + tolerance, maxX: box.maxX - tolerance, maxY: box.maxY - tolerance)
        return (lineBox ?? Box(bounding: line)).meets(inner) && ClusterTitles.passes(line, through: inner)
    }
}
