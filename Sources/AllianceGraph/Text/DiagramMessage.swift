/// The fixed texts of diagrams (`AllianceGraphviz`): legend, captions, titles and marks. The
/// managing office is "GfS" in German diagrams and "MO" in English ones.
public enum DiagramMessage: String, MessageCatalogue {
    case legend
    case areas
    case mechanisms
    case uncoded
    case inferredShort = "inferred-short"
    case managingOffice = "managing-office"
    case directed
    case hub
    case formatLabel = "format-label"
    /// The legend's heading of the captions drawn as a number at their line (a compact drawing's captions that found no free place).
    case captionKeyHeading = "caption-key-heading"
    case absent
    case otherArea = "other-area"
    case landscape
    case change
    case source
    case noSource = "no-source"
    case illustrative
    case filtered
    /// The caption of a large diagram drawn simplified (`actors`, `relations`, `limit`: actors, `relationLimit`).
    case simplified
    /// The legend entry of actors sized by a metric (`metric`, `low`, `high`: its smallest and largest value).
    case sizeBy = "size-by"
    case planned
    case ended
    case changed
    case replaces
    case unchanged
    case added
    case removed
    case managingOfficeShort = "managing-office-short"
    case interfacesHeading = "interfaces-heading"
    case interfaceWarningNote = "interface-warning-note"
    case untyped
    case connectorNote = "connector-note"
    case newlyCovered = "newly-covered"
    case noLongerCovered = "no-longer-covered"
    case newlyCoveredLegend = "newly-covered-legend"
    case noLongerCoveredLegend = "no-longer-covered-legend"
    /// Tooltip of an actor (`name`, `kind`, `area`).
    case actorTooltip = "actor-tooltip"
    /// The managing office written out, in an actor's tooltip.
    case managingOfficeLong = "managing-office-long"
    /// Tooltip of a relation (`format`, `actors`, `mechanism`, `years`).
    case relationTooltip = "relation-tooltip"
    /// Tooltip of the line from a group's box to a member (`actor`, `mechanism`, `years`).
    case memberTooltip = "member-tooltip"
    /// Tooltip of a policy-area box (`area`).
    case areaTooltip = "area-tooltip"
    /// Ego view: the actors in the centre, and those two steps away.
    case egoFocus = "ego-focus"
    case egoFaded = "ego-faded"
    /// Legend row headings: change (difference view) and marks.
    case changeHeading = "change-heading"
    case marksHeading = "marks-heading"
    /// The legend entry of the core-group badge (`format`: the core group's format and mechanism).
    case coreGroupBadge = "core-group-badge"
    /// In an actor's tooltip: member of the core group (`format`).
    case coreGroupMember = "core-group-member"
    /// The diagram's description for screen readers (`title`, `actors`, `relations`, `source`).
    case description

    public static let area = "diagram"

