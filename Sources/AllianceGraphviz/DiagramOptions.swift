import AllianceGraph

/// Options shared by all diagram views.
public struct DiagramOptions: Hashable, Sendable {
    /// The language of labels; German by default.
    public var language: Language
    /// The layout engine.
    public var engine: LayoutEngine
    /// What to keep.
    public var filter: DiagramFilter
    /// Whether to draw the legend inside the diagram.
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

    /// Creates options; the defaults give a German `dot` diagram with legend and format labels,
    /// without interfaces, with effective mechanisms (coded, else inferred).
    public init(language: Language = .de, engine: LayoutEngine = .dot, filter: DiagramFilter = DiagramFilter(),
                showsLegend: Bool = true, showsFormatLabels: Bool = true, interfaces: InterfaceOverlay = .none,
                mechanismBasis: MechanismBasis = .effective) {
        self.mechanismBasis = mechanismBasis
        self.language = language
        self.engine = engine
        self.filter = filter
        self.showsLegend = showsLegend
        self.showsFormatLabels = showsFormatLabels
        self.interfaces = interfaces
    }
}

/// Fixed interface texts of diagrams, in both languages.
enum DiagramText {
    static let legend = Label(de: "Legende", en: "Legend")
    static let areas = Label(de: "Politikfelder (Farbe)", en: "Policy areas (colour)")
    static let mechanisms = Label(de: "Koordinationsmechanismus (Linie)", en: "Coordination mechanism (line)")
    static let uncoded = Label(de: "nicht codiert", en: "not coded")
    static let inferred = Label(de: "erschlossen, nicht codiert", en: "inferred, not coded")
    static let inferredShort = Label(de: "erschlossen", en: "inferred")
    static let managingOffice = Label(de: "Doppelrahmen, fett: Geschäftsführende Stelle (GfS)",
                                      en: "Double frame, bold: managing office")
    static let directed = Label(de: "Pfeil: gerichtete Beziehung (z. B. Verweis, Übergabe)",
                                en: "Arrow: directed relation (e.g. referral, hand-over)")
    static let hub = Label(de: "Kasten mit Format: gemeinsames Format von drei oder mehr Akteuren",
                           en: "Box with format: shared format of three or more actors")
    static let formatLabel = Label(de: "Beschriftung der Linie: Format der Zusammenarbeit",
                                   en: "Line caption: format of cooperation")
    static let absent = Label(de: "Grau gestrichelt: in diesem Jahr nicht beteiligt",
                              en: "Grey dashed: not involved in this year")
    static let otherArea = Label(de: "Politikfeld unbekannt", en: "Policy area unknown")
    static let landscape = Label(de: "Kooperationslandschaft", en: "Cooperation landscape")
    static let change = Label(de: "Veränderung", en: "Change")
    static let source = Label(de: "Quelle", en: "Source")
    static let noSource = Label(de: "nicht angegeben", en: "not given")
    static let illustrative = Label(de: "Beispieldaten, keine realen Angaben", en: "Illustrative data, not real")
    static let filtered = Label(de: "Ausschnitt", en: "Selection")
    static let managingOfficeShort = "GfS"
    static let planned = Label(de: "geplant", en: "planned")
    static let ended = Label(de: "beendet", en: "ended")

    static func added(_ year: Int) -> Label {
        Label(de: "Grün: neu in \(year)", en: "Green: new in \(year)")
    }
    static func removed(_ year: Int) -> Label {
        Label(de: "Rot gestrichelt: \(year) nicht mehr vorhanden", en: "Red dashed: no longer there in \(year)")
    }
    static let changed = Label(de: "Orange: geändert oder ersetzt (alt → neu)", en: "Orange: changed or replaced (old → new)")
    static let replaces = Label(de: "ersetzt", en: "replaces")
    static let unchanged = Label(de: "Grau: unverändert (Linienart = Mechanismus)",
                                 en: "Grey: unchanged (line style = mechanism)")
}
