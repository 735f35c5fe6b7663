import Foundation

/// Writes files so that they are never seen half-written: into a temporary file in the same
/// folder first, then renamed over the target in one step.
public enum AtomicFile {
    /// Why a file was not written.
    public enum WriteError: Error, CustomStringConvertible, Equatable {
        /// The target is one of the input files and overwriting was not asked for.
        case wouldOverwriteInput(String)
        /// The file system refused.
        case failed(String, String)

        /// `path: error: …` with the message in `language`.
        public func text(_ language: Language) -> String {
            switch self {
            case .wouldOverwriteInput(let path):
                "\(path): error: " + CommandMessage.refusingToOverwriteInput.text(language)
            case .failed(let path, let reason):
                "\(path): error: " + CommandMessage.cannotWriteFile.text(language, ["reason": .text(reason)])
            }
        }

        /// ``text(_:)`` in German, the default language.
        public var description: String { text(.de) }
    }

    /// Writes `data` to `path` atomically. Refuses when `path` is one of `inputs`.
    public static func write(_ data: Data, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let protected = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        if protected.contains(target.resolvingSymlinksInPath().path) {
            throw .wouldOverwriteInput(path)
        }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw WriteError.failed(path, reason)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed(path, AllianceLoader.reason(error).text(.en))
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically. Refuses when `path` is one of `inputs`.
    public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write(Data(text.utf8), to: path, protecting: inputs)
    }
}
