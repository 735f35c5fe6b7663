/// The words of the local web view (`alliance serve`, the `AllianceServer` library): its pages,
/// its HTTP errors and its console lines.
public enum ServeMessage: String, MessageCatalogue {
    case abstract
    case discussion
    case optionFolder = "option-folder"
    case optionPort = "option-port"
    case optionHost = "option-host"
    case optionRenders = "option-renders"
    /// Printed once the server listens (`address`).
    case listening
    /// Printed beside ``listening``: how to stop.
    case stopHint = "stop-hint"
    /// Warning for a host other than loopback (`host`).
    case notLoopback = "not-loopback"
    /// The folder is not a folder (`path`).
    case notAFolder = "not-a-folder"
    /// Page titles and headings.
    case listTitle = "list-title"
    case listIntro = "list-intro"
    case columnAlliance = "column-alliance"
    case columnFile = "column-file"
    case columnStatus = "column-status"
    /// Validation status words.
    case statusValid = "status-valid"
    case statusWarnings = "status-warnings"
    case statusErrors = "status-errors"
    case statusNotAlliance = "status-not-alliance"
    /// Counts (`count`).
    case errorCount = "error-count"
    case warningCount = "warning-count"
    case noFiles = "no-files"
    /// The language switch.
    case language
    /// HTTP errors.
    case notFound = "not-found"
    case methodNotAllowed = "method-not-allowed"
    case tooLarge = "too-large"
    case tooBusy = "too-busy"
    case badParameter = "bad-parameter"
    /// The alliance page.
    case back
    case year
    case view
    case viewYear = "view-year"
    case viewSideBySide = "view-side-by-side"
    case viewDifference = "view-difference"
    case compareWith = "compare-with"
    case filters
    case policyArea = "policy-area"
    case format
    case mechanism
    case actor
    case depth
    case interfaces
    case interfacesNone = "interfaces-none"
    case interfacesAll = "interfaces-all"
    case interfacesCoded = "interfaces-coded"
    case mechanismBasis = "mechanism-basis"
    case mechanismBasisEffective = "mechanism-basis-effective"
    case mechanismBasisCoded = "mechanism-basis-coded"
    case any
    case reset
    case download
    case handout
    /// The handout's sheet: the label and the two ways up (the sheets are named "A4", "A3" in every language).
    case paper
    case portrait
    case landscape
    case details
    case detailsHint = "details-hint"
    case metrics
    case classification
    case fileErrors = "file-errors"
    case lastGood = "last-good"
    case live
    case rendering
    case renderFailed = "render-failed"
    case kind
    case name
    case coreGroupYears = "core-group-years"
    case relation
    case inferred
    case coded
    case formalisation
    case years
    case members
    case noDiagram = "no-diagram"

    public static let area = "serve"

