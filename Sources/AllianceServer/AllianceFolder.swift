import AllianceGraph
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder of alliance files as the web view sees it: every file with its validation result and
/// the last version of it that had no errors, reloaded when a file changes.
///
/// Only files inside the folder are ever read: a symbolic link that leads out of it is left out,
/// and a file is looked up by its name relative to the folder among the files found
/// (``entry(named:)``), never by joining a name from a request onto a path.
///
/// Safe to use from several threads; ``refresh()`` is serialised.
public final class AllianceFolder: @unchecked Sendable {
    /// What a file of the folder is.
    public enum FileKind: String, Sendable, Codable {
        case alliance, vocabulary, initiative, other
    }

    /// One file of the folder.
    public struct Entry: Sendable {
        /// The path relative to the folder, e.g. `rheinstadt.yaml` (the name in URLs).
        public var name: String
        /// The path as read.
        public var path: String
        /// What the file is.
        public var kind: FileKind
        /// The file as loaded now (its alliance, source map and problems).
        public var result: LoadResult
        /// The last version of the alliance that loaded without errors (now, or before the file broke).
        public var lastGood: Alliance?
        /// Counts up each time the file changed on disk (starting at 1).
        public var generation: Int
        /// Counts up each time ``lastGood`` changed: what a diagram drawn from it depends on.
        public var goodGeneration: Int

