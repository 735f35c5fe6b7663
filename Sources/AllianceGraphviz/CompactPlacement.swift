import Foundation

/// A compact placement of a clustered diagram (issue 15: text readable on A4): each policy
/// area's actors in a few balanced rows, the areas packed into shelves so that the drawing
/// (under its title and legend) prints as large as possible on a sheet, and every node outside
/// the areas (the box of a format of three or more actors, an interface) at a free spot near
/// its neighbours. Pure geometry: no Graphviz; ``CompactLayout`` gives it the sizes and the
/// crossing-minimised order of a first `dot` layout and turns the result into a pinned graph.
///
/// Coordinates are Graphviz's: points, y growing upwards; the drawing's lower left corner is (0, 0).
struct CompactPlacement: Sendable {
    /// A width and height in points.
    struct Size: Hashable, Sendable {
        var width: Double
        var height: Double
    }

    /// A policy area: its cluster's name, its members (node names) and its title's size.
    struct Area: Hashable, Sendable {
        var name: String
        var members: [String]
        var title: Size
    }

    /// The areas, each drawn as one box.
    var areas: [Area]
    /// Nodes outside the areas, each placed near the nodes it is joined to.
    var free: [String]
    /// The size of every node.
    var sizes: [String: Size]
    /// Where a first layout put the nodes: the order rows and areas keep (upper first, then left first).
    var hints: [String: Point]
    /// The lines, as pairs of node names.
    var lines: [(String, String)]
    /// The title and legend drawn above the drawing.
    var header: Size
    /// A factor on the gaps between actors and between areas (``CompactLayout`` tries a wider
    /// spread when captions find no free place).
    var spread = 1.0
    var gapWidth: Double { Self.actorGap.width * spread }
    var gapHeight: Double { Self.actorGap.height * spread }
    var channel: Double { Self.areaGap * spread }

    /// The least gap between two actors of a row joined by a line with a caption: the caption's
    /// width and room beside it, by the pair's names (either order; ``pairKey(_:_:)``).
    var captionGaps: [String: Double] = [:]
    /// The sheet's printable area the drawing is fitted on.
    var page: Size

    /// Space between two actors of a row, and between two rows of an area.
    static let actorGap = Size(width: 16, height: 20)
    /// Space between an area's frame and its actors (and below its title).
    static let padding = 10.0
    /// Space between two areas: a channel for lines and for the boxes of formats.
    static let areaGap = 36.0
    /// The least space between a free node and an area or another free node.
    static let freeMargin = 8.0
    /// The step of the grid of spots a free node may take.
    static let spotStep = 8.0
    /// How many of the packings printing largest are finished (orders improved, free nodes placed) and compared.
    static let finalists = 16
    /// The most crossing tests (pairs of lines) the swaps may take in all: large diagrams get fewer rounds.
    static let swapBudget = 20_000_000

    /// The result: a centre for every node, a box for every area (frame and title).
    struct Result: Sendable {
        var positions: [String: Point]
        var areas: [String: Box]
        /// Pairs of straight lines (centre to centre) that cross, lines sharing an end not counted.
        var crossings: Int
        /// The factor the drawing and its header are scaled by to fit ``CompactPlacement/page``.
        var zoom: Double
    }