    public var template: MessageTemplate {
        switch self {
        case .abstract:
            MessageTemplate(de: "Die Bündnisse eines Ordners im Browser ansehen, live beim Bearbeiten der Dateien.",
                            en: "Look at the alliances of a folder in the browser, live while the files are edited.")
        case .discussion:
            MessageTemplate(de: "Startet einen Webserver nur für diesen Rechner (127.0.0.1) und gibt die Adresse aus, die Sie im Browser öffnen. Die Seiten zeigen die Bündnisse des Ordners mit ihrem Prüfstatus, je Bündnis das Diagramm eines Jahres, die Jahre nebeneinander und die Veränderung, mit Filtern, Tabellen und Downloads (SVG, PNG, PDF, GraphML, GEXF). Eine geänderte Datei erscheint von selbst; Fehler stehen mit Datei:Zeile:Spalte auf der Seite. Der Server liest nur die Dateien des Ordners und schreibt nichts. Beenden mit Strg-C.",
                            en: "Starts a web server for this computer only (127.0.0.1) and prints the address to open in the browser. The pages show the folder's alliances with their validation status and, per alliance, the diagram of one year, the years side by side and the change, with filters, tables and downloads (SVG, PNG, PDF, GraphML, GEXF). A changed file shows by itself; errors appear on the page with file:line:column. The server reads only the folder's files and writes nothing. Stop it with Ctrl-C.")
        case .optionFolder:
            MessageTemplate(de: "Der Ordner mit den Bündnisdateien.", en: "The folder of alliance files.")
        case .optionPort:
            MessageTemplate(de: "Der Port (0: ein freier).", en: "The port (0: any free one).")
        case .optionHost:
            MessageTemplate(de: "Die Adresse, an die der Server bindet; andere als 127.0.0.1 machen die Seiten im Netz sichtbar.",
                            en: "The address to bind to; others than 127.0.0.1 make the pages visible on the network.")
        case .optionRenders:
            MessageTemplate(de: "Höchstens so viele Diagramme zugleich zeichnen.", en: "Render at most this many diagrams at once.")
        case .listening:
            MessageTemplate(de: "Die Bündnisse sind unter {address} zu sehen.", en: "The alliances are at {address}.")
        case .stopHint:
            MessageTemplate(de: "Beenden mit Strg-C.", en: "Stop with Ctrl-C.")
        case .notLoopback:
            MessageTemplate(de: "warning: --host {host} macht die Seiten für andere Rechner im Netz sichtbar (ohne Anmeldung). Für diesen Rechner allein: --host 127.0.0.1.",
                            en: "warning: --host {host} makes the pages visible to other computers on the network (without login). For this computer alone: --host 127.0.0.1.")
        case .notAFolder:
            MessageTemplate(de: "{path} ist kein Ordner: nennen Sie den Ordner mit den Bündnisdateien, z. B. alliance serve Graphs/",
                            en: "{path} is not a folder: name the folder of alliance files, e.g. alliance serve Graphs/")
        case .listTitle:
            MessageTemplate(de: "Bündnisse", en: "Alliances")
        case .listIntro:
            MessageTemplate(de: "Die Bündnisdateien im Ordner {folder}. Änderungen an den Dateien erscheinen von selbst.",
                            en: "The alliance files in the folder {folder}. Changes to the files show by themselves.")
        case .columnAlliance: MessageTemplate(de: "Bündnis", en: "Alliance")
        case .columnFile: MessageTemplate(de: "Datei", en: "File")
        case .columnStatus: MessageTemplate(de: "Prüfung", en: "Validation")
        case .statusValid: MessageTemplate(de: "in Ordnung", en: "valid")
        case .statusWarnings: MessageTemplate(de: "mit Warnungen", en: "with warnings")
        case .statusErrors: MessageTemplate(de: "fehlerhaft", en: "with errors")
        case .statusNotAlliance: MessageTemplate(de: "keine Bündnisdatei", en: "not an alliance file")
        case .errorCount: MessageTemplate(de: "{count} Fehler", en: "{count} error(s)")
        case .warningCount: MessageTemplate(de: "{count} Warnung(en)", en: "{count} warning(s)")
        case .noFiles:
            MessageTemplate(de: "Der Ordner enthält keine Bündnisdateien (.yaml, .yml, .json).",
                            en: "The folder holds no alliance files (.yaml, .yml, .json).")
        case .language: MessageTemplate(de: "Sprache", en: "Language")
        case .notFound:
            MessageTemplate(de: "Nicht gefunden: Der Server zeigt nur die Bündnisdateien des Ordners.",
                            en: "Not found: the server shows only the folder's alliance files.")
        case .methodNotAllowed:
            MessageTemplate(de: "Der Server liest nur (GET); er nimmt nichts entgegen.", en: "The server only reads (GET); it accepts nothing.")
        case .tooLarge:
            MessageTemplate(de: "Anfrage zu groß.", en: "Request too large.")
        case .tooBusy:
            MessageTemplate(de: "Der Server zeichnet gerade zu viele Diagramme; bitte gleich noch einmal.",
                            en: "The server is drawing too many diagrams right now; please try again in a moment.")
        case .badParameter:
            MessageTemplate(de: "Ungültiger Wert für {name}: {value}.", en: "Invalid value for {name}: {value}.")
        case .back: MessageTemplate(de: "Alle Bündnisse", en: "All alliances")
        case .year: MessageTemplate(de: "Jahr", en: "Year")
        case .view: MessageTemplate(de: "Ansicht", en: "View")
        case .viewYear: MessageTemplate(de: "Ein Jahr", en: "One year")
        case .viewSideBySide: MessageTemplate(de: "Jahre nebeneinander", en: "Years side by side")
        case .viewDifference: MessageTemplate(de: "Veränderung", en: "Change")
        case .compareWith: MessageTemplate(de: "verglichen mit", en: "compared with")
        case .filters: MessageTemplate(de: "Filter", en: "Filters")
        case .policyArea: MessageTemplate(de: "Politikfeld", en: "Policy area")
        case .format: MessageTemplate(de: "Format", en: "Format")
        case .mechanism: MessageTemplate(de: "Mechanismus", en: "Mechanism")
        case .actor: MessageTemplate(de: "Akteur (mit Umfeld)", en: "Actor (with neighbourhood)")
        case .depth: MessageTemplate(de: "Schritte", en: "Steps")
        case .interfaces: MessageTemplate(de: "Schnittstellen", en: "Interfaces")
        case .interfacesNone: MessageTemplate(de: "aus", en: "off")
        case .interfacesAll: MessageTemplate(de: "alle", en: "all")
        case .interfacesCoded: MessageTemplate(de: "nur kodierte", en: "coded only")
        case .mechanismBasis: MessageTemplate(de: "Mechanismen", en: "Mechanisms")
        case .mechanismBasisEffective: MessageTemplate(de: "kodiert, sonst erschlossen", en: "coded, else inferred")
        case .mechanismBasisCoded: MessageTemplate(de: "nur kodierte", en: "coded only")
        case .any: MessageTemplate(de: "alle", en: "any")
        case .reset: MessageTemplate(de: "Filter zurücksetzen", en: "Reset filters")
        case .download: MessageTemplate(de: "Herunterladen", en: "Download")
        case .handout: MessageTemplate(de: "Handreichung", en: "Handout")
        case .paper: MessageTemplate(de: "Papier der Handreichung", en: "Paper of the handout")
        case .portrait: MessageTemplate(de: "hochkant", en: "portrait")
        case .landscape: MessageTemplate(de: "quer", en: "landscape")
        case .details: MessageTemplate(de: "Einzelheiten", en: "Details")
        case .detailsHint:
            MessageTemplate(de: "Zeigen Sie auf einen Akteur oder eine Beziehung im Diagramm, oder klicken Sie darauf.",
                            en: "Point at an actor or a relation in the diagram, or click it.")
        case .metrics: MessageTemplate(de: "Kennzahlen", en: "Metrics")
        case .classification: MessageTemplate(de: "Schnittstellen und Warnzeichen", en: "Interfaces and warning signs")
        case .fileErrors:
            MessageTemplate(de: "Die Datei hat Fehler; das Diagramm zeigt den letzten fehlerfreien Stand.",
                            en: "The file has errors; the diagram shows the last version without errors.")
        case .lastGood: MessageTemplate(de: "Letzter fehlerfreier Stand", en: "Last version without errors")
        case .live: MessageTemplate(de: "live", en: "live")
        case .rendering: MessageTemplate(de: "Diagramm wird gezeichnet …", en: "Drawing the diagram …")
        case .renderFailed: MessageTemplate(de: "Das Diagramm konnte nicht gezeichnet werden: {details}", en: "The diagram could not be drawn: {details}")
        case .kind: MessageTemplate(de: "Art", en: "Kind")
        case .name: MessageTemplate(de: "Name", en: "Name")
        case .coreGroupYears: MessageTemplate(de: "In der Kerngruppe", en: "In the core group")
        case .relation: MessageTemplate(de: "Beziehung", en: "Relation")
        case .inferred: MessageTemplate(de: "erschlossen", en: "inferred")
        case .coded: MessageTemplate(de: "kodiert", en: "coded")
        case .formalisation: MessageTemplate(de: "Formalisierung", en: "Formalisation")
        case .years: MessageTemplate(de: "Jahre", en: "Years")
        case .members: MessageTemplate(de: "Beteiligte", en: "Members")
        case .noDiagram:
            MessageTemplate(de: "Noch kein fehlerfreier Stand dieser Datei: Beheben Sie die Fehler oben, dann erscheint das Diagramm.",
                            en: "No version of this file without errors yet: fix the errors above and the diagram appears.")
        }
    }
}
