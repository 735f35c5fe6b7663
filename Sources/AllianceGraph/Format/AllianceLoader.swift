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
    /// Whether the file is the initiative file (``InitiativeFileReader``) rather than an alliance file.
    public var isInitiativeFile = false
    /// Whether the file is a style file (``StyleFileReader``) rather than an alliance file.
    public var isStyleFile = false

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
        do {
            return load(text: try TextFile.read(path), file: path)
        } catch {
            return LoadResult(file: path, alliance: nil, sourceMap: SourceMap(file: path), diagnostics: [error.diagnostic(path)])
        }
    }

    /// Reads and checks the files at `paths`, several at a time (one per core); the results are in
    /// the order of `paths`, the same as loading them one after another.
    /// - Complexity: O(total size of the files), spread over the active processors.
    public func load(paths: [String]) -> [LoadResult] {
        IndexedResults.map(paths.count) { load(path: paths[$0]) }
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
    /// problems. An initiative file among them (docs/SURVEYS.md) follows with its problems; the
    /// alliance files follow in path order, with the problems across files (``SurveyValidator``);
    /// style files (``StyleFileReader``) come last, their actor kinds and formats checked against
    /// the vocabularies of all the alliances.
    public func loadAll(paths: [String], excluding excluded: Set<String> = []) throws(LoadError) -> [LoadResult] {
        let files = try InputFiles(paths: paths, excluding: excluded)
        let (extended, problems) = files.readVocabularies(onto: vocabulary)
        let vocabularyResults = files.vocabularies.map { file in
            LoadResult(file: file, alliance: nil, sourceMap: SourceMap(file: file),
                       diagnostics: problems.filter { $0.file == file }.sortedForDisplay(), isVocabularyFile: true)
        }
        let loader = AllianceLoader(vocabulary: extended)
        let merged = SurveyValidator.merge(vocabularyResults + loader.load(paths: files.alliances),
                                           initiative: files.readInitiative(vocabulary: extended))
        // Style files last: their kinds and formats are checked against every vocabulary in use.
        let vocabularies = [extended] + merged.compactMap { $0.alliance?.vocabulary }
        return merged + files.styles.map { file in
            let parsed = StyleFileReader().read(path: file)
            let warnings = parsed.diagnostics.containsErrors ? [] : parsed.vocabularyWarnings(vocabularies)
            return LoadResult(file: file, alliance: nil, sourceMap: SourceMap(file: file),
                              diagnostics: (parsed.diagnostics + warnings).sortedForDisplay(), isStyleFile: true)
        }
    }

    /// The alliance files `paths` stand for: files as given, folders searched recursively for
    /// `.yaml`, `.yml` and `.json` files (hidden ones skipped), sorted by path.
    ///
    /// Symbolic links to files are followed. A link to a file that leads in a circle or nowhere is
    /// kept among the files, so that loading it reports which (``load(path:)``). Links to folders
    /// inside a folder are not followed, except that one leading back to a folder that contains it
    /// is an error (it would be a loop).
    /// - Throws: ``LoadError`` for an empty path, a path that does not exist, a folder that cannot be
    ///   read or holds no alliance files, and a folder link leading back into its folder.
    public static func expand(paths: [String], excluding excluded: Set<String> = []) throws(LoadError) -> [String] {
        let excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        var result: [String] = []
        for path in paths {
            if path.isEmpty { throw .emptyPath }
            var info = stat(), link = stat()
            guard stat(path, &info) == 0 else {
                // A link leading in a circle or nowhere: loading it says which.
                guard lstat(path, &link) == 0 else { throw .notFound(path) }
                result.append(path)
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                result.append(path)
                continue
            }
            var found: [String] = []
            try scan(path, ancestors: [FolderIdentity(info)], excluded: excludedPaths, into: &found)
            guard !found.isEmpty else { throw .emptyFolder(path) }
            result += found.sorted()
        }
        return result
    }

    /// A folder by device and inode, to recognise it under another name.
    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Adds the alliance files in `folder` and its subfolders to `found`.
    private static func scan(_ folder: String, ancestors: [FolderIdentity], excluded: Set<String>,
                             into found: inout [String]) throws(LoadError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableFolder(folder, reason(error))
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let isAllianceFile = fileExtensions.contains((name as NSString).pathExtension.lowercased())
            var link = stat(), info = stat()
            guard lstat(path, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            guard stat(path, &info) == 0 else {
                if isLink && isAllianceFile { found.append(path) }  // leads in a circle or nowhere: reported when loaded
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if isLink {
                    if ancestors.contains(FolderIdentity(info)) { throw .folderLoop(path) }
                    continue
                }
                try scan(path, ancestors: ancestors + [FolderIdentity(info)], excluded: excluded, into: &found)
            case S_IFREG:
                if isAllianceFile, !excluded.contains(URL(fileURLWithPath: path).standardizedFileURL.path) { found.append(path) }
            default:
                continue
            }
        }
    }

    static func reason(_ error: any Error) -> MessageArgument {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return .message(Message(ValidationMessage.reasonNoSuchFile))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError
            || (nsError.domain == NSPOSIXErrorDomain && nsError.code == Int(EACCES)) {
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
    /// An empty path (`""`) was given.
    case emptyPath
    /// A folder cannot be read; the reason in words.
    case unreadableFolder(String, MessageArgument)
    /// A symbolic link inside a folder leads back to a folder that contains it.
    case folderLoop(String)

    /// `path: error: …` with the message in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .notFound(let path): "\(path): error: " + ValidationMessage.notFound.text(language)
        case .emptyFolder(let path): "\(path): error: " + ValidationMessage.emptyFolder.text(language)
        case .emptyPath: "error: " + ValidationMessage.emptyPath.text(language)
        case .unreadableFolder(let path, let reason):
            "\(path): error: " + Message(ValidationMessage.unreadableFolder, ["reason": reason]).text(language)
        case .folderLoop(let path): "\(path): error: " + ValidationMessage.folderLoop.text(language)
        }
    }

    /// ``text(_:)`` in German, the default language.
    public var description: String { text(.de) }
}
