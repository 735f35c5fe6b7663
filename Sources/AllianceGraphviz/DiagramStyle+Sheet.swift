import AllianceGraph

/// The look of a diagram drawn with a user's style (``DiagramOptions/style``): each value is the
/// style's where it sets one, else the built-in one of ``DiagramStyle``, so that
/// ``DiagramStyleSheet/empty`` draws exactly the built-in diagrams.
extension DiagramStyleSheet {
    /// The font fallback list (``DiagramStyle/fontName`` unless the style names families).
    public var fontName: String { fontFamilies.map { $0.joined(separator: ", ") } ?? DiagramStyle.fontName }

    /// The bold font as Pango reads it: the family list followed by the weight (`Liberation Sans,
    /// Arial, sans-serif Bold`); ``DiagramStyle/boldFontName`` unless the style names families.
    /// SVG output writes it as the list with `font-weight="bold"` (`SVGReadability`).
    public var boldFontName: String { fontFamilies.map { $0.joined(separator: ", ") + " Bold" } ?? DiagramStyle.boldFontName }

    /// The size of the texts of `role`: the style's, else `builtIn` (points).
    public func size(_ role: FontRole, _ builtIn: Double) -> Double { fontSizes[role] ?? builtIn }

    /// The fill colour of an actor of `kind` in `area`: the kind's colour, else the area's.
    public func nodeFill(_ area: PolicyArea?, kind: ActorKindID? = nil) -> String {
        kind.flatMap { kindFills[$0] } ?? areaFills[area] ?? DiagramStyle.nodeFill(area)
    }

    /// The background of the region of `area`: the style's, else a light tint of the style's
    /// fill colour of the area, else the built-in one.
    public func clusterFill(_ area: PolicyArea?) -> String {
        areaBackgrounds[area] ?? areaFills[area].map(Self.tint) ?? DiagramStyle.clusterFill(area)
    }

    /// How a relation of `format` with `mechanism` is drawn: the built-in line
    /// (``DiagramStyle/line(for:)``) with the style's width for the mechanism and colour for the
    /// format (else the style's line colour for a coded or inferred mechanism).
    public func line(for mechanism: Mechanism?, format: FormatID? = nil) -> LineStyle {
        var line = DiagramStyle.line(for: mechanism)
        if let width = lineWidths[mechanism] { line.penWidth = width }
        if let colour = format.flatMap({ formatColours[$0] }) {
            line.color = colour
        } else if mechanism != nil, let lineColour {
            line.color = lineColour
        }
        return line
    }

    /// The colour of every coded line (``DiagramStyle/lineColor`` unless the style sets one).
    public var lineColor: String { lineColour ?? DiagramStyle.lineColor }

    /// The colour of `change` in the difference view.
    public func color(_ change: Change) -> String {
        if let colour = changeColours[change] { return colour }
        switch change {
        case .added: return DiagramStyle.addedColor
        case .removed: return DiagramStyle.removedColor
        case .changed: return DiagramStyle.changedColor
        case .unchanged: return DiagramStyle.unchangedColor
        }
    }

    /// `color` (`#RRGGBB`) mixed with seven parts in ten of white: a region's background.
    static func tint(_ color: String) -> String {
        let hex = color.dropFirst()
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return color }
        var result = "#"
        for shift: UInt32 in [16, 8, 0] {
            let channel = Double((value >> shift) & 0xFF)
            let mixed = Int((255 - (255 - channel) * 0.3).rounded())
            let digits = String(mixed, radix: 16, uppercase: true)
            result += digits.count < 2 ? "0" + digits : digits
        }
        return result
    }
}
