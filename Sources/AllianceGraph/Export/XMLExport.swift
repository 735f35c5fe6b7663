/// What the XML writers (``GraphMLWriter``, ``GEXFWriter``) share: the rule for text XML 1.0 cannot
/// hold, and a writer that appends the document to one buffer as it goes (no tree of the whole
/// document in memory), indented by two spaces per level, empty elements as `<name a="v" />`.
enum XMLExport {
    /// `text` ready for an XML attribute or element: `& < > " '` as entities; line feed, carriage
    /// return and tab as character references (`&#10;`, `&#13;`, `&#9;`), so that a parser keeps them
    /// in attributes too; every character XML 1.0 cannot hold at all (control characters other than
    /// those three, U+FFFE, U+FFFF) as U+FFFD, the replacement character.
    /// - Complexity: O(n); returns `text` itself when there is nothing to escape.
    static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` has a byte that may need work: ASCII controls and markup, and 0xEF (U+FFFE and
    /// U+FFFF start with it).
    @inline(__always)
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }
    }

    /// Appends `text`'s UTF-8, escaped as ``escaped(_:)`` says, to `out`: the one rule for every
    /// exported attribute and text, byte by byte (UTF-8 leaves every ASCII byte and the bytes of
    /// U+FFFE and U+FFFF recognisable without decoding).
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        guard needsEscaping(text) else {
            out.append(contentsOf: text.utf8)
            return
        }
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&apos;".utf8)
            case 0x0A: out.append(contentsOf: "&#10;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            case 0x09: out.append(contentsOf: "&#9;".utf8)
            case 0..<0x20: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case 0xEF:
                // A three-byte sequence (a String is valid UTF-8): U+FFFE is EF BF BE, U+FFFF is
                // EF BF BF; any other is kept.
                let second = utf8.next() ?? 0, third = utf8.next() ?? 0
                if second == 0xBF && (third == 0xBE || third == 0xBF) {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                } else {
                    out.append(contentsOf: [byte, second, third])
                }
            default: out.append(byte)
            }
        }
    }

    /// An XML document written as it is made: ``open(_:_:)`` and ``close(_:)`` nest elements,
    /// ``empty(_:_:)`` and ``text(_:_:_:)`` write whole ones. Names are the writer's own; every
    /// attribute value and text is escaped here (``appendEscaped(_:to:)``), once. The document
    /// grows as UTF-8 bytes (one append per piece, no string concatenation).
    ///
    /// - Complexity: O(n) in the length of the document.
    struct Writer {
        private var bytes: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
        private var depth = 0

        /// The document so far.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        init(capacity: Int = 0) {
            bytes.reserveCapacity(capacity)
        }

        @inline(__always)
        private mutating func put(_ piece: String) {
            bytes.append(contentsOf: piece.utf8)
        }

        private mutating func indent() {
            for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
        }

        private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
            indent()
            bytes.append(0x3C)  // <
            put(name)
            for (key, value) in attributes {
                guard let value else { continue }
                bytes.append(0x20)
                put(key)
                bytes.append(0x3D)  // =
                bytes.append(0x22)  // "
                appendEscaped(value, to: &bytes)
                bytes.append(0x22)
            }
        }

        /// `<name a="v">` and a line break; what follows is one level deeper.
        mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
            start(name, attributes)
            put(">\n")
            depth += 1
        }

        /// `</name>` one level up.
        mutating func close(_ name: String) {
            depth -= 1
            indent()
            put("</")
            put(name)
            put(">\n")
        }

        /// `<name a="v" />`. Attributes whose value is `nil` are left out.
        mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
            start(name, attributes)
            put(" />\n")
        }

        /// `<name a="v">text</name>`.
        mutating func text(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ content: String) {
            start(name, attributes)
            bytes.append(0x3E)  // >
            appendEscaped(content, to: &bytes)
            put("</")
            put(name)
            put(">\n")
        }
    }
}
