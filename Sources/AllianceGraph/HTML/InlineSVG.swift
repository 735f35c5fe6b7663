import Foundation

/// An SVG document (a Graphviz diagram, a chart) made fit to stand inside an HTML page: the XML
/// declaration, doctype and comments removed, every `id` (and each reference to one) prefixed so that
/// several diagrams on one page keep unique ids, fixed sizes replaced by the `viewBox` so that it
/// scales to the page, the renderer's `<title>` elements (internal node ids) left out, and an accessible name (`role="img"`, a first `<title>` child, `aria-labelledby`).
///
/// The SVG must come from the package's own renderers, which escape every label; the title is escaped here.
public struct InlineSVG: Sendable, Hashable {
    /// The markup to insert.
    public let markup: String
    /// The id of the `<figure>` holding it (the prefix of its ids).
    public let id: String
    /// Width divided by height, from the root element's `viewBox` (`nil` without one): wide diagrams
    /// are printed on a landscape page (``PageStyle``).
    public let aspectRatio: Double?

    /// Makes `svg` (a whole SVG document) fit to inline, named `title`, with `id` prefixing its ids.
    /// - Complexity: O(n) in the length of `svg`.
    public init(svg: String, title: String, id: String) {
        self.id = id
        var text = svg
        var ratio: Double?
        // Everything before the root element: <?xml …?>, <!DOCTYPE …>, comments.
        if let root = text.range(of: "<svg") { text = String(text[root.lowerBound...]) }
        text = text.replacingOccurrences(of: "<!--[\\s\\S]*?-->", with: "", options: .regularExpression)
        // The renderer's own titles name its internal node and edge ids (browsers show them as tooltips).
        text = text.replacingOccurrences(of: "<title>[^<]*</title>", with: "", options: .regularExpression)
        let prefix = id + "-"
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"" + prefix)
        text = text.replacingOccurrences(of: "url(#", with: "url(#" + prefix)
        text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
        // The root element: no fixed size (the viewBox keeps the proportions), a role and a name.
        if let start = text.range(of: "<svg"), let end = text[start.upperBound...].range(of: ">") {
            var tag = String(text[start.lowerBound..<end.lowerBound])
            if let box = tag.range(of: "viewBox=\"[^\"]*\"", options: .regularExpression) {
                let numbers = tag[box].dropFirst(9).dropLast().split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                if numbers.count == 4, numbers[2] > 0, numbers[3] > 0 { ratio = numbers[2] / numbers[3] }
            }
            // The drawn width stays the largest: a small diagram is not blown up to the page's width.
            let width = tag.range(of: "\\swidth=\"[0-9.]+(pt|px)?\"", options: .regularExpression).map {
                String(tag[$0].dropFirst(8).dropLast())
            }
            tag = tag.replacingOccurrences(of: "\\s(width|height)=\"[^\"]*\"", with: "", options: .regularExpression)
            let titleID = prefix + "title"
            tag += " role=\"img\" aria-labelledby=\"\(titleID)\""
            if let width { tag += " style=\"max-width: \(width.hasSuffix("t") || width.hasSuffix("x") ? width : width + "px")\"" }
            let titleElement = "<title id=\"\(titleID)\">\(InlineSVG.escape(title))</title>"
            text = tag + ">" + titleElement + text[end.upperBound...]
        }
        markup = text.trimmingCharacters(in: .whitespacesAndNewlines)
        aspectRatio = ratio
    }

    /// Whether the drawing is so much wider than high that it is larger on a landscape page: more than
    /// 1.4 times (on A4, a portrait page gives a diagram at most 186 × 225 mm, a landscape page
    /// 273 × 138 mm; from about 1.35 the landscape page draws it wider).
    public var isWide: Bool { (aspectRatio ?? 0) > 1.4 }

    /// `text` with `&`, `<`, `>` and `"` escaped for XML and HTML.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