        /// The errors of the current version.
        public var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }
        /// The warnings of the current version.
        public var warnings: [Diagnostic] { result.diagnostics.filter { $0.severity == .warning } }
    }

    /// The folder.
    public let path: String
    /// The vocabulary the files are read with (the built-in one plus any given).
    public let vocabulary: Vocabulary

    private let lock = NSLock()
    // Guarded by `lock`.
    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    private var stamps: [String: FileStamp] = [:]
    private var folderProblem: String?
    private var version = 0
    private let refreshLock = NSLock()

    /// Creates the view of `path` and loads its files once.
    public init(path: String, vocabulary: Vocabulary = .builtIn) {
        self.path = path
        self.vocabulary = vocabulary
        _ = refresh()
    }

    /// The files, in path order.
    public var files: [Entry] {
        lock.lock()
        defer { lock.unlock() }
        return order.compactMap { entries[$0] }
    }

    /// The file named `name` (relative to the folder), if the folder has it.
    public func entry(named name: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[name]
    }

    /// Counts up every time a refresh found a change.
    public var generation: Int {
        lock.lock()
        defer { lock.unlock() }
        return version
    }

    /// The folder's initiative (its initiative file, read when the folder was last reloaded as a
    /// whole), if it has one that could be read: the survey panels of a handout use it.
    public var initiative: Initiative? {
        refreshLock.lock()
        defer { refreshLock.unlock() }
        return loaded?.initiative?.initiative
    }

    /// Why the folder itself cannot be read (missing, unreadable, a link loop), if so.
    public var problem: String? {
        lock.lock()
        defer { lock.unlock() }
        return folderProblem
    }

    /// Looks at the files' sizes and modification times and reloads what changed, appeared or
    /// went; returns the names of the files that changed (empty: nothing changed).
    ///
    /// When only alliance files changed, only those are read again; the checks across files
    /// (against the folder's initiative file, ``SurveyValidator``) run again over all of them.
    /// A change to a vocabulary or initiative file, or a file appearing or going, reloads the folder.
    ///
    /// - Complexity: one `stat` per file when nothing changed; otherwise a read of each changed
    ///   alliance file plus the cross-file checks, or a reload of every file.
    @discardableResult
    public func refresh() -> [String] {
        refreshLock.lock()
        defer { refreshLock.unlock() }
        let found: [String]
        var problem: String?
        do {
            found = try AllianceLoader.expand(paths: [path]).filter(isInsideFolder)
        } catch {
            found = []
            if case .emptyFolder = error {} else { problem = error.text(.de) }
        }
        var newStamps: [String: FileStamp] = [:]
        for file in found { newStamps[file] = FileStamp(path: file) }
        lock.lock()
        let unchanged = newStamps == stamps && problem == folderProblem
        let oldStamps = stamps
        lock.unlock()
        if unchanged { return [] }

        let touched = found.filter { oldStamps[$0] != newStamps[$0] }
        let results: [LoadResult]
        if let loaded = loaded, Set(found) == Set(oldStamps.keys), problem == folderProblem,
           let changedKinds = try? InputFiles(paths: touched),
           changedKinds.alliances.count == touched.count,
           touched.allSatisfy({ loaded.raw[$0] != nil }) {
            // Only alliance files changed: read those again, check all across files again.
            var raw = loaded.raw
            for result in AllianceLoader(vocabulary: loaded.vocabulary).load(paths: touched) { raw[result.file] = result }
            self.loaded?.raw = raw
            results = SurveyValidator.merge(loaded.vocabularyResults + loaded.allianceOrder.compactMap { raw[$0] },
                                            initiative: loaded.initiative)
        } else {
            results = loadFolder(found)
        }
        lock.lock()
        defer { lock.unlock() }
        var changed: [String] = []
        var next: [String: Entry] = [:]
        var nextOrder: [String] = []
        for result in results {
            let name = relativeName(result.file)
            let kind: FileKind = result.isVocabularyFile ? .vocabulary : result.isInitiativeFile ? .initiative
                : result.alliance != nil || result.hasErrors ? .alliance : .other
            var entry = entries[name] ?? Entry(name: name, path: result.file, kind: kind, result: result, lastGood: nil,
                                                generation: 0, goodGeneration: 0)
            let fileChanged = stamps[result.file] != newStamps[result.file] || entries[name] == nil
            entry.kind = kind
            entry.result = result
            if fileChanged || entry.generation == 0 {
                entry.generation += 1
                changed.append(name)
            }
            if let alliance = result.validAlliance, alliance != entry.lastGood {
                entry.lastGood = alliance
                entry.goodGeneration += 1
            }
            next[name] = entry
            nextOrder.append(name)
        }
        changed += entries.keys.filter { next[$0] == nil }
        entries = next
        order = nextOrder
        stamps = newStamps
        folderProblem = problem
        version += 1
        return changed.sorted()
    }

    /// What a reload of the whole folder read, kept so that a change to one alliance file reads only that file.
    private struct Loaded {
        /// The vocabulary the alliance files were read with (the folder's vocabulary files added).
        var vocabulary: Vocabulary
        var vocabularyResults: [LoadResult]
        var initiative: ParsedInitiativeFile?
        /// The alliance files in load order.
        var allianceOrder: [String]
        /// Each alliance file's result before the checks across files.
        var raw: [String: LoadResult]
    }

    // Only touched under `refreshLock`.
    private var loaded: Loaded?

    /// Reads every file of the folder (as `AllianceLoader.loadAll` does) and keeps what a later
    /// change to one alliance file needs (under `refreshLock`).
    private func loadFolder(_ found: [String]) -> [LoadResult] {
        guard let files = try? InputFiles(paths: found) else {
            loaded = nil
            return (try? AllianceLoader(vocabulary: vocabulary).loadAll(paths: found)) ?? []
        }
        let (extended, _) = files.readVocabularies(onto: vocabulary)
        // The vocabulary files' own results (their problems), as `loadAll` gives them.
        let vocabularyResults = files.vocabularies.isEmpty ? []
            : ((try? AllianceLoader(vocabulary: vocabulary).loadAll(paths: files.vocabularies)) ?? []).filter(\.isVocabularyFile)
        let raw = AllianceLoader(vocabulary: extended).load(paths: files.alliances)
        let initiative = files.readInitiative(vocabulary: extended)
        loaded = Loaded(vocabulary: extended, vocabularyResults: vocabularyResults, initiative: initiative,
                        allianceOrder: files.alliances,
                        raw: Dictionary(raw.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first }))
        return SurveyValidator.merge(vocabularyResults + raw, initiative: initiative)
    }

    /// `file` relative to the folder.
    private func relativeName(_ file: String) -> String {
        let base = path.hasSuffix("/") ? path : path + "/"
        return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : (file as NSString).lastPathComponent
    }

    /// Whether `file`, with every link resolved, lies inside the folder (links leading out are left out).
    private func isInsideFolder(_ file: String) -> Bool {
        guard let root = Self.realPath(path), let real = Self.realPath(file) else { return false }
        return real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// What tells a file's versions apart cheaply: size, modification time (nanoseconds) and inode.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var inode: UInt64

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        } else {
            size = -1
            seconds = 0
            nanoseconds = 0
            inode = 0
        }
    }
}
