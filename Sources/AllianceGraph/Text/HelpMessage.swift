/// The one-line summaries `alliance --help` and `alliance <command> --help` print, in the language
/// `--lang` names on the command line (German without it).
public enum HelpMessage: String, MessageCatalogue {
    case alliance
    case validate
    case show
    case vocab
    case classify
    case metrics
    case diff
    case compare
    case render
    case language
    case vocabulary

    public static let area = "help"

    public var template: MessageTemplate {
        switch self {
        case .alliance:
            MessageTemplate(de: "Lokale Integrationsbündnisse modellieren, prüfen, auswerten und zeichnen.",
                            en: "Model, check, analyse and draw local integration alliances.")
        case .validate:
            MessageTemplate(de: "Bündnisdateien prüfen und jedes Problem mit Datei, Zeile und Spalte melden.",
                            en: "Check alliance files and report every problem with file, line and column.")
        case .show:
            MessageTemplate(de: "Bündnisse zusammenfassen: Akteure nach Politikfeld, Beziehungen nach Format und Mechanismus, je Jahr.",
                            en: "Summarise alliances: actors by policy area, relations by format and mechanism, per year.")
        case .vocab:
            MessageTemplate(de: "Die Vokabulare auflisten: Akteursarten, Formate, Mechanismen, Schnittstellentypen und mehr.",
                            en: "List the vocabularies: actor kinds, formats, mechanisms, interface types and more.")
        case .classify:
            MessageTemplate(de: "Schnittstellen und Koordinationsmechanismen klassifizieren und zeigen, welchen Schnittstellen ihre Strategie fehlt.",
                            en: "Classify interfaces and coordination mechanisms and show which interfaces lack their strategy.")
        case .metrics:
            MessageTemplate(de: "Netzwerkkennzahlen je Bündnisjahr (ganzes Netzwerk oder eine Ebene) oder je Akteur.",
                            en: "Network metrics per alliance-year (whole network or one layer), or per actor.")
        case .diff:
            MessageTemplate(de: "Unterschiede zwischen zwei Jahren von Bündnissen: Akteure, Beziehungen, Änderungen, Veränderung der Kennzahlen.",
                            en: "Differences between two years of alliances: actors, relations, changes, metric deltas.")
        case .compare:
            MessageTemplate(de: "Bündnisse vergleichen: Zusammensetzung der Kerngruppen (wie Tabelle 2), Entwicklung über die Jahre, Rangfolgen.",
                            en: "Compare alliances: core-group composition (like Table 2), trends across years, rankings.")
        case .render:
            MessageTemplate(de: "Bündnisdiagramme zeichnen: ein Jahr, alle Jahre nebeneinander oder die Veränderung zwischen zwei Jahren.",
                            en: "Draw alliance diagrams: one year, all years side by side, or the change between two years.")
        case .language:
            MessageTemplate(de: "Sprache der Bezeichnungen, Meldungen und Hilfe: de (Deutsch, Vorgabe) oder en (Englisch).",
                            en: "Language of labels, messages and help: de (German, default) or en (English).")
        case .vocabulary:
            MessageTemplate(de: "Eine Vokabulardatei mit eigenen Akteursarten, Formaten oder Themen (wiederholbar).",
                            en: "A vocabulary file adding your own actor kinds, formats or topics (repeatable).")
        }
    }
}
