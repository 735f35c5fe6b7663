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
    /// Several diagrams (`count`) asked into one file name (`file`); `suggestion`: the options to write instead.
    case severalIntoOneFile = "several-into-one-file"
    /// An alliance left out of a batch (`reason`: why, e.g. ``yearNotCovered``).
    case skipped
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