    /// The compact placement: of the shapes and packings tried, the few printing largest (within
    /// 3 %) get members swapped within their rows while that lowers the crossings (free nodes at
    /// their neighbours' centroid); the one with the fewest crossings is kept and its free nodes placed.
    ///
    /// - Complexity: O(a · s · (a + n)) for a areas, s shelf widths tried and n nodes, plus
    ///   O(r · l²) for the swaps (r row pairs, l lines) and O(f · g · (a + f)) for f free nodes
    ///   on a grid of g spots. Deterministic.
    func place() -> Result {
        var candidates: [Layout] = []
        let gaps = areaGaps
        for aspect in [1.5, 2.5, 4.0, 7.0, 100.0] {
            let shaped = areas.map { shape($0, aspect: aspect) }
            let byHint = shaped.indices.sorted { areaKey(areas[$0]) < areaKey(areas[$1]) }
            let bySize = shaped.indices.sorted { (shaped[$0].size.height, shaped[$0].size.width, $1) > (shaped[$1].size.height, shaped[$1].size.width, $0) }
            let widest = shaped.map(\.size.width).max() ?? 0
            let total = shaped.map(\.size.width).reduce(0, +) + channel * Double(max(0, shaped.count - 1)) + gaps.values.reduce(0, +)
            var widths: [Double] = [widest]
            var width = widest
            while width < total { width *= 1.15; widths.append(min(width, total)) }
            for order in [byHint, bySize] {
                for width in widths { candidates.append(pack(shaped, order: order, width: width, gaps: gaps)) }
            }
        }
        guard !candidates.isEmpty else { return Result(positions: [:], areas: [:], crossings: 0, zoom: 1) }
        let best = candidates.map(\.zoom).max()!
        // The few printing largest (stable: the first tried among equals) are finished and compared.
        var finalists = Array(candidates.enumerated().filter { $0.element.zoom >= best * 0.97 }
            .sorted { ($1.element.zoom, $0.offset) < ($0.element.zoom, $1.offset) }.prefix(Self.finalists).map(\.element))
        let index = numbering()
        for number in finalists.indices { finalists[number] = improveOrder(finalists[number], index: index) }
        var chosen = finalists[0]
        for finalist in finalists.dropFirst() where (finalist.crossings, -finalist.zoom) < (chosen.crossings, -chosen.zoom) {
            chosen = finalist
        }
        chosen = placeFreeNodes(chosen, index: index)
        // Flip y (rows were laid top-down) and move the drawing to the origin.
        let extent = chosen.extent
        func flip(_ point: Point) -> Point { Point(x: point.x - extent.minX, y: extent.maxY - point.y) }
        return Result(positions: chosen.positions.mapValues(flip),
                      areas: chosen.boxes.mapValues { box in
                          Box(minX: box.minX - extent.minX, minY: extent.maxY - box.maxY,
                              maxX: box.maxX - extent.minX, maxY: extent.maxY - box.minY)
                      },
                      crossings: chosen.crossings, zoom: chosen.zoom)
    }

    // MARK: Areas

    /// An area laid out in rows: its members per row (left to right), the size of the box.
    struct Shape: Sendable {
        var area: Area
        var rows: [[String]]
        var size: Size
    }

    /// The key ordering areas and members as the first layout had them: upper first, then left first.
    private func areaKey(_ area: Area) -> (Double, Double, String) {
        let points = area.members.compactMap { hints[$0] }
        guard !points.isEmpty else { return (0, 0, area.name) }
        let count = Double(points.count)
        return (-points.map(\.y).reduce(0, +) / count, points.map(\.x).reduce(0, +) / count, area.name)
    }

    private func size(_ node: String) -> Size { sizes[node] ?? Size(width: 54, height: 36) }

    /// The members of `area` in rows of balanced widths (upper members of the first layout in
    /// upper rows, each row left to right as there), with as many rows as bring the box's
    /// width-to-height ratio nearest `aspect`.
    func shape(_ area: Area, aspect: Double) -> Shape {
        let ordered = area.members.sorted { a, b in
            let (pa, pb) = (hints[a] ?? Point(x: 0, y: 0), hints[b] ?? Point(x: 0, y: 0))
            return (-pa.y, pa.x, a) < (-pb.y, pb.x, b)
        }
        var best: Shape?
        var bestScore = Double.infinity
        for count in 1...max(1, ordered.count) {
            let rows = Self.balancedRows(ordered, count: count, width: { size($0).width }).map { row in
                row.sorted { ((hints[$0]?.x ?? 0), $0) < ((hints[$1]?.x ?? 0), $1) }
            }
            let shape = Shape(area: area, rows: rows, size: boxSize(area, rows: rows))
            let score = abs(log(shape.size.width / shape.size.height / aspect))
            if score < bestScore - 1e-9 { best = shape; bestScore = score }
        }
        return best!
    }

