import AllianceGraph
import Testing

/// A small alliance ("Teststadt") whose coverage is worked out by hand below.
///
/// Actors: KI (managing office), ABH, THM, KIM (from 2022), job centre (JC), youth welfare office (JA),
/// adult education centre (VHS), chamber (IHK).
/// Relations:
/// - r1 core group KI, ABH, JC, JA, THM (all years) → exchange and learning
/// - r2 case conference KI, ABH, THM on access to measures (2021-) → positive, linking
/// - r3 prepared hand-over THM → KIM on case management (2022) → positive, transfer
/// - r4 participation check ABH → VHS (2022) → intervention, encroachment; VHS has no other relation
///   with the ABH → VHS adapts (negative coordination, adaptation)
/// - r5 cooperation agreement KI, JC on integration (2022) → positive, linking
/// Coded interfaces:
/// - i1 ABH, KI on access to measures: both hold it → interference; r2 links both → covered (2021, 2022)
/// - i2 THM, KIM on case management (2022): consecutive mandates → transition THM → KIM; r3 → covered
/// - i3 JC, JA, KI on integration: cross-cutting, held by none → diffusion; needs a linking relation on
///   integration for each of them. 2021: none → uncovered. 2022: r5 reaches KI and JC, not JA → partly covered
/// - i4 VHS, IHK on apprenticeship: biographical step VHS → IHK → transition; no relation → uncovered
/// - i5 ABH, VHS on access to measures, coded interference (2022): no linking relation → uncovered;
///   the only things among them are r4 (encroachment) and VHS's adaptation → warning sign
/// So 2021: 3 interfaces (i1, i3, i4), 1 covered → rate 1/3.
///    2022: 5 interfaces, covered i1, i2; partial i3; uncovered i4, i5 → rate 2/5; 1 warning sign.
enum Teststadt {
    static let alliance = Fixture.alliance(
        [Fixture.actor("ki", managingOffice: true), Fixture.actor("abh"), Fixture.actor("thm", periods: "2020-2022"),
         Fixture.actor("kim", periods: "2022-"), Fixture.actor("jc", "jobcenter"), Fixture.actor("ja", "youth_office"),
         Fixture.actor("vhs"), Fixture.actor("ihk")],
        relations: [
            Fixture.group("r1", "core_group", ["ki", "abh", "jc", "ja", "thm"]),
            Fixture.group("r2", "case_conference", ["ki", "abh", "thm"], topic: "measure_access", periods: "2021-"),
            Fixture.directed("r3", "handover", from: ["thm"], to: ["kim"], topic: "case_management", periods: "2022"),
            Fixture.directed("r4", "participation_check", from: ["abh"], to: ["vhs"], periods: "2022"),
            Fixture.group("r5", "cooperation_agreement", ["ki", "jc"], topic: "integration", periods: "2022"),
        ],
        interfaces: [
            Fixture.interface("i1", ["abh", "ki"], topic: "measure_access"),
            Fixture.interface("i2", ["thm", "kim"], topic: "case_management", periods: "2022"),
            Fixture.interface("i3", ["jc", "ja", "ki"], topic: "integration"),
            Fixture.interface("i4", ["vhs", "ihk"], topic: "apprenticeship"),
            Fixture.interface("i5", ["abh", "vhs"], topic: "measure_access", type: .interference, periods: "2022"),
        ])
}

@Suite("Strategy coverage")
struct StrategyCoverageTests {
    let context = ClassificationContext(alliance: Teststadt.alliance)

    func entry(_ coverage: StrategyCoverage, _ id: InterfaceID) -> InterfaceCoverage? {
        coverage.interfaces.first { $0.classification.interface.id == id }
    }

