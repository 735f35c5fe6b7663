import AllianceGraph

/// Escaping for the server's pages.
enum HTML {
    /// `text` safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        // The library's escaping (also of the handout and the inline SVGs), plus the apostrophe.
        InlineSVG.escape(text).replacingOccurrences(of: "'", with: "&#39;")
    }

    /// `text` percent-encoded for a URL path segment or query value.
    static func urlComponent(_ text: String) -> String {
        var allowed = CharacterSetASCII.unreserved
        allowed.insert(UInt8(ascii: "/"))
        return percentEncode(text, keeping: allowed)
    }

    /// `text` percent-encoded for a query value.
    static func queryValue(_ text: String) -> String {
        percentEncode(text, keeping: CharacterSetASCII.unreserved)
    }

    private static func percentEncode(_ text: String, keeping allowed: Set<UInt8>) -> String {
        var result = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private enum CharacterSetASCII {
    static let unreserved: Set<UInt8> = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8))
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
