import Foundation
import Testing
@testable import AllianceGraph

/// A small alliance whose case conference has no coded mechanism: the classification infers
/// positive coordination (linking) for it from the format.
enum Inferred {
    static let alliance = Alliance(
        id: "testdorf", name: "Testdorf", kind: .independentCity, years: 2021...2022,
        actors: [Hand.actor("ki", "ki", managing: true), Hand.actor("abh", "abh"), Hand.actor("jc", "jobcenter")],
        relations: [
            Hand.relation("ex", ["ki", "abh"], "exchange_round", years: "2021", replacedBy: "cc"),
            Hand.relation("cc", ["ki", "abh"], "case_conference", years: "2022"),
            // coded wins: a case conference would be inferred positive, the data says negative
            Hand.relation("wg", ["ki", "jc"], "case_conference", mechanism: CodedMechanism(.negative, .demarcation)),
        ],
        vocabulary: .builtIn)

    /// The YAML form of the same alliance, for the command-line tests.
    static let yaml = """
        id: testdorf
        name: Testdorf
        kind: independent_city
        years: 2021-2022
        actors:
          - id: ki
            kind: ki
            managing_office: 2021-2022
          - id: abh
            kind: abh
          - id: jc
            kind: jobcenter
        relations:
          - actors: [ki, abh]
            format: exchange_round
            years: 2021
            replaced_by: case_conference:ki+abh
          - actors: [ki, abh]
            format: case_conference
            years: 2022
          - actors: [ki, jc]
            format: case_conference
            mechanism: negative/demarcation
        """
}

@Suite("Metrics: mechanisms as coded, else inferred by the classification")
struct EffectiveMechanismTests {
    let year = Inferred.alliance.snapshot(year: 2022)

    @Test("an uncoded case conference counts as positive coordination; coded-only it is uncoded")
    func shares() {
        let m = year.metrics()
        #expect(m.mechanisms.basis == .effective)
        #expect(m.mechanisms.counts == ["positive": 1, "negative": 1])
        #expect(m.mechanisms.positive == 0.5 && m.mechanisms.negative == 0.5 && m.mechanisms.uncoded == 0)
        #expect(m.mechanisms.inferred == 1 && m.value("inferred_share") == 0.5)

        let coded = year.metrics(mechanisms: .coded)
        #expect(coded.mechanisms.counts == ["uncoded": 1, "negative": 1])
        #expect(coded.mechanisms.positive == 0 && coded.mechanisms.uncoded == 0.5)
        #expect(coded.mechanisms.inferred == 0 && coded.value("inferred_share") == 0)
    }

    @Test("the mechanism:positive layer holds the inferred case conference; coded-only it does not")
    func layers() throws {
        let positive = NetworkProjection(year, layer: .mechanism(.positive))
        #expect(positive.relations.map(\.id) == ["cc"] && positive.graph.edgeCount == 1)
        #expect(positive.inferredMechanisms == 1)
        let ki = try #require(positive.node(of: "ki")), abh = try #require(positive.node(of: "abh"))
        #expect(positive.graph.hasEdge(ki, abh))
        #expect(NetworkProjection(year, layer: .mechanism(.positive), mechanisms: .coded).relations.isEmpty)
        #expect(NetworkProjection(year, layer: .uncodedMechanism).relations.isEmpty)
        #expect(NetworkProjection(year, layer: .uncodedMechanism, mechanisms: .coded).relations.map(\.id) == ["cc"])
        // coded wins over the rule: the coded-negative case conference is not positive
        #expect(NetworkProjection(year, layer: .mechanism(.negative)).relations.map(\.id) == ["wg"])
    }

    @Test("the analysis takes the classifier's mechanism for every relation")
    func sameAsClassification() {
        let classifier = MechanismClassifier(context: ClassificationContext(alliance: Inferred.alliance))
        for analysed in year.analysedRelations() {
            let c = classifier.classify(analysed.relation)
            #expect(analysed.mechanism == c.effective && analysed.isInferred == (c.source == .inferred))
        }
    }

    @Test("the whole alliance's analysed relations cover every relation, agreeing with each year's")
    func wholeAlliance() {
        let all = Inferred.alliance.analysedRelations()
        #expect(all.map(\.relation) == Inferred.alliance.relations)
        #expect(all.first { $0.relation.id == "cc" }.map { $0.mechanism?.mechanism == .positive && $0.isInferred } == true)
        for year in Inferred.alliance.years {
            for analysed in Inferred.alliance.snapshot(year: year).analysedRelations() {
                #expect(all.contains(analysed))
            }
        }
        #expect(Inferred.alliance.analysedRelations(basis: .coded).allSatisfy { !$0.isInferred && $0.mechanism == $0.relation.mechanism })
    }

