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
    case showDiscussion = "show-discussion"
    case vocabDiscussion = "vocab-discussion"
    case classifyDiscussion = "classify-discussion"
    case metricsDiscussion = "metrics-discussion"
    case diffDiscussion = "diff-discussion"
    case compareDiscussion = "compare-discussion"
    case optionMechanisms = "option-mechanisms"
    case optionInterfaces = "option-interfaces"
    case optionPaths = "option-paths"
    case optionPathsHolding = "option-paths-holding"
    case optionShowYear = "option-show-year"
    case optionFromYear = "option-from-year"
    case optionToYear = "option-to-year"
    case optionLayerSee = "option-layer-see"
    case optionPart = "option-part"
    case optionCompareTable = "option-compare-table"
    case optionCompareYear = "option-compare-year"
    case optionTrendYears = "option-trend-years"
    case optionIndicator = "option-indicator"
    case optionLevel = "option-level"
    case optionAscending = "option-ascending"
    case optionTop = "option-top"
    case optionRankingLayer = "option-ranking-layer"
    case optionIncludeEmpty = "option-include-empty"
    case optionMetricsYear = "option-metrics-year"
    case optionLayer = "option-layer"
    case optionActors = "option-actors"
    case optionWorkers = "option-workers"
    case optionExportEdges = "option-export-edges"
    case optionClassifyYear = "option-classify-year"
    case optionClassifyTable = "option-classify-table"
    case optionClassifyEvaluate = "option-classify-evaluate"
    case optionValidateFormat = "option-validate-format"
    case optionStrict = "option-strict"
    case optionQuiet = "option-quiet"
    case optionShowTable = "option-show-table"
    case optionVocabSection = "option-vocab-section"
    case optionMetric = "option-metric"
    case renderDiscussion = "render-discussion"
    case renderMechanismsNote = "render-mechanisms-note"
    case optionRenderYear = "option-render-year"
    case optionAllYears = "option-all-years"
    case optionDiff = "option-diff"
    case optionRenderFormat = "option-render-format"
    case optionLayout = "option-layout"
    case optionArea = "option-area"
    case optionRelationFormat = "option-relation-format"
    case optionMechanismFilter = "option-mechanism-filter"
    case optionActorFilter = "option-actor-filter"
    case optionDepth = "option-depth"
    case optionNoLegend = "option-no-legend"
    case optionRenderInterfaces = "option-render-interfaces"
    case optionRenderOutput = "option-render-output"
    case optionJobs = "option-jobs"
    case optionPage = "option-page"
    case optionLandscape = "option-landscape"
    case optionSizeBy = "option-size-by"
    case examples
    case language
    case vocabulary
    case optionStyle = "option-style"

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
            MessageTemplate(de: "Ordner werden nach .yaml-, .yml- und .json-Dateien durchsucht; Bündnis-, Vokabular-, Initiativ- und Stildateien (Schlüssel 'style') werden an ihrem Inhalt erkannt und jede nach ihren Regeln geprüft. Probleme gehen als 'Datei:Zeile:Spalte: error: …' (oder 'warning: …') auf die Standardfehlerausgabe, auf Deutsch, mit --lang en auf Englisch (die Wörter 'error' und 'warning' bleiben für Editoren, wie sie sind); die Zusammenfassung geht auf die Standardausgabe. Mit --format json trägt jedes Problem auch seine Meldungs-Id. Der Exit-Status ist 1, wenn eine Datei einen Fehler hat.",
                            en: "Folders are searched for .yaml, .yml and .json files; alliance, vocabulary, initiative and style files (key 'style') are told apart by their content and each is checked by its own rules. Problems are printed to standard error as 'file:line:column: error: …' (or 'warning: …'), in German unless --lang en is given (the words 'error' and 'warning' stay as they are, for editors); the summary goes to standard output. With --format json each problem also carries its message id. The exit status is 1 when any file has an error.")
        case .showDiscussion:
            MessageTemplate(de: "Text und Markdown zeigen die Zusammenfassung; CSV und JSON enthalten ihre Tabellen mit Ids und Bezeichnungen: Bündnisse, Akteure, Beziehungen, Schnittstellen und Ketten (CSV: eine davon mit --table wählen).",
                            en: "Text and Markdown show the summary; CSV and JSON hold its tables with ids and labels: alliances, actors, relations, interfaces and chains (CSV: choose one with --table).")
        case .vocabDiscussion:
            MessageTemplate(de: "Jeder Eintrag zeigt die Id, die in Bündnisdateien steht, und seine Bezeichnung. CSV und JSON enthalten eine Zeile je Eintrag: Abschnitt, Id, Bezeichnung, deutsche und englische Bezeichnung, Abkürzung, Merkmale.",
                            en: "Each entry shows the id to write in alliance files and its label. CSV and JSON hold one row per entry: section, id, label, German and English label, abbreviation, details.")
        case .classifyDiscussion:
            MessageTemplate(de: "Für jedes Bündnis und Jahr: der Typ jeder Schnittstelle (Transition, Interferenz, Diffusion) mit typischem Problem, passender Strategie und der Regel, die gegriffen hat; der Koordinationsmechanismus jeder Beziehung (kodiert oder aus Format und Richtung abgeleitet); ob die passende Strategie vorhanden ist; Warnsignale (Schnittstellen, die nur durch Intervention oder negative Koordination bearbeitet werden); Abdeckungsquoten und ihre Veränderung; Bildungs- und Integrationsketten, Glied für Glied geprüft. Nicht in den Daten erfasste Schnittstellen werden aus Kernaufträgen, Ketten und Themen von Beziehungen erkannt, außer mit --interfaces coded. Die Regeln beschreibt docs/CLASSIFICATION.md. Text und Markdown zeigen den Bericht; --table zeigt eine seiner Tabellen (interfaces, mechanisms, chains, rates) in jedem Format; JSON enthält alle vier, CSV eine (Vorgabe: interfaces).",
                            en: "For every alliance and year: each interface's type (transition, interference, diffusion) with its typical problem, matching strategy and the rule that fired; each relation's coordination mechanism (coded, or inferred from format and direction); whether the matching strategy is in place; warning signs (interfaces handled only by intervention or negative coordination); coverage rates and their change; education and integration chains checked link by link. Interfaces not coded in the data are discovered from core mandates, chains and relation topics unless --interfaces coded is given. The rules are described in docs/CLASSIFICATION.md. Text and Markdown show the report; --table shows one of its tables (interfaces, mechanisms, chains, rates) in any format; JSON holds all four, CSV one (default: interfaces).")
        case .metricsDiscussion:
            MessageTemplate(de: "Die Kennzahlen nutzen die ungerichtete Projektion der Beziehungen des Jahres (eine Kante, wo mindestens eine Beziehung zwei Akteure verbindet); Brokerage nutzt den gerichteten Graphen mit dem Politikfeld als Gruppe. Der Mechanismus einer Beziehung (Mechanismus-Ebenen, Anteile) ist der kodierte, sonst der aus Format und Richtung abgeleitete ('inferred_share' sagt, wie viele); --mechanisms coded nutzt nur kodierte Mechanismen. --actors gibt eine Tabelle je Bündnisjahr (CSV und JSON: eine Tabelle mit Bündnis, Jahr und Ebene). Definitionen und Rundung: docs/METRICS.md.",
                            en: "Metrics use the undirected projection of the year's relations (an edge\nwhere at least one relation links two actors); brokerage uses the\ndirected graph, with the policy area as the group. A relation's\nmechanism (mechanism layers, shares) is the coded one, else the one\ninferred from format and direction ('inferred_share' says how many);\n--mechanisms coded uses coded mechanisms only. --actors gives one table per\nalliance-year (CSV and JSON: one table with alliance, year and layer).\nDefinitions and rounding: docs/METRICS.md.")
        case .diffDiscussion:
            MessageTemplate(de: "Akteure werden über ihre Id zugeordnet; Beziehungen über die Id, dann über 'replaced_by:' (als eine Ersetzung mit ihren Änderungen gezeigt), dann über dasselbe Format zwischen denselben Akteuren (als Änderung von Mechanismus oder Formalisierung gezeigt); siehe docs/METRICS.md. Mechanismen sind kodiert, sonst aus Format und Richtung abgeleitet; --mechanisms coded vergleicht nur kodierte Mechanismen. Bei einem Ordner wird jedes Bündnis verglichen, das beide Jahre umfasst. CSV und JSON tragen die Id des Bündnisses in jeder Zeile; CSV enthält eine Tabelle (--part changes oder metrics).",
                            en: "Actors are matched by id; relations by id, then by 'replaced_by:' (shown\nas one replacement with its changes), then by the same format between the\nsame actors (shown as a change of mechanism or formalisation); see\ndocs/METRICS.md. Mechanisms are coded, else inferred from format and\ndirection; --mechanisms coded compares coded mechanisms only. Given a folder,\nevery alliance covering both years is compared. CSV and JSON carry the\nalliance's id in every row; CSV holds one table (--part changes or metrics).")
        case .compareDiscussion:
            MessageTemplate(de: "Ohne --table: eine Übersicht, die Zusammensetzung des letzten Jahres, das ein Bündnis umfasst (oder von --year), und die Entwicklung über alle Jahre.\n\n--table composition: in wie vielen Bündnissen jede Akteursart in der Kerngruppe sitzt, nach Art des Bündnisses, mit Prozentanteilen, gruppiert nach Politikfeld mit Summen je Feld (von --year, Vorgabe: das letzte Jahr).\n\n--table trends: je Jahr, wie viele Bündnisse schriftliche Vereinbarungen haben, mit der Ausländerbehörde kooperieren, Fallkonferenzen abhalten (mit der ABH). Andere Merkmale mit --indicator: written, with:KIND, format:ID, format:ID+KIND, mechanism:ID.\n\n--table ranking: Bündnisjahre nach einer Netzwerkkennzahl geordnet (--metric, Vorgabe density); mit --level actor jeder Akteur jedes Bündnisjahres nach einer Akteurskennzahl geordnet (Vorgabe betweenness), mit Art und Politikfeld. Gleichstände teilen sich den besseren Rang (1, 1, 3) und werden nach Bündnis, Jahr, Akteurs-Id gelistet; undefinierte Werte stehen am Ende. --top N behält die Ränge 1..N.\n\nMechanismen (Merkmal mechanism:ID, Rangfolgen nach Anteilen oder auf Mechanismus-Ebenen) sind kodiert, sonst aus Format und Richtung abgeleitet; --mechanisms coded zählt nur kodierte Mechanismen.",
                            en: "Without --table: an overview, the composition of the latest year any\nalliance covers (or of --year) and the trends across all years.\n\n--table composition: in how many alliances each actor kind sits in the\ncore group, split by alliance kind, with percentages, grouped by policy\narea with area totals (of --year, default: the latest year).\n\n--table trends: per year, how many alliances have written agreements,\ncooperate with the immigration office, hold case conferences (with the\nABH). Choose others with --indicator: written, with:KIND, format:ID,\nformat:ID+KIND, mechanism:ID.\n\n--table ranking: alliance-years ranked by a network metric (--metric,\ndefault density); with --level actor every actor of every alliance-year\nranked by an actor metric (default betweenness), with kind and policy\narea. Ties share the better rank (1, 1, 3) and are listed by alliance,\nyear, actor id; undefined values come last. --top N keeps ranks 1..N.\n\nMechanisms (trend mechanism:ID, rankings by shares or on mechanism\nlayers) are coded, else inferred from format and direction;\n--mechanisms coded counts coded mechanisms only.")
        case .optionMechanisms:
            MessageTemplate(de: "Welche Koordinationsmechanismen zählen: effective (Vorgabe: der kodierte, sonst der aus Format und Richtung abgeleitete) oder coded (nur die in den Daten kodierten; die anderen gelten als nicht kodiert). Siehe docs/CLASSIFICATION.md.",
                            en: "Which coordination mechanisms count: effective (default: the coded one, else the one inferred from format and direction) or coded (only those coded in the data; the others count as not coded). See docs/CLASSIFICATION.md.")
        case .optionInterfaces:
            MessageTemplate(de: "Welche Schnittstellen klassifiziert werden: all (Vorgabe: die in den Daten erfassten und die aus Kernaufträgen, Ketten und Themen von Beziehungen erkannten) oder coded (nur die in den Daten erfassten).",
                            en: "Which interfaces to classify: all (default: those coded in the data and those discovered from core mandates, chains and relation topics) or coded (only those coded in the data).")
        case .optionPaths:
            MessageTemplate(de: "Bündnisdateien oder Ordner.",
                            en: "Alliance files or folders.")
        case .optionPathsHolding:
            MessageTemplate(de: "Bündnisdateien oder Ordner, die sie enthalten.",
                            en: "Alliance files or folders holding them.")
        case .optionShowYear:
            MessageTemplate(de: "Nur dieses Jahr zeigen (Vorgabe: alle Jahre jedes Bündnisses).",
                            en: "Show only this year (default: all years of each alliance).")
        case .optionFromYear:
            MessageTemplate(de: "Das frühere Jahr.",
                            en: "The earlier year.")
        case .optionToYear:
            MessageTemplate(de: "Das spätere Jahr.",
                            en: "The later year.")
        case .optionLayerSee:
            MessageTemplate(de: "Einbezogene Beziehungen (siehe 'alliance metrics --help').",
                            en: "Relations to include (see 'alliance metrics --help').")
        case .optionPart:
            MessageTemplate(de: "Was gezeigt wird: all (Vorgabe), changes oder metrics (Veränderungen der Kennzahlen). CSV braucht changes oder metrics.",
                            en: "What to show: all (default), changes, or metrics (deltas). CSV needs changes or metrics.")
        case .optionCompareTable:
            MessageTemplate(de: "Welche Tabelle: composition, trends, transitions (Übergänge von Jahr zu Jahr) oder ranking (Vorgabe: eine Übersicht aus Zusammensetzung und Entwicklung).",
                            en: "Which table: composition, trends, transitions (year to year) or ranking (default: an overview of composition and trends).")
        case .optionCompareYear:
            MessageTemplate(de: "Das Jahr (composition: Vorgabe das letzte; ranking: nur dieses Jahr).",
                            en: "The year (composition: default the latest; ranking: only this year).")
        case .optionTrendYears:
            MessageTemplate(de: "Jahre für die Entwicklung, z. B. 2020-2022 (Vorgabe: alle Jahre der Bündnisse).",
                            en: "Years for trends, e.g. 2020-2022 (default: all years of the alliances).")
        case .optionIndicator:
            MessageTemplate(de: "Merkmal der Entwicklung (wiederholbar): eine Id wie written_agreements (auch eigene aus der Initiativdatei) oder written, with:KIND, format:ID, format:ID+KIND, mechanism:ID; Vorgabe: die vier des Berichts.",
                            en: "Trend indicator (repeatable): an id such as written_agreements (also your own from the initiative file) or written, with:KIND, format:ID, format:ID+KIND, mechanism:ID; default: the report's four.")
        case .optionLevel:
            MessageTemplate(de: "Rangfolge: Bündnisjahre (network, Vorgabe) oder Akteure (actor) ordnen.",
                            en: "Ranking: rank alliance-years (network, default) or actors (actor).")
        case .optionAscending:
            MessageTemplate(de: "Niedrigste zuerst.",
                            en: "Rank lowest first.")
        case .optionTop:
            MessageTemplate(de: "Rangfolge: nur die Ränge 1 bis n behalten (Gleichstände auf Rang n bleiben alle).",
                            en: "Ranking: keep only ranks 1 to n (ties at rank n are all kept).")
        case .optionRankingLayer:
            MessageTemplate(de: "Einbezogene Beziehungen für Rangfolgen (siehe 'alliance metrics --help').",
                            en: "Relations to include for rankings (see 'alliance metrics --help').")
        case .optionIncludeEmpty:
            MessageTemplate(de: "Zusammensetzung: auch Akteursarten auflisten, die kein Bündnis hat.",
                            en: "Composition: list actor kinds no alliance has, too.")
        case .optionMetricsYear:
            MessageTemplate(de: "Nur dieses Jahr (Vorgabe: jedes Jahr jedes Bündnisses).",
                            en: "Only this year (default: every year of every alliance).")
        case .optionLayer:
            MessageTemplate(de: "Einbezogene Beziehungen: all (Vorgabe), uncoded, ein Mechanismus (exchange, intervention, negative, positive) oder eine Format-Id (case_conference); auch format:ID, mechanism:ID.",
                            en: "Relations to include: all (default), uncoded, a mechanism (exchange, intervention, negative, positive) or a format id (case_conference); also format:ID, mechanism:ID.")
        case .optionActors:
            MessageTemplate(de: "Eine Zeile je Akteur (Grad, Betweenness, Closeness, Clustering, Constraint, effektive Größe, Brokerage-Rollen) jedes Bündnisjahres.",
                            en: "One row per actor (degree, betweenness, closeness, clustering, constraint, effective size, brokerage roles) of every alliance-year.")
        case .optionWorkers:
            MessageTemplate(de: "Kerne für Betweenness und Closeness (Vorgabe: alle).",
                            en: "Cores for betweenness and closeness (default: all).")
        case .optionExportEdges:
            MessageTemplate(de: "Zusätzlich die projizierte Kantenliste jedes Bündnisjahres als JSON in diesen Ordner schreiben (Eingabe für scripts/make-metric-fixtures.sh).",
                            en: "Also write each alliance-year's projected edge list as JSON into this folder (input for scripts/make-metric-fixtures.sh).")
        case .optionClassifyYear:
            MessageTemplate(de: "Nur dieses Jahr klassifizieren (Vorgabe: alle Jahre jedes Bündnisses).",
                            en: "Classify only this year (default: all years of each alliance).")
        case .optionClassifyTable:
            MessageTemplate(de: "Nur diese Tabelle: interfaces, mechanisms, chains oder rates (CSV-Vorgabe: interfaces); mit --evaluate agreement, confusion oder disagreements (CSV-Vorgabe: agreement).",
                            en: "Only this table: interfaces, mechanisms, chains or rates (CSV default: interfaces); with --evaluate agreement, confusion or disagreements (CSV default: agreement).")
        case .optionClassifyEvaluate:
            MessageTemplate(de: "Den Ordner eines Evaluationskorpus klassifizieren (Bündnisdateien mit beobachtbaren Fakten und ein Lösungsschlüssel mit 'evaluation_cases') und mit den Labels des Berichts vergleichen: Übereinstimmung je Labelfamilie, Verwechslungstabellen, Abweichungen mit der Regel (docs/VALIDITY.md).",
                            en: "Classify the folder of an evaluation corpus (alliance files with observable facts and an answer key with 'evaluation_cases') and compare with the report's labels: agreement per label family, confusion tables, disagreements with the rule (docs/VALIDITY.md).")
        case .optionValidateFormat:
            MessageTemplate(de: "Ausgabe: text (Vorgabe) oder json.",
                            en: "Output: text (default) or json.")
        case .optionStrict:
            MessageTemplate(de: "Warnungen wie Fehler behandeln (Exit-Status 1, wenn es welche gibt).",
                            en: "Treat warnings as errors (exit status 1 when there are any).")
        case .optionQuiet:
            MessageTemplate(de: "Nur Fehler ausgeben, keine Warnungen.",
                            en: "Print only errors, not warnings.")
        case .optionShowTable:
            MessageTemplate(de: "Nur diese Tabelle: {tables}.",
                            en: "Only this table: {tables}.")
        case .optionVocabSection:
            MessageTemplate(de: "Nur diesen Abschnitt zeigen: {sections}.",
                            en: "Show only this section: {sections}.")
        case .optionMetric:
            MessageTemplate(de: "Kennzahl der Rangfolge. Netzwerk (Vorgabe density): {network}. Akteur (Vorgabe betweenness): {actor}.",
                            en: "Metric to rank by. Network (default density): {network}. Actor (default betweenness): {actor}.")
        case .renderDiscussion:
            MessageTemplate(de: "Ohne --year, --all-years oder --diff wird jedes Jahr jedes Bündnisses gezeichnet, je eine Datei. Die Dateien heißen <alliance>-<year>.<format>, <alliance>-<first>-<last>.<format> (alle Jahre) oder <alliance>-diff-<year1>-<year2>.<format>. Endet -o auf / oder nennt einen vorhandenen Ordner, kommen die Dateien dort hinein; sonst ist -o die eine zu schreibende Datei, und mehrere Diagramme in einen Dateinamen sind ein Fehler. Ohne --format bestimmt die Endung der Datei das Format (.svg, .png, .pdf, .dot), sonst SVG; ein --format, das der Endung widerspricht, ist ein Fehler. Mit --year wird ein Bündnis, das dieses Jahr nicht umfasst, mit einem Hinweis übersprungen; nur wenn keines es umfasst, scheitert der Befehl.\n\nViele Diagramme werden parallel von Worker-Prozessen gezeichnet (einer je Kern, siehe --jobs). Ein fehlschlagendes Diagramm wird gemeldet, die anderen werden trotzdem gezeichnet; der Exit-Status ist nur 0, wenn alle gelungen sind. Der Fortschritt wird gezeigt, wenn die Standardfehlerausgabe ein Terminal ist.",
                            en: "Without --year, --all-years or --diff every year of every alliance is drawn, one file each. Files are named <alliance>-<year>.<format>, <alliance>-<first>-<last>.<format> (all years) or <alliance>-diff-<year1>-<year2>.<format>. When -o ends in / or names an existing folder, the files go there; otherwise -o is the one file to write, and several diagrams into a file name are an error. Without --format the file's extension gives the format (.svg, .png, .pdf, .dot), else SVG; a --format contradicting the extension is an error. With --year an alliance not covering that year is skipped with a note; the command fails only when none covers it.\n\nMany diagrams are rendered in parallel by worker processes (one per core, see --jobs). A failing diagram is reported and the others are still drawn; the exit status is 0 only if all succeeded. Progress is shown when standard error is a terminal.")
        case .renderMechanismsNote:
            MessageTemplate(de: "Standardmäßig (--mechanisms effective, wie in jedem Befehl) wird eine Beziehung ohne kodierten Mechanismus mit dem aus Format und Richtung abgeleiteten Mechanismus gezeichnet (wie 'alliance classify' und die Kennzahlen es tun), als dünnere, hellere Linie, in der Legende als „(erschlossen)“ markiert; --mechanism und --diff nutzen dieselbe Grundlage. --mechanisms coded zeichnet solche Beziehungen als „nicht codiert“.",
                            en: "By default (--mechanisms effective, as in every command) a relation without a coded mechanism is drawn with the mechanism inferred from format and direction (as 'alliance classify' and the metrics do), as a thinner, lighter line marked \"(inferred)\" in the legend; --mechanism and --diff use that basis too. --mechanisms coded draws such relations as \"not coded\".")
        case .optionRenderYear:
            MessageTemplate(de: "Nur dieses Jahr zeichnen.",
                            en: "Draw only this year.")
        case .optionAllYears:
            MessageTemplate(de: "Alle Jahre jedes Bündnisses nebeneinander zeichnen, jeden Akteur an derselben Stelle.",
                            en: "Draw all years of each alliance side by side, each actor in the same place.")
        case .optionDiff:
            MessageTemplate(de: "Die Veränderung zwischen zwei Jahren zeichnen.",
                            en: "Draw the change between two years.")
        case .optionRenderFormat:
            MessageTemplate(de: "Ausgabeformat (Vorgabe: die Endung der Datei von -o, sonst svg).",
                            en: "Output format (default: the extension of the -o file, else svg).")
        case .optionLayout:
            MessageTemplate(de: "Layout-Verfahren (dot zeichnet Gruppen je Politikfeld; fdp auch). Vorgabe dot; ohne --layout wird ein großes Bündnis (ab 60 Akteuren oder 150 Beziehungen) vereinfacht mit sfdp gezeichnet.",
                            en: "Layout engine (dot draws policy-area clusters; fdp too). Default dot; without --layout a large alliance (from 60 actors or 150 relations on) is drawn simplified with sfdp.")
        case .optionArea:
            MessageTemplate(de: "Nur Akteure dieses Politikfelds behalten (wiederholbar).",
                            en: "Keep only actors of this policy area (repeatable).")
        case .optionRelationFormat:
            MessageTemplate(de: "Nur Beziehungen dieser Format-Id behalten, z. B. case_conference (wiederholbar).",
                            en: "Keep only relations of this format id, e.g. case_conference (repeatable).")
        case .optionMechanismFilter:
            MessageTemplate(de: "Nur Beziehungen mit diesem Mechanismus behalten, auf der Grundlage von --mechanisms (wiederholbar).",
                            en: "Keep only relations with this mechanism, on the basis of --mechanisms (repeatable).")
        case .optionDepth:
            MessageTemplate(de: "Mit --actor: 1 zeigt den Akteur und seine direkten Partner, 2 auch deren Partner (blass); der Akteur ist hervorgehoben.",
                            en: "With --actor: 1 shows the actor and its direct partners, 2 also their partners (faded); the actor is highlighted.")
        case .optionActorFilter:
            MessageTemplate(de: "Nur diesen Akteur (nach Id), seine Beziehungen und Partner behalten (wiederholbar).",
                            en: "Keep only this actor (by id), its relations and partners (repeatable).")
        case .optionNoLegend:
            MessageTemplate(de: "Die Legende weglassen.",
                            en: "Leave out the legend.")
        case .optionRenderInterfaces:
            MessageTemplate(de: "Mit --year oder --diff: Schnittstellen mit Typ und Abdeckung durch die Strategie zeichnen: none (Vorgabe), coded oder all (erfasste und erkannte); siehe 'alliance classify'. Mit --diff: die des späteren Jahres, mit markierten Änderungen der Abdeckung.",
                            en: "With --year or --diff: draw interfaces with type and strategy coverage: none (default), coded, or all (coded and discovered); see 'alliance classify'. With --diff: those of the later year, marking changes of coverage.")
        case .optionRenderOutput:
            MessageTemplate(de: "Ausgabedatei, oder Ordner (mit / am Ende) für mehrere Diagramme.",
                            en: "Output file, or folder (ending in /) for several diagrams.")
        case .optionJobs:
            MessageTemplate(de: "Anzahl der Worker-Prozesse (Vorgabe: Anzahl der Kerne).",
                            en: "Number of worker processes (default: number of cores).")
        case .optionPage:
            MessageTemplate(de: "Für den Druck auf a4 oder a3: das Diagramm wird mit Rand auf das Blatt eingepasst (PDF mit der Seitengröße des Blatts, PNG mit 300 dpi).",
                            en: "For printing on a4 or a3: the diagram is fitted on the sheet with margins (PDF with the sheet as its page, PNG at 300 dpi).")
        case .optionSizeBy:
            MessageTemplate(de: "Akteure nach einer Kennzahl des Jahres vergrößern (Schrift und Kasten bis doppelt so groß): degree, betweenness, brokerage (alle Maklerrollen) oder eine andere Akteurskennzahl von 'alliance metrics --actors'.",
                            en: "Scale actors by a metric of the year (text and box up to twice as large): degree, betweenness, brokerage (all broker roles) or another actor metric of 'alliance metrics --actors'.")
        case .optionLandscape:
            MessageTemplate(de: "Mit --page: das Blatt im Querformat.",
                            en: "With --page: the sheet in landscape.")
        case .examples: MessageTemplate(de: "Beispiele:", en: "Examples:")
        case .language:
            MessageTemplate(de: "Sprache der Bezeichnungen, Meldungen und Hilfe: de (Deutsch, Vorgabe) oder en (Englisch).",
                            en: "Language of labels, messages and help: de (German, default) or en (English).")
        case .vocabulary:
            MessageTemplate(de: "Eine Vokabulardatei mit eigenen Akteursarten, Formaten oder Themen (wiederholbar).",
                            en: "A vocabulary file adding your own actor kinds, formats or topics (repeatable).")
        case .optionStyle:
            MessageTemplate(de: "Eine Stildatei (YAML, docs/RENDERING.md): Farben je Politikfeld, Akteursart, Format und Änderung, Schriften und Linienbreiten (wiederholbar; eine spätere gewinnt). Stildateien unter den Pfaden gelten ebenso.",
                            en: "A style file (YAML, docs/RENDERING.md): colours per policy area, actor kind, format and change, fonts and line widths (repeatable; a later one wins). Style files among the paths count as well.")
        }
    }
}
