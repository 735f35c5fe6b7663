import Foundation

/// One data file after reading and checking: an alliance file, or a vocabulary file found among
/// the paths (``InputFiles``), which has no alliance.
public struct LoadResult: Sendable {
    /// The file as the user named it.
    public var file: String
    /// The alliance, when the file could be read. It may still have errors; see ``hasErrors``.
    /// `nil` for a vocabulary file.
    public var alliance: Alliance?
    /// Where each part stands in the file.
    public var sourceMap: SourceMap
    /// All problems of the file: errors first, then warnings, each in file order.
    public var diagnostics: [Diagnostic]

    /// Whether the file is a vocabulary file rather than an alliance file.
    public var isVocabularyFile = false

    /// Whether the file has errors and must not be used.
    public var hasErrors: Bool { diagnostics.containsErrors }
    /// The alliance, if the file has no errors.
    public var validAlliance: Alliance? { hasErrors ? nil : alliance }
}

/// Finds, reads and checks alliance files: the front door for library users and the CLI.
///
/// ```swift
/// let loader = AllianceLoader(vocabulary: .builtIn)
/// let result = loader.load(path: "Graphs/musterstadt.yaml")
/// if let alliance = result.validAlliance { … } else { result.diagnostics.forEach { print($0) } }
/// ```
public struct AllianceLoader: Sendable {
    /// The user's vocabulary (built-in plus their vocabulary files): the base of every alliance loaded,
    /// to which each file adds its own terms (``Alliance/vocabulary``).
    public var vocabulary: Vocabulary

    /// The file name endings read as alliance files.
    public static let fileExtensions = ["yaml", "yml", "json"]

    /// Creates a loader whose alliances extend `vocabulary` (see ``VocabularyFileReader/read(files:extending:)``
    /// for the user's vocabulary files; ``Vocabulary/builtIn`` when there are none).
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Reads and checks the file at `path`.
    public func load(path: String) -> LoadResult {
        let text: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let decoded = String(data: data, encoding: .utf8) else {
                return LoadResult(file: path, alliance: nil, sourceMap: SourceMap(file: path), diagnostics: [
                    Diagnostic(.error, Message(ValidationMessage.notUTF8), file: path)])
            }
            text = decoded
        } catch {
            return LoadResult(file: path, alliance: nil, sourceMap: SourceMap(file: path), diagnostics: [
                Diagnostic(.error, Message(ValidationMessage.cannotRead, ["reason": Self.reason(error)]), file: path)])
        }
        return load(text: text, file: path)
    }

    /// Reads and checks `text` as the content of `file`.
    public func load(text: String, file: String) -> LoadResult {
        let parsed = AllianceFileReader(vocabulary: vocabulary).read(text: text, file: file)
        var diagnostics = parsed.diagnostics
        if let alliance = parsed.alliance {
            diagnostics += AllianceValidator().validate(alliance, sourceMap: parsed.sourceMap)
        }
        return LoadResult(file: file, alliance: parsed.alliance, sourceMap: parsed.sourceMap,
                          diagnostics: diagnostics.sortedForDisplay())
    }

    /// Reads and checks every file `paths` name; folders stand for the data files in them.
    ///
    /// Vocabulary files among them (see ``InputFiles``) come first: their terms are added to
    /// ``vocabulary`` for every alliance, and each gives a result without an alliance that holds its
    /// problems. The alliance files follow in path order.
    public func loadAll(paths: [String], excluding excluded: Set<String> = []) throws(LoadError) -> [LoadResult] {
        let files = try InputFiles(paths: paths, excluding: excluded)
        let (extended, problems) = files.readVocabularies(onto: vocabulary)
        let vocabularyResults = files.vocabularies.map { file in
            LoadResult(file: file, alliance: nil, sourceMap: SourceMap(file: file),
                       diagnostics: problems.filter { $0.file == file }.sortedForDisplay(), isVocabularyFile: true)
        }
        let loader = AllianceLoader(vocabulary: extended)
        return vocabularyResults + files.alliances.map { loader.load(path: $0) }
    }

    /// The alliance files `paths` stand for: files as given, folders searched recursively for
    /// `.yaml`, `.yml` and `.json` files (hidden ones skipped), sorted by path.
    public static func expand(paths: [String], excluding excluded: Set<String> = []) throws(LoadError) -> [String] {
        let fileManager = FileManager.default
        let excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .notFound(path)
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            var found: [String] = []
            let base = URL(fileURLWithPath: path)
            let enumerator = fileManager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                    options: [.skipsHiddenFiles])
            while let url = enumerator?.nextObject() as? URL {
                guard fileExtensions.contains(url.pathExtension.lowercased()),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      !excludedPaths.contains(url.standardizedFileURL.path) else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count))
                    .trimmingPrefix("/")
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            guard !found.isEmpty else { throw .emptyFolder(path) }
            result += found.sorted()
        }
        return result
    }

    static func reason(_ error: any Error) -> MessageArgument {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return .message(Message(ValidationMessage.reasonNoSuchFile))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError {
            return .message(Message(ValidationMessage.reasonPermissionDenied))
        }
        return .text(nsError.localizedDescription)
    }
}

/// Why the files to load could not even be found.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(String)
    /// A folder holds no alliance files.
    case emptyFolder(String)

    /// `path: error: …` with the message in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .notFound(let path): "\(path): error: " + ValidationMessage.notFound.text(language)
        case .emptyFolder(let path): "\(path): error: " + ValidationMessage.emptyFolder.text(language)
        }
    }

    /// ``text(_:)`` in German, the default language.
    public var description: String { text(.de) }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
