import AllianceGraph
import Testing

/// One relation whose mechanism is inferred from format and direction, with the expected
/// mechanism taken from the report's description of the mechanisms (chapter 2.1, 3.2.4, 3.3).
struct MechanismCase: Sendable, CustomTestStringConvertible {
    var name: String
    var relation: Relation
    var mechanism: Mechanism?
    var subForm: MechanismSubForm?
    var rule: String?
    var testDescription: String { name }
}

let mechanismCases: [MechanismCase] = [
    // 3.2.4: case conferences are positive coordination by linking (simultaneous strategies),
    // here with the immigration office taking part.
    MechanismCase(name: "Case conference with the immigration office",
                  relation: Fixture.group("r", "case_conference", ["ki", "abh", "thm"]),
                  mechanism: .positive, subForm: .linking, rule: "format.case_conference"),
    // 2.1: a hand-over prepared by releasing and receiving institution is transfer (successive).
    MechanismCase(name: "Prepared hand-over from THM to KIM",
                  relation: Fixture.directed("r", "handover", from: ["thm"], to: ["kim"]),
                  mechanism: .positive, subForm: .transfer, rule: "format.handover"),
    // 3.3: the immigration office checking participation prerequisites is intervention by encroachment.
    MechanismCase(name: "Immigration office checks participation prerequisites",
                  relation: Fixture.directed("r", "participation_check", from: ["abh"], to: ["ki"]),
                  mechanism: .intervention, subForm: .encroachment, rule: "format.participation_check.migration"),
    // The rule is about the immigration office: a participation check by the job centre is not
    // covered by the table, so nothing is inferred.
    MechanismCase(name: "Participation check by the job centre: no rule",
                  relation: Fixture.directed("r", "participation_check", from: ["jobcenter"], to: ["ki"]),
                  mechanism: nil, subForm: nil, rule: nil),
    // 2.1: core groups and exchange rounds build knowledge and trust: exchange and learning.
    MechanismCase(name: "Core group",
                  relation: Fixture.group("r", "core_group", ["ki", "abh", "jobcenter"]),
                  mechanism: .exchange, subForm: nil, rule: "format.core_group"),
    MechanismCase(name: "Exchange round",
                  relation: Fixture.group("r", "exchange_round", ["ki", "abh"]),
                  mechanism: .exchange, subForm: nil, rule: "format.exchange_round"),
    // 3.2.3: a written cooperation agreement joins contributions (positive coordination); among a
    // group it links, directed from one institution to the next it transfers.
    MechanismCase(name: "Cooperation agreement among several actors",
                  relation: Fixture.group("r", "cooperation_agreement", ["ki", "jobcenter", "youth_office"]),
                  mechanism: .positive, subForm: .linking, rule: "format.cooperation_agreement"),
    MechanismCase(name: "Directed cooperation agreement",
                  relation: Fixture.directed("r", "cooperation_agreement", from: ["vhs"], to: ["carrier"]),
                  mechanism: .positive, subForm: .transfer, rule: "format.cooperation_agreement.directed"),
    // 3.3 (Z. 1498–1506): agreed referrals are among the channels of exchange with the immigration
    // office; the report never reads a referral as shifting (which needs a legal competence, Z. 504).
    MechanismCase(name: "Referral to the job centre",
                  relation: Fixture.directed("r", "referral", from: ["ki"], to: ["jobcenter"]),
                  mechanism: .exchange, subForm: nil, rule: "format.referral"),
    // 3.2 (Z. 1267–1270, 2152–2154): supervision of professionals is exchange, not oversight.
    MechanismCase(name: "Supervision of participation managers",
                  relation: Fixture.directed("r", "supervision", from: ["ki"], to: ["thm"]),
                  mechanism: .exchange, subForm: nil, rule: "format.supervision"),
    // A format the table does not know stays unclassified.
    MechanismCase(name: "Unknown format",
                  relation: Fixture.group("r", "hackathon", ["ki", "abh"]),
                  mechanism: nil, subForm: nil, rule: nil),
]

