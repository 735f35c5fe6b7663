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
        if files.alliances.isEmpty {
            // Only vocabulary, initiative, answer-key or style files (or --vocabulary files): nothing to work on.
            // Each is named at its first key, which says what kind of file it is.
            let kinds: [(CommandMessage, [String])] = [(.fileIsInitiative, files.initiatives), (.fileIsVocabulary, files.vocabularies + self.files.filter(paths.contains)),
                                                       (.fileIsAnswerKey, files.answerKeys), (.fileIsStyle, files.styles)]
            let others = kinds.flatMap { kind, files in files.map { (kind, $0) } }
            if others.isEmpty { Terminal.error(Message(CommandMessage.noAllianceFiles, ["paths": .text(paths.joined(separator: ", "))]), language) }
            for (kind, file) in others {
                Terminal.error(Message(CommandMessage.onlyOtherFiles, ["what": .message(Message(kind))]), file: Self.firstKey(of: file).description, language)
            }
            throw ExitCode.failure
        }
        let (vocabulary, diagnostics) = files.readVocabularies(onto: base)
        diagnostics.forEach { Terminal.error($0.text(language)) }
        if diagnostics.containsErrors { throw ExitCode.failure }
        return CommandInput(vocabulary: vocabulary, allianceFiles: files.alliances, found: files,
                            files: self.files + files.vocabularies + files.initiatives + files.alliances + files.styles)
    }

    /// Where the first top-level key of data file `path` begins (the first line that is neither
    /// blank, a comment nor a document marker), which says what kind of file it is; line 1,
    /// column 1 when there is none or the file cannot be read.
    static func firstKey(of path: String) -> SourceLocation {
        let text = (FileManager.default.contents(atPath: path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.unicodeScalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" && $0 != "\u{FEFF}" }) else { continue }
            let rest = line.unicodeScalars[first...]
            if rest.first == "#" || rest.starts(with: "---".unicodeScalars) || rest.starts(with: "%".unicodeScalars) { continue }
            return SourceLocation(file: path, line: index + 1, column: line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: first) + 1)
        }
        return SourceLocation(file: path, line: 1, column: 1)
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
