import Foundation

/// The data files a list of paths stands for, told apart by their content: alliance files,
/// vocabulary files, initiative files, answer keys and style files.
///
/// Folders are searched recursively for `.yaml`, `.yml` and `.json` files (hidden ones skipped,
/// see ``AllianceLoader/expand(paths:excluding:)``). A file holding only vocabulary sections
/// (``VocabularyFileReader/isVocabularyFile(text:)``) is a vocabulary file wherever it lies, in a
/// folder or named directly: its terms apply to every alliance read with it, as if it had been given
/// with `--vocabulary` after the files given so. Every other file is an alliance file.
///
/// ```swift
/// let files = try InputFiles(paths: ["Graphs/"])
/// let (vocabulary, problems) = files.readVocabularies(onto: .builtIn)
/// let results = files.alliances.map { AllianceLoader(vocabulary: vocabulary).load(path: $0) }
/// ```
public struct InputFiles: Sendable, Hashable {
    /// The alliance files, sorted by path within each folder, in the order the paths were given.
    public var alliances: [String]
    /// The vocabulary files found among the paths, in the same order.
    public var vocabularies: [String]
    /// The initiative files found among the paths (``InitiativeFileReader/isInitiativeFile(text:)``);
    /// normally one, e.g. `initiative.yaml` beside the alliance files.
    public var initiatives: [String]
    /// The answer keys of evaluation corpora found among the paths (``EvaluationKey/isAnswerKey(text:)``),
    /// e.g. `expected.yaml` beside the corpus's alliance files; read by `alliance classify --evaluate`.
    public var answerKeys: [String]
    /// The style files found among the paths (``StyleFileReader``, top-level key `style`), e.g.
    /// `workshop-style.yaml`: `alliance render` and `alliance report` draw with them as with `--style`.
    public var styles: [String]

    /// Creates the lists directly.
    public init(alliances: [String], vocabularies: [String] = [], initiatives: [String] = [], answerKeys: [String] = [],
                styles: [String] = []) {
        self.alliances = alliances
        self.vocabularies = vocabularies
        self.initiatives = initiatives
        self.answerKeys = answerKeys
        self.styles = styles
    }

    /// Finds the files `paths` stand for (skipping `excluded`, e.g. the `--vocabulary` files) and
    /// sorts them into alliance and vocabulary files by their content.
    /// - Throws: ``LoadError`` when a path does not exist or a folder holds no alliance files
    ///   (none at all, or only vocabulary files).
    /// - Complexity: reads every file once, several at a time (one per core); only files whose
    ///   line starts do not show them to be alliance files are parsed (``Kind/init(text:)``).
    public init(paths: [String], excluding excluded: Set<String> = []) throws(LoadError) {
        var alliances: [String] = [], vocabularies: [String] = [], initiatives: [String] = [], answerKeys: [String] = []
        var styles: [String] = []
        var found: [(path: String, files: [String])] = []
        for path in paths { found.append((path, try AllianceLoader.expand(paths: [path], excluding: excluded))) }
        let all = found.flatMap(\.files)
        let kinds = IndexedResults.map(all.count) { Self.kind(of: all[$0]) }
        var next = 0
        for (path, files) in found {
            let before = alliances.count
            for file in files {
                defer { next += 1 }
                switch kinds[next] {
                case .vocabulary: vocabularies.append(file)
                case .initiative: initiatives.append(file)
                case .answerKey: answerKeys.append(file)
                case .style: styles.append(file)
                case .alliance: alliances.append(file)
                }
            }
            var isDirectory: ObjCBool = false
            if alliances.count == before, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
               isDirectory.boolValue {
                throw .emptyFolder(path)
            }
        }
        self.init(alliances: alliances, vocabularies: vocabularies, initiatives: initiatives, answerKeys: answerKeys, styles: styles)
    }

    /// `base` (the built-in vocabulary plus the `--vocabulary` files) with the terms of the
    /// vocabulary files found added in order, and their problems.
    public func readVocabularies(onto base: Vocabulary) -> (Vocabulary, [Diagnostic]) {
        VocabularyFileReader().read(files: vocabularies, extending: base)
    }

    /// The kinds of data file, told apart by their top-level keys.
    enum Kind: Sendable, Equatable {
        case alliance, vocabulary, initiative, answerKey, style

        /// The kind of a file whose top-level mapping has `keys`.
        init(keys: [String]) {
            if VocabularyFileReader.isVocabularyFile(keys: keys) { self = .vocabulary }
            else if EvaluationKey.isAnswerKey(keys: keys) { self = .answerKey }
            else if InitiativeFileReader.isInitiativeFile(keys: keys) { self = .initiative }
            else if StyleFileReader.isStyleFile(keys: keys) { self = .style }
            else { self = .alliance }
        }

        /// The kind of the data file `text`. Text that is not a YAML mapping (also broken YAML)
        /// counts as an alliance file, whose reader then reports what is wrong.
        ///
        /// Most files are alliance files in block style, whose keys a scan of the line starts
        /// gives (``YAMLDocument/scannedTopLevelKeys(_:)``) without parsing; only a file the scan
        /// cannot place as an alliance file is parsed, so a broken vocabulary file is still an
        /// alliance file here, as before.
        /// - Complexity: O(*n*) in the length of the text.
        init(text: String) {
            if let keys = YAMLDocument.scannedTopLevelKeys(text), Kind(keys: keys) == .alliance {
                self = .alliance
            } else {
                self = YAMLDocument.composedTopLevelKeys(text).map(Kind.init(keys:)) ?? .alliance
            }
        }
    }

    private static func kind(of path: String) -> Kind {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .alliance
        }
        return Kind(text: text)
    }

    /// The first initiative file read against `vocabulary`, with a second one reported as an error.
    public func readInitiative(vocabulary: Vocabulary) -> ParsedInitiativeFile? {
        guard let first = initiatives.first else { return nil }
        var parsed = InitiativeFileReader(vocabulary: vocabulary).read(path: first)
        for other in initiatives.dropFirst() {
            parsed.diagnostics.append(Diagnostic(.error, Message(SurveyMessage.severalInitiativeFiles, ["other": .text(first)]), file: other))
        }
        return parsed
    }
}

extension String {
    /// Whether the text holds `word` byte for byte (C `strstr` on the UTF-8: much faster than
    /// Foundation's `contains` on every file of a large folder; a NUL byte ends the search).
    func mentions(_ word: String) -> Bool {
        withCString { text in word.withCString { strstr(text, $0) != nil } }
    }
}
