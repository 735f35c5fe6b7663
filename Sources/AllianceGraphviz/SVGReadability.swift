import Foundation

/// What Graphviz's SVG needs to read well in a browser and a screen reader, applied to every SVG
/// ``GraphvizContext`` renders (issue 15 items 11 and 12):
///
/// - **Fonts**: a bold font is a weight, not a family: `font-family="DejaVu Sans Bold"` (what
///   Graphviz writes for ``DiagramStyle/boldFontName``, which PNG and PDF need) becomes the
///   fallback list ``DiagramStyle/fontName`` with `font-weight="bold"`, so that a browser without
///   DejaVu shows a bold sans-serif instead of a serif.
/// - **Titles**: each node, edge and cluster's `<title>` (Graphviz writes its DOT id, e.g.
///   `a:abh->a:thm`) becomes its `tooltip`, which the diagram builder sets to the actor's name,
///   kind and area or the relation's format, mechanism and years.
/// - **Description**: a root-graph `comment` of the form `title␟description`
///   (``descriptionSeparator``) becomes the document's `<title>` and a `<desc>` for screen
///   readers, and is removed as a comment.
///
/// - Complexity: linear in the size of the SVG.
enum SVGReadability {
    /// Separates the document title from its description in the root graph's `comment`.
    static let descriptionSeparator = "␟"

    static func apply(_ data: Data) -> Data {
        guard var svg = String(data: data, encoding: .utf8) else { return data }
        let bold = "font-family=\"" + DiagramStyle.boldFontName + "\""
        svg = svg.replacingOccurrences(of: bold, with: "font-family=\"" + DiagramStyle.fontName + "\" font-weight=\"bold\"")
        // A style's bold font (``DiagramStyleSheet/boldFontName``): the family list, then " Bold".
        svg = svg.replacing(#/font-family="([^"]*) Bold"/#) { match in
            "font-family=\"" + match.output.1 + "\" font-weight=\"bold\""
        }
        svg = titlesFromTooltips(svg)
        svg = documentDescription(svg)
        return Data(svg.utf8)
    }

    /// Replaces `<title>id</title>` followed by Graphviz's tooltip anchor with the tooltip text
    /// (already escaped for XML by Graphviz).
    static func titlesFromTooltips(_ svg: String) -> String {
        let pattern = #/<title>[^<]*</title>\n(<g id="a_[^"]*"><a xlink:title="([^"]*)">)/#
        return svg.replacing(pattern) { match in
            "<title>" + match.output.2 + "</title>\n" + match.output.1
        }
    }

    /// Moves the root graph's `title␟description` comment into `<title>` and `<desc>`.
    static func documentDescription(_ svg: String) -> String {
        let comment = #/<!-- ([^\n]*?)␟([^\n]*?) -->\n/#
        guard let match = svg.firstMatch(of: comment) else { return svg }
        let title = String(match.output.1), description = String(match.output.2)
        var result = svg
        result.removeSubrange(match.range)
        let graphTitle = #/(<g id="graph0" class="graph"[^>]*>\n)<title>[^<]*</title>\n/#
        guard let titled = result.firstMatch(of: graphTitle) else { return result }
        result.replaceSubrange(titled.range, with: titled.output.1 + "<title>" + title + "</title>\n<desc>" + description + "</desc>\n")
        return result
    }
}
