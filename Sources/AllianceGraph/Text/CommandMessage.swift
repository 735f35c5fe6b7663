/// The messages of the `alliance` command-line tool: summaries, errors about options and files,
/// progress. Each command-line message that is not about the content of a data file is here.
public enum CommandMessage: String, MessageCatalogue {
    case filesOne = "files-one"
    case filesOther = "files-other"
    case errorsOne = "errors-one"
    case errorsOther = "errors-other"
    case warningsOne = "warnings-one"
    case warningsOther = "warnings-other"
    case filesWithErrorsOne = "files-with-errors-one"
    case filesWithErrorsOther = "files-with-errors-other"
    case validateSummary = "validate-summary"
    case nameAPath = "name-a-path"
    case fixErrorsFirst = "fix-errors-first"
    case unknownSection = "unknown-section"
    case didYouMean = "did-you-mean"
    case sameYears = "same-years"
    case csvOneTable = "csv-one-table"
    case rankingOnly = "ranking-only"
    case mechanismsNotForComposition = "mechanisms-not-for-composition"
    case unknownMetric = "unknown-metric"
    case atLeastOne = "at-least-one"
    case unknownIndicator = "unknown-indicator"
    case optionProblem = "option-problem"
    case noAllianceCovers = "no-alliance-covers"
    case noAllianceCoversRanges = "no-alliance-covers-ranges"
    case noAllianceFiles = "no-alliance-files"
    /// The paths hold files, but none is an alliance file: said of each (`what`: which kind of file it is).
    case onlyOtherFiles = "only-other-files"
    case fileIsVocabulary = "file-is-vocabulary"
    case fileIsInitiative = "file-is-initiative"
    case fileIsAnswerKey = "file-is-answer-key"
    case fileIsStyle = "file-is-style"
    case notPlausibleYear = "not-plausible-year"
    case unknownLayer = "unknown-layer"
    case deprecated
    case codedOnlyContradicts = "coded-only-contradicts"
    case allianceCovers = "alliance-covers"
    case emptyOutputPath = "empty-output-path"

    public static let area = "command"

