import Yams

/// Collects the diagnostics of one file while it is read.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    func location(_ mark: Mark?) -> SourceLocation? {
        mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    func error(_ key: ValidationMessage, _ arguments: [String: MessageArgument] = [:], at mark: Mark?) {
        diagnostics.append(Diagnostic(.error, Message(key, arguments), at: location(mark), file: file))
    }

    func error(_ key: ValidationMessage, _ arguments: [String: MessageArgument] = [:], line: Int, column: Int) {
        diagnostics.append(Diagnostic(.error, Message(key, arguments), file: file, line: line, column: column))
    }

    func warning(_ key: ValidationMessage, _ arguments: [String: MessageArgument] = [:], at mark: Mark?) {
        diagnostics.append(Diagnostic(.warning, Message(key, arguments), at: location(mark), file: file))
    }

    /// Adds `message` (from any catalogue) at `mark`.
    func add(_ severity: Severity, _ message: Message, at mark: Mark?) {
        diagnostics.append(Diagnostic(severity, message, at: location(mark), file: file))
    }

    func note(_ key: ValidationMessage, _ arguments: [String: MessageArgument] = [:], at mark: Mark?) {
        diagnostics.append(Diagnostic(.note, Message(key, arguments), at: location(mark), file: file))
    }

    func append(_ more: [Diagnostic]) { diagnostics += more }
}
