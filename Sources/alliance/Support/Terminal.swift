import AllianceGraph
import ArgumentParser
import Foundation

/// Writing to the standard streams: every command's standard output goes through ``output(_:_:)``,
/// every message through ``error(_:)``.
enum Terminal {
    /// Writes `text` to standard output, all of it. A failed write (a full disk, `/dev/full`, a
    /// closed file) is reported on standard error in `language` and fails the command.
    static func output(_ text: String, _ language: Language) throws {
        do {
            try AtomicFile.write(Data(text.utf8), toDescriptor: STDOUT_FILENO)
        } catch {
            self.error("error: " + OutputMessage.cannotWriteStandardOutput.text(language, ["reason": .text(error.text(language))]))
            throw ExitCode.failure
        }
    }

    /// Writes `text` and a newline to standard error. When standard error itself cannot be written,
    /// there is nowhere left to say so: the text is dropped (the exit status still tells).
    static func error(_ text: String) {
        try? AtomicFile.write(Data((text + "\n").utf8), toDescriptor: STDERR_FILENO)
    }

    /// Writes `text` to standard error as it is (progress lines), dropping it when that fails.
    static func progress(_ text: String) {
        try? AtomicFile.write(Data(text.utf8), toDescriptor: STDERR_FILENO)
    }

    /// Writes `file: error: message` (or `error: message` without a file) in `language` to standard
    /// error. The word `error` stays English in every language, as in compilers' messages.
    static func error(_ message: Message, file: String? = nil, _ language: Language) {
        error((file.map { "\($0): " } ?? "") + "error: " + message.text(language))
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes the one line telling that option `old` is deprecated and `new` replaces it.
    static func deprecated(_ old: String, use new: String) {
        error("warning: " + CommandMessage.deprecated.text(LanguageOption.forHelp, ["old": .text(old), "new": .text(new)]))
    }
}
