import AllianceGraph
import AllianceGraphTestSupport
import Foundation
import Testing

/// A term from a user's vocabulary file reaches every consumer of an alliance: each check below
/// fails if that consumer fell back to the built-in vocabulary (where the terms are unknown).
@Suite("User vocabulary reaches every consumer")
struct UserVocabularyTests {
    @Test("the fixture's terms are unknown to the built-in vocabulary")
    func termsAreNew() throws {
        #expect(Vocabulary.builtIn.actorKind("language_cafe") == nil)
        #expect(Vocabulary.builtIn.format("job_shadowing") == nil)
        #expect(Vocabulary.builtIn.topic("driving_licence") == nil)
    }

    @Test("loading: the alliance carries the user's vocabulary, validates without errors, writes only its own terms")
    func loading() throws {
        let alliance = try UserVocabularyFixture.alliance()
        #expect(alliance.vocabulary.format("job_shadowing")?.isWritten == true)
        #expect(alliance.terms.isEmpty)
        #expect(AllianceValidator().validate(alliance).isEmpty)
        #expect(!(try AllianceFileWriter().yaml(alliance)).contains("vocabulary:"))
    }

    @Test("metrics: policy areas, formalisation and written relations use the user's kinds and formats")
    func metrics() throws {
        let alliance = try UserVocabularyFixture.alliance()
        let projection = NetworkProjection(alliance.snapshot(year: 2021))
        #expect(projection.areas == [.integration, .education, .migration])
        let metrics = alliance.snapshot(year: 2021).metrics()
        #expect(metrics.writtenRelations == 1)
        #expect(metrics.formalisationIndex == 1)
        let layer = try #require(NetworkLayer("job_shadowing", vocabulary: alliance.vocabulary))
        #expect(alliance.snapshot(year: 2022).metrics(layer: layer).relations == 1)
    }

    @Test("difference of years: metrics use the user's formats")
    func difference() throws {
        let alliance = try UserVocabularyFixture.alliance()
        let d = YearDifference(alliance, from: 2021, to: 2022)
        #expect(d.metricDeltas.first { $0.metric == "written_relations" }?.from == 1)
        #expect(d.metricDeltas.first { $0.metric == "formalisation_index" }?.from == 1)
    }

    @Test("comparison: indicators and the core-group composition use the user's formats and kinds")
    func comparison() throws {
        let alliance = try UserVocabularyFixture.alliance()
        #expect(TrendIndicator.writtenAgreement.holds(in: alliance.snapshot(year: 2021)))
        let cells = AllianceComparison.trends([alliance], years: [2021], indicators: [.writtenAgreement])
        #expect(cells.map(\.count) == [1])
        let table = AllianceComparison.composition([alliance], year: 2021, vocabulary: alliance.vocabulary)
        #expect(table.rows.first { $0.id == "language_cafe" }?.group == PolicyArea.education.group.id)
        let rendered = ResultTable.composition(table, vocabulary: alliance.vocabulary).rows.flatMap { $0 }
        #expect(rendered.contains(.term(id: "language_cafe", label: "Sprachcafé")))
    }

    @Test("summary: labels of the user's kinds and formats")
    func summary() throws {
        let summary = AllianceSummary(try UserVocabularyFixture.alliance(), years: [2021])
        let year = try #require(summary.perYear.first)
        #expect(year.relationsByFormat.map(\.label) == ["Hospitation"])
        let education = try #require(year.actorsByArea.first { $0.label == PolicyArea.education.label.de })
        #expect(education.items == ["Sprachcafé"])
    }

    @Test("classification: labels of the user's topics")
    func classification() throws {
        let report = ClassificationReport(alliances: [try UserVocabularyFixture.alliance()], years: [2021])
        #expect(try report.document(.de).render(.json).contains("Führerschein"))
    }
}
