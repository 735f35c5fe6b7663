@testable import AllianceGraph
import Foundation
import PropertyBased
import Testing

/// The scan of top-level keys that sorts input files by kind without parsing them
/// (``YAMLDocument/scannedTopLevelKeys(_:)``, issue 11's speed): it must never place a file
/// differently from the parser. Checked on every data file of the repository and on seeded
/// mutations of them, against Yams's own reading of the same text.
@Suite("Sorting input files by their top-level keys")
struct TopLevelKeyScanTests {
    /// Every YAML and JSON data file of the repository: samples, the initiative file, vocabulary
    /// files, answer keys and the test fixtures.
    static let files: [String] = {
        let root = TestSupport.graphsFolder.deletingLastPathComponent()
        var found: [String] = []
        for folder in ["Graphs", "Tests", "docs", "Examples"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in walker where ["yaml", "yml", "json"].contains((path as NSString).pathExtension) {
                found.append(base.appendingPathComponent(path).path)
            }
        }
        return found.sorted()
    }()

    static let texts: [String] = files.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }

    /// What parsing the whole text says the file is: the reference the scan is held to.
    static func parsedKind(_ text: String) -> InputFiles.Kind {
        YAMLDocument.composedTopLevelKeys(text).map(InputFiles.Kind.init(keys:)) ?? .alliance
    }

    @Test("the scan reads the keys the parser reads, for every data file of the repository")
    func dataFiles() {
        #expect(Self.texts.count >= 60, "\(Self.texts.count) files found")
        for (file, text) in zip(Self.files, Self.texts) {
            if let keys = YAMLDocument.scannedTopLevelKeys(text) {
                #expect(keys == YAMLDocument.composedTopLevelKeys(text), "\(file)")
            } else {
                // The fast path is taken for every block-style file; JSON is parsed.
                #expect(text.drop { $0.isWhitespace }.first == "{", "not scanned: \(file)")
            }
            #expect(InputFiles.Kind(text: text) == Self.parsedKind(text), "\(file)")
        }
    }

    @Test("texts the scan must leave to the parser", arguments: [
        "{id: a, name: A}",                              // flow style
        "{\"id\": \"a\"}",                               // JSON
        "---\nid: a\n---\nid: b\n",                      // several documents
        "%YAML 1.2\n---\nid: a\n",                       // a directive
        "\"programme\": x\nid: a\n",                     // a quoted key
        "? programme\n: x\n",                            // a complex key
        "id: \"open\nprogramme: x\"\n",                  // a quoted value left open
        "id: [a,\nprogramme]\n",                         // a flow value left open
        "- a\n- b\n",                                    // a list
        "just text\n",                                   // a scalar
        "\tid: a\n",                                     // a tab
        "&anchor id: a\n",                               // an anchor on the key
    ])
    func leftToParser(text: String) {
        #expect(YAMLDocument.scannedTopLevelKeys(text) == nil)
        #expect(InputFiles.Kind(text: text) == Self.parsedKind(text))
    }

    @Test("the scan reads keys with values of every block form")
    func blockForms() {
        let text = """
            \u{FEFF}# comment
            ---
            id: a   # trailing comment
            name: "Quoted: value"
            note: |
              programme: inside a block scalar
            actors:
            - x
            - y
            years: [2019, 2020]
            labels: {de: A, en: B}
            empty:
            programme: 'kept'\r
            """
        #expect(YAMLDocument.scannedTopLevelKeys(text) == ["id", "name", "note", "actors", "years", "labels", "empty", "programme"])
        #expect(YAMLDocument.scannedTopLevelKeys(text) == YAMLDocument.composedTopLevelKeys(text))
    }

    /// Lines and values that make one kind of file look like another.
    static let insertions = [
        "programme: {name: X}", "evaluation_cases: []", "actor_kinds: []", "formats: []", "topics: []",
        "id: x", "\"programme\": 1", "- item", "---", "# programme:", "  programme: indented", "{", "[", "\"",
        "'", "key: \"open", "key: [open", "? k", "%TAG ! x", "\t", "k:v", "programme:", ": x", "a #b: c",
    ]

    @Test("seeded mutations of the data files are placed as the parser places them")
    func mutations() async {
        let edits = Gen.int(in: 0...100_000).array(of: 1...4)
        await propertyCheck(count: 300, input: Gen.int(in: 0...(Self.texts.count - 1)), edits,
                            Gen.element(of: Self.insertions)) { file, edits, insertion in
            var lines = Self.texts[file].components(separatedBy: "\n")
            for edit in edits {
                let index = edit % max(lines.count, 1)
                switch edit % 4 {
                case 0: lines.insert(insertion ?? "", at: index)
                case 1: if !lines.isEmpty { lines.remove(at: index) }
                case 2: if !lines.isEmpty { lines.insert(lines[index], at: index) }
                default: if !lines.isEmpty { lines[index] = String(lines[index].drop { $0 == " " }) }   // unindent
                }
            }
            let text = lines.joined(separator: "\n")
            #expect(InputFiles.Kind(text: text) == Self.parsedKind(text), "\(Self.files[file])\n--- text:\n\(text.prefix(1_500))")
            if let keys = YAMLDocument.scannedTopLevelKeys(text), let parsed = YAMLDocument.composedTopLevelKeys(text) {
                #expect(keys == parsed, "\(Self.files[file])\n--- text:\n\(text.prefix(1_500))")
            }
        }
    }
}