    public var template: MessageTemplate {
        switch self {
        case .filesOne: MessageTemplate(de: "1 Datei", en: "1 file")
        case .filesOther: MessageTemplate(de: "{count} Dateien", en: "{count} files")
        case .errorsOne: MessageTemplate(de: "1 Fehler", en: "1 error")
        case .errorsOther: MessageTemplate(de: "{count} Fehler", en: "{count} errors")
        case .warningsOne: MessageTemplate(de: "1 Warnung", en: "1 warning")
        case .warningsOther: MessageTemplate(de: "{count} Warnungen", en: "{count} warnings")
        case .filesWithErrorsOne: MessageTemplate(de: " (1 Datei mit Fehlern)", en: " (1 file with errors)")
        case .filesWithErrorsOther: MessageTemplate(de: " ({count} Dateien mit Fehlern)", en: " ({count} files with errors)")
        case .validateSummary:
            MessageTemplate(de: "{files} geprüft: {errors}, {warnings}{bad}", en: "{files} checked: {errors}, {warnings}{bad}")
        case .nameAPath:
            MessageTemplate(de: "Nennen Sie mindestens eine Bündnisdatei oder einen Ordner, z. B. 'alliance {command} Graphs/'.",
                            en: "Name at least one alliance file or folder, e.g. 'alliance {command} Graphs/'.")
        case .fixErrorsFirst:
            MessageTemplate(de: "beheben Sie zuerst die Fehler oben; 'alliance validate' listet alle Probleme auf",
                            en: "fix the errors above first; 'alliance validate' lists all problems")
        case .unknownSection:
            MessageTemplate(de: "Unbekannter Abschnitt '{section}'.{hint} Abschnitte: {sections}.",
                            en: "Unknown section '{section}'.{hint} Sections: {sections}.")
        case .didYouMean: MessageTemplate(de: " Meinten Sie '{id}'?", en: " Did you mean '{id}'?")
        case .sameYears:
            MessageTemplate(de: "--from und --to sind dasselbe Jahr; geben Sie zwei verschiedene Jahre an.",
                            en: "--from and --to are the same year; give two different years.")
        case .csvOneTable:
            MessageTemplate(de: "CSV enthält eine Tabelle: ergänzen Sie --part changes oder --part metrics.",
                            en: "CSV holds one table: add --part changes or --part metrics.")
        case .rankingOnly: MessageTemplate(de: "{option} gilt nur für --table ranking.", en: "{option} applies to --table ranking only.")
        case .mechanismsNotForComposition:
            MessageTemplate(de: "--mechanisms gilt für --table trends und ranking; die Zusammensetzung verwendet keine Mechanismen.",
                            en: "--mechanisms applies to --table trends and ranking; the composition uses no mechanisms.")
        case .unknownMetric:
            MessageTemplate(de: "unbekannte Kennzahl '{metric}' für --level {level}; wählen Sie eine von: {metrics}.",
                            en: "unknown metric '{metric}' for --level {level}; choose one of: {metrics}.")
        case .atLeastOne: MessageTemplate(de: "{option} muss mindestens 1 sein.", en: "{option} must be at least 1.")
        case .unknownIndicator:
            MessageTemplate(de: "unbekanntes Merkmal '{indicator}'{suggestion}; bekannt sind: {known}; oder written, with:KIND, format:ID, format:ID+KIND, mechanism:ID schreiben",
                            en: "unknown indicator '{indicator}'{suggestion}; known ones: {known}; or write written, with:KIND, format:ID, format:ID+KIND, mechanism:ID")
        case .optionProblem: MessageTemplate(de: "{option}: {problem}", en: "{option}: {problem}")
        case .noAllianceCovers: MessageTemplate(de: "kein Bündnis umfasst {year}", en: "no alliance covers {year}")
        case .noAllianceCoversRanges: MessageTemplate(de: "kein Bündnis umfasst {year} ({ranges})", en: "no alliance covers {year} ({ranges})")
        case .noAllianceFiles: MessageTemplate(de: "keine Bündnisdateien gefunden in {paths}", en: "no alliance files found in {paths}")
        case .onlyOtherFiles:
            MessageTemplate(de: "keine Bündnisdatei: {what}; geben Sie Bündnisdateien (mit actors: und relations:) oder einen Ordner mit ihnen an, z. B. Graphs/",
                            en: "not an alliance file: {what}; give alliance files (with actors: and relations:) or a folder holding them, e.g. Graphs/")
        case .fileIsVocabulary: MessageTemplate(de: "dies ist eine Vokabulardatei (--vocabulary)", en: "this is a vocabulary file (--vocabulary)")
        case .fileIsInitiative: MessageTemplate(de: "dies ist eine Initiativdatei (Programm und Wellen)", en: "this is an initiative file (programme and waves)")
        case .fileIsAnswerKey: MessageTemplate(de: "dies ist ein Lösungsschlüssel (classify --evaluate)", en: "this is an answer key (classify --evaluate)")
        case .fileIsStyle: MessageTemplate(de: "dies ist eine Stildatei (--style)", en: "this is a style file (--style)")
        case .notPlausibleYear:
            MessageTemplate(de: "{year} ist kein plausibles Jahr; geben Sie eines wie 2021 an.", en: "{year} is not a plausible year; give one such as 2021.")
        case .unknownLayer:
            MessageTemplate(de: "unbekannte Ebene '{layer}'; geben Sie all, uncoded, einen Mechanismus ({mechanisms}) oder eine Format-Id an (siehe 'alliance vocab')",
                            en: "unknown layer '{layer}'; give all, uncoded, a mechanism ({mechanisms}) or a format id (see 'alliance vocab')")
        case .deprecated: MessageTemplate(de: "{old} ist veraltet; verwenden Sie {new}", en: "{old} is deprecated; use {new}")
        case .allianceCovers: MessageTemplate(de: "das Bündnis umfasst {range}, nicht {year}", en: "the alliance covers {range}, not {year}")
        case .emptyOutputPath:
            MessageTemplate(de: "{option}: ein leerer Pfad nennt keine Datei; geben Sie an, wohin geschrieben werden soll, z. B. {option} {example}",
                            en: "{option}: an empty path names no file; give where to write, e.g. {option} {example}")
        case .codedOnlyContradicts:
            MessageTemplate(de: "--coded-only (die alte Schreibweise von {option} coded) widerspricht {option} {other}; geben Sie nur {option} an.",
                            en: "--coded-only (the old spelling of {option} coded) contradicts {option} {other}; give only {option}.")
        }
    }
}

extension MessageCatalogue {
    /// `one` when `count` is 1, else `other`, with the count as the `count` argument.
    public static func counted(_ count: Int, one: Self, other: Self) -> Message {
        Message(count == 1 ? one : other, ["count": .int(count)])
    }
}
