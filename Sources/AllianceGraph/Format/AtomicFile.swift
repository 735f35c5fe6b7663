import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way output is written, so that nothing is lost: never over an input, never half a file.
///
/// - The target is compared with every input by file identity (device and inode) and by its
///   resolved path, so an input is refused also when it is named through a symbolic link, a hard
///   link or `..`.
/// - A symbolic link is followed to its target, and the target is replaced.
/// - A regular file is written into a temporary file in the same folder and renamed over the target
///   in one step; the temporary file gets the target's permissions (and owner, where allowed), and
///   is removed when anything fails (e.g. a full disk).
/// - A regular file with several names (hard links) is written in place, so that every name keeps
///   showing the same file; the space is reserved first, so a full disk leaves the old content as it was.
/// - Character devices (`/dev/null`, a terminal) and pipes (FIFOs) are written to directly.
/// - A folder, a block device or a socket is refused with a clear message.
/// - An existing file the user may not write to is not replaced.
public enum AtomicFile {
    /// Why writing failed, in words the user understands.
    public enum Reason: Error, Equatable, Sendable, CustomStringConvertible {
        /// No space left on the device (`ENOSPC`, `EDQUOT`).
        case diskFull
        /// No permission to write (`EACCES`, `EPERM`).
        case noPermission
        /// The file system is read-only (`EROFS`).
        case readOnlyFileSystem
        /// Symbolic links that point at each other.
        case linkLoop
        /// The system's own words for any other error.
        case other(String)

        /// The reason for the C error number `code`.
        public init(errno code: Int32) {
            switch code {
            case ENOSPC, EDQUOT: self = .diskFull
            case EACCES, EPERM: self = .noPermission
            case EROFS: self = .readOnlyFileSystem
            case ELOOP: self = .linkLoop
            default: self = .other(String(cString: strerror(code)))
            }
        }

        /// The reason in `language`.
        public func text(_ language: Language) -> String {
            switch self {
            case .diskFull: OutputMessage.diskFull.text(language)
            case .noPermission: OutputMessage.noPermission.text(language)
            case .readOnlyFileSystem: OutputMessage.readOnlyFileSystem.text(language)
            case .linkLoop: OutputMessage.linkLoop.text(language)
            case .other(let reason): reason
            }
        }

        /// ``text(_:)`` in German, the default language.
        public var description: String { text(.de) }
    }

    /// Why a file was not written.
    public enum WriteError: Error, CustomStringConvertible, Equatable {
        /// The target is one of the input files (`input` as it was given, when it is named differently).
        case wouldOverwriteInput(String, input: String? = nil)
        /// The target is a folder.
        case isFolder(String)
        /// The target is a block device or a socket.
        case notAFile(String)
        /// The file system refused.
        case failed(String, Reason)

        /// `path: error: …` with the message in `language`.
        public func text(_ language: Language) -> String {
            "\(path): error: " + message(language)
        }

        /// What went wrong, in `language`, without the path (for lists that name the file already).
        public func message(_ language: Language) -> String {
            switch self {
            case .wouldOverwriteInput(_, let input):
                let same: MessageArgument = input.map { .message(Message(OutputMessage.sameFileAs, ["input": .text($0)])) } ?? ""
                return OutputMessage.refusingToOverwriteInput.text(language, ["same": same])
            case .isFolder:
                return OutputMessage.isFolder.text(language)
            case .notAFile:
                return OutputMessage.notAFile.text(language)
            case .failed(_, let reason):
                return OutputMessage.cannotWriteFile.text(language, ["reason": .text(reason.text(language))])
            }
        }

        /// The file that was to be written.
        public var path: String {
            switch self {
            case .wouldOverwriteInput(let path, _), .isFolder(let path), .notAFile(let path), .failed(let path, _): path
            }
        }

        /// ``text(_:)`` in German, the default language.
        public var description: String { text(.de) }
    }

    /// The inputs no output may be written over, looked at once: each one's file identity (device
    /// and inode), and for an input that cannot be looked at (e.g. gone) its resolved path. A
    /// command writing many files makes this once and passes it to every
    /// `write(_:to:protecting:)` with them, so that each write costs O(1) lookups instead of
    /// a `stat` per input.
    public struct Inputs: Sendable {
        /// The inputs as given, in order.
        public let paths: [String]
        /// The first input (as given) of each device and inode.
        private var byIdentity: [FileIdentity: Int] = [:]
        /// The first input that could not be looked at of each resolved path.
        private var byPath: [String: Int] = [:]

