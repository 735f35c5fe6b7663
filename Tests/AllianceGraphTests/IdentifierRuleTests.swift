import AllianceGraph
import AllianceGraphTestSupport
import Foundation
import Testing

/// The id rule (docs/FORMAT.md, "Ids"; the schema's `id` pattern), through the binary (issue 16,
/// item 5). The cases of Fixtures/identifiers/cases.json are also fed to the JSON Schemas by
/// scripts/check-schema, so validator and schema accept and reject the same files.
@Suite("Identifier rule")
struct IdentifierRuleTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var file: String
        var schema: String
        var valid: Bool
        var at: String?
        var `case`: String?
        var testDescription: String { "\(file): \(self.case ?? "")" }
    }

    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/AllianceGraphTests/Fixtures/identifiers")

    static var cases: [Case] {
        struct Cases: Decodable { var cases: [Case] }
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.json")),
              let decoded = try? JSONDecoder().decode(Cases.self, from: data) else { return [] }
        return decoded.cases
    }

    /// Message ids a rejected case may bring besides the id error itself (a reference to an
    /// invalid id is also unknown).
    static let idMessages: Set<String> = ["validation.invalid-id", "validation.id-not-text"]
    static let consequences: Set<String> = ["validation.unknown-actor"]

    @Test("there are cases of every kind the issue names")
    func casesExist() {
        let files = Set(Self.cases.map(\.file))
        #expect(Self.cases.count >= 25)
        for name in ["empty", "blank", "quote", "dot-dot", "slash", "line-break", "angle-brackets", "accent", "number"] {
            #expect(files.contains("rejected-\(name).yaml"), "\(name)")
        }
    }

    @Test("validate accepts and rejects each case as the schema does, at the id's line and column", arguments: cases)
    func validatorAgrees(with item: Case) throws {
        let path = Self.folder.appendingPathComponent(item.file).path
        let output = try TestSupport.run("alliance", ["validate", path, "--format", "json", "--lang", "en"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stderr)")
        let files = try #require(report["files"] as? [[String: Any]])
        let diagnostics = files.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }
        let errors = diagnostics.filter { $0["severity"] as? String == "error" }
        if item.valid {
            #expect(output.status == 0, "\(diagnostics)")
            #expect(errors.isEmpty, "\(errors)")
            return
        }
        #expect(output.status == 1)
        let ids = errors.filter { Self.idMessages.contains($0["message_id"] as? String ?? "") }
        let first = try #require(ids.first, "no id error: \(errors)")
        #expect("\(first["line"] as? Int ?? 0):\(first["column"] as? Int ?? 0)" == item.at, "\(first)")
        for error in errors {
            let id = error["message_id"] as? String ?? ""
            #expect(Self.idMessages.contains(id) || Self.consequences.contains(id), "\(error)")
        }
    }

    @Test("the message names the place and suggests a valid id, in German and English")
    func messages() throws {
        let blank = Self.folder.appendingPathComponent("rejected-blank.yaml").path
        let english = try TestSupport.run("alliance", ["validate", blank, "--lang", "en"])
        #expect(english.stderr.contains("\(blank):11:9: error: 'id' of actor #3: 'a b' is not a valid id (use e.g. 'a_b'); an id holds only the letters A–Z and a–z, digits, '_', '-' and '.', and does not start with '-' or '.'"),
                "\(english.stderr)")
        let german = try TestSupport.run("alliance", ["validate", blank])
        #expect(german.stderr.contains("\(blank):11:9: error: 'id' von Akteur Nr. 3: 'a b' ist keine gültige Id (verwenden Sie z. B. 'a_b')"), "\(german.stderr)")
        let accent = try TestSupport.run("alliance", ["validate", Self.folder.appendingPathComponent("rejected-accent.yaml").path, "--lang", "en"])
        #expect(accent.stderr.contains("'é' is not a valid id (use e.g. 'e')"), "\(accent.stderr)")
        let lineBreak = try TestSupport.run("alliance", ["validate", Self.folder.appendingPathComponent("rejected-line-break.yaml").path, "--lang", "en"])
        #expect(lineBreak.stderr.contains(#"'a\nb' is not a valid id (use e.g. 'a_b')"#), "\(lineBreak.stderr)")
        let number = try TestSupport.run("alliance", ["validate", Self.folder.appendingPathComponent("rejected-number.yaml").path, "--lang", "en"])
        #expect(number.stderr.contains(#":11:9: error: 'id' of actor #3: 123 is read as a number, not as an id; write the id in quotes: "123""#), "\(number.stderr)")
        let dots = try TestSupport.run("alliance", ["validate", Self.folder.appendingPathComponent("rejected-dot-dot.yaml").path, "--lang", "en"])
        #expect(dots.stderr.contains("'../x' is not a valid id (use e.g. 'x')"), "\(dots.stderr)")
    }

    @Test("suggestions follow the documented rule")
    func suggestions() {
        let expected: [String: String?] = ["a b": "a_b", "é": "e", "../x": "x", "<a>": "a", "Jöb Center": "Joeb_Center", "Straße": "Strasse",
                                           "a\"b": "a_b", "": nil, "   ": nil]
        for (text, suggestion) in expected {
            #expect(IdentifierRule.suggestion(for: text) == suggestion, "\(text)")
            if let suggestion { #expect(IdentifierRule.isValid(suggestion)) }
            #expect(!IdentifierRule.isValid(text))
        }
        #expect(IdentifierRule.isValid("case_conference:ki+abh#2", allowingDerivedForm: true))
        #expect(!IdentifierRule.isValid("case_conference:ki+abh#2"))
    }
}
