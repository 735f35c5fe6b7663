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
    case allianceDiscussion = "alliance-discussion"
    case validateDiscussion = "validate-discussion"
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
        case .allianceDiscussion:
            MessageTemplate(de: "Bündnisdateien sind YAML- (oder JSON-)Dateien, eine je Bündnis, mit all seinen Jahren. Das Format beschreibt docs/FORMAT.md. Alle Befehle sprechen Deutsch; --lang en wählt Englisch, auch für --help (z. B. 'alliance --help --lang en').",
                            en: "Alliance files are YAML (or JSON) files, one per alliance, holding all its years. See docs/FORMAT.md for the format. Every command speaks German; --lang en chooses English, for --help too (e.g. 'alliance --help --lang en').")
        case .validateDiscussion:
            MessageTemplate(de: "Ordner werden nach .yaml-, .yml- und .json-Dateien durchsucht. Probleme gehen als 'Datei:Zeile:Spalte: error: …' (oder 'warning: …') auf die Standardfehlerausgabe, auf Deutsch, mit --lang en auf Englisch (die Wörter 'error' und 'warning' bleiben für Editoren, wie sie sind); die Zusammenfassung geht auf die Standardausgabe. Mit --format json trägt jedes Problem auch seine Meldungs-Id. Der Exit-Status ist 1, wenn eine Datei einen Fehler hat.",
                            en: "Folders are searched for .yaml, .yml and .json files. Problems are printed to standard error as 'file:line:column: error: …' (or 'warning: …'), in German unless --lang en is given (the words 'error' and 'warning' stay as they are, for editors); the summary goes to standard output. With --format json each problem also carries its message id. The exit status is 1 when any file has an error.")
        case .language:
            MessageTemplate(de: "Sprache der Bezeichnungen, Meldungen und Hilfe: de (Deutsch, Vorgabe) oder en (Englisch).",
                            en: "Language of labels, messages and help: de (German, default) or en (English).")
        case .vocabulary:
            MessageTemplate(de: "Eine Vokabulardatei mit eigenen Akteursarten, Formaten oder Themen (wiederholbar).",
                            en: "A vocabulary file adding your own actor kinds, formats or topics (repeatable).")
        }
    }
}
