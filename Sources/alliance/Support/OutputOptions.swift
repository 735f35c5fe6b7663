import AllianceGraph
import ArgumentParser
import Foundation

extension TableFormat: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// `--format text|csv|json|markdown`, `--csv plain|excel-de` and `-o/--output FILE`: how every
/// data command (show, classify, metrics, diff, compare, vocab) writes its ``TableDocument``.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(TableMessage.formatOption.text(LanguageOption.forHelp)))
    var format: TableFormat = .text

    @Option(name: .customLong("csv"),
            help: ArgumentHelp(TableMessage.csvOption.text(LanguageOption.forHelp), valueName: "dialect"))
    var csvDialect: CSVDialect?

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp(TableMessage.outputOption.text(LanguageOption.forHelp), valueName: "file"))
    var output: String?

    /// Rejects, in the command's `validate()`, options that do not fit together (messages in `language`).
    func check(_ language: Language) throws {
        if output?.isEmpty == true {
            throw ValidationError(CommandMessage.emptyOutputPath.text(language, ["option": "--output", "example": "table.csv"]))
        }
        if csvDialect != nil && format != .csv {
            throw ValidationError(TableMessage.csvNeedsFormat.text(language))
        }
    }

    /// Renders `document` and prints it (``Terminal/output(_:_:)``), or writes it to ``output``
    /// (``AtomicFile``: atomically, never over one of `inputs`, every file the command read). `choice` names the option that picks one table,
    /// for the message (in `language`) when CSV is asked of a document with several.
    func emit(_ document: TableDocument, inputs: [String] = [], choice: String = "--table", _ language: Language) throws {
        let text: String
        do {
            text = try document.render(format, dialect: csvDialect ?? .plain)
        } catch TableDocumentError.severalTables(let names) {
            Terminal.error("error: " + TableMessage.severalTables.text(language, ["option": .text(choice),
                                                                                  "names": .text(names.joined(separator: "|"))]))
            throw ExitCode.validationFailure
        }
        guard let output else { return try Terminal.output(text, language) }
        do {
            try AtomicFile.write(text, to: output, protecting: inputs)
        } catch {
            Terminal.error(error.text(language))
            throw ExitCode.failure
        }
    }
}
