import AllianceGraph
import ArgumentParser
import Foundation

/// `--vocabulary FILE`, shared by every command that reads alliance files.
struct VocabularyOption: ParsableArguments {
    @Option(name: .customLong("vocabulary"),
            help: ArgumentHelp(HelpMessage.vocabulary.text(LanguageOption.forHelp), valueName: "file"))
    var files: [String] = []

    /// The built-in vocabulary plus the files' terms; prints problems (in `language`) and exits on errors.
    func load(_ language: Language) throws -> Vocabulary {
        let (vocabulary, diagnostics) = VocabularyFileReader().read(files: files, extending: .builtIn)
        diagnostics.forEach { Terminal.error($0.text(language)) }
        if diagnostics.containsErrors { throw ExitCode.failure }
        return vocabulary
    }
}

/// What a command reads: the user's vocabulary and the alliance files.
struct CommandInput {
    /// The built-in vocabulary plus the `--vocabulary` files plus the vocabulary files found among
    /// the paths (``InputFiles``), in that order.
    var vocabulary: Vocabulary
    /// The alliance files the paths stand for (vocabulary files and `--vocabulary` files left out).
    var allianceFiles: [String]
    /// The files found, sorted by kind (for the initiative file among them).
    var found = InputFiles(alliances: [])
    /// Every file the command reads: the `--vocabulary` files, the vocabulary files found among the
    /// paths, the alliance files and the style files among the paths. No output may be written over one of them (``AtomicFile``).
    var files: [String]
}

extension VocabularyOption {
    /// Reads the `--vocabulary` files (``load(_:)``), finds the files `paths` stand for and adds the
    /// vocabulary files among them, recognised by their content (``InputFiles``), as if they had been
    /// given with `--vocabulary`. Prints every problem (in `language`) to standard error and fails on
    /// errors. Read once per command, so that problems are printed once.
    func load(paths: [String], _ language: Language) throws -> CommandInput {
        let base = try load(language)
        let files: InputFiles
        do {
            files = try InputFiles(paths: paths, excluding: Set(self.files))
        } catch {
            Terminal.error(error.text(language))
            throw ExitCode.failure
        }
        let (vocabulary, diagnostics) = files.readVocabularies(onto: base)
        diagnostics.forEach { Terminal.error($0.text(language)) }
        if diagnostics.containsErrors { throw ExitCode.failure }
        return CommandInput(vocabulary: vocabulary, allianceFiles: files.alliances, found: files,
                            files: self.files + files.vocabularies + files.initiatives + files.alliances + files.styles)
    }

    /// Loads the alliance files of `input`, checked against its vocabulary: prints every problem to
    /// standard error (in `language`) and fails if any file has errors, so that no command works on
    /// broken data.
    func loadAlliances(_ input: CommandInput, _ language: Language) throws -> [Alliance] {
        try loadPanel(input, language).alliances
    }

    /// Loads the alliance files of `input` (as ``loadAlliances(_:_:)``) together with the initiative
    /// file among them, if any, checked across files (``SurveyValidator``): the panel the survey
    /// tables are made from.
    func loadPanel(_ input: CommandInput, _ language: Language) throws -> SurveyPanel {
        let loader = AllianceLoader(vocabulary: input.vocabulary)
        let parsed = input.found.readInitiative(vocabulary: input.vocabulary)
        let results = SurveyValidator.merge(loader.load(paths: input.allianceFiles), initiative: parsed)
        var failed = false
        for result in results {
            // Notes (a label read as its id) are for `alliance validate` only.
            result.diagnostics.filter { $0.severity != .note }.forEach { Terminal.error($0.text(language)) }
            failed = failed || result.hasErrors
        }
        if failed {
            Terminal.error(Message(CommandMessage.fixErrorsFirst), language)
            throw ExitCode.failure
        }
        return SurveyPanel(alliances: results.compactMap(\.alliance), initiative: parsed?.initiative)
    }
}
