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
        }
    }
}

extension MessageCatalogue {
    /// `one` when `count` is 1, else `other`, with the count as the `count` argument.
    public static func counted(_ count: Int, one: Self, other: Self) -> Message {
        Message(count == 1 ? one : other, ["count": .int(count)])
    }
}
