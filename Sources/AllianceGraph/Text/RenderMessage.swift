/// Messages of rendering diagrams in batches (`AllianceGraphviz.RenderBatch`) and of `alliance render`.
public enum RenderMessage: String, MessageCatalogue {
    /// A file with errors is not drawn.
    case invalidFile = "invalid-file"
    /// The actors of the actor filter that the alliance lacks (`ids`).
    case unknownActors = "unknown-actors"
    /// The alliance does not cover the year asked for (`span`, `year`).
    case yearNotCovered = "year-not-covered"
    /// The alliance does not cover both years of a difference (`span`, `from`, `to`).
    case yearsNotCovered = "years-not-covered"
    /// Graphviz's or the worker's own account of a failure (`details`, not translated).
    case failed
    /// Graphviz failed at a stage (`stage`: one of the stage words below) with its own messages (`details`, not translated).
    case graphvizFailed = "graphviz-failed"
    /// Graphviz failed without saying why.
    case graphvizSilent = "graphviz-silent"
    /// Stage words of a Graphviz failure.
    case stageParse = "stage-parse"
    case stageLayout = "stage-layout"
    case stageRender = "stage-render"
    case stageUnavailable = "stage-unavailable"
    case stageOversizedText = "stage-oversized-text"
    /// Graphviz is not used any more in this process after an earlier failure (`stage`, `details`: that failure).
    case graphvizUnavailable = "graphviz-unavailable"
    /// A text longer than Graphviz's parser reads (`place`, `length`, `limit` in bytes, `excerpt`: its beginning).
    case textTooLong = "text-too-long"
    /// Where a text too long is: a line of DOT text (`line`).
    case placeDOTLine = "place-dot-line"
    /// Where a text too long is: a diagram of an alliance (`alliance`, `diagram`).
    case placeDiagram = "place-diagram"
    /// What to do after a failed parse, layout or render (appended to Graphviz's messages).
    case hintParse = "hint-parse"
    case hintLayout = "hint-layout"
    case hintRender = "hint-render"
    /// What to do when Graphviz could not read a text of the diagram (an HTML-like label).
    case hintText = "hint-text"
    /// A diagram in words: the alliance (`alliance`) and one year (`year`), all years side by side
    /// (`first`, `last`) or the change between two years (`from`, `to`).
    case viewYear = "view-year"
    case viewAllYears = "view-all-years"
    case viewDifference = "view-difference"
    /// Where a diagram that failed or got a note comes from: the input (`file`) and the diagram (`view`).
    case diagramFrom = "diagram-from"
    /// A PNG was scaled down to fit Graphviz's bitmaps (`width`, `height`: the size it would have had,
    /// `limit` pixels a side, `percent`: the size it has now).
    case pngScaled = "png-scaled"
    /// A worker process died while drawing a diagram (`reason`).
    case workerDied = "worker-died"
    /// Why a worker ended: by a signal (`signal`), with an exit status (`status`), or it could not start (`path`, `details`).
    case workerSignal = "worker-signal"
    case workerExitStatus = "worker-exit-status"
    case workerNotStarted = "worker-not-started"
    /// A diagram no worker reported on.
    case notRendered = "not-rendered"
    /// Relation formats of the filter that the vocabulary lacks (`formats`).
    case unknownFormats = "unknown-formats"
    /// The summary when nothing was written (`written`, `planned`, `format`, `seconds`, `workers`).
    case summary
    /// The summary when one named file was written (… and `file`).
    case summaryFile = "summary-file"
    /// The summary when diagrams were written into a folder (… and `folder`).
    case summaryFolder = "summary-folder"
    /// One worker process.
    case oneWorker = "one-worker"
    /// `count` worker processes.
    case workers
    /// The heading of the list of failures (`count`).
    case failedCount = "failed-count"
    /// A diagram done, in the progress line.
    case progressDone = "progress-done"
    /// A diagram failed, in the progress line.
    case progressFailed = "progress-failed"
    /// No file or folder given.
    case noInput = "no-input"
    /// `-o` missing.
    case noOutput = "no-output"
    /// More than one of `--year`, `--all-years`, `--diff`.
    case oneView = "one-view"
    /// `--diff` without two years.
    case diffTwoYears = "diff-two-years"
    /// `--diff` with the same year twice.
    case diffSameYear = "diff-same-year"
    /// `--jobs` below 1.
    case jobsAtLeastOne = "jobs-at-least-one"
    /// `--interfaces` with `--all-years`.
    case interfacesAllYears = "interfaces-all-years"
    /// `--depth` other than 1 or 2; `--depth` without `--actor`.
    case depthOneOrTwo = "depth-one-or-two"
    case depthNeedsActor = "depth-needs-actor"
    /// `--landscape` without `--page`; `--page` with `--format dot` (`format`).
    case landscapeNeedsPage = "landscape-needs-page"
    case pageNeedsDrawing = "page-needs-drawing"
    /// `--size-by` with a metric that is not an actor metric (`metric`, `allowed`); with `--all-years`.
    case sizeByUnknown = "size-by-unknown"
    case sizeByAllYears = "size-by-all-years"
    /// Several diagrams (`count`) asked into one file name (`file`); `suggestion`: the options to write instead.
    case severalIntoOneFile = "several-into-one-file"
    /// An alliance left out of a batch (`reason`: why, e.g. ``yearNotCovered``).
    case skipped
    /// A diagram kept `dot`'s layout and prints its smallest text under 8 pt on A4 (`size`, points).
    case printsSmall = "prints-small"
    /// As ``printsSmall`` on the sheet of `--page` (`sheet`, e.g. A3).
    case printsSmallOnSheet = "prints-small-on-sheet"
    /// As ``printsSmall`` on the sheet of `--page` turned by `--landscape` (`sheet`): the drawing
    /// was shaped for landscape only, so printing in portrait comes first in the advice.
    case printsSmallInLandscape = "prints-small-in-landscape"
    /// `--format` (`format`) contradicts the output file's extension (`file`, `fileFormat`).
    case formatConflict = "format-conflict"
    /// The output file's extension (`file`, `extension`) names no format, and `--format` is not given (a warning: SVG is written).
    case unknownExtension = "unknown-extension"

