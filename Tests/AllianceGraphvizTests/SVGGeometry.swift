import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The geometry of a Graphviz SVG, as `scripts/measure_diagrams.py` reads it: lines as
/// polylines (each Bézier segment sampled at 16 points), texts as boxes estimated from position,
/// anchor, font size and letters (DejaVu Sans advances by letter class, 0.75 em above and 0.2 em
/// below the baseline, 1 pt inset).
struct SVGGeometry {
    /// An edge: its DOT name (`from->to`), its end nodes, its line.
    struct Line {
        var name: String
        var ends: Set<String>
        var points: [(x: Double, y: Double)]
    }
    /// A node's text: the node's DOT name, the text, its box (minX, minY, maxX, maxY; SVG coordinates).
    struct Text {
        var owner: String
        var text: String
        var box: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    }

    var lines: [Line] = []
    var texts: [Text] = []

    init(_ svg: SVG) {
        for group in svg.groups("edge") {
            guard let name = SVG.dotName(of: group) else { continue }
            let points = Self.descendants(group, "path").flatMap { Self.polyline($0.value(of: "d") ?? "") }
            let ends = name.components(separatedBy: "->")
            if points.count >= 2 { lines.append(Line(name: name, ends: Set(ends), points: points)) }
        }
        for group in svg.groups("node") {
            guard let name = SVG.dotName(of: group) else { continue }
            for element in Self.descendants(group, "text") {
                let text = element.stringValue ?? ""
                guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                texts.append(Text(owner: name, text: text, box: Self.box(element, text)))
            }
        }
    }

    static func descendants(_ element: XMLElement, _ name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap { child in
            ((child.localName ?? child.name) == name ? [child] : []) + descendants(child, name)
        }
    }

    static func numbers(_ text: Substring) -> [Double] {
        text.matches(of: /-?\d+(?:\.\d+)?(?:e-?\d+)?/).compactMap { Double($0.output) }
    }

    /// Graphviz edge paths: `M x,y C (x,y x,y x,y)+`, also plain `L` segments.
    static func polyline(_ d: String) -> [(x: Double, y: Double)] {
        var points: [(x: Double, y: Double)] = []
        for match in d.matches(of: /([MCLmcl])([^MCLmcl]*)/) {
            let values = numbers(match.output.2)
            let pairs = stride(from: 0, to: values.count - 1, by: 2).map { (x: values[$0], y: values[$0 + 1]) }
            switch match.output.1 {
            case "M", "m", "L", "l": points += pairs
            default:
                var index = 0
                while index + 2 < pairs.count, let p0 = points.last {
                    let (p1, p2, p3) = (pairs[index], pairs[index + 1], pairs[index + 2])
                    for step in 1...16 {
                        let t = Double(step) / 16, u = 1 - t
                        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, e = t * t * t
                        points.append((a * p0.x + b * p1.x + c * p2.x + e * p3.x, a * p0.y + b * p1.y + c * p2.y + e * p3.y))
                    }
                    index += 3
                }
            }
        }
        return points
    }

    /// The approximate advance of `c` in DejaVu Sans, in em.
    static func advance(_ c: Character) -> Double {
        if " .,:;'!|()[]/-‐–ilIjtfr".contains(c) { return 0.32 }
        if "━╌┈─█".contains(c) { return 0.6 }
        if "mwMW".contains(c) { return 0.85 }
        if c.isUppercase || "ÄÖÜ◆⬡".contains(c) { return 0.68 }
        return 0.56
    }

    static func box(_ element: XMLElement, _ text: String) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        let size = element.value(of: "font-size").flatMap(Double.init) ?? 14
        let x = element.value(of: "x").flatMap(Double.init) ?? 0, y = element.value(of: "y").flatMap(Double.init) ?? 0
        let width = size * text.reduce(0) { $0 + advance($1) }
        let left = switch element.value(of: "text-anchor") {
        case "middle": x - width / 2
        case "end": x - width
        default: x
        }
        return (left + 1, y - 0.75 * size + 1, left + width - 1, y + 0.2 * size - 1)
    }

    static func orient(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double), _ r: (x: Double, y: Double)) -> Double {
        (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
    }

    static func cross(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double),
                      _ c: (x: Double, y: Double), _ d: (x: Double, y: Double)) -> Bool {
        let o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b)
        return (o1 > 0) != (o2 > 0) && (o3 > 0) != (o4 > 0) && o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0
    }

    /// Whether `line` runs through `box` (a point inside, or a segment crossing a side).
    static func passes(_ line: [(x: Double, y: Double)], through box: (minX: Double, minY: Double, maxX: Double, maxY: Double)) -> Bool {
        func inside(_ p: (x: Double, y: Double)) -> Bool { p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY }
        let corners = [(x: box.minX, y: box.minY), (x: box.maxX, y: box.minY), (x: box.maxX, y: box.maxY), (x: box.minX, y: box.maxY)]
        return zip(line, line.dropFirst()).contains { a, b in
            guard max(a.x, b.x) >= box.minX, min(a.x, b.x) <= box.maxX, max(a.y, b.y) >= box.minY, min(a.y, b.y) <= box.maxY
            else { return false }
            return inside(a) || inside(b) || (0..<4).contains { cross(a, b, corners[$0], corners[($0 + 1) % 4]) }
        }
    }

    /// The (line, text) pairs where a line runs through a node's text other than its own ends' texts.
    var linesThroughTexts: [(line: String, text: String)] {
        lines.flatMap { line in
            texts.filter { !line.ends.contains($0.owner) && Self.passes(line.points, through: $0.box) }.map { (line.name, $0.text) }
        }
    }

    /// Pairs of lines sharing no end node that cross.
    var crossings: Int {
        func bounds(_ line: Line) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
            (line.points.map(\.x).min()!, line.points.map(\.y).min()!, line.points.map(\.x).max()!, line.points.map(\.y).max()!)
        }
        let boxes = lines.map(bounds)
        var count = 0
        for (i, a) in lines.enumerated() {
            for (j, b) in lines.enumerated() where j > i && a.ends.isDisjoint(with: b.ends) {
                let (p, q) = (boxes[i], boxes[j])
                guard p.minX <= q.maxX, q.minX <= p.maxX, p.minY <= q.maxY, q.minY <= p.maxY else { continue }
                if zip(a.points, a.points.dropFirst()).contains(where: { p, q in
                    zip(b.points, b.points.dropFirst()).contains { r, s in Self.cross(p, q, r, s) }
                }) { count += 1 }
            }
        }
        return count
    }
}
