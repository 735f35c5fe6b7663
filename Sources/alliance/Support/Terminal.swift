import AllianceGraph
import Foundation

/// Writing to the standard streams.
enum Terminal {
    /// Writes `text` and a newline to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
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
