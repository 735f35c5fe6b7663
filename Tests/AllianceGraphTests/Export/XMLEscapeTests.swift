import Foundation
import Testing
@testable import AllianceGraph

/// The XML writers' one escaping rule, now applied byte by byte to the document's UTF-8: the same
/// result as applying it character by character.
@Suite("XML escaping")
struct XMLEscapeTests {
    /// The rule as docs/EXPORT.md states it, scalar by scalar.
    static func reference(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                switch s.value {
                case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: out.unicodeScalars.append(s)
                default: out += "\u{FFFD}"
                }
            }
        }
        return out
    }

    @Test("Markup, line breaks, controls, U+FFFE/U+FFFF and their UTF-8 neighbours (EF BF BD, EF BE BF, EF 80 80) as the rule says")
    func bytesAsCharacters() {
        let samples = ["", "plain", "KI </node><node id=\"x\"> &amp; ]]> 'q'", "a\u{1}b\u{B}c\u{1F}\u{7F}", "tab\tline\nreturn\r",
                       "\u{FFFE}", "\u{FFFF}", "x\u{FFFE}y\u{FFFF}z", "\u{FFFD}\u{FFFC}\u{FFBF}\u{F000}\u{EFFF}", "Ärger ✓ 🙂 العربية",
                       "\u{FFFF}<\u{FFFE}&", "ef at the end \u{F8FF}"]
        for text in samples {
            #expect(XMLExport.escaped(text) == Self.reference(text), "\(text.debugDescription)")
            var writer = XMLExport.Writer()
            writer.empty("e", ["a": text])
            #expect(writer.text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<e a=\"\(Self.reference(text))\" />\n")
        }
    }
}
