import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance validate`: checks alliance files and reports every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: HelpMessage.validate.text(LanguageOption.forHelp),
        discussion: HelpMessage.validateDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance validate Graphs/
              alliance validate Graphs/rheinstadt.yaml --vocabulary my-terms.yaml
              alliance validate Graphs/ --format json > problems.json
              alliance validate Graphs/ --lang en
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPathsHolding.text(LanguageOption.forHelp), valueName: "file-or-folder"))
    var paths: [String]

    @OptionGroup var vocabulary: VocabularyOption
    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(HelpMessage.optionValidateFormat.text(LanguageOption.forHelp)))
    var format: TableFormat = .text

    @Flag(help: ArgumentHelp(HelpMessage.optionStrict.text(LanguageOption.forHelp)))
    var strict = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(HelpMessage.optionQuiet.text(LanguageOption.forHelp)))
    var quiet = false

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError(CommandMessage.nameAPath.text(language.language, ["command": "validate"]))
        }
        if format == .csv || format == .markdown {
            throw ValidationError(TableMessage.validateTextOrJSON.text(language.language, ["format": .text(format.rawValue)]))
        }
    }

    func run() throws {
        let lang = language.language
        let vocabulary = try vocabulary.load(lang)
        let results: [LoadResult]
        do {
            results = try AllianceLoader(vocabulary: vocabulary).loadAll(paths: paths, excluding: Set(self.vocabulary.files))
        } catch {
            Terminal.error(error.text(lang))
            throw ExitCode.failure
        }
        let all = results.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        switch format {
        case .text:
            for diagnostic in all where !(quiet && diagnostic.severity != .error) {
                Terminal.error(diagnostic.text(lang))
            }
            let bad = Set(all.filter { $0.severity == .error }.map(\.file)).count
            let summary = Message(CommandMessage.validateSummary, [
                "files": .message(CommandMessage.counted(results.count, one: .filesOne, other: .filesOther)),
                "errors": .message(CommandMessage.counted(errors, one: .errorsOne, other: .errorsOther)),
                "warnings": .message(CommandMessage.counted(warnings, one: .warningsOne, other: .warningsOther)),
                "bad": bad > 0 ? .message(CommandMessage.counted(bad, one: .filesWithErrorsOne, other: .filesWithErrorsOther)) : "",
            ])
            try Terminal.output(summary.text(lang) + "\n", lang)
        case .json, .csv, .markdown:
            let report = ValidationReport(files: results.map { result in
                ValidationReport.File(path: result.file, alliance: result.alliance?.id.rawValue,
                                      diagnostics: result.diagnostics.map { ValidationReport.Item($0, lang) })
            }, errors: errors, warnings: warnings)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try Terminal.output(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n", lang)
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
    }
}

/// The JSON form of a validation run.
private struct ValidationReport: Encodable {
    struct File: Encodable {
        var path: String
        var alliance: String?
        var diagnostics: [Item]
    }
    struct Item: Encodable {
        var severity: String
        var message: String
        /// The catalogue id of the message (stable across languages), e.g. `validation.unknown-key`.
        var messageID: String
        var line: Int?
        var column: Int?
        enum CodingKeys: String, CodingKey {
            case severity, message, messageID = "message_id", line, column
        }
        init(_ diagnostic: Diagnostic, _ language: Language) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message.text(language)
            messageID = diagnostic.message.id
            line = diagnostic.line
            column = diagnostic.column
        }
    }
    var files: [File]
    var errors: Int
    var warnings: Int
}
