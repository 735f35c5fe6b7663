/// Escaping of user text for DOT.
///
/// Every string that comes from a data file (names, ids, notes, sources) passes through here.
/// The rules are the DOT language's and Graphviz's label processing:
/// - ids and ordinary values are always written as double-quoted strings, so digits at the start,
///   spaces, keywords (`node`, `graph`, …) and the empty string are all valid ids;
/// - inside quotes `"` and `\` are escaped, so no user text can end the string or form one of
///   Graphviz's escape sequences (`\N`, `\G`, `\l`, …);
/// - line breaks become `\n`; other control characters (including NUL, which would cut the
///   C string) become spaces;
/// - in labels, `&` becomes `&amp;`, because Graphviz decodes HTML entities in labels;
/// - in HTML-like labels, `& < > "` become entities and line breaks become `<BR/>`.
public enum DOTEscaping {
    /// A double-quoted DOT id or attribute value for arbitrary text (not a label).
    public static func quoted(_ text: String) -> String {
        "\"" + escapeBody(text, forLabel: false) + "\""
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

    /// Line breaks unified to `\n`; other control characters replaced by spaces.
    private static func normalisedLines(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: out.append("\n")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
