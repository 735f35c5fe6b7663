import AllianceGraph

/// Options shared by all diagram views.
public struct DiagramOptions: Hashable, Sendable {
    /// The language of labels; German by default.
    public var language: Language
    /// The layout engine.
    public var engine: LayoutEngine
    /// What to keep.
    public var filter: DiagramFilter
    /// Whether to draw the legend (a panel below the title, beside the panels of the years side by side).
    public var showsLegend: Bool
    /// Whether lines between two actors carry their format as a label.
    public var showsFormatLabels: Bool
    /// Which interfaces to draw with their type and strategy coverage (single-year diagrams, and
    /// the later year of difference diagrams with changes of coverage marked; not years side by side).
    public var interfaces: InterfaceOverlay
    /// Which coordination mechanism styles a relation, in every view, and which one the
    /// mechanism filter (``DiagramFilter/mechanisms``) and the difference view compare.
    ///
    /// With ``MechanismBasis/effective`` (the default, as in the analysis and every command)
    /// relations without a coded mechanism take the mechanism the classification infers from
    /// format and direction (`AllianceGraph.Alliance.analysedRelations(basis:)`) and
    /// are drawn with a thinner, lighter variant of that mechanism's line, explained in the
    /// legend as "inferred, not coded". With ``MechanismBasis/coded`` such relations are drawn
    /// as "not coded", so that a diagram shows only what was coded.
    public var mechanismBasis: MechanismBasis
    /// The sheet the diagram is printed on, or `nil` for its natural size. A rendered diagram
    /// (PDF, PNG at print resolution, SVG) is then scaled to fit the sheet with margins and
    /// centred on it (``PageFit``).
    public var page: PaperSize?

    /// Creates options; the defaults give a German `dot` diagram with legend and format labels,
    /// without interfaces, with effective mechanisms (coded, else inferred), at natural size.
    public init(language: Language = .de, engine: LayoutEngine = .dot, filter: DiagramFilter = DiagramFilter(),
                showsLegend: Bool = true, showsFormatLabels: Bool = true, interfaces: InterfaceOverlay = .none,
                mechanismBasis: MechanismBasis = .effective, page: PaperSize? = nil) {
        self.mechanismBasis = mechanismBasis
        self.page = page
        self.language = language
        self.engine = engine
        self.filter = filter
        self.showsLegend = showsLegend
        self.showsFormatLabels = showsFormatLabels
        self.interfaces = interfaces
    }
}