    public static let area = "render"

    public var template: MessageTemplate {
        switch self {
        case .graphvizFailed: MessageTemplate(de: "Graphviz-Fehler beim {stage}: {details}", en: "Graphviz {stage} error: {details}")
        case .graphvizSilent: MessageTemplate(de: "Graphviz ist ohne Meldung gescheitert", en: "Graphviz failed without a message")
        case .stageParse: MessageTemplate(de: "Einlesen", en: "parse")
        case .stageLayout: MessageTemplate(de: "Layout", en: "layout")
        case .stageRender: MessageTemplate(de: "Ausgeben", en: "render")
        case .stageUnavailable: MessageTemplate(de: "Start (nach einem früheren Fehler nicht verfügbar)", en: "unavailable")
        case .stageOversizedText: MessageTemplate(de: "Prüfen der Textlängen", en: "text length")
        case .graphvizUnavailable:
            MessageTemplate(de: "Graphviz wird in diesem Prozess nicht mehr benutzt, weil es beim {stage} gescheitert ist ({details}); "
                                + "danach ist sein Zustand unzuverlässig. Zeichnen Sie weitere Diagramme in einem neuen Prozess",
                            en: "Graphviz is not used any more in this process because an earlier {stage} failed ({details}), "
                                + "after which its state is unreliable; render further diagrams in a new process")
        case .textTooLong:
            MessageTemplate(de: "{place}: ein Text ist {length} Bytes lang, Graphviz liest höchstens {limit} Bytes am Stück "
                                + "(er beginnt mit „{excerpt}“); kürzen Sie diesen Namen, diese Notiz oder Quellenangabe",
                            en: "{place}: a text is {length} bytes long, Graphviz reads at most {limit} bytes in one piece "
                                + "(it begins “{excerpt}”); shorten that name, note or source")
        case .placeDOTLine: MessageTemplate(de: "Zeile {line} des DOT-Texts", en: "line {line} of the DOT text")
        case .placeDiagram: MessageTemplate(de: "Bündnis {alliance}, Diagramm {diagram}", en: "alliance {alliance}, diagram {diagram}")
        case .hintParse:
            MessageTemplate(de: "Graphviz konnte den DOT-Text nicht lesen, den alliance aus diesem Bündnis gemacht hat; das ist ein Fehler in alliance, bitte melden Sie ihn mit der Datei. Bis dahin: prüfen Sie Namen, Notizen und Quellen auf ungewöhnliche Zeichen",
                            en: "Graphviz could not read the DOT text alliance made of this alliance; that is a fault in alliance, please report it with the file. Meanwhile check names, notes and sources for unusual characters")
        case .hintLayout:
            MessageTemplate(de: "versuchen Sie ein anderes Layout (--layout neato oder fdp) oder zeichnen Sie weniger Akteure (--area, --actor)",
                            en: "try another layout (--layout neato or fdp) or draw fewer actors (--area, --actor)")
        case .hintRender:
            MessageTemplate(de: "versuchen Sie ein anderes Format (--format svg oder pdf)", en: "try another format (--format svg or pdf)")
        case .hintText:
            MessageTemplate(de: "Graphviz konnte einen Text des Diagramms nicht lesen; prüfen Sie Name und Quelle des Bündnisses auf ungewöhnliche Zeichen und melden Sie es mit der Datei, denn alliance hätte sie umschreiben müssen",
                            en: "Graphviz could not read a text of the diagram; check the alliance's name and source for unusual characters, and report it with the file, since alliance should have escaped them")
        case .viewYear: MessageTemplate(de: "Bündnis {alliance}, Jahr {year}", en: "alliance {alliance}, year {year}")
        case .viewAllYears:
            MessageTemplate(de: "Bündnis {alliance}, alle Jahre {first}–{last} nebeneinander", en: "alliance {alliance}, all years {first}–{last} side by side")
        case .viewDifference:
            MessageTemplate(de: "Bündnis {alliance}, Veränderung {from}–{to}", en: "alliance {alliance}, change {from}–{to}")
        case .diagramFrom: MessageTemplate(de: "{view} aus {file}", en: "{view} from {file}")
        case .pngScaled:
            MessageTemplate(de: "das PNG wäre {width} × {height} Pixel groß, Graphviz zeichnet höchstens {limit} Pixel je Seite; es wurde auf {percent} % verkleinert. In voller Größe: zeichnen Sie es als SVG oder PDF (--format svg oder pdf) oder zeichnen Sie weniger Akteure (--area, --actor)",
                            en: "the PNG would be {width} × {height} pixels, Graphviz draws at most {limit} pixels a side; it was scaled down to {percent} %. For the full size render it as SVG or PDF (--format svg or pdf), or draw fewer actors (--area, --actor)")
        case .workerDied: MessageTemplate(de: "der Worker-Prozess ist beim Zeichnen dieses Diagramms abgestürzt ({reason})",
                                          en: "the worker process died ({reason}) rendering this diagram")
        case .workerSignal: MessageTemplate(de: "Signal {signal}", en: "signal {signal}")
        case .workerExitStatus: MessageTemplate(de: "Exit-Status {status}", en: "exit status {status}")
        case .workerNotStarted: MessageTemplate(de: "{path} lässt sich nicht starten: {details}", en: "cannot start {path}: {details}")
        case .notRendered: MessageTemplate(de: "nicht gezeichnet", en: "not rendered")
        case .invalidFile:
            MessageTemplate(de: "nicht gezeichnet: die Datei hat Fehler ('alliance validate' listet sie auf)",
                            en: "not rendered: the file has errors ('alliance validate' lists them)")
        case .unknownActors:
            MessageTemplate(de: "kein Akteur mit der id {ids} in diesem Bündnis", en: "no actor with id {ids} in this alliance")
        case .yearNotCovered:
            MessageTemplate(de: "das Bündnis umfasst {span}, nicht {year}", en: "the alliance covers {span}, not {year}")
        case .yearsNotCovered:
            MessageTemplate(de: "das Bündnis umfasst {span}, nicht beide Jahre {from} und {to}",
                            en: "the alliance covers {span}, not both {from} and {to}")
        case .failed:
            MessageTemplate(de: "{details}", en: "{details}")
        case .unknownFormats:
            MessageTemplate(de: "unbekannte(s) Beziehungsformat(e): {formats}; 'alliance vocab' listet die Formate auf",
                            en: "unknown relation format(s): {formats}; 'alliance vocab' lists the formats")
        case .summary:
            MessageTemplate(de: "{written} von {planned} Diagramm(en) als {format} in {seconds} s mit {workers} gezeichnet",
                            en: "Rendered {written} of {planned} diagram(s) as {format} in {seconds} s with {workers}")
        case .summaryFile:
            MessageTemplate(de: "{written} von {planned} Diagramm(en) als {format} in {seconds} s mit {workers} gezeichnet: {file}",
                            en: "Rendered {written} of {planned} diagram(s) as {format} in {seconds} s with {workers}: {file}")
        case .summaryFolder:
            MessageTemplate(de: "{written} von {planned} Diagramm(en) als {format} in {seconds} s mit {workers} gezeichnet, in {folder}",
                            en: "Rendered {written} of {planned} diagram(s) as {format} in {seconds} s with {workers} into {folder}")
        case .oneWorker:
            MessageTemplate(de: "1 Worker-Prozess", en: "1 worker process")
        case .workers:
            MessageTemplate(de: "{count} Worker-Prozessen", en: "{count} worker processes")
        case .failedCount:
            MessageTemplate(de: "{count} fehlgeschlagen:", en: "{count} failed:")
        case .progressDone:
            MessageTemplate(de: "ok", en: "ok")
        case .progressFailed:
            MessageTemplate(de: "FEHLGESCHLAGEN", en: "FAILED")
        case .noInput:
            MessageTemplate(de: "Nennen Sie mindestens eine Bündnisdatei oder einen Ordner.",
                            en: "Name at least one alliance file or folder.")
        case .noOutput:
            MessageTemplate(de: "Nennen Sie die Ausgabedatei oder den Ausgabeordner mit -o.",
                            en: "Name the output file or folder with -o.")
        case .oneView:
            MessageTemplate(de: "Wählen Sie nur eine der Optionen --year, --all-years und --diff.",
                            en: "Choose only one of --year, --all-years and --diff.")
        case .diffTwoYears:
            MessageTemplate(de: "--diff nimmt zwei Jahre, z. B. --diff 2019 2022.",
                            en: "--diff takes two years, e.g. --diff 2019 2022.")
        case .diffSameYear:
            MessageTemplate(de: "--diff braucht zwei verschiedene Jahre.", en: "--diff needs two different years.")
        case .jobsAtLeastOne:
            MessageTemplate(de: "--jobs muss mindestens 1 sein.", en: "--jobs must be at least 1.")
        case .severalIntoOneFile:
            MessageTemplate(de: "-o {file}: {count} Diagramme passen nicht in eine Datei; schreiben Sie sie in einen Ordner: "
                                + "{suggestion} (ein Pfad mit / am Ende), oder wählen Sie ein einziges Diagramm "
                                + "(eine Datei mit --year, --all-years oder --diff)",
                            en: "-o {file}: {count} diagrams do not fit in one file; write them into a folder: "
                                + "{suggestion} (a path ending in /), or choose a single diagram "
                                + "(one file with --year, --all-years or --diff)")
        case .depthOneOrTwo: MessageTemplate(de: "--depth ist 1 oder 2.", en: "--depth is 1 or 2.")
        case .depthNeedsActor:
            MessageTemplate(de: "--depth gilt für die Ansicht um einen Akteur: geben Sie --actor ID an.",
                            en: "--depth is for the view around an actor: give --actor ID.")
        case .landscapeNeedsPage:
            MessageTemplate(de: "--landscape dreht das Blatt von --page: geben Sie --page a4 oder --page a3 an.",
                            en: "--landscape turns the sheet of --page: give --page a4 or --page a3.")
        case .sizeByUnknown:
            MessageTemplate(de: "--size-by {metric}: keine Akteurskennzahl; erlaubt: {allowed}",
                            en: "--size-by {metric}: not an actor metric; allowed: {allowed}")
        case .sizeByAllYears:
            MessageTemplate(de: "--size-by gilt für Diagramme eines Jahres und --diff (das spätere Jahr), nicht mit --all-years, deren Akteure in jedem Jahr am selben Platz stehen.",
                            en: "--size-by is for single-year and --diff diagrams (the later year), not with --all-years, whose actors keep one place in every year.")
        case .pageNeedsDrawing:
            MessageTemplate(de: "--page gilt für gezeichnete Diagramme (pdf, png, svg), nicht für --format {format}.",
                            en: "--page is for drawn diagrams (pdf, png, svg), not for --format {format}.")
        case .printsSmall: MessageTemplate(de: "zu dicht für eine kompakte Zeichnung: auf A4 druckt die kleinste Schrift mit {size} pt (lesbar ab 8 pt); mit --page a3 auf A3 drucken oder einen Ausschnitt zeichnen (--area AREA, --actor ID --depth 1)",
                                           en: "too dense for a compact drawing: on A4 its smallest text prints at {size} pt (readable from 8 pt); print it on A3 with --page a3, or draw a part of it (--area AREA, --actor ID --depth 1)")
        case .printsSmallInLandscape: MessageTemplate(de: "zu dicht für eine kompakte Zeichnung: auf {sheet} quer druckt die kleinste Schrift mit {size} pt (lesbar ab 8 pt); ohne --landscape hochkant drucken oder einen Ausschnitt zeichnen (--area AREA, --actor ID --depth 1)",
                                                      en: "too dense for a compact drawing: on {sheet} landscape its smallest text prints at {size} pt (readable from 8 pt); print it in portrait (leave out --landscape), or draw a part of it (--area AREA, --actor ID --depth 1)")
        case .printsSmallOnSheet: MessageTemplate(de: "zu dicht für eine kompakte Zeichnung: auf {sheet} druckt die kleinste Schrift mit {size} pt (lesbar ab 8 pt); einen Ausschnitt zeichnen (--area AREA, --actor ID --depth 1)",
                                                  en: "too dense for a compact drawing: on {sheet} its smallest text prints at {size} pt (readable from 8 pt); draw a part of it (--area AREA, --actor ID --depth 1)")
        case .skipped:
            MessageTemplate(de: "übersprungen: {reason}", en: "skipped: {reason}")
        case .formatConflict:
            MessageTemplate(de: "--format {format} passt nicht zu -o {file}, dessen Endung {fileFormat} bedeutet; "
                                + "lassen Sie --format weg oder ändern Sie die Endung in .{format}",
                            en: "--format {format} contradicts -o {file}, whose extension means {fileFormat}; "
                                + "leave out --format or change the extension to .{format}")
        case .unknownExtension:
            MessageTemplate(de: "-o {file}: an der Endung .{extension} ist kein Format zu erkennen, es wird SVG geschrieben; "
                                + "nennen Sie die Datei .svg, .png, .pdf oder .dot, oder geben Sie --format svg|png|pdf|dot an",
                            en: "-o {file}: the extension .{extension} names no format, SVG is written; name the file "
                                + ".svg, .png, .pdf or .dot, or give --format svg|png|pdf|dot")
        case .interfacesAllYears:
            MessageTemplate(de: "--interfaces zeichnet auf Diagramme eines Jahres und --diff-Diagramme, nicht mit --all-years.",
                            en: "--interfaces draws on single-year and --diff diagrams, not with --all-years.")
        }
    }
}