        /// Looks at `paths` (one `stat` each; a path resolution for those that cannot be looked at).
        /// - Complexity: O(*m*) for *m* inputs.
        public init(_ paths: [String]) {
            self.paths = paths
            for (index, input) in paths.enumerated() {
                var status = stat()
                if stat(input, &status) == 0 {
                    let identity = FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
                    if byIdentity[identity] == nil { byIdentity[identity] = index }
                } else {
                    let resolved = AtomicFile.resolved(input)
                    if byPath[resolved] == nil { byPath[resolved] = index }
                }
            }
        }

        /// The input (as given) that is the same file as `target`: the same device and inode as
        /// `status` (the target's, `nil` when it does not exist yet), or, for an input that could not
        /// be looked at, the same path once `..` and symbolic links are resolved. (An input that
        /// exists cannot be a target that does not.)
        func input(sameAs target: String, status: stat?) -> String? {
            let sameFile = status.flatMap { byIdentity[FileIdentity(device: UInt64($0.st_dev), inode: UInt64($0.st_ino))] }
            let samePath = byPath.isEmpty ? nil : byPath[AtomicFile.resolved(target)]
            return [sameFile, samePath].compactMap { $0 }.min().map { paths[$0] }
        }
    }

    /// A file's device and inode.
    struct FileIdentity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// `path` absolute, without `.` and `..`, with symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Writes `data` to `path` (see ``AtomicFile`` for how each kind of target is treated).
    /// Refuses when `path` is, or leads to, one of `inputs`.
    /// - Complexity: one `stat` per input, one write of `data`.
    public static func write(_ data: Data, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write(data, to: path, protecting: Inputs(inputs))
    }