    @Test("2022 worked out by hand")
    func year2022() throws {
        let coverage = StrategyCoverage(context: context, year: 2022, discover: false)
        let expected: [InterfaceID: (InterfaceType, CoverageStatus, [RelationID])] = [
            "i1": (.interference, .covered, ["r2"]),
            "i2": (.transition, .covered, ["r3"]),
            "i3": (.diffusion, .partial, ["r5"]),
            "i4": (.transition, .uncovered, []),
            "i5": (.interference, .uncovered, []),
        ]
        #expect(coverage.interfaces.count == expected.count)
        for (id, (type, status, relations)) in expected {
            let item = try #require(entry(coverage, id))
            #expect(item.classification.type == type, "\(id)")
            #expect(item.status == status, "\(id)")
            #expect(item.coveredBy == relations, "\(id)")
        }
        // i3: JA is the actor the sensitive strategy does not reach.
        #expect(entry(coverage, "i3")?.explanation.text(.en).contains("JA") == true)
        // i5 is handled only by the participation check and VHS's adaptation: a warning sign.
        let i5 = try #require(entry(coverage, "i5"))
        #expect(i5.isWarningSign)
        #expect(Set(i5.warningFindings.compactMap { $0.effective?.subForm }) == [.encroachment, .adaptation])
        #expect(coverage.interfaces.filter(\.isWarningSign).count == 1)
        let rates = coverage.rates
        #expect(rates.total == 5 && rates.classified == 5 && rates.covered == 2 && rates.partial == 1 && rates.uncovered == 2)
        #expect(rates.warningSigns == 1)
        #expect(rates.rate == 0.4)
        #expect(Set(coverage.gaps.map(\.classification.interface.id)) == ["i3", "i4", "i5"])
        #expect(coverage.rates(for: .transition).covered == 1 && coverage.rates(for: .transition).classified == 2)
    }

    @Test("2021 worked out by hand, and the change to 2022")
    func year2021() throws {
        let coverage = StrategyCoverage(context: context, year: 2021, discover: false)
        #expect(Set(coverage.interfaces.map(\.classification.interface.id)) == ["i1", "i3", "i4"])
        #expect(entry(coverage, "i1")?.status == .covered)
        #expect(entry(coverage, "i3")?.status == .uncovered)
        #expect(entry(coverage, "i4")?.status == .uncovered)
        let rate2021 = try #require(coverage.rates.rate)
        #expect(abs(rate2021 - 1.0 / 3.0) < 1e-9)
        let report = ClassificationReport(alliances: [Teststadt.alliance], years: [2021, 2022], discover: false)
        let change = try #require(report.alliances.first?.years.last?.rateChange)
        #expect(abs(change - (0.4 - 1.0 / 3.0)) < 1e-9)
    }

    @Test("A transfer running the wrong way does not cover a transition")
    func wrongDirection() {
        let alliance = Fixture.alliance(
            [Fixture.actor("thm"), Fixture.actor("kim")],
            relations: [Fixture.directed("r", "handover", from: ["kim"], to: ["thm"])],
            interfaces: [Fixture.interface("i", ["thm", "kim"], topic: "case_management")])
        let coverage = StrategyCoverage(context: ClassificationContext(alliance: alliance), year: 2022, discover: false)
        #expect(coverage.interfaces.first?.status == .uncovered)
    }

    @Test("An exchange round alone does not cover an interference")
    func exchangeIsNotLinking() {
        let alliance = Fixture.alliance(
            [Fixture.actor("abh"), Fixture.actor("ki")],
            relations: [Fixture.group("r", "exchange_round", ["abh", "ki"])],
            interfaces: [Fixture.interface("i", ["abh", "ki"], topic: "measure_access")])
        let item = StrategyCoverage(context: ClassificationContext(alliance: alliance), year: 2021, discover: false).interfaces.first
        #expect(item?.status == .uncovered)
        #expect(item?.isWarningSign == false)
    }

    @Test("Edge cases: a coded diffusion whose actors all hold the topic; a one-actor transition")
    func edgeCases() {
        // Both actors hold labour-market integration, so nobody needs a sensitive strategy → covered.
        // A transition with one actor has no step that could carry a transfer → uncovered.
        let alliance = Fixture.alliance(
            [Fixture.actor("jc", "jobcenter"), Fixture.actor("aa", "employment_agency")],
            interfaces: [Fixture.interface("d", ["jc", "aa"], topic: "labour_market_integration", type: .diffusion),
                         Fixture.interface("t", ["jc"], topic: "labour_market_integration", type: .transition)])
        let coverage = StrategyCoverage(context: ClassificationContext(alliance: alliance), year: 2021, discover: false)
        #expect(entry(coverage, "d")?.status == .covered)
        #expect(entry(coverage, "t")?.status == .uncovered)
        #expect(entry(coverage, "t")?.explanation.text(.en).contains("only one actor") == true)
    }

