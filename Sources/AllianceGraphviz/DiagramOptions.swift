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
    /// legend as "(inferred)". With ``MechanismBasis/coded`` such relations are drawn
    /// as "not coded", so that a diagram shows only what was coded.
    public var mechanismBasis: MechanismBasis
    /// The sheet the diagram is printed on, or `nil` for its natural size. A rendered diagram
    /// (PDF, PNG at print resolution, SVG) is then scaled to fit the sheet with margins and
    /// centred on it (``PageFit``).
    public var page: PaperSize?
    /// Whether a large diagram (``LargeDiagram``) asked for with the `dot` engine is drawn
    /// simplified, so that it takes seconds instead of minutes: `sfdp` instead of `dot` (no
    /// policy-area boxes), straight lines without captions, said in the caption and in a warning.
    /// `false` draws it as asked (the CLI: when `--layout` is given).
    public var simplifiesLargeDiagrams: Bool
    /// The actor metric (``ActorMetrics/numericMetricNames``, or `brokerage` for all broker
    /// roles) that scales each actor's text and box, from 1 (smallest value of the year) to 2
    /// times (largest), with a legend entry; `nil` for one size. Single-year diagrams take the
    /// year's metrics, difference diagrams the later year's, on the whole alliance before any filter.
    public var sizeBy: String?
    /// Set on the options a large diagram is drawn with: what was simplified (``LargeDiagram``).
    public var simplification: LargeDiagram?
    /// The user's style (a style file, ``StyleFileReader``): colours per policy area, actor kind,
    /// format and change, fonts and line widths; ``DiagramStyleSheet/empty`` (the default) draws
    /// the built-in look of ``DiagramStyle``.
    public var style: DiagramStyleSheet = .empty

    /// Creates options; the defaults give a German `dot` diagram with legend and format labels,
    /// without interfaces, with effective mechanisms (coded, else inferred), at natural size.
    public init(language: Language = .de, engine: LayoutEngine = .dot, filter: DiagramFilter = DiagramFilter(),
                showsLegend: Bool = true, showsFormatLabels: Bool = true, interfaces: InterfaceOverlay = .none,
                mechanismBasis: MechanismBasis = .effective, page: PaperSize? = nil,
                simplifiesLargeDiagrams: Bool = true) {
        self.simplifiesLargeDiagrams = simplifiesLargeDiagrams
        self.simplification = nil
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

/// A diagram too large for the `dot` layout to finish in seconds, and how it is drawn instead.
///
/// `dot` lays out clusters with labelled lines between them slowly: measured here, 120 actors
/// with 600 relations took 15 s for one year on a quiet machine (minutes under load), more than 60 s
/// for years side by side or a difference. From ``actorLimit`` actors or ``relationLimit``
/// relations on, a diagram asked for with `dot` is therefore laid out by `sfdp` (force-directed,
/// no policy-area boxes: the area stays the actors' fill colour) with straight lines and no
/// captions on lines (tooltips keep the format); the caption and a warning say so.
public struct LargeDiagram: Hashable, Sendable {
    /// From this many actors on, a diagram is large.
    public static let actorLimit = 60
    /// From this many relations on, a diagram is large.
    public static let relationLimit = 150

    /// The alliance's actors and relations (all years).
    public var actors: Int
    /// The alliance's relations.
    public var relations: Int

    /// Whether an alliance of `actors` actors and `relations` relations is large.
    public static func isLarge(actors: Int, relations: Int) -> Bool {
        actors >= actorLimit || relations >= relationLimit
    }

    /// What was simplified, for the caption and the warning.
    public var message: Message {
        Message(DiagramMessage.simplified, ["actors": .int(actors), "relations": .int(relations),
                                            "limit": .int(Self.actorLimit), "relationLimit": .int(Self.relationLimit)])
    }
}

extension DiagramOptions {
    /// These options as a diagram of `alliance` is drawn with them: simplified when it is large
    /// (``LargeDiagram``), asked for with `dot` and ``simplifiesLargeDiagrams``; else unchanged.
    public func drawing(_ alliance: Alliance) -> DiagramOptions {
        guard simplifiesLargeDiagrams, engine == .dot,
              LargeDiagram.isLarge(actors: alliance.actors.count, relations: alliance.relations.count) else { return self }
        var options = self
        options.engine = .sfdp
        options.showsFormatLabels = false
        options.simplification = LargeDiagram(actors: alliance.actors.count, relations: alliance.relations.count)
        return options
    }
}

extension DiagramOptions {
    /// The metric names `sizeBy` takes: the actor metrics, and `brokerage` for `brokerage_total`.
    public static var sizeMetrics: [String] { ActorMetrics.numericMetricNames + ["brokerage"] }

    /// The name of ``ActorMetrics/value(_:)`` that `name` stands for (`brokerage` → `brokerage_total`), or `nil`.
    public static func sizeMetric(_ name: String) -> String? {
        let metric = name == "brokerage" ? "brokerage_total" : name
        return ActorMetrics.numericMetricNames.contains(metric) ? metric : nil
    }
}