    public var template: MessageTemplate {
        switch self {
        case .legend: MessageTemplate(de: "Legende", en: "Legend")
        case .areas: MessageTemplate(de: "Politikfeld (Farbe)", en: "Policy area (colour)")
        case .mechanisms: MessageTemplate(de: "Koordination (Linienart)", en: "Coordination (line style)")
        case .uncoded: MessageTemplate(de: "nicht codiert", en: "not coded")
        case .inferredShort: MessageTemplate(de: "erschlossen", en: "inferred")
        case .managingOffice: MessageTemplate(de: "Doppelrahmen: Geschäftsführende Stelle (GfS)", en: "Double frame: managing office (MO)")
        case .directed: MessageTemplate(de: "Pfeil: gerichtet (z. B. Verweis, Übergabe)", en: "Arrow: directed (e.g. referral, hand-over)")
        case .hub: MessageTemplate(de: "Weißer Kasten: Format mit drei oder mehr Akteuren", en: "White box: format with three or more actors")
        case .captionKeyHeading: MessageTemplate(de: "Nummer an der Linie", en: "Number on a line")
        case .formatLabel: MessageTemplate(de: "Text an der Linie: Format der Zusammenarbeit", en: "Text on a line: format of cooperation")
        case .absent: MessageTemplate(de: "Grau gestrichelt: in diesem Jahr nicht beteiligt", en: "Grey dashed: not involved in this year")
        case .otherArea: MessageTemplate(de: "Politikfeld unbekannt", en: "Policy area unknown")
        case .landscape: MessageTemplate(de: "Kooperationslandschaft", en: "Cooperation landscape")
        case .change: MessageTemplate(de: "Veränderung", en: "Change")
        case .source: MessageTemplate(de: "Quelle", en: "Source")
        case .noSource: MessageTemplate(de: "nicht angegeben", en: "not given")
        case .illustrative: MessageTemplate(de: "Beispieldaten, keine realen Angaben", en: "Illustrative data, not real")
        case .filtered: MessageTemplate(de: "Ausschnitt", en: "Selection")
        case .sizeBy:
            MessageTemplate(de: "Größe von Schrift und Kasten: {metric} im Jahr (von {low} bis {high})",
                            en: "Size of text and box: {metric} in the year (from {low} to {high})")
        case .simplified:
            MessageTemplate(de: "vereinfacht ({actors} Akteure, {relations} Beziehungen; ab {limit} Akteuren oder {relationLimit} Beziehungen): Layout sfdp ohne Politikfeld-Kästen, gerade Linien ohne Beschriftung; --layout dot zeichnet alles (langsam)",
                            en: "simplified ({actors} actors, {relations} relations; from {limit} actors or {relationLimit} relations on): sfdp layout without policy-area boxes, straight lines without captions; --layout dot draws everything (slow)")
        case .planned: MessageTemplate(de: "geplant", en: "planned")
        case .ended: MessageTemplate(de: "beendet", en: "ended")
        case .changed: MessageTemplate(de: "Orange: geändert oder ersetzt (alt → neu)", en: "Orange: changed or replaced (old → new)")
        case .replaces: MessageTemplate(de: "ersetzt", en: "replaces")
        case .unchanged: MessageTemplate(de: "Grau: unverändert", en: "Grey: unchanged")
        case .added: MessageTemplate(de: "Grün: neu in {year}", en: "Green: new in {year}")
        case .removed: MessageTemplate(de: "Rot: {year} nicht mehr vorhanden", en: "Red: no longer there in {year}")
        case .egoFocus: MessageTemplate(de: "Schwarzer dicker Rahmen: im Mittelpunkt (--actor)", en: "Thick black frame: in the centre (--actor)")
        case .egoFaded: MessageTemplate(de: "Blass: nur über einen Partner verbunden", en: "Faded: connected only through a partner")
        case .changeHeading: MessageTemplate(de: "Veränderung (Farbe)", en: "Change (colour)")
        case .marksHeading: MessageTemplate(de: "Zeichen", en: "Marks")
        case .coreGroupBadge: MessageTemplate(de: "vor dem Namen: Mitglied der {format}", en: "before the name: member of the {format}")
        case .coreGroupMember: MessageTemplate(de: "Mitglied der {format}", en: "member of the {format}")
        case .managingOfficeShort: MessageTemplate(de: "GfS", en: "MO")
        case .actorTooltip: MessageTemplate(de: "{name} · Art: {kind} · Politikfeld: {area}", en: "{name} · kind: {kind} · policy area: {area}")
        case .managingOfficeLong: MessageTemplate(de: "Geschäftsführende Stelle (GfS)", en: "managing office (MO)")
        case .relationTooltip:
            MessageTemplate(de: "{format}: {actors} · Mechanismus: {mechanism} · Jahre: {years}",
                            en: "{format}: {actors} · mechanism: {mechanism} · years: {years}")
        case .memberTooltip:
            MessageTemplate(de: "{actor} nimmt teil · Mechanismus: {mechanism} · Jahre: {years}",
                            en: "{actor} takes part · mechanism: {mechanism} · years: {years}")
        case .areaTooltip: MessageTemplate(de: "Politikfeld: {area}", en: "Policy area: {area}")
        case .description:
            MessageTemplate(de: "Netzwerkdiagramm {title}: {actors} Akteure (Kästen, Farbe nach Politikfeld) und {relations} "
                                + "Beziehungen (Linien). Quelle: {source}",
                            en: "Network diagram {title}: {actors} actors (boxes, coloured by policy area) and {relations} "
                                + "relations (lines). Source: {source}")
        case .interfacesHeading:
            MessageTemplate(de: "Schnittstellen (Sechseck): passende Strategie", en: "Interfaces (hexagon): matching strategy")
        case .interfaceWarningNote:
            MessageTemplate(de: "⚠: nur Mechanismen ohne Kommunikation (Warnsignal)", en: "⚠: only mechanisms without communication (warning sign)")
        case .untyped: MessageTemplate(de: "Typ unbestimmt", en: "type undetermined")
        case .connectorNote:
            MessageTemplate(de: "Dünne Linie mit ○ vom Sechseck: an der Schnittstelle beteiligt (keine Beziehung)",
                            en: "Thin line with ○ from a hexagon: involved in the interface (not a relation)")
        case .newlyCovered: MessageTemplate(de: "▲ neu abgedeckt", en: "▲ newly covered")
        case .noLongerCovered: MessageTemplate(de: "▼ nicht mehr abgedeckt", en: "▼ no longer covered")
        case .newlyCoveredLegend:
            MessageTemplate(de: "▲ neu abgedeckt: passende Strategie {to}, {from} nicht", en: "▲ newly covered: matching strategy in {to}, not in {from}")
        case .noLongerCoveredLegend:
            MessageTemplate(de: "▼ nicht mehr abgedeckt: passende Strategie {from}, {to} nicht mehr",
                            en: "▼ no longer covered: matching strategy in {from}, no longer in {to}")
        }
    }
}
