import AllianceGraphTestSupport
import Foundation
import Testing

/// Found by the fuzzing harness (docs/RELIABILITY.md): broken YAML in a vocabulary file was reported
/// without `file:line:column:` (the place was buried in the message, or missing for duplicate keys),
/// and a vocabulary file that is not UTF-8 was said to be unreadable ("check the path"). Now a
/// vocabulary file's YAML errors read like an alliance file's.
@Suite("Broken vocabulary files, through the binary")
struct VocabularyFileErrorTests {
    @Test("YAML errors in a vocabulary file are placed at file:line:column", arguments: [
        ("topics:\n  - id: a\n    de: \"A\n", ":4:1: error: ", "malformed YAML"),
        ("topics:\n  - id: a\n    de: A\n    de: B\n", ":4:5: error: ", "'de'"),
        ("topics:\n  - id: a\n    de: A: B\n", ":3:10: error: ", "malformed YAML"),
    ])
    func placed(text: String, place: String, words: String) throws {
        let path = try TestSupport.temporaryFile("terms.yaml", text)
        for arguments in [["vocab", "--vocabulary", path], ["validate", "Graphs/rheinstadt.yaml", "--vocabulary", path]] {
            let output = try TestSupport.run("alliance", arguments + ["--lang", "en"])
            #expect(output.status == 1)
            let first = output.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix(path + place), "\(output.stderr)")
            #expect(first.contains(words), "\(output.stderr)")
            #expect(!first.contains("error: scanner"), "the place is in the prefix, not repeated in the message")
        }
    }

    @Test("a vocabulary file that is not UTF-8 is said to be so")
    func notUTF8() throws {
        let path = try TestSupport.temporaryFile("terms.yaml", "")
        try Data("topics:\n  - id: a\n    de: \u{FF}\n".utf8.map { $0 == 0xC3 ? 0xFF : $0 }).write(to: URL(fileURLWithPath: path))
        let output = try TestSupport.run("alliance", ["vocab", "--vocabulary", path, "--lang", "en"])
        #expect(output.status == 1)
        // Stricter since issue 16 item 7: the first bad byte's line and column, and the byte.
        #expect(output.stderr.hasPrefix(path + ":3:9: error: the file is not UTF-8 text: byte 0xFF here is no UTF-8 character"), "\(output.stderr)")
        #expect(output.stderr.contains("save it as UTF-8"), "\(output.stderr)")
    }
}