    /// `items` split into `count` consecutive rows of about equal width (each item in the row its middle falls into).
    static func balancedRows(_ items: [String], count: Int, width: (String) -> Double) -> [[String]] {
        let total = items.map(width).reduce(0, +)
        let target = total / Double(max(1, count))
        var rows = Array(repeating: [String](), count: max(1, count))
        var before = 0.0
        for item in items {
            let w = width(item)
            let row = target > 0 ? min(rows.count - 1, Int((before + w / 2) / target)) : 0
            rows[row].append(item)
            before += w
        }
        return rows.filter { !$0.isEmpty }
    }

    /// The key of `a` and `b` in ``captionGaps``.
    static func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "\u{1F}" + b : b + "\u{1F}" + a }

    /// The gap between neighbours `a` and `b` of a row: wide enough for the caption of a line between them.
    func gap(_ a: String, _ b: String) -> Double {
        max(gapWidth, captionGaps[Self.pairKey(a, b)] ?? 0)
    }

    /// The width of a row: its actors and the gaps between them.
    func rowWidth(_ row: [String]) -> Double {
        var width = row.map { size($0).width }.reduce(0, +)
        for index in row.indices.dropFirst() { width += gap(row[index - 1], row[index]) }
        return width
    }

    /// The box an area's rows need: frame padding, the title on top.
    private func boxSize(_ area: Area, rows: [[String]]) -> Size {
        var width = area.title.width, height = 0.0
        for row in rows {
            width = max(width, rowWidth(row))
            height += (row.map { size($0).height }.max() ?? 0)
        }
        height += gapHeight * Double(max(0, rows.count - 1))
        return Size(width: width + 2 * Self.padding, height: height + 2 * Self.padding + titleSpace(area))
    }

    /// The room an area's title takes above its first row: half the padding above the title, the
    /// title, the padding below it (so that routing sees title and actors apart, not touching).
    func titleSpace(_ area: Area) -> Double {
        area.title.height > 0 ? area.title.height + Self.padding / 2 : 0
    }

    /// The centres of an area's members when its box's upper left corner is `origin` (y down).
    private func memberPositions(_ shape: Shape, box: Box, into positions: inout [String: Point]) {
        var y = box.minY + Self.padding + titleSpace(shape.area)
        for row in shape.rows {
            let height = row.map { size($0).height }.max() ?? 0
            let width = rowWidth(row)
            var x = box.minX + (box.width - width) / 2
            for (index, member) in row.enumerated() {
                positions[member] = Point(x: x + size(member).width / 2, y: y + height / 2)
                x += size(member).width + (index + 1 < row.count ? gap(member, row[index + 1]) : 0)
            }
            y += height + gapHeight
        }
    }

    // MARK: Packing

    /// One candidate: areas in shelves, positions (y down), and what it scores.
    struct Layout: Sendable {
        var shapes: [Shape]
        var boxes: [String: Box] = [:]
        var positions: [String: Point] = [:]
        var zoom = 0.0
        var crossings = 0
        var extent = Box(minX: 0, minY: 0, maxX: 0, maxY: 0)
    }

    /// The least channel between two areas set side by side, beyond ``channel``, by the pair of
    /// their names (``pairKey(_:_:)``): wide enough for the widest caption of a line joining a
    /// member of one to a member of the other (``captionGaps``), which would else find no room
    /// between the two areas' facing actors.
    ///
    /// - Complexity: O(members + lines).
    var areaGaps: [String: Double] {
        var area: [String: String] = [:]
        for each in areas { for member in each.members { area[member] = each.name } }
        var result: [String: Double] = [:]
        for (a, b) in lines {
            guard let first = area[a], let second = area[b], first != second,
                  let caption = captionGaps[Self.pairKey(a, b)], caption > channel else { continue }
            let key = Self.pairKey(first, second)
            result[key] = max(result[key] ?? 0, caption)
        }
        return result
    }

    /// The areas in `order` on shelves at most `width` wide (each shelf centred under the widest),
    /// with room estimated for the free nodes; two areas side by side are ``channel`` apart, or
    /// as far as `gaps` (``areaGaps``) asks.
    private func pack(_ shapes: [Shape], order: [Int], width: Double, gaps: [String: Double]) -> Layout {
        func between(_ a: Int, _ b: Int) -> Double {
            max(channel, gaps[Self.pairKey(shapes[a].area.name, shapes[b].area.name)] ?? 0)
        }
        var shelves: [[Int]] = [[]]
        var used = 0.0
        for index in order {
            let w = shapes[index].size.width
            var step = shelves[shelves.count - 1].last.map { between($0, index) } ?? 0
            if !shelves[shelves.count - 1].isEmpty, used + step + w > width + 0.5 {
                shelves.append([])
                used = 0
                step = 0
            }
            used += step + w
            shelves[shelves.count - 1].append(index)
        }
        func shelfWidth(_ shelf: [Int]) -> Double {
            shelf.map { shapes[$0].size.width }.reduce(0, +) + zip(shelf, shelf.dropFirst()).map { between($0, $1) }.reduce(0, +)
        }
        let drawingWidth = shelves.map(shelfWidth).max() ?? 0
        var layout = Layout(shapes: shapes)
        var y = 0.0
        for shelf in shelves {
            var x = (drawingWidth - shelfWidth(shelf)) / 2
            let height = shelf.map { shapes[$0].size.height }.max() ?? 0
            for (position, index) in shelf.enumerated() {
                let shape = shapes[index]
                let box = Box(minX: x, minY: y, maxX: x + shape.size.width, maxY: y + shape.size.height)
                layout.boxes[shape.area.name] = box
                memberPositions(shape, box: box, into: &layout.positions)
                x += shape.size.width + (position + 1 < shelf.count ? between(index, shelf[position + 1]) : 0)
            }
            y += height + channel
        }
        // The free nodes take room in the channels and around: counted as an area to share.
        let freeArea = free.map { (size($0).width + 2 * Self.freeMargin) * (size($0).height + 2 * Self.freeMargin) }.reduce(0, +)
        let height = max(0, y - channel)
        let grow = drawingWidth * height > 0 ? (1 + freeArea / (drawingWidth * height) / 2).squareRoot() : 1
        layout.extent = Box(minX: 0, minY: 0, maxX: drawingWidth, maxY: height)
        layout.zoom = zoom(width: drawingWidth * grow, height: height * grow)
        return layout
    }

    /// The factor a drawing `width` × `height` under the header is scaled by to fit the page.
    func zoom(width: Double, height: Double) -> Double {
        let w = max(width, header.width, 1), h = max(height + header.height, 1)
        return min(page.width / w, page.height / h)
    }

    // MARK: Order and free nodes

    /// `layout` with members swapped within rows and rows within areas while that lowers the
    /// crossings (free nodes taken at their neighbours' centroid); ``Layout/crossings`` is that count.
    private func improveOrder(_ start: Layout, index: Numbering) -> Layout {
        var layout = start
        var current = crossings(layout.positions, freeAtCentroid: true, index: index)
        var improved = true
        var rounds = 0
        let pairs = lines.count * lines.count / 2
        let variantsPerRound = layout.shapes.map { shape in
            shape.rows.map { $0.count * ($0.count - 1) / 2 }.reduce(0, +) + shape.rows.count * (shape.rows.count - 1) / 2
        }.reduce(0, +)
        let affordable = pairs * variantsPerRound > 0 ? Self.swapBudget / Self.finalists / (pairs * variantsPerRound) : 4
        while improved, rounds < min(4, affordable) {
            improved = false
            rounds += 1
            for shapeIndex in layout.shapes.indices {
                let shape = layout.shapes[shapeIndex]
                var variants: [[[String]]] = []
                for (r, row) in shape.rows.enumerated() {
                    for i in row.indices { for j in row.indices where j > i {
                        var rows = shape.rows
                        rows[r].swapAt(i, j)
                        variants.append(rows)
                    } }
                }
                for i in shape.rows.indices { for j in shape.rows.indices where j > i {
                    var rows = shape.rows
                    rows.swapAt(i, j)
                    variants.append(rows)
                } }
                let room = layout.boxes[shape.area.name]!.width - 2 * Self.padding + 0.5
                for rows in variants where rows.allSatisfy({ rowWidth($0) <= room }) {
                    var trial = layout
                    trial.shapes[shapeIndex].rows = rows
                    memberPositions(trial.shapes[shapeIndex], box: layout.boxes[shape.area.name]!, into: &trial.positions)
                    let count = crossings(trial.positions, freeAtCentroid: true, index: index)
                    if count < current {
                        layout = trial
                        current = count
                        improved = true
                    }
                }
            }
        }
        layout.crossings = current
        return layout
    }

    /// `layout` with its free nodes placed (``placeFree(_:)``), its crossings and zoom taken again.
    private func placeFreeNodes(_ start: Layout, index: Numbering) -> Layout {
        var layout = start
        placeFree(&layout)
        layout.crossings = crossings(layout.positions, freeAtCentroid: false, index: index)
        var extent = layout.boxes.values.reduce(Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)) { $0.union($1) }
        for node in free { if let point = layout.positions[node] { extent = extent.union(Box(center: point, width: size(node).width, height: size(node).height)) } }
        if extent.minX > extent.maxX { extent = Box(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        layout.extent = extent
        layout.zoom = zoom(width: extent.width, height: extent.height)
        return layout
    }

    /// The nodes each free node is joined to.
    private var neighbours: [String: [String]] {
        var result: [String: [String]] = [:]
        let freeSet = Set(free)
        for (a, b) in lines {
            if freeSet.contains(a) { result[a, default: []].append(b) }
            if freeSet.contains(b) { result[b, default: []].append(a) }
        }
        return result
    }

    /// Each free node (those with most neighbours first) at the free spot nearest its neighbours
    /// (least total distance; a spot outside the drawing counts four times its distance out).
    private func placeFree(_ layout: inout Layout) {
        let neighbours = self.neighbours
        var obstacles = Array(layout.boxes.values)
        let order = free.sorted { (neighbours[$0]?.count ?? 0, $1) > (neighbours[$1]?.count ?? 0, $0) }
        let drawing = layout.extent
        for node in order {
            let own = size(node)
            let ends = (neighbours[node] ?? []).compactMap { layout.positions[$0] }
            let anchor = ends.isEmpty ? Point(x: drawing.minX - own.width, y: drawing.maxY) : centroid(ends)
            let reach = own.width + own.height + 6 * Self.spotStep
            let steps = Int(((max(drawing.width, drawing.height) + 2 * reach) / Self.spotStep).rounded(.up))
            var best: (score: Double, point: Point)?
            // Spots on rings around the anchor, nearest first: stop once a ring cannot beat the best.
            for ring in 0...steps {
                if let best, Double(ring) * Self.spotStep * Double(max(1, ends.count)) > best.score + 1 { break }
                for spot in Self.ring(ring) {
                    let point = Point(x: anchor.x + Double(spot.0) * Self.spotStep, y: anchor.y + Double(spot.1) * Self.spotStep)
                    let box = Box(center: point, width: own.width + 2 * Self.freeMargin, height: own.height + 2 * Self.freeMargin)
                    if obstacles.contains(where: { $0.overlaps(box) }) { continue }
                    var score = ends.map { $0.distance(to: point) }.reduce(0, +)
                    let outside = max(0, drawing.minX - box.minX) + max(0, box.maxX - drawing.maxX)
                        + max(0, drawing.minY - box.minY) + max(0, box.maxY - drawing.maxY)
                    score += 4 * outside * Double(max(1, ends.count))
                    if best == nil || score < best!.score - 1e-9 { best = (score, point) }
                }
            }
            let point = best?.point ?? Point(x: drawing.minX - own.width, y: drawing.maxY + own.height)
            layout.positions[node] = point
            obstacles.append(Box(center: point, width: own.width, height: own.height))
        }
    }

    /// The grid offsets at Chebyshev distance `ring` from the centre, in a fixed order.
    static func ring(_ ring: Int) -> [(Int, Int)] {
        guard ring > 0 else { return [(0, 0)] }
        var result: [(Int, Int)] = []
        for dx in -ring...ring { result.append((dx, -ring)); result.append((dx, ring)) }
        for dy in (-ring + 1)..<ring { result.append((-ring, dy)); result.append((ring, dy)) }
        return result
    }

    private func centroid(_ points: [Point]) -> Point {
        let count = Double(points.count)
        return Point(x: points.map(\.x).reduce(0, +) / count, y: points.map(\.y).reduce(0, +) / count)
    }

    /// The nodes by number, the lines and each free node's neighbours by those numbers: crossings
    /// are counted many times, on numbers rather than names.
    struct Numbering: Sendable {
        var names: [String] = []
        var lines: [(Int, Int)] = []
        var freeNeighbours: [(node: Int, ends: [Int])] = []
    }

    func numbering() -> Numbering {
        var result = Numbering()
        var number: [String: Int] = [:]
        func id(_ name: String) -> Int {
            if let known = number[name] { return known }
            number[name] = result.names.count
            result.names.append(name)
            return result.names.count - 1
        }
        for area in areas { for member in area.members { _ = id(member) } }
        for node in free { _ = id(node) }
        result.lines = lines.map { (id($0.0), id($0.1)) }
        let freeNumbers = Set(free.map(id))
        var neighbours: [Int: [Int]] = [:]
        for (a, b) in result.lines {
            if freeNumbers.contains(a) { neighbours[a, default: []].append(b) }
            if freeNumbers.contains(b) { neighbours[b, default: []].append(a) }
        }
        result.freeNeighbours = neighbours.keys.sorted().map { ($0, neighbours[$0]!) }
        return result
    }

    /// Crossing pairs of the lines drawn straight between node centres; with `freeAtCentroid`
    /// a free node stands at its neighbours' centroid.
    func crossings(_ positions: [String: Point], freeAtCentroid: Bool) -> Int {
        crossings(positions, freeAtCentroid: freeAtCentroid, index: numbering())
    }

    func crossings(_ positions: [String: Point], freeAtCentroid: Bool, index: Numbering) -> Int {
        let given: [Point?] = index.names.map { positions[$0] }
        var points = given
        if freeAtCentroid {
            for (node, ends) in index.freeNeighbours {
                var x = 0.0, y = 0.0, count = 0.0
                for end in ends { if let point = given[end] { x += point.x; y += point.y; count += 1 } }
                if count > 0 { points[node] = Point(x: x / count, y: y / count) }
            }
        }
        var ends: [(Int, Int)] = []
        var starts: [Point] = [], stops: [Point] = []
        for (a, b) in index.lines {
            guard let p = points[a], let q = points[b] else { continue }
            ends.append((a, b))
            starts.append(p)
            stops.append(q)
        }
        var count = 0
        for i in ends.indices {
            let (a1, b1) = ends[i]
            for j in (i + 1)..<ends.count {
                let (a2, b2) = ends[j]
                if a1 == a2 || a1 == b2 || b1 == a2 || b1 == b2 { continue }
                if Self.cross(starts[i], stops[i], starts[j], stops[j]) { count += 1 }
            }
        }
        return count
    }

    /// Whether segments p1q1 and p2q2 cross properly.
    static func cross(_ p1: Point, _ q1: Point, _ p2: Point, _ q2: Point) -> Bool {
        func side(_ a: Point, _ b: Point, _ c: Point) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
        let d1 = side(p2, q2, p1), d2 = side(p2, q2, q1), d3 = side(p1, q1, p2), d4 = side(p1, q1, q2)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }
}