    @Test("diff reports the inferred mechanism change; coded-only it does not")
    func difference() {
        let d = YearDifference(Inferred.alliance, from: 2021, to: 2022)
        let change = d.changes.first { $0.field == "mechanism" }
        #expect(change?.from == "exchange" && change?.to == "positive/linking")
        let coded = YearDifference(Inferred.alliance, from: 2021, to: 2022, mechanisms: .coded)
        #expect(!coded.changes.contains { $0.field == "mechanism" })
        #expect(coded.changes.contains { $0.field == "format" })
        let positive = d.metricDeltas.first { $0.metric == "positive_share" }
        #expect(positive?.from == 0 && positive?.to == 0.5)
    }

    @Test("trends and rankings use inferred mechanisms; coded-only they do not")
    func comparison() {
        let positive = TrendIndicator.mechanism(.positive)
        #expect(positive.holds(in: year))
        #expect(!positive.holds(in: year, mechanisms: .coded))
        let cells = AllianceComparison.trends([Inferred.alliance], years: [2022], indicators: [positive])
        #expect(cells.map(\.count) == [1])
        #expect(AllianceComparison.trends([Inferred.alliance], years: [2022], indicators: [positive], mechanisms: .coded).map(\.count) == [0])
        let both = [year.metrics(), Hand.alliance.snapshot(year: 2022).metrics()]
        let r = AllianceComparison.ranking(both, by: "positive_share")
        #expect(r.first?.alliance == "testdorf" && r.first?.value == 0.5)
    }

    @Test("alliance metrics/diff/compare --coded-only through the built binary")
    func commandLine() throws {
        let file = try TestSupport.temporaryFile("testdorf.yaml", Inferred.yaml)
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        func row(_ extra: [String]) throws -> [String: Any] {
            let out = try TestSupport.run("alliance", ["metrics", file, "--year", "2022", "--format", "json"] + extra)
            #expect(out.status == 0, "\(out.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
            return try #require(rows.first)
        }
        let effective = try row([]), coded = try row(["--coded-only"])
        #expect(effective["positive_share"] as? Double == 0.5 && effective["inferred_share"] as? Double == 0.5)
        #expect(coded["positive_share"] as? Double == 0 && coded["uncoded_share"] as? Double == 0.5)
        #expect(coded["inferred_share"] as? Double == 0)
        let layer = try row(["--layer", "mechanism:positive"]), codedLayer = try row(["--layer", "mechanism:positive", "--coded-only"])
        #expect(layer["ties"] as? Int == 1 && codedLayer["ties"] as? Int == 0)

        let diff = try TestSupport.run("alliance", ["diff", file, "--from", "2021", "--to", "2022", "--part", "changes", "--format", "csv"])
        #expect(diff.status == 0 && diff.stdout.contains("mechanism,Mechanismus,exchange,Austausch und Lernen,positive/linking,Positive Koordination (Verknüpfung)"), "\(diff.stdout)\(diff.stderr)")
        let codedDiff = try TestSupport.run("alliance", ["diff", file, "--from", "2021", "--to", "2022", "--part", "changes",
                                                         "--format", "csv", "--coded-only"])
        #expect(codedDiff.status == 0 && !codedDiff.stdout.contains(",mechanism,"), "\(codedDiff.stdout)")

        let trend = try TestSupport.run("alliance", ["compare", file, "--table", "trends", "--years", "2022",
                                                     "--indicator", "mechanism:positive", "--format", "csv"])
        #expect(trend.stdout.contains("mechanism:positive,Positive Koordination,1,1,"), "\(trend.stdout)\(trend.stderr)")
        let codedTrend = try TestSupport.run("alliance", ["compare", file, "--table", "trends", "--years", "2022",
                                                          "--indicator", "mechanism:positive", "--format", "csv", "--coded-only"])
        #expect(codedTrend.stdout.contains("mechanism:positive,Positive Koordination,0,1,"), "\(codedTrend.stdout)")
        let help = try TestSupport.run("alliance", ["metrics", "--help"])
        #expect(help.stdout.contains("--mechanisms <coded|effective>"))
        #expect(!help.stdout.contains("--coded-only"), "the old spelling is a hidden alias")
    }
}
