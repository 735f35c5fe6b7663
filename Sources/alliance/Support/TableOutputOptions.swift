import AllianceGraph
import ArgumentParser
import Foundation

extension TableFormat: ExpressibleByArgument {}

/// `--format text|csv|json|markdown` and `--output FILE`, shared by metrics, diff and compare.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Output: text (default), csv, json or markdown.")
    var format: TableFormat = .text

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Write to this file instead of standard output (written to a temporary file, then renamed).",
                               valueName: "file"))
    var output: String?

    /// Prints `text`, or writes it to ``output`` via a temporary file in the same folder and a rename,
    /// so that readers never see a half-written file.
    func emit(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: output)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temp)
            guard rename(temp.path, url.path) == 0 else {
                try? FileManager.default.removeItem(at: temp)
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            Terminal.error("\(output): error: cannot write the output file")
            throw ExitCode.failure
        }
    }

    /// Renders several tables: text and Markdown one after the other, JSON as an object keyed by
    /// `names`; CSV takes only one table (the caller must ensure that).
    func render(_ tables: [(name: String, table: ResultTable)]) throws -> String {
        switch format {
        case .text, .markdown:
            return try tables.map { try $0.table.render(format) }.joined(separator: "\n")
        case .csv:
            return try tables.first?.table.render(.csv) ?? ""
        case .json:
            if tables.count == 1 { return try tables[0].table.render(.json) }
            let parts = try tables.map { "\"\($0.name)\": " + (try $0.table.render(.json)).trimmingCharacters(in: .whitespacesAndNewlines) }
            return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
        }
    }
}

/// `--layer` as used by metrics, diff and compare.
func parseLayer(_ text: String?, vocabulary: Vocabulary) throws -> NetworkLayer {
    guard let text else { return .all }
    guard let layer = NetworkLayer(text, vocabulary: vocabulary) else {
        Terminal.error("error: unknown layer '\(text)'; give all, uncoded, a mechanism (\(Mechanism.ids.joined(separator: ", "))) or a format id (see 'alliance vocab')")
        throw ExitCode.validationFailure
    }
    return layer
}