    @Test("Discovery finds uncoded interfaces from mandates, chains and relation topics")
    func discovery() {
        let alliance = Fixture.alliance(
            [Fixture.actor("thm"), Fixture.actor("kim"), Fixture.actor("jc", "jobcenter"), Fixture.actor("aa", "employment_agency"),
             Fixture.actor("ki"), Fixture.actor("ja", "youth_office")],
            relations: [Fixture.group("r", "core_group", ["ki", "jc", "ja"], topic: "integration")])
        let found = InterfaceDiscovery(context: ClassificationContext(alliance: alliance)).interfaces(year: 2022)
        func has(_ origin: InterfaceOrigin, _ actors: Set<ActorID>, _ topic: TopicID) -> Bool {
            found.contains { $0.origin == origin && Set($0.interface.actors) == actors && $0.interface.topic == topic }
        }
        // THM (until 06/2022) → KIM (from 07/2022): hand-over month in 2022.
        #expect(has(.consecutiveMandates, ["thm", "kim"], "case_management"))
        // JC (SGB II) and AA (SGB III) hold labour-market integration in the same months, but for
        // different people: the conditions exclude each other, so they hand over, they do not share.
        #expect(has(.exclusiveConditions, ["jc", "aa"], "labour_market_integration"))
        #expect(!found.contains { $0.origin == .sharedMandate && $0.interface.topic == "labour_market_integration" })
        // The core group deals with integration.
        #expect(has(.relationTopic, ["ki", "jc", "ja"], "integration"))
        // The THM → KIM step happened in 2022, not 2021.
        let in2021 = InterfaceDiscovery(context: ClassificationContext(alliance: alliance)).interfaces(year: 2021)
        #expect(!in2021.contains { $0.origin == .consecutiveMandates })
        // In Teststadt every uncoded candidate is already part of a coded interface: the case
        // conference r2 on access to measures works on i1 (shares ABH and KI), the THM → KIM step
        // is i2, the shared mandate of KI and ABH is i1, the agreement r5 works on i3.
        let teststadt = InterfaceDiscovery(context: ClassificationContext(alliance: Teststadt.alliance)).interfaces(year: 2022)
        #expect(teststadt.allSatisfy { $0.origin == .coded })
        // Without discovery, nothing is found (none coded).
        #expect(InterfaceDiscovery(context: ClassificationContext(alliance: alliance)).interfaces(year: 2022, discover: false).isEmpty)
    }

    @Test("Discovery respects conditions: the job centre (SGB II) and the AsylbLG office are no shared pair for subsistence but a hand-over; a holder without condition shares with both")
    func discoveryRespectsConditions() {
        let alliance = Fixture.alliance([Fixture.actor("jc", "jobcenter"), Fixture.actor("sozial", "social_office"),
                                         Fixture.actor("aa", "employment_agency"), Fixture.actor("ip", "integration_point")])
        let context = ClassificationContext(alliance: alliance)
        let found = InterfaceDiscovery(context: context).interfaces(year: 2021)
        func origins(_ topic: TopicID) -> [(InterfaceOrigin, Set<ActorID>)] {
            found.filter { $0.interface.topic == topic }.map { ($0.origin, Set($0.interface.actors)) }
        }
        let subsistence = origins("subsistence")
        #expect(subsistence.count == 1)
        #expect(subsistence.first?.0 == .exclusiveConditions)
        #expect(subsistence.first?.1 == ["jc", "sozial"])
        #expect(found.first { $0.interface.topic == "subsistence" }?.interface.id == "auto:condition:subsistence:jc+sozial")
        // Classified: a transition at the change of benefit law, no interference.
        let item = StrategyCoverage(context: context, year: 2021).interfaces.first { $0.classification.interface.topic == "subsistence" }
        #expect(item?.classification.types == [.transition])
        #expect(item?.classification.findings.first?.change == [.legalBasis])
        // The Integration Point (no condition) shares labour-market integration with both: one shared
        // interface of all three; the hand-over between JC and AA is part of it, not a second interface.
        let labour = origins("labour_market_integration")
        #expect(labour.count == 1)
        #expect(labour.first?.0 == .sharedMandate)
        #expect(labour.first?.1 == ["jc", "aa", "ip"])
    }
}