@Suite("Mechanism classification")
struct MechanismClassificationTests {
    static let actors = ["ki", "abh", "thm", "kim", "jobcenter", "youth_office", "vhs", "carrier"].map { Fixture.actor($0) }

    @Test(arguments: mechanismCases)
    func inferred(_ c: MechanismCase) {
        let context = ClassificationContext(alliance: Fixture.alliance(Self.actors, relations: [c.relation]))
        let result = MechanismClassifier(context: context).classify(c.relation)
        #expect(result.inferred?.mechanism == c.mechanism)
        #expect(result.inferred?.subForm == c.subForm)
        #expect(result.rule == c.rule)
        #expect(result.source == (c.mechanism == nil ? .none : .inferred))
        if let rule = c.rule { #expect(result.explanation.text(.en).contains(rule)) }
        // Mechanisms without communication are the warning signs (2.1).
        #expect(result.isWarningSign == (c.mechanism == .intervention || c.mechanism == .negative))
    }

    @Test("Every rule in the table names a known format and a consistent sub-form")
    func tableIsConsistent() {
        for rule in MechanismRules.table {
            #expect(Vocabulary.builtIn.format(rule.format) != nil, "\(rule.id)")
            if let sub = rule.result.subForm { #expect(sub.mechanism == rule.result.mechanism, "\(rule.id)") }
            #expect(!rule.reason.text(.de).isEmpty && !rule.reason.text(.en).isEmpty)
            #expect(rule.reason.id == "mechanism-rule.\(rule.id)")
        }
        #expect(Set(MechanismRules.table.map(\.id)).count == MechanismRules.table.count)
    }

    @Test("A coded mechanism wins and disagreement with the rule is reported")
    func codedWins() {
        let relation = Fixture.group("r", "case_conference", ["ki", "abh"], mechanism: CodedMechanism(.negative, .demarcation))
        let context = ClassificationContext(alliance: Fixture.alliance(Self.actors, relations: [relation]))
        let result = MechanismClassifier(context: context).classify(relation)
        #expect(result.effective == CodedMechanism(.negative, .demarcation))
        #expect(result.inferred == CodedMechanism(.positive, .linking))
        #expect(result.source == .coded)
        #expect(result.disagreement != nil)
    }

    @Test("A coded mechanism agreeing with the rule reports no disagreement")
    func codedAgrees() {
        let relation = Fixture.group("r", "case_conference", ["ki", "abh"], mechanism: CodedMechanism(.positive))
        let context = ClassificationContext(alliance: Fixture.alliance(Self.actors, relations: [relation]))
        let result = MechanismClassifier(context: context).classify(relation)
        #expect(result.source == .coded)
        #expect(result.disagreement == nil)
    }

    // 3.3: some managing offices accepted the persons excluded by the immigration office without
    // clarifying the leeway: negative coordination by adaptation. In the data: a participation check
    // by the ABH towards the managing office and no communicating relation between them that year.
    @Test("Managing office accepting exclusions without clarification: negative coordination, adaptation")
    func adaptation() {
        let actors = [Fixture.actor("ki", managingOffice: true), Fixture.actor("abh"), Fixture.actor("jobcenter")]
        let check = Fixture.directed("check", "participation_check", from: ["abh"], to: ["ki"], periods: "2021-")
        let talk = Fixture.group("round", "exchange_round", ["ki", "abh"], periods: "2022")
        let context = ClassificationContext(alliance: Fixture.alliance(actors, relations: [check, talk]))
        // 2021: only the check → adaptation by KI.
        let y2021 = MechanismClassifier(context: context).classify(year: 2021)
        let finding = y2021.first { $0.perspective == "ki" }
        #expect(finding?.effective == CodedMechanism(.negative, .adaptation))
        #expect(finding?.relation == "check")
        #expect(finding?.isWarningSign == true)
        // 2022: an exchange round gives a channel for clarification → no adaptation finding;
        // the check itself stays intervention by encroachment.
        let y2022 = MechanismClassifier(context: context).classify(year: 2022)
        #expect(!y2022.contains { $0.perspective != nil })
        #expect(y2022.first { $0.relation == "check" }?.effective == CodedMechanism(.intervention, .encroachment))
    }
}
