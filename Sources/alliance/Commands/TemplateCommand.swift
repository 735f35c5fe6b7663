import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance template`: the empty workbook (or CSV files) a managing office fills in. The work is
/// the library's (``SpreadsheetTemplate``); this only chooses and writes.
struct TemplateCommand: NewOutputCommand {
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

    static let outputRequired = SpreadsheetMessage.templateOutputRequired

    func validate() throws { try validateOutput() }

    func run() throws {
        let l = language.language
        let template = SpreadsheetTemplate(vocabulary: try vocabulary.load(l), language: l)
        let output = try newOutput()
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

/// What `alliance template` and `alliance import` share: one output named with `-o` (required, a
/// clear message when missing), written only where nothing is yet unless `--force` is given.
protocol NewOutputCommand: ParsableCommand {
    /// `-o`: the output.
    var output: String? { get }
    /// `--force`: replace an existing output.
    var force: Bool { get }
    /// `--lang`.
    var language: LanguageOption { get }
    /// The message when `-o` is missing, with an example.
    static var outputRequired: SpreadsheetMessage { get }
}

extension NewOutputCommand {
    /// Refuses a missing or empty `-o`.
    func validateOutput() throws {
        guard let output, !output.isEmpty else { throw ValidationError(Self.outputRequired.text(language.language)) }
    }

    /// The output, once it is clear that it may be written: fails with a message when it exists and
    /// `--force` is not given.
    func newOutput() throws -> String {
        guard let output else { throw ExitCode.failure }
        var info = stat()
        guard !force, lstat(output, &info) == 0 else { return output }
        Terminal.error(Message(SpreadsheetMessage.outputExists, ["path": .text(output)]), language.language)
        throw ExitCode.failure
    }
}
