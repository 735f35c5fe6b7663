import AllianceGraph
import ArgumentParser
import Foundation

/// `--vocabulary FILE`, shared by every command that reads alliance files.
struct VocabularyOption: ParsableArguments {
    @Option(name: .customLong("vocabulary"),
            help: ArgumentHelp("A vocabulary file adding your own actor kinds, formats or topics (repeatable).",
                               valueName: "file"))
    var files: [String] = []

    /// The built-in vocabulary plus the files' terms; prints problems and exits on errors.
    func load() throws -> Vocabulary {
        let (vocabulary, diagnostics) = VocabularyFileReader().read(files: files, extending: .builtIn)
        diagnostics.forEach { Terminal.error($0.description) }
        if diagnostics.containsErrors { throw ExitCode.failure }
        return vocabulary
    }
}

extension VocabularyOption {
    /// Loads alliance files for a command, checked against `vocabulary` (the result of ``load()``,
    /// read once per command so its problems are printed once): prints every problem to standard
    /// error and fails if any file has errors, so that no command works on broken data. The
    /// vocabulary files themselves are not read as alliances.
    func loadAlliances(paths: [String], with vocabulary: Vocabulary) throws -> [Alliance] {
        let results: [LoadResult]
        do {
            results = try AllianceLoader(vocabulary: vocabulary).loadAll(paths: paths, excluding: Set(files))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
        var failed = false
        for result in results {
            result.diagnostics.forEach { Terminal.error($0.description) }
            failed = failed || result.hasErrors
        }
        if failed {
            Terminal.error("error: fix the errors above first; 'alliance validate' lists all problems")
            throw ExitCode.failure
        }
        return results.compactMap(\.alliance)
    }
}
