/// What the XML writers (``GraphMLWriter``, ``GEXFWriter``) share: the rule for text XML 1.0 cannot
/// hold, and a writer that appends the document to one string as it goes (no tree of the whole
/// document in memory), indented by two spaces per level, empty elements as `<name a="v" />`.
enum XMLExport {
    /// `text` ready for an XML attribute or element: `& < > " '` as entities; line feed, carriage
    /// return and tab as character references (`&#10;`, `&#13;`, `&#9;`), so that a parser keeps them
    /// in attributes too; every character XML 1.0 cannot hold at all (control characters other than
    /// those three, U+FFFE, U+FFFF) as U+FFFD, the replacement character.
    /// - Complexity: O(n); returns `text` itself when there is nothing to escape.
    static func escaped(_ text: String) -> String {
        // Bytes that may need work: ASCII controls and markup, and 0xEF (U+FFFE and U+FFFF start with it).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF })
        else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            default:
                switch s.value {
                case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: out.append(s)
                default: out.append("\u{FFFD}")
                }
            }
        }
        return String(out)
    }

    /// An XML document written as it is made: ``open(_:_:)`` and ``close(_:)`` nest elements,
    /// ``empty(_:_:)`` and ``text(_:_:_:)`` write whole ones. Names are the writer's own; every
    /// attribute value and text is escaped here (``escaped(_:)``), once.
    ///
    /// - Complexity: O(n) in the length of the document.
    struct Writer {
        private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        private var depth = 0

        init(capacity: Int = 0) {
            text.reserveCapacity(capacity)
        }

        private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
            for _ in 0..<depth { text += "  " }
            text += "<"
            text += name
            for (key, value) in attributes {
                guard let value else { continue }
                text += " "
                text += key
                text += "=\""
                text += escaped(value)
                text += "\""
            }
        }

        /// `<name a="v">` and a line break; what follows is one level deeper.
        mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
            start(name, attributes)
            text += ">\n"
            depth += 1
        }

        /// `</name>` one level up.
        mutating func close(_ name: String) {
            depth -= 1
            for _ in 0..<depth { text += "  " }
            text += "</"
            text += name
            text += ">\n"
        }

        /// `<name a="v" />`. Attributes whose value is `nil` are left out.
        mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
            start(name, attributes)
            text += " />\n"
        }

        /// `<name a="v">text</name>`.
        mutating func text(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ content: String) {
            start(name, attributes)
            text += ">"
            text += escaped(content)
            text += "</"
            text += name
            text += ">\n"
        }
    }
}
