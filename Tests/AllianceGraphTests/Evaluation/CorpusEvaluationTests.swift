import Foundation
import Testing
@testable import AllianceGraph

/// The classifier on the report's worked examples (Fixtures/corpus): the figures recorded in
/// docs/VALIDITY.md may not get worse.
@Suite("The report's examples (evaluation corpus)")
struct CorpusEvaluationTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/AllianceGraphTests/Fixtures/corpus").path

    /// The recorded figures: the CSV block of docs/VALIDITY.md (`--format csv --table agreement`).
    static let recorded: [(family: String, scope: String, found: Int, exact: Int, extra: Int, labels: Int)] = {
        let url = TestSupport.packageRoot.appendingPathComponent("docs/VALIDITY.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let start = text.range(of: "```csv\nfamily,family_label,scope,scope_label,cases,labels,found,agreement,exact_cases,extra\n") else { return [] }
        let body = text[start.upperBound...].prefix { $0 != "`" }
        return body.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 10, let labels = Int(cells[5]), let found = Int(cells[6]), let exact = Int(cells[8]),
                  let extra = Int(cells[9]) else { return nil }
            return (cells[0], cells[2], found, exact, extra, labels)
        }
    }()

    private func evaluation() throws -> CorpusEvaluation {
        let files = try InputFiles(paths: [Self.folder])
        let keyFile = try #require(files.answerKeys.first)
        let key = try #require(EvaluationKeyReader().read(path: keyFile).key)
        let loader = AllianceLoader(vocabulary: .builtIn)
        let alliances = try files.alliances.map { path in
            let result = loader.load(path: path)
            #expect(!result.hasErrors, "\(path): \(result.diagnostics.map { $0.text(.en) })")
            return try #require(result.alliance)
        }
        return CorpusEvaluation(key: key, alliances: alliances)
    }

    @Test("every case of the answer key names an alliance file and a target of the corpus")
    func keyMatchesCorpus() throws {
        let evaluation = try evaluation()
        #expect(evaluation.diagnostics.isEmpty, "\(evaluation.diagnostics.map { $0.text(.en) })")
        #expect(evaluation.results.count == evaluation.key.cases.count)
        #expect(evaluation.key.cases.count >= 50)
    }

    @Test("the corpus files hold no labels: no coded type or mechanism anywhere")
    func noLabelsInTheFacts() throws {
        for path in try InputFiles(paths: [Self.folder]).alliances {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                #expect(!trimmed.hasPrefix("type:") && !trimmed.hasPrefix("mechanism:") && !trimmed.hasPrefix("types:"), "\(path): \(line)")
            }
        }
    }

    @Test("the agreement recorded in docs/VALIDITY.md holds (no family got worse)")
    func recordedFiguresHold() throws {
        let recorded = Self.recorded
        #expect(recorded.count == LabelFamily.allCases.count * EvaluationScope.allCases.count, "docs/VALIDITY.md lacks the CSV block")
        let evaluation = try evaluation()
        for row in recorded {
            let family = try #require(LabelFamily(rawValue: row.family))
            let scope = try #require(EvaluationScope(rawValue: row.scope))
            let measured = evaluation.agreement(family, scope: scope)
            #expect(measured.expectedLabels == row.labels, "\(row.family)/\(row.scope): the corpus changed; update docs/VALIDITY.md")
            #expect(measured.foundLabels >= row.found, "\(row.family)/\(row.scope): found \(measured.foundLabels) < recorded \(row.found)")
            #expect(measured.exactCases >= row.exact, "\(row.family)/\(row.scope): exact \(measured.exactCases) < recorded \(row.exact)")
            #expect(measured.extraLabels <= row.extra, "\(row.family)/\(row.scope): extra \(measured.extraLabels) > recorded \(row.extra)")
        }
    }
}
