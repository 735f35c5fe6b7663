import AllianceGraph
import Foundation
import PropertyBased
import Testing

/// Property-based tests of the file reader and validator (issue 16, item 10; docs/RELIABILITY.md):
/// whatever a sample from `Graphs/` is turned into, ``AllianceLoader`` returns (no crash), names the
/// file in every diagnostic, places every error at a line and column inside the text (unless the
/// text has no place to point at), says the same twice, and gives an alliance exactly when it
/// reports no error.
@Suite("Reader and validator properties")
struct ReaderPropertyTests {
    static let file = "generated.yaml"

    /// The sample files' texts.
    static let samples: [String] = TestSupport.sampleFiles.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }

    /// Values of the wrong type, or of the right type and a wrong form, for any key.
    static let wrongValues = [
        "[]", "{}", "[1, 2]", "{a: b}", "123", "-1", "3.14", "true", "null", "~", "''", "[[[]]]",
        "!!binary aGVsbG8=", "2019-", "-2022", "2022-2019", "2019-13/2020", "*undefined", "&a [*a]",
        "\"a b\"", "\"../x\"", "\"<a>\"", "\"é\"", "\"line\\nbreak\"", "'", "\"", "[", "{", "|", ">",
        "? x", "- - -", "@", "`", "%", "!", "&", "*",
    ]

    /// The checks every result must pass.
    static func check(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let loader = AllianceLoader(vocabulary: .builtIn)
        let result = loader.load(text: text, file: file)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for diagnostic in result.diagnostics {
            #expect(diagnostic.file == file, "\(diagnostic)", sourceLocation: sourceLocation)
            guard diagnostic.severity == .error else { continue }
            if let line = diagnostic.line, let column = diagnostic.column {
                #expect((1...lineCount + 1).contains(line) && column >= 1,
                        "outside the text (\(lineCount) lines): \(diagnostic)", sourceLocation: sourceLocation)
            } else {
                // Only an empty file has no line and column (a character YAML does not allow is
                // placed too since issue 16 item 7).
                #expect(diagnostic.message.id == Message(ValidationMessage.fileEmpty).id,
                        "no line and column: \(diagnostic)\n--- text:\n\(text.prefix(2_000))", sourceLocation: sourceLocation)
            }
        }
        #expect((result.validAlliance != nil) == !result.hasErrors, sourceLocation: sourceLocation)
        #expect(loader.load(text: text, file: file).diagnostics == result.diagnostics,
                "not the same twice", sourceLocation: sourceLocation)
    }

    @Test("a sample cut off anywhere")
    func truncated() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.samples.count - 1)), Gen.int(in: 0...8_000)) { sample, cut in
            let text = Self.samples[sample]
            Self.check(String(text.prefix(cut % (text.count + 1))))
        }
    }

    @Test("a sample with values of the wrong type, lines dropped or doubled")
    func wrongTyped() async {
        let edits = Gen.int(in: 0...10_000).array(of: 1...4)
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.samples.count - 1)), edits,
                            Gen.element(of: Self.wrongValues)) { sample, edits, value in
            var lines = Self.samples[sample].components(separatedBy: "\n")
            for edit in edits {
                let index = edit % lines.count
                switch edit % 3 {
                case 0:  // replace the value of a `key: value` line
                    if let colon = lines[index].firstIndex(of: ":") {
                        lines[index] = String(lines[index][...colon]) + " " + (value ?? "")
                    }
                case 1: lines.remove(at: index)
                default: lines.insert(lines[index], at: index)
                }
                if lines.isEmpty { lines = [""] }
            }
            Self.check(lines.joined(separator: "\n"))
        }
    }

    @Test("a sample with arbitrary characters put in")
    func characters() async {
        let insertion = Gen.character(in: Character(" ")...Character("\u{2FF}")).string(of: 1...6)
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.samples.count - 1)), Gen.int(in: 0...8_000), insertion) {
            sample, position, inserted in
            var text = Self.samples[sample]
            let offset = text.index(text.startIndex, offsetBy: position % (text.count + 1))
            text.insert(contentsOf: inserted, at: offset)
            Self.check(text)
        }
    }
}
