import Foundation
import Testing
@testable import AllianceGraph

/// The evaluation against the report's labels (`alliance classify --evaluate`), on a small test
/// corpus whose figures are known by hand (Fixtures/evaluation).
@Suite("Evaluation against the report")
struct EvaluationTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/AllianceGraphTests/Fixtures/evaluation").path

    private func evaluation() throws -> CorpusEvaluation {
        let files = try InputFiles(paths: [Self.folder])
        let keyFile = try #require(files.answerKeys.first)
        let key = try #require(EvaluationKeyReader().read(path: keyFile).key)
        let loader = AllianceLoader(vocabulary: .builtIn)
        let alliances = try files.alliances.map { try #require(loader.load(path: $0).alliance) }
        return CorpusEvaluation(key: key, alliances: alliances)
    }

    @Test("the folder scan sets the answer key aside instead of reading it as an alliance")
    func answerKeyIsRecognised() throws {
        let files = try InputFiles(paths: [Self.folder])
        #expect(files.answerKeys.map { ($0 as NSString).lastPathComponent } == ["expected.yaml"])
        #expect(files.alliances.map { ($0 as NSString).lastPathComponent } == ["a.yaml", "b.yaml"])
        #expect(EvaluationKey.isAnswerKey(text: "evaluation_cases: []\n"))
        #expect(!EvaluationKey.isAnswerKey(text: "id: x\nevaluation_cases: []\n"))
    }

    @Test("figures per family: found labels per expected label, exact cases, extra labels")
    func figures() throws {
        let evaluation = try evaluation()
        #expect(evaluation.diagnostics.isEmpty)
        let mechanism = evaluation.agreement(.mechanism)
        #expect((mechanism.cases, mechanism.expectedLabels, mechanism.foundLabels, mechanism.exactCases, mechanism.extraLabels) == (3, 3, 2, 2, 1))
        #expect(mechanism.agreement == 2.0 / 3.0)
        let type = evaluation.agreement(.type)
        #expect((type.cases, type.foundLabels, type.exactCases) == (2, 1, 1))
        #expect(evaluation.agreement(.subForm).agreement == 1)
        // The explicit scope leaves out a2 (context) and b1 (ambiguous).
        let explicit = evaluation.agreement(.mechanism, scope: .explicit)
        #expect((explicit.cases, explicit.foundLabels) == (1, 1))
    }

    @Test("the confusion table pairs a missed label with the label given instead")
    func confusion() throws {
        let cells = try evaluation().confusion(.mechanism)
        #expect(cells == [ConfusionCell(expected: "exchange", predicted: "exchange", count: 1),
                          ConfusionCell(expected: "exchange", predicted: "intervention", count: 1),
                          ConfusionCell(expected: "positive", predicted: "positive", count: 1)])
    }

    @Test("each disagreement names the rule that fired")
    func disagreements() throws {
        let list = try evaluation().disagreements
        #expect(list.map { "\($0.result.evaluationCase.id)/\($0.family.rawValue)" } == ["a2/mechanism", "b1/type", "b1/strategy"])
        #expect(list[0].result.rules[.mechanism] == ["format.participation_check.migration"])
        #expect(list[1].result.predicted(.type) == ["diffusion"])
    }

    @Test("a case naming an alliance or relation the corpus lacks is placed in the answer key, with a suggestion")
    func unknownTargets() throws {
        let text = """
            evaluation_cases:
              - id: x1
                lines: "1-2"
                alliance: eval_c
                target: { relation: r1 }
                expected: { mechanism: exchange }
              - id: x2
                lines: "3"
                alliance: eval_a
                target: { relation: r3 }
                expected: { mechanism: exchange }
            """
        let key = try #require(EvaluationKeyReader().read(text: text, file: "key.yaml").key)
        let files = try InputFiles(paths: [Self.folder])
        let alliances = try files.alliances.map { try #require(AllianceLoader(vocabulary: .builtIn).load(path: $0).alliance) }
        let evaluation = CorpusEvaluation(key: key, alliances: alliances)
        let messages = evaluation.diagnostics.map { $0.text(.en) }
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("key.yaml:4:15: error:") && messages[0].contains("'eval_c' (did you mean 'eval_a'?)"))
        #expect(messages[1].hasPrefix("key.yaml:10:25: error:") && messages[1].contains("no relation 'r3' (did you mean 'r1'?)"))
        #expect(evaluation.results.isEmpty)
    }

    @Test("mistakes in the answer key are reported at file:line:column with what to write", arguments: [
        ("evaluation_cases:\n  - id: a\n    lines: \"1-2\"\n    alliance: x\n    target: { relation: r }\n    expectd: { mechanism: exchange }\n",
         "k.yaml:6:5: error:", "did you mean 'expected'?"),
        ("evaluation_cases:\n  - id: a\n    lines: \"1-2\"\n    alliance: x\n    target: { relation: r }\n    expected: { sub_form: transfr }\n",
         "k.yaml:6:27: error:", "did you mean 'transfer'?"),
        ("evaluation_cases:\n  - id: a\n    lines: \"9-2\"\n    alliance: x\n    target: { relation: r }\n    expected: { mechanism: exchange }\n",
         "k.yaml:3:12: error:", "is not a line range"),
        ("evaluation_cases:\n  - id: a\n    lines: \"1\"\n    alliance: x\n    target: { relation: r }\n    expected: { type: transition }\n",
         "k.yaml:6:15: error:", "give a 'situation' or an 'interface'"),
        ("evaluation_cases:\n  - id: a\n    lines: \"1\"\n    alliance: x\n    target: { relation: r }\n    expected: { mechanism: positive, sub_form: appeal }\n",
         "k.yaml:6:48: error:", "belongs to the mechanism 'intervention'"),
        ("evaluation_cases:\n  - id: a\n    lines: \"1\"\n    alliance: x\n    target: { relation: r }\n    expected: { mechanism: exchange }\n  - id: a\n    lines: \"2\"\n    alliance: x\n    target: { relation: r }\n    expected: { mechanism: exchange }\n",
         "k.yaml:7:9: error:", "given twice (first at line 2)"),
    ])
    func keyMistakes(text: String, place: String, words: String) throws {
        let parsed = EvaluationKeyReader().read(text: text, file: "k.yaml")
        #expect(parsed.key == nil)
        let texts = parsed.diagnostics.map { $0.text(.en) }
        #expect(texts.contains { $0.hasPrefix(place) && $0.contains(words) }, "\(texts)")
    }

    @Test("alliance classify --evaluate prints the figures, confusion tables and disagreements, German and English")
    func command() throws {
        let german = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder])
        #expect(german.status == 0, "\(german.stderr)")
        #expect(german.stdout.contains("Übereinstimmung je Labelfamilie"))
        #expect(german.stdout.contains("Verwechslungstabelle: Koordinationsmechanismus"))
        #expect(german.stdout.contains("- a2 (Z. 1505) Koordinationsmechanismus: Bericht Austausch und Lernen, abgeleitet Intervention – Regel format.participation_check.migration"))
        let english = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder, "--lang", "en"])
        #expect(english.stdout.contains("Agreement per label family"))
        #expect(english.stdout.contains("67 %"))
        let csv = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder, "--format", "csv", "--table", "disagreements"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("case,lines,alliance,family,family_label,expected,predicted,rule,basis,basis_label,note\n"))
        #expect(csv.stdout.contains("a2,1505,eval_a,mechanism,Koordinationsmechanismus,exchange,intervention,format.participation_check.migration,context,aus dem Zusammenhang,"))
        let json = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["language", "agreement", "confusion", "disagreements"])
        let markdown = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Abgleich mit den Beispielen des Berichts"))
    }

    @Test("--evaluate refuses extra paths and the classification's tables; --table agreement needs --evaluate")
    func commandMistakes() throws {
        let extra = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder, "Graphs/", "--lang", "en"])
        #expect(extra.status != 0 && extra.stderr.contains("reads exactly that folder"))
        let table = try TestSupport.run("alliance", ["classify", "--evaluate", Self.folder, "--table", "rates", "--lang", "en"])
        #expect(table.status != 0 && table.stderr.contains("with --evaluate: agreement, confusion or disagreements"))
        let missing = try TestSupport.run("alliance", ["classify", "Graphs/", "--table", "agreement", "--lang", "en"])
        #expect(missing.status != 0 && missing.stderr.contains("give --evaluate FOLDER"))
        let noKey = try TestSupport.run("alliance", ["classify", "--evaluate", "Graphs", "--lang", "en"])
        #expect(noKey.status == 1 && noKey.stderr.contains("the folder holds no answer key"))
    }
}
