import Foundation
import Testing
@testable import AllianceGraph

/// Load → encode → load gives the same alliance, for YAML and JSON.
@Suite("Round trip")
struct RoundTripTests {
    func reload(_ text: String, file: String) throws -> Alliance {
        let result = AllianceLoader(vocabulary: .builtIn).load(text: text, file: file)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.alliance)
    }

    @Test("every sample in Graphs/ survives YAML and JSON round trips", arguments: TestSupport.sampleFiles)
    func sample(path: String) throws {
        let loaded = AllianceLoader(vocabulary: .builtIn).load(path: path)
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        let alliance = try #require(loaded.alliance)
        let writer = AllianceFileWriter()
        let yaml = try writer.yaml(alliance)
        #expect(try reload(yaml, file: "out.yaml") == alliance)
        #expect(try reload(writer.json(alliance), file: "out.json") == alliance)
        // Writing is deterministic.
        #expect(try writer.yaml(reload(yaml, file: "again.yaml")) == yaml)
        // With comments: the same alliance, the same YAML between the comments, a comment before each section.
        for language in Language.allCases {
            let commented = try writer.yaml(alliance, comments: .init(header: ["from somewhere", "two\nlines"], language: language))
            #expect(try reload(commented, file: "commented.yaml") == alliance)
            let lines = commented.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(Array(lines.prefix(2)) == ["# from somewhere", "# two lines"], "a line break in a header line stays in the comment")
            #expect(lines.filter { !$0.hasPrefix("#") && !$0.isEmpty } == yaml.split(separator: "\n"), "only comments and blank lines added")
            for key in ["actors", "relations", "interfaces", "chains", "situations"] {
                guard let index = lines.firstIndex(of: Substring(key + ":")) else { continue }
                let section = try #require(FileCommentMessage(rawValue: key))
                #expect(lines[index - 1] == "# ---- " + section.text(language), "\(path): \(key)")
            }
            #expect(lines[lines.firstIndex(of: Substring("id: \(alliance.id.rawValue)"))! - 1] == "# ---- " + FileCommentMessage.alliance.text(language))
            #expect(try writer.yaml(alliance, comments: .init(header: ["from somewhere", "two\nlines"], language: language)) == commented)
        }
    }

    @Test func awkwardTextSurvives() throws {
        let awkward = ["", "null", "~", "yes", "no", "2021", "a: b", "# not a comment", "Ärger über \"Zitate\" & <Tags>",
                       "line one\nline two", "  leading blank", "- dash", "[brackets]", "{braces}", "\\backslash", "'single'"]
        for (index, text) in awkward.enumerated() {
            let alliance = Alliance(
                id: AllianceID("a\(index)"), name: text, kind: .municipality, district: text, years: 2019...2022,
                source: text, note: text,
                actors: [
                    Actor(id: "ki", kind: "ki", name: text, roles: [.managingOffice: [Period(start: nil, end: nil)]], note: text),
                    Actor(id: "1abh", kind: "abh", periods: [try Period.parse("06/2020-"), .year(2019)]),
                ],
                relations: [
                    Relation(id: "r", ends: .directed(from: ["1abh"], to: ["ki"]), format: "participation_check",
                             mechanism: CodedMechanism(.intervention, .encroachment), formalisation: .regular,
                             status: .changed, periods: [try Period.parse("2020-06/2022")], topic: "residence_status",
                             note: text, source: text),
                ],
                interfaces: [Interface(id: "i", actors: ["1abh", "ki"], risk: text.isEmpty ? "x" : text, type: .interference)],
                chains: [Chain(id: "c", name: text, steps: [ChainStep(actor: "ki", label: text), ChainStep(actor: "1abh")])],
                vocabulary: .builtIn)
            let writer = AllianceFileWriter()
            #expect(try reload(writer.yaml(alliance), file: "a.yaml") == alliance, "YAML lost \(text.debugDescription)")
            #expect(try reload(writer.json(alliance), file: "a.json") == alliance, "JSON lost \(text.debugDescription)")
        }
    }

    @Test func derivedIDsAreStable() throws {
        let text = """
            id: t
            name: T
            kind: district
            years: 2019-2020
            actors: [{id: a, kind: ki, managing_office: true}, {id: b, kind: abh}]
            relations:
              - {actors: [a, b], format: forum}
              - {actors: [a, b], format: forum}
              - {from: b, to: a, format: referral}
            """
        let alliance = try reload(text, file: "t.yaml")
        #expect(alliance.relations.map(\.id.rawValue) == ["forum:a+b", "forum:a+b#2", "referral:b>a"])
    }
}
