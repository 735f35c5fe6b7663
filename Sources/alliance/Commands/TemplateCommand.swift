import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance template`: the empty workbook (or CSV files) a managing office fills in. The work is
/// the library's (``SpreadsheetTemplate``); this only chooses and writes.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: SpreadsheetMessage.templateAbstract.text(LanguageOption.forHelp),
        discussion: SpreadsheetMessage.templateDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance template -o buendnis.xlsx
              alliance template --lang en -o alliance.xlsx
              alliance template -o buendnis-csv
            """
    )

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp(SpreadsheetMessage.templateOptionOutput.text(LanguageOption.forHelp), valueName: "file.xlsx|folder"))
    var output: String?

    @Flag(help: ArgumentHelp(SpreadsheetMessage.optionForce.text(LanguageOption.forHelp)))
    var force = false

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        guard let output, !output.isEmpty else { throw ValidationError(SpreadsheetMessage.templateOutputRequired.text(language.language)) }
    }

    func run() throws {
        let l = language.language
        guard let output else { throw ExitCode.failure }
        let template = SpreadsheetTemplate(vocabulary: try vocabulary.load(l), language: l)
        try refuseExisting(output, force: force, l)
        do {
            if (output as NSString).pathExtension.lowercased() == "xlsx" {
                try AtomicFile.write(try template.workbook(), to: output, protecting: vocabulary.files)
            } else {
                do throws(AtomicFile.Reason) {
                    try AtomicFile.createFolder(output)
                } catch {
                    Terminal.error(AtomicFile.WriteError.failed(output, error).text(l))
                    throw ExitCode.failure
                }
                for file in try template.csvFiles() {
                    try AtomicFile.write(file.text, to: (output as NSString).appendingPathComponent(file.name), protecting: vocabulary.files)
                }
            }
        } catch let error as AtomicFile.WriteError {
            Terminal.error(error.text(l))
            throw ExitCode.failure
        }
        if Terminal.stderrIsTerminal { Terminal.error(SpreadsheetMessage.templateWrote.text(l, ["path": .text(output)])) }
    }
}

/// Fails with a message when `path` exists and `force` is not given.
func refuseExisting(_ path: String, force: Bool, _ language: Language) throws {
    var info = stat()
    guard !force, lstat(path, &info) == 0 else { return }
    Terminal.error(Message(SpreadsheetMessage.outputExists, ["path": .text(path)]), language)
    throw ExitCode.failure
}
