import Foundation

/// Escaping of user text for DOT.
///
/// Every string that comes from a data file (names, ids, notes, sources) passes through here.
/// The rules are the DOT language's and Graphviz's label processing:
/// - ids and ordinary values are always written as double-quoted strings, so digits at the start,
///   spaces, keywords (`node`, `graph`, …) and the empty string are all valid ids;
/// - inside quotes `"` and `\` are escaped, so no user text can end the string or form one of
///   Graphviz's escape sequences (`\N`, `\G`, `\l`, …);
/// - line breaks become `\n`; other control characters (including NUL, which would cut the
///   C string) become spaces; U+FFFE and U+FFFF, which no XML may hold (Graphviz would copy them
///   into the SVG, and browsers and XML readers then refuse the whole file), become U+FFFD, the
///   replacement character, as in the exports (`XMLExport.escaped`);
/// - in labels, `&` becomes `&amp;`, because Graphviz decodes HTML entities in labels;
/// - in HTML-like labels, `& < > "` become entities and line breaks become `<BR/>`.
///
/// Graphviz's DOT parser cannot read a quoted string, HTML string or bare id longer than its
/// scanner buffer (measured with Graphviz 2.43: 16,381 bytes of content parse, 16,382 fail with
/// "syntax error … longer than 16384?"), and a failed parse leaves Graphviz unusable in the
/// process. So such text is refused, not shortened: ``oversizedText(in:limit:)`` finds it,
/// ``Diagram/dotText(context:)`` refuses a diagram containing one (also for `--format dot`, whose
/// text Graphviz would reject as well) and ``GraphvizContext`` refuses any DOT text containing one,
/// each with ``GraphvizError/Stage/oversizedText``.
public enum DOTEscaping {
    /// The longest quoted string, HTML string or bare id, in bytes as written in DOT (escapes
    /// included, delimiters not), that the library hands to Graphviz: a margin below the
    /// parser's limit of 16,381 bytes.
    public static let maximumTextLength = 16_000

    /// A text in DOT that is too long for Graphviz's parser.
    public struct OversizedText: Hashable, Sendable {
        /// The line of the DOT text where it starts (1-based).
        public var line: Int
        /// Its length in bytes as written in the DOT text (escapes included, delimiters not).
        public var length: Int
        /// Its first words, markup and escapes removed, to find it in the data (at most 40 characters).
        public var excerpt: String
    }

    /// The first quoted string (`"…"`), HTML string (`<…>`) or bare id in `dot` longer than
    /// `limit` bytes, or `nil` when there is none. Comments (`//`, `/* */`, `#` lines) are skipped.
    ///
    /// - Complexity: O(*n*) in the length of `dot`.
    public static func oversizedText(in dot: String, limit: Int = maximumTextLength) -> OversizedText? {
        guard dot.utf8.count > limit else { return nil }
        let bytes = Array(dot.utf8)
        let count = bytes.count
        var index = 0, line = 1
        var atLineStart = true
        func found(_ start: Int, _ end: Int, _ startLine: Int, html: Bool) -> OversizedText {
            OversizedText(line: startLine, length: end - start,
                          excerpt: excerptText(bytes[start..<min(end, start + 4_000)], html: html))
        }
        while index < count {
            let byte = bytes[index]
            let lineStart = atLineStart
            atLineStart = byte == 0x0A || (atLineStart && (byte == 0x20 || byte == 0x09))
            switch byte {
            case 0x0A:
                line += 1
                index += 1
            case UInt8(ascii: "#") where lineStart, UInt8(ascii: "/") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < count && bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "/") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "*"):
                index += 2
                while index < count && !(bytes[index] == UInt8(ascii: "*") && index + 1 < count && bytes[index + 1] == UInt8(ascii: "/")) {
                    if bytes[index] == 0x0A { line += 1 }
                    index += 1
                }
                index += 2
            case UInt8(ascii: "\""):
                let start = index + 1, startLine = line
                var end = start
                while end < count && bytes[end] != UInt8(ascii: "\"") {
                    if bytes[end] == 0x0A { line += 1 }
                    if bytes[end] == UInt8(ascii: "\\") && end + 1 < count {
                        if bytes[end + 1] == 0x0A { line += 1 }
                        end += 1
                    }
                    end += 1
                }
                if end - start > limit { return found(start, end, startLine, html: false) }
                index = end + 1
            case UInt8(ascii: "<"):
                let start = index + 1, startLine = line
                var end = start, depth = 1
                while end < count {
                    switch bytes[end] {
                    case UInt8(ascii: "<"): depth += 1
                    case UInt8(ascii: ">"): depth -= 1
                    case 0x0A: line += 1
                    default: break
                    }
                    if depth == 0 { break }
                    end += 1
                }
                if end - start > limit { return found(start, end, startLine, html: true) }
                index = end + 1
            default:
                guard isIdentifierByte(byte) else {
                    index += 1
                    continue
                }
                let start = index
                while index < count && isIdentifierByte(bytes[index]) { index += 1 }
                if index - start > limit { return found(start, index, line, html: false) }
            }
        }
        return nil
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), 0x80...0xFF: true
        default: false
        }
    }

    /// The first 40 characters of a DOT string's content, read as the user wrote it: escapes
    /// undone, HTML tags dropped and the common entities decoded, runs of white space as one space.
    private static func excerptText(_ bytes: ArraySlice<UInt8>, html: Bool) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if html {
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: character)
            }
        } else {
            text = text.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\\"", with: "\"")
                .replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "&amp;", with: "&")
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 40 ? String(words.prefix(40)) + "…" : words
    }

    /// A double-quoted DOT id or attribute value for arbitrary text (not a label).
    public static func quoted(_ text: String) -> String {
        "\"" + escapeBody(text, forLabel: false) + "\""
    }

    /// The name Graphviz's parser gives the node written ``quoted(_:)`` from `id` (as
    /// `agnameof` returns it, and so ``LayoutGeometry/nodes`` is keyed): the quoted body with
    /// `\"` read as `"`, every other backslash kept (a line break stays `\n`).
    public static func parsedName(_ id: String) -> String {
        let body = Array(escapeBody(id, forLabel: false).unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < body.count {
            if body[index] == "\\", index + 1 < body.count, body[index + 1] == "\"" {
                out.append("\"")
                index += 2
            } else {
                out.append(body[index])
                index += 1
            }
        }
        return String(out)
    }

    /// A double-quoted DOT label: like ``quoted(_:)`` plus `&` escaped, since Graphviz decodes
    /// entities in labels. Line breaks are centred lines.
    public static func quotedLabel(_ text: String) -> String {
        "\"" + escapeBody(text, forLabel: true) + "\""
    }

    /// Text for use inside an HTML-like label (`<…>`): entities for `& < > "`, `<BR/>` for breaks.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in normalisedLines(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escapeBody(_ text: String, forLabel: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in normalisedLines(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "&" where forLabel: out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Line breaks unified to `\n`; other control characters replaced by spaces; U+FFFE and U+FFFF
    /// by U+FFFD.
    private static func normalisedLines(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: out.append("\n")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: out.append(" ")
            case 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
