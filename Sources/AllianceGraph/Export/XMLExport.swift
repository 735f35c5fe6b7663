import Foundation
import XMLCoder

/// What the XML writers (``GraphMLWriter``, ``GEXFWriter``) share: one configured XMLCoder encoder
/// and the rule for text XML 1.0 cannot hold.
enum XMLExport {
    /// An encoder that writes values as they are: every value is escaped before it reaches the
    /// encoder, by ``escaped(_:)``, in one pass. (XMLCoder's own escaping runs one search-and-replace
    /// over every value for each character it escapes; with it, exporting 400 alliances took 40 s.)
    static func encoder() -> XMLEncoder {
        let encoder = XMLEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        encoder.prettyPrintIndentation = .spaces(2)
        encoder.charactersEscapedInElements = []
        encoder.charactersEscapedInAttributes = []
        return encoder
    }

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

    /// Encodes `document` under `root` with the XML declaration; the result ends with a line break.
    static func encode<T: Encodable>(_ document: T, root: String, attributes: [String: String]) throws -> String {
        let data = try encoder().encode(document, withRootKey: root, rootAttributes: attributes,
                                        header: XMLHeader(version: 1.0, encoding: "UTF-8"))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
