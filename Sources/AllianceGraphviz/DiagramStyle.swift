import AllianceGraph

/// The visual encodings of alliance diagrams: colours per policy area, line styles per
/// coordination mechanism, and marks for change between years.
///
/// Every encoding used here is explained by the legend (see ``Legend``).
public enum DiagramStyle {
    /// The font of all text, as a fallback list: DejaVu Sans has umlauts and the line glyphs the
    /// legend uses; a browser without it (an SVG opened elsewhere) takes the next one it has.
    /// Graphviz's text layout (Pango) reads the list as well.
    public static let fontName = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
    /// The bold font, for the managing office and titles, as Pango reads it (family and weight)
    /// for PNG and PDF. In SVG, where Graphviz would write it as a family name that no browser
    /// knows, it becomes ``fontName`` with `font-weight="bold"` (see `SVGReadability`).
    public static let boldFontName = "DejaVu Sans Bold"

    /// The colour of every line in a single-year diagram: colour is kept for change (the
    /// difference view), a mechanism is told by its line style alone (issue 15 item 7).
    public static let lineColor = "#404040"
    /// The badge beside the name of a core-group member (instead of a line to the group's box).
    public static let coreGroupBadge = "◆"

    /// The fill colour of actors of `area` (`nil`: unknown area).
    public static func nodeFill(_ area: PolicyArea?) -> String {
        switch area {
        case .migration: "#FBB4AE"
        case .integration: "#FED9A6"
        case .education: "#CCEBC5"
        case .social: "#DECBE4"
        case .labour: "#B3CDE3"
        case .governance: "#E5E5E5"
        case nil: "#FFFFFF"
        }
    }

    /// The background of the cluster of `area`.
    public static func clusterFill(_ area: PolicyArea?) -> String {
        switch area {
        case .migration: "#FDE9E7"
        case .integration: "#FFF3E3"
        case .education: "#EDF8EA"
        case .social: "#F3ECF6"
        case .labour: "#E6EEF6"
        case .governance: "#F5F5F5"
        case nil: "#FFFFFF"
        }
    }

    /// How a relation with mechanism `mechanism` (`nil`: not coded) is drawn: the mechanism by
    /// line style, width and arrowhead only, in the neutral ``lineColor`` (the difference view
    /// colours lines by change instead, keeping the style).
    public static func line(for mechanism: Mechanism?) -> LineStyle {
        switch mechanism {
        case .positive: LineStyle(style: "solid", color: lineColor, penWidth: 2.2, arrowHead: "normal", sample: "━━━━")
        case .exchange: LineStyle(style: "dotted", color: lineColor, penWidth: 1.6, arrowHead: "normal", sample: "┈┈┈┈")
        case .negative: LineStyle(style: "dashed", color: lineColor, penWidth: 1.6, arrowHead: "normal", sample: "╌╌╌╌")
        case .intervention: LineStyle(style: "solid", color: lineColor, penWidth: 1.4, arrowHead: "diamond", sample: "───◆")
        case nil: LineStyle(style: "solid", color: "#C4C4C4", penWidth: 0.8, arrowHead: "normal", sample: "────")
        }
    }

    /// `color` (`#RRGGBB`) mixed half with white: the colour of a relation whose mechanism was
    /// inferred, not coded (see ``LineStyle/inferred``).
    public static func inferredColor(_ color: String) -> String {
        let hex = color.hasPrefix("#") ? color.dropFirst() : Substring(color)
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return color }
        let shifts: [UInt32] = [16, 8, 0]
        var result = "#"
        for shift in shifts {
            let channel: UInt32 = ((value >> shift) & 0xFF + 256) / 2
            let digits = String(channel, radix: 16, uppercase: true)
            result += digits.count < 2 ? "0" + digits : digits
        }
        return result
    }

    /// The width of a line `width` points wide whose mechanism was inferred, not coded.
    public static func inferredPenWidth(_ width: Double) -> Double {
        max(0.8, (width * 0.55 * 10).rounded() / 10)
    }

    /// Colour of relations that are new in the later year of a difference view.
    public static let addedColor = "#1A9641"
    /// Colour of relations that ended before the later year of a difference view.
    public static let removedColor = "#D7191C"
    /// Colour of relations whose mechanism changed between the two years.
    public static let changedColor = "#F28E2B"
    /// Colour of unchanged relations in a difference view.
    public static let unchangedColor = "#9A9A9A"
    /// Colour of actors absent in a year (years side by side, difference view).
    public static let absentColor = "#B0B0B0"
}

/// How a line is drawn: DOT style, colour, width, arrowhead, and a text sample for the legend.
public struct LineStyle: Hashable, Sendable {
    /// DOT `style`: `solid`, `dotted` or `dashed`.
    public var style: String
    /// DOT colour.
    public var color: String
    /// Line width in points.
    public var penWidth: Double
    /// DOT arrowhead shape used when the relation has a direction.
    public var arrowHead: String
    /// A few line-drawing characters that look like the line, for the legend.
    public var sample: String

    /// The thinner, lighter variant of this line drawn for a mechanism that was inferred from
    /// format and direction rather than coded (``DiagramOptions/mechanismBasis``).
    public var inferred: LineStyle {
        LineStyle(style: style, color: DiagramStyle.inferredColor(color), penWidth: DiagramStyle.inferredPenWidth(penWidth),
                  arrowHead: arrowHead, sample: sample.replacingOccurrences(of: "━", with: "─"))
    }
}
