/// One user-facing text before it is put into words: a message id from a catalogue and its
/// named arguments. It is rendered in a ``Language`` only where it is shown (``text(_:)``), so
/// results, diagnostics and rule decisions carry *what* is said, not the words.
///
/// ```swift
/// let message = Message(ValidationMessage.unknownKey,
///                       ["key": "nme", "place": .message(...), "suggestion": "", "allowed": "id, name"])
/// message.text(.de)   // "unbekannter Schlüssel 'nme' in …"
/// message.id          // "validation.unknown-key"
/// ```
///
/// See <doc:Messages> for how the catalogues are organised.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// The stable id of the catalogue entry (e.g. `validation.unknown-key`), as written in JSON output.
    public let id: String
    /// The entry's German and English templates.
    private let template: MessageTemplate
    /// The values of the template's placeholders, by name.
    public var arguments: [String: MessageArgument]

    /// Creates the message `key` with `arguments` for its placeholders.
    public init<Key: MessageCatalogue>(_ key: Key, _ arguments: [String: MessageArgument] = [:]) {
        self.id = key.id
        self.template = key.template
        self.arguments = arguments
    }

    /// The message in `language`: the entry's template with every `{name}` placeholder replaced by
    /// its argument put into words in the same language.
    ///
    /// - Complexity: O(*n*) in the length of the template and the arguments' text.
    public func text(_ language: Language) -> String {
        template.text(language).fillingPlaceholders { name in arguments[name]?.text(language) }
    }

    /// The message in German, the default language.
    public var description: String { text(.de) }

    public static func == (lhs: Message, rhs: Message) -> Bool { lhs.id == rhs.id && lhs.arguments == rhs.arguments }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(arguments)
    }
}

/// The value of one placeholder of a ``Message``.
public enum MessageArgument: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Text shown as it is in every language: ids, names, numbers, what the user wrote.
    case text(String)
    /// A whole number.
    case int(Int)
    /// A vocabulary term's label, shown in the message's language.
    case label(Label)
    /// Another message (a phrase), rendered in the same language.
    case message(Message)
    /// Several values joined in the message's language ("a, b und c" / "a, b and c").
    case and([MessageArgument])
    /// Several values joined with ", " in every language (lists of allowed ids and the like).
    case list([MessageArgument])
    /// Several values joined by `separator`, itself put into words in the message's language
    /// (`"; "`, `" → "`, or a message such as ``CommonMessage/andSpaced``).
    indirect case joined([MessageArgument], separator: MessageArgument)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// The argument in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .text(let text): text
        case .int(let value): String(value)
        case .label(let label): label.text(language)
        case .message(let message): message.text(language)
        case .list(let items): items.map { $0.text(language) }.joined(separator: ", ")
        case .and(let items): Self.joined(items.map { $0.text(language) }, language)
        case .joined(let items, let separator): items.map { $0.text(language) }.joined(separator: separator.text(language))
        }
    }

    /// `a`, `a und b`, `a, b und c` (German) or `a and b`, `a, b and c` (English).
    private static func joined(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = CommonMessage.and.template.text(language)
        return items.dropLast().joined(separator: ", ") + " \(and) " + items[items.count - 1]
    }
}

extension String {
    /// The names of the `{name}` placeholders in this template, in order of appearance.
    var placeholders: [String] {
        var names: [String] = []
        _ = fillingPlaceholders { names.append($0); return nil }
        return names
    }

    /// This template with each `{name}` (a name of letters, digits and `_`) replaced by
    /// `value(name)`; a placeholder without a value is left as it is, so that it shows.
    func fillingPlaceholders(_ value: (String) -> String?) -> String {
        var result = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  case let name = rest[afterOpen..<close], !name.isEmpty,
                  name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                result += "{"
                rest = rest[afterOpen...]
                continue
            }
            result += value(String(name)) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
