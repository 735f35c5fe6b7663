/// A user's diagram style, read from a style file (``StyleFileReader``, docs/RENDERING.md, schema
/// docs/style.schema.json): colours per policy area, actor kind, relation format and change,
/// fonts (a family fallback list and sizes) and line widths.
///
/// Every field overrides the built-in look (`AllianceGraphviz.DiagramStyle`) only where it is set;
/// ``empty`` draws exactly the built-in diagrams. Colours are kept as `#RRGGBB` (named colours are
/// resolved when the file is read, ``StyleColour``), so that PNG, PDF and SVG show the same colour.
///
/// ```yaml
/// style: Workshop Rheinstadt
/// areas: {migration: "#E41A1C", integration: orange}
/// kinds: {abh: darkred}
/// formats: {case_conference: navy}
/// fonts: {family: [Liberation Sans, Arial, sans-serif], sizes: {actor: 14}}
/// lines: {widths: {positive: 3}}
/// ```
public struct DiagramStyleSheet: Hashable, Sendable {
    /// The texts a font size of the style applies to.
    public enum FontRole: String, CaseIterable, Hashable, Sendable {
        /// Actor names.
        case actor
        /// Captions of lines and the boxes of groups (the format).
        case relation
        /// The titles of the policy-area regions.
        case area
        /// The diagram's title (the alliance's name).
        case title
        /// The line below the title (what is shown).
        case subtitle
        /// The caption naming the source.
        case caption
        /// The legend's text (its heading two points larger).
        case legend
    }

    /// The kinds of change the difference view colours.
    public enum Change: String, CaseIterable, Hashable, Sendable {
        case added, removed, changed, unchanged
    }

    /// The style's name (`style:`), for messages.
    public var name: String
    /// The font families, first choice first (the last usually a generic family such as
    /// `sans-serif`); `nil` for the built-in list.
    public var fontFamilies: [String]?
    /// Font sizes in points by role; roles not given keep the built-in size.
    public var fontSizes: [FontRole: Double]
    /// The fill colour of actors by policy area (`nil` key: actors without an area).
    public var areaFills: [PolicyArea?: String]
    /// The background of the policy-area regions (`nil` key: the region of actors without an area).
    public var areaBackgrounds: [PolicyArea?: String]
    /// The fill colour of actors of a kind; wins over the area's colour.
    public var kindFills: [ActorKindID: String]
    /// The colour of the lines of a relation format (single years and years side by side; the
    /// difference view colours lines by change).
    public var formatColours: [FormatID: String]
    /// The colour of every other line of a single-year diagram; `nil` for the built-in grey.
    public var lineColour: String?
    /// Line widths in points by mechanism (`nil` key: relations without a mechanism).
    public var lineWidths: [Mechanism?: Double]
    /// The colours of change in the difference view.
    public var changeColours: [Change: String]

    /// Creates a style; every part left out keeps the built-in look.
    public init(name: String = "", fontFamilies: [String]? = nil, fontSizes: [FontRole: Double] = [:],
                areaFills: [PolicyArea?: String] = [:], areaBackgrounds: [PolicyArea?: String] = [:],
                kindFills: [ActorKindID: String] = [:], formatColours: [FormatID: String] = [:],
                lineColour: String? = nil, lineWidths: [Mechanism?: Double] = [:], changeColours: [Change: String] = [:]) {
        self.name = name
        self.fontFamilies = fontFamilies
        self.fontSizes = fontSizes
        self.areaFills = areaFills
        self.areaBackgrounds = areaBackgrounds
        self.kindFills = kindFills
        self.formatColours = formatColours
        self.lineColour = lineColour
        self.lineWidths = lineWidths
        self.changeColours = changeColours
    }

    /// The built-in look: nothing overridden.
    public static let empty = DiagramStyleSheet()

    /// Whether nothing is overridden (the name aside).
    public var isEmpty: Bool {
        var unnamed = self
        unnamed.name = ""
        return unnamed == Self.empty
    }

