import AllianceGraph
import ArgumentParser
import Foundation

/// `--vocabulary FILE`, shared by every command that reads alliance files.
struct VocabularyOption: ParsableArguments {
    @Option(name: .customLong("vocabulary"),
            help: ArgumentHelp("A vocabulary file adding your own actor kinds, formats or topics (repeatable).",
                               valueName: "file"))
    var files: [String] = []

    /// The built-in vocabulary plus the files' terms; prints problems (in `language`) and exits on errors.
    func load(_ language: Language) throws -> Vocabulary {
        let (vocabulary, diagnostics) = VocabularyFileReader().read(files: files, extending: .builtIn)
        diagnostics.forEach { Terminal.error($0.text(language)) }
        if diagnostics.containsErrors { throw ExitCode.failure }
        return vocabulary
    }
}

extension VocabularyOption {
    /// Loads alliance files for a command, checked against `vocabulary` (the result of ``load(_:)``,
    /// read once per command so its problems are printed once): prints every problem to standard
    /// error and fails if any file has errors, so that no command works on broken data. The
    /// vocabulary files themselves are not read as alliances. Problems are printed in `language`.
    func loadAlliances(paths: [String], with vocabulary: Vocabulary, _ language: Language) throws -> [Alliance] {
        let results: [LoadResult]
        do {
            results = try AllianceLoader(vocabulary: vocabulary).loadAll(paths: paths, excluding: Set(files))
        } catch {
            Terminal.error(error.text(language))
            throw ExitCode.failure
        }
        var failed = false
        for result in results {
            result.diagnostics.forEach { Terminal.error($0.text(language)) }
            failed = failed || result.hasErrors
        }
        if failed {
            Terminal.error(Message(CommandMessage.fixErrorsFirst), language)
            throw ExitCode.failure
        }
        return results.compactMap(\.alliance)
    }
}
