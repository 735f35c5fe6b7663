import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance validate`: checks alliance files and reports every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check alliance files and report every problem with file, line and column.",
        discussion: """
            Folders are searched for .yaml, .yml and .json files. Problems are printed to
            standard error as 'file:line:column: error: …' (or 'warning: …'); the summary goes
            to standard output. The exit status is 1 when any file has an error.

            Examples:
              alliance validate Graphs/
              alliance validate Graphs/rheinstadt.yaml --vocabulary my-terms.yaml
              alliance validate Graphs/ --format json > problems.json
            """
    )

    @Argument(help: ArgumentHelp("Alliance files or folders holding them.", valueName: "file-or-folder"))
    var paths: [String]

    @OptionGroup var vocabulary: VocabularyOption

    @Option(help: "Output: text (default) or json.")
    var format: DataFormat = .text

    @Flag(help: "Treat warnings as errors (exit status 1 when there are any).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only errors, not warnings.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one alliance file or folder, e.g. 'alliance validate Graphs/'.") }
    }

    func run() throws {
        let vocabulary = try vocabulary.load()
        let results: [LoadResult]
        do {
            results = try AllianceLoader(vocabulary: vocabulary).loadAll(paths: paths, excluding: Set(self.vocabulary.files))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
        let all = results.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.count - errors
        switch format {
        case .text:
            for diagnostic in all where !(quiet && diagnostic.severity == .warning) {
                Terminal.error(diagnostic.description)
            }
            let files = results.count == 1 ? "1 file" : "\(results.count) files"
            let bad = Set(all.filter { $0.severity == .error }.map(\.file)).count
            print("\(files) checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                  + (bad > 0 ? " (\(bad) file\(bad == 1 ? "" : "s") with errors)" : ""))
        case .json:
            let report = ValidationReport(files: results.map { result in
                ValidationReport.File(path: result.file, alliance: result.alliance?.id.rawValue,
                                      diagnostics: result.diagnostics.map(ValidationReport.Item.init))
            }, errors: errors, warnings: warnings)
            try printJSON(report)
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
        var line: Int?
        var column: Int?
        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            line = diagnostic.line
            column = diagnostic.column
        }
    }
    var files: [File]
    var errors: Int
    var warnings: Int
}
