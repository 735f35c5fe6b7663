import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance import`: a filled-in template as an alliance file. The work is the library's
/// (``SpreadsheetImporter``, ``AllianceFileWriter``, ``AllianceLoader``); this only reads, reports and writes.
struct ImportCommand: NewOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: SpreadsheetMessage.importAbstract.text(LanguageOption.forHelp),
        discussion: SpreadsheetMessage.importDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance import buendnis.xlsx -o Graphs/musterstadt.yaml
              alliance import buendnis-csv/ -o Graphs/musterstadt.yaml
              alliance import Akteure.csv Kooperationen.csv Bündnis.csv -o musterstadt.yaml --force
            """
    )

    @Argument(help: ArgumentHelp(SpreadsheetMessage.importOptionInput.text(LanguageOption.forHelp), valueName: "file.xlsx|folder|file.csv"))
    var paths: [String]

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp(SpreadsheetMessage.importOptionOutput.text(LanguageOption.forHelp), valueName: "file.yaml"))
    var output: String?

    @Flag(help: ArgumentHelp(SpreadsheetMessage.optionForce.text(LanguageOption.forHelp)))
    var force = false

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    static let outputRequired = SpreadsheetMessage.importOutputRequired

    func validate() throws { try validateOutput() }

    func run() throws {
        let l = language.language
        guard let output else { throw ExitCode.failure }
        let words = try vocabulary.load(l)
        let result = SpreadsheetImporter(vocabulary: words).read(paths: paths)
        var problems = result.diagnostics.map { $0.text(l) }
        var errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        var text: String?
        // Commented in the language --lang names, else in the headers' language.
        if let yaml = try result.yaml(sources: paths, vocabularyFiles: vocabulary.files, language: LanguageOption.given) {
            // The file as written is checked again; a problem here is the program's, reported at the output's lines.
            let check = AllianceLoader(vocabulary: words).load(text: yaml, file: output).diagnostics.filter { $0.severity == .error }
            problems += check.map { $0.text(l) }
            errors += check.count
            text = yaml
        }
        problems.forEach(Terminal.error)
        guard errors == 0, let text, let alliance = result.alliance else {
            Terminal.error(SpreadsheetMessage.importFailed.text(l, ["errors": .int(max(errors, 1)), "warnings": .int(warnings)]))
            throw ExitCode.failure
        }
        _ = try newOutput()
        do {
            try AtomicFile.write(text, to: output, protecting: result.inputs + vocabulary.files)
        } catch {
            Terminal.error(error.text(l))
            throw ExitCode.failure
        }
        Terminal.error(SpreadsheetMessage.importWrote.text(l, ["path": .text(output), "actors": .int(alliance.actors.count),
                                                               "relations": .int(alliance.relations.count),
                                                               "errors": .int(0), "warnings": .int(warnings)]))
    }
}
