/// A place in a data file: file path, line and column, both counted from 1.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Line, from 1.
    public var line: Int
    /// Column in Unicode scalars, from 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and compilers use.
    public var description: String { "\(file):\(line):\(column)" }
}

/// How serious a ``Diagnostic`` is.
public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    /// The file cannot be used as it is.
    case error
    /// The file can be used, but something looks wrong.
    case warning
    /// The file is read as meant, with a remark (e.g. a German label written where an id belongs,
    /// read as the id). Only `alliance validate` shows notes; they never fail a command, not even
    /// `validate --strict`.
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in a data file, with where it is and what to do about it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    /// Error or warning.
    public var severity: Severity
    /// What is wrong and, where possible, how to fix it: a catalogue message (its ``Message/id`` is
    /// stable), put into words where it is shown.
    public var message: Message
    /// The file the problem is in.
    public var file: String
    /// Line and column, when the problem has a place in the file.
    public var line: Int?
    /// Column, when the problem has a place in the file.
    public var column: Int?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: Message, file: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    /// Creates a diagnostic at a location (or at the file when `location` is nil).
    public init(_ severity: Severity, _ message: Message, at location: SourceLocation?, file: String) {
        self.init(severity, message, file: location?.file ?? file, line: location?.line, column: location?.column)
    }

    /// `file:line:column: error: message` with the message in `language`, the form compilers use.
    /// The words `error` and `warning` stay as they are in every language, so that editors and
    /// scripts that read compiler output understand the line.
    public func text(_ language: Language) -> String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(severity.rawValue): \(message.text(language))"
    }

    /// ``text(_:)`` in German, the default language.
    public var description: String { text(.de) }
}

extension Sequence where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Errors first, then warnings, each in file order.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted {
            ($0.severity, $0.file, $0.line ?? 0, $0.column ?? 0) < ($1.severity, $1.file, $1.line ?? 0, $1.column ?? 0)
        }
    }
}
