import Foundation
import XMLCoder

/// What the XML writers (``GraphMLWriter``, ``GEXFWriter``) share: one configured XMLCoder encoder
/// and the rule for text XML 1.0 cannot hold.
enum XMLExport {
    /// An encoder that escapes markup in text and attributes, and in attributes also line breaks
    /// and tabs (`&#10;`, `&#13;`, `&#9;`), which an XML parser would otherwise turn into blanks;
    /// in text a carriage return (`&#13;`), which a parser would turn into a line feed.
    static func encoder() -> XMLEncoder {
        let encoder = XMLEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        encoder.prettyPrintIndentation = .spaces(2)
        let markup = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&apos;")]
        encoder.charactersEscapedInElements = markup + [("\r", "&#13;")]
        encoder.charactersEscapedInAttributes = markup + [("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;")]
        return encoder
    }

    /// `text` with every character XML 1.0 cannot hold at all (control characters other than tab,
    /// line feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, the replacement character.
    /// - Complexity: O(n); returns `text` itself when it has none.
    static func sanitized(_ text: String) -> String {
        func allowed(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
        guard !text.unicodeScalars.allSatisfy(allowed) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars { scalars.append(allowed(s) ? s : "\u{FFFD}") }
        return String(scalars)
    }

    /// Encodes `document` under `root` with the XML declaration; the result ends with a line break.
    static func encode<T: Encodable>(_ document: T, root: String, attributes: [String: String]) throws -> String {
        let data = try encoder().encode(document, withRootKey: root, rootAttributes: attributes,
                                        header: XMLHeader(version: 1.0, encoding: "UTF-8"))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