    /// Writes `data` to `path` as the variant taking the paths does, with the inputs
    /// looked at beforehand (``Inputs``).
    /// - Complexity: O(1) lookups among the inputs, one write of `data`.
    public static func write(_ data: Data, to path: String, protecting inputs: Inputs) throws(WriteError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            // Nothing there yet (or a dangling link): create the file, where a link points if one does.
            if errno == ELOOP { throw .failed(path, .linkLoop) }
            let target = try followLinks(path)
            if let input = inputs.input(sameAs: target, status: nil) { throw refusal(path, input) }
            return try replace(target, with: data, shownAs: path, mode: nil)
        }
        if let input = inputs.input(sameAs: path, status: status) { throw refusal(path, input) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw .isFolder(path)
        case S_IFCHR, S_IFIFO:
            // Opened by its name, so that links (also /dev/stdout's to an unnamed pipe) lead to it.
            try writeDirectly(data, to: path, shownAs: path)
        case S_IFREG:
            let target = try followLinks(path)
            if access(target, W_OK) != 0 { throw .failed(path, Reason(errno: errno)) }
            if status.st_nlink > 1 {
                try writeInPlace(data, to: target, shownAs: path)
            } else {
                try replace(target, with: data, shownAs: path, mode: status.st_mode & 0o7777,
                            owner: (status.st_uid, status.st_gid))
            }
        default:
            throw .notAFile(path)
        }
    }

    /// The refusal to write `path` over `input`, naming the input when `path` names it differently.
    private static func refusal(_ path: String, _ input: String) -> WriteError {
        let sameName = URL(fileURLWithPath: input).standardizedFileURL == URL(fileURLWithPath: path).standardizedFileURL
        return .wouldOverwriteInput(path, input: sameName ? nil : input)
    }

    /// Writes `text` as UTF-8 to `path`, as the `Data` variant does. Refuses when `path` is one of `inputs`.
    public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write(Data(text.utf8), to: path, protecting: Inputs(inputs))
    }

    /// Writes `text` as UTF-8 to `path`, with the inputs looked at beforehand (``Inputs``).
    public static func write(_ text: String, to path: String, protecting inputs: Inputs) throws(WriteError) {
        try write(Data(text.utf8), to: path, protecting: inputs)
    }

    /// Writes all of `data` to the open file descriptor `descriptor` (e.g. standard output), retrying
    /// short and interrupted writes.
    /// - Throws: the ``Reason`` the first failing write gave.
    public static func write(_ data: Data, toDescriptor descriptor: Int32) throws(Reason) {
        let code: Int32? = data.withUnsafeBytes { buffer in
            guard var pointer = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = systemWrite(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                left -= written
                pointer += written
            }
            return nil
        }
        if let code { throw Reason(errno: code) }
    }

    /// Creates the folder `path` and the folders above it where they are missing (`mkdir -p`).
    /// - Throws: the ``Reason`` it could not.
    public static func createFolder(_ path: String) throws(Reason) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            if let underlying, underlying.domain == NSPOSIXErrorDomain { throw Reason(errno: Int32(underlying.code)) }
            throw .other((error as NSError).localizedDescription)
        }
    }

    // MARK: - Steps

    /// `path` with symbolic links in its last component followed (also when the last one dangles,
    /// so that writing creates the file it points at).
    private static func followLinks(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw .failed(path, Reason(errno: errno)) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination
                : (current as NSString).deletingLastPathComponent.appendingPathComponentIfRelative(destination)
        }
        throw .failed(path, .linkLoop)
    }

    /// Writes `data` into a temporary file beside `target` and renames it over `target`; the
    /// temporary file gets `mode` and `owner` (a new file: the default permissions less the umask).
    private static func replace(_ target: String, with data: Data, shownAs path: String, mode: mode_t?,
                                owner: (uid_t, gid_t)? = nil) throws(WriteError) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent()
        do throws(Reason) { try createFolder(folder.path) } catch { throw .failed(path, error) }
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent, process: getpid())).path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .failed(path, Reason(errno: errno)) }
        func fail(_ reason: Reason) -> WriteError {
            unlink(temporary)
            return .failed(path, reason)
        }
        if let mode, fchmod(descriptor, mode) != 0 {
            let reason = Reason(errno: errno)
            close(descriptor)
            throw fail(reason)
        }
        if let (uid, gid) = owner { _ = fchown(descriptor, uid, gid) }
        do {
            try write(data, toDescriptor: descriptor)
        } catch {
            close(descriptor)
            throw fail(error)
        }
        if close(descriptor) != 0 { throw fail(Reason(errno: errno)) }
        if rename(temporary, target) != 0 { throw fail(Reason(errno: errno)) }
    }

    /// The name of a temporary file for the file `name`, written by process `process`:
    /// `.NAME.PID.UUID.tmp`, hidden, unique, and telling which process made it.
    private static func temporaryName(for name: String, process: Int32) -> String {
        ".\(name).\(process).\(UUID().uuidString).tmp"
    }

    /// Removes the temporary files that process `process` left beside the file `path` when it was
    /// killed while writing it (between creating the temporary file and renaming it into place, which
    /// nothing in the process can clean up). For the process that started it, e.g. a pool whose
    /// worker died. Symbolic links at `path` are followed as when writing; other files are left alone.
    /// - Complexity: one listing of the folder of `path`.
    public static func removeTemporaryFiles(of path: String, leftBy process: Int32) {
        guard let target = try? followLinks(path) else { return }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).\(process).", suffix = ".tmp"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix)
            && UUID(uuidString: String(name.dropFirst(prefix.count).dropLast(suffix.count))) != nil {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// Writes `data` to the device or pipe `target` as it is.
    private static func writeDirectly(_ data: Data, to target: String, shownAs path: String) throws(WriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .failed(path, Reason(errno: errno)) }
        do {
            try write(data, toDescriptor: descriptor)
        } catch {
            close(descriptor)
            throw .failed(path, error)
        }
        if close(descriptor) != 0 { throw .failed(path, Reason(errno: errno)) }
    }

    /// Overwrites the regular file `target` in place (it has other names that must keep showing
    /// it), after reserving the space, so that a full disk leaves the old content unchanged.
    private static func writeInPlace(_ data: Data, to target: String, shownAs path: String) throws(WriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .failed(path, Reason(errno: errno)) }
        var status = stat()
        let oldSize = fstat(descriptor, &status) == 0 ? status.st_size : 0
        #if os(Linux)
        if data.count > 0 {
            let code = posix_fallocate(descriptor, 0, off_t(data.count))
            if code == ENOSPC || code == EDQUOT {
                _ = ftruncate(descriptor, oldSize)
                close(descriptor)
                throw .failed(path, Reason(errno: code))
            }
        }
        #endif
        do {
            try write(data, toDescriptor: descriptor)
        } catch {
            close(descriptor)
            throw .failed(path, error)
        }
        if ftruncate(descriptor, off_t(data.count)) != 0 {
            let reason = Reason(errno: errno)
            close(descriptor)
            throw .failed(path, reason)
        }
        if close(descriptor) != 0 { throw .failed(path, Reason(errno: errno)) }
    }
}

/// `write(2)`.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, pointer, count)
    #else
    Darwin.write(descriptor, pointer, count)
    #endif
}

private extension String {
    /// `self` (a folder, possibly empty) joined with the relative path `component`.
    func appendingPathComponentIfRelative(_ component: String) -> String {
        isEmpty ? component : (self as NSString).appendingPathComponent(component)
    }
}