    /// This style with `other`'s settings laid over it (a later style file wins where both set something).
    public func adding(_ other: DiagramStyleSheet) -> DiagramStyleSheet {
        var result = self
        if !other.name.isEmpty { result.name = other.name }
        if let families = other.fontFamilies { result.fontFamilies = families }
        result.fontSizes.merge(other.fontSizes) { $1 }
        result.areaFills.merge(other.areaFills) { $1 }
        result.areaBackgrounds.merge(other.areaBackgrounds) { $1 }
        result.kindFills.merge(other.kindFills) { $1 }
        result.formatColours.merge(other.formatColours) { $1 }
        if let colour = other.lineColour { result.lineColour = colour }
        result.lineWidths.merge(other.lineWidths) { $1 }
        result.changeColours.merge(other.changeColours) { $1 }
        return result
    }
}

/// The colours a style file may name: `#rrggbb` or one of the 148 SVG/CSS colour names (which
/// Graphviz's `svg` scheme knows too), resolved to `#RRGGBB`.
public enum StyleColour {
    /// `#RRGGBB` for `text` (`#rrggbb` in any case, or a colour name in lower case), else `nil`.
    public static func resolve(_ text: String) -> String? {
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            guard digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
            return "#" + digits.uppercased()
        }
        return names[text]
    }

    /// The colour name to suggest for `text`, which is none: the name of a German colour word
    /// (`rot` → `red`, `dunkelblau` → `darkblue`), else the closest name (``Suggestion``).
    public static func suggestion(for text: String) -> String? {
        let folded = text.lowercased()
        if let name = germanNames[folded] { return name }
        return Suggestion.closest(to: folded, in: names.keys.sorted())
    }

    /// German colour words and the colour names they stand for.
    static let germanNames = [
        "rot": "red", "blau": "blue", "grün": "green", "gruen": "green", "gelb": "yellow", "schwarz": "black",
        "weiß": "white", "weiss": "white", "grau": "gray", "lila": "purple", "violett": "violet", "braun": "brown",
        "rosa": "pink", "türkis": "turquoise", "tuerkis": "turquoise", "dunkelblau": "darkblue", "hellblau": "lightblue",
        "dunkelgrün": "darkgreen", "hellgrün": "lightgreen", "dunkelrot": "darkred", "hellgrau": "lightgray",
        "dunkelgrau": "darkgray", "hellgelb": "lightyellow", "dunkelorange": "darkorange", "gold": "gold", "silber": "silver",
    ]

    /// The SVG/CSS colour names with their values (as in SVG 1.1 and CSS Color 4).
    public static let names: [String: String] = [
    "aliceblue": "#F0F8FF", "antiquewhite": "#FAEBD7", "aqua": "#00FFFF", "aquamarine": "#7FFFD4", "azure": "#F0FFFF",
    "beige": "#F5F5DC", "bisque": "#FFE4C4", "black": "#000000", "blanchedalmond": "#FFEBCD", "blue": "#0000FF",
    "blueviolet": "#8A2BE2", "brown": "#A52A2A", "burlywood": "#DEB887", "cadetblue": "#5F9EA0", "chartreuse": "#7FFF00",
    "chocolate": "#D2691E", "coral": "#FF7F50", "cornflowerblue": "#6495ED", "cornsilk": "#FFF8DC", "crimson": "#DC143C",
    "cyan": "#00FFFF", "darkblue": "#00008B", "darkcyan": "#008B8B", "darkgoldenrod": "#B8860B", "darkgray": "#A9A9A9",
    "darkgreen": "#006400", "darkgrey": "#A9A9A9", "darkkhaki": "#BDB76B", "darkmagenta": "#8B008B",
    "darkolivegreen": "#556B2F", "darkorange": "#FF8C00", "darkorchid": "#9932CC", "darkred": "#8B0000",
    "darksalmon": "#E9967A", "darkseagreen": "#8FBC8F", "darkslateblue": "#483D8B", "darkslategray": "#2F4F4F",
    "darkslategrey": "#2F4F4F", "darkturquoise": "#00CED1", "darkviolet": "#9400D3", "deeppink": "#FF1493",
    "deepskyblue": "#00BFFF", "dimgray": "#696969", "dimgrey": "#696969", "dodgerblue": "#1E90FF", "firebrick": "#B22222",
    "floralwhite": "#FFFAF0", "forestgreen": "#228B22", "fuchsia": "#FF00FF", "gainsboro": "#DCDCDC",
    "ghostwhite": "#F8F8FF", "gold": "#FFD700", "goldenrod": "#DAA520", "gray": "#808080", "grey": "#808080",
    "green": "#008000", "greenyellow": "#ADFF2F", "honeydew": "#F0FFF0", "hotpink": "#FF69B4", "indianred": "#CD5C5C",
    "indigo": "#4B0082", "ivory": "#FFFFF0", "khaki": "#F0E68C", "lavender": "#E6E6FA", "lavenderblush": "#FFF0F5",
    "lawngreen": "#7CFC00", "lemonchiffon": "#FFFACD", "lightblue": "#ADD8E6", "lightcoral": "#F08080",
    "lightcyan": "#E0FFFF", "lightgoldenrodyellow": "#FAFAD2", "lightgray": "#D3D3D3", "lightgreen": "#90EE90",
    "lightgrey": "#D3D3D3", "lightpink": "#FFB6C1", "lightsalmon": "#FFA07A", "lightseagreen": "#20B2AA",
    "lightskyblue": "#87CEFA", "lightslategray": "#778899", "lightslategrey": "#778899", "lightsteelblue": "#B0C4DE",
    "lightyellow": "#FFFFE0", "lime": "#00FF00", "limegreen": "#32CD32", "linen": "#FAF0E6", "magenta": "#FF00FF",
    "maroon": "#800000", "mediumaquamarine": "#66CDAA", "mediumblue": "#0000CD", "mediumorchid": "#BA55D3",
    "mediumpurple": "#9370DB", "mediumseagreen": "#3CB371", "mediumslateblue": "#7B68EE", "mediumspringgreen": "#00FA9A",
    "mediumturquoise": "#48D1CC", "mediumvioletred": "#C71585", "midnightblue": "#191970", "mintcream": "#F5FFFA",
    "mistyrose": "#FFE4E1", "moccasin": "#FFE4B5", "navajowhite": "#FFDEAD", "navy": "#000080", "oldlace": "#FDF5E6",
    "olive": "#808000", "olivedrab": "#6B8E23", "orange": "#FFA500", "orangered": "#FF4500", "orchid": "#DA70D6",
    "palegoldenrod": "#EEE8AA", "palegreen": "#98FB98", "paleturquoise": "#AFEEEE", "palevioletred": "#DB7093",
    "papayawhip": "#FFEFD5", "peachpuff": "#FFDAB9", "peru": "#CD853F", "pink": "#FFC0CB", "plum": "#DDA0DD",
    "powderblue": "#B0E0E6", "purple": "#800080", "rebeccapurple": "#663399", "red": "#FF0000", "rosybrown": "#BC8F8F",
    "royalblue": "#4169E1", "saddlebrown": "#8B4513", "salmon": "#FA8072", "sandybrown": "#F4A460", "seagreen": "#2E8B57",
    "seashell": "#FFF5EE", "sienna": "#A0522D", "silver": "#C0C0C0", "skyblue": "#87CEEB", "slateblue": "#6A5ACD",
    "slategray": "#708090", "slategrey": "#708090", "snow": "#FFFAFA", "springgreen": "#00FF7F", "steelblue": "#4682B4",
    "tan": "#D2B48C", "teal": "#008080", "thistle": "#D8BFD8", "tomato": "#FF6347", "turquoise": "#40E0D0",
    "violet": "#EE82EE", "wheat": "#F5DEB3", "white": "#FFFFFF", "whitesmoke": "#F5F5F5", "yellow": "#FFFF00",
    "yellowgreen": "#9ACD32"
    ]
}
