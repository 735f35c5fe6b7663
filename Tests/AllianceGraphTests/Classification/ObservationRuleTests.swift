import AllianceGraph
import Testing

/// Mechanisms from observed behaviour (issue 10 item 4): one rule `observation.<code>` per code,
/// the format table only as a default marked as such, every mechanism and sub-form reachable.
@Suite("Mechanisms from observation codes")
struct ObservationRuleTests {
    static let actors = ["ki", "abh", "jobcenter", "thm", "kim"].map { Fixture.actor($0) }

    static func relation(_ observations: [Observation], format: String = "hackathon") -> Relation {
        var r = Fixture.group("r", format, ["ki", "abh"])
        r.observations = observations
        return r
    }

    static func classify(_ relation: Relation, vocabulary: Vocabulary = .builtIn) -> MechanismClassification {
        let alliance = Alliance(id: "t", name: "T", kind: .independentCity, years: 2019...2022, actors: actors, relations: [relation],
                                vocabulary: vocabulary)
        return MechanismClassifier(context: ClassificationContext(alliance: alliance)).classify(relation)
    }

    /// The report's mechanisms and sub-forms (ch. 2.1), each with the built-in code that shows it.
    static let expected: [(code: String, mechanism: Mechanism, subForm: MechanismSubForm?)] = [
        ("information_exchange", .exchange, nil), ("mutual_learning", .exchange, nil),
        ("calls_on_others", .intervention, .appeal), ("binding_requirement", .intervention, .encroachment),
        ("declares_other_responsible", .intervention, .shifting),
        ("accepts_limits_unclarified", .negative, .adaptation), ("acts_alone", .negative, .demarcation),
        ("joint_case_planning", .positive, .linking), ("accompanied_handover", .positive, .transfer),
    ]

    @Test("Each built-in code decides through its rule observation.<code>, with confidence derived", arguments: expected.map(\.code))
    func eachCode(_ code: String) {
        let e = Self.expected.first { $0.code == code }!
        let result = Self.classify(Self.relation([Observation(ObservationCodeID(code))]))
        #expect(result.inferred == CodedMechanism(e.mechanism, e.subForm))
        #expect(result.rule == "observation.\(code)")
        #expect(result.confidence == .derived)
        #expect(!result.isDefault)
        #expect(result.explanation.text(.en).contains("observation.\(code)"))
        #expect(result.isWarningSign == !e.mechanism.needsCommunication)
    }

    @Test("Every mechanism and every sub-form is reached by a rule")
    func everySubFormReachable() {
        let reached = Set(Self.expected.map { Self.classify(Self.relation([Observation(ObservationCodeID($0.code))])).inferred })
        for mechanism in Mechanism.allCases {
            #expect(reached.contains { $0?.mechanism == mechanism }, "\(mechanism)")
        }
        for subForm in MechanismSubForm.allCases {
            #expect(reached.contains { $0?.subForm == subForm }, "\(subForm)")
        }
    }

    @Test("An observation wins over the format; the format alone is a default, marked as such, confidence weak")
    func formatIsDefault() {
        let observed = Self.classify(Self.relation([Observation("declares_other_responsible", by: "ki")], format: "case_conference"))
        #expect(observed.inferred == CodedMechanism(.intervention, .shifting))
        #expect(observed.findings.map(\.rule) == ["observation.declares_other_responsible", "format.case_conference"])
        #expect(observed.explanation.text(.de).contains("KI"))
        let plain = Self.classify(Self.relation([], format: "case_conference"))
        #expect(plain.inferred == CodedMechanism(.positive, .linking))
        #expect(plain.isDefault)
        #expect(plain.confidence == .weak)
        #expect(plain.explanation.text(.en).contains("default from the format"))
    }

    @Test("Several codes: all are reported, the one in force follows the documented precedence, the conflict is named")
    func precedence() {
        let result = Self.classify(Self.relation([Observation("information_exchange"), Observation("acts_alone"),
                                                  Observation("joint_case_planning"), Observation("calls_on_others")]))
        #expect(result.inferred == CodedMechanism(.positive, .linking))
        #expect(result.findings.count == 4)
        #expect(result.conflict?.text(.en).contains("precedence") == true)
        let warning = Self.classify(Self.relation([Observation("information_exchange"), Observation("acts_alone"), Observation("calls_on_others")]))
        #expect(warning.inferred == CodedMechanism(.intervention, .appeal))
        let same = Self.classify(Self.relation([Observation("information_exchange"), Observation("mutual_learning")]))
        #expect(same.conflict == nil)
        #expect(same.rule == "observation.information_exchange")
        // The network analysis takes the same mechanism.
        let alliance = Alliance(id: "t", name: "T", kind: .independentCity, years: 2019...2022, actors: Self.actors,
                                relations: [Self.relation([Observation("acts_alone"), Observation("accompanied_handover")])], vocabulary: .builtIn)
        #expect(MechanismClassifier(context: ClassificationContext(alliance: alliance)).mechanism(of: alliance.relations[0]).mechanism
            == CodedMechanism(.positive, .transfer))
    }

    @Test("A code not in the vocabulary decides nothing; a user's own code decides by its mechanism")
    func userCodes() {
        let unknown = Self.classify(Self.relation([Observation("shrugs")]))
        #expect(unknown.inferred == nil)
        let vocabulary = Vocabulary.builtIn.adding(VocabularyExtension(observationCodes: [
            ObservationCode(id: "shrugs", label: Label(de: "Zuckt mit den Schultern", en: "Shrugs"), mechanism: CodedMechanism(.negative, .demarcation)),
        ]))
        let known = Self.classify(Self.relation([Observation("shrugs")]), vocabulary: vocabulary)
        #expect(known.inferred == CodedMechanism(.negative, .demarcation))
        #expect(known.rule == "observation.shrugs")
    }

    @Test("A coded mechanism still wins over observations, with the disagreement reported")
    func codedWins() {
        var relation = Self.relation([Observation("acts_alone")])
        relation.mechanism = CodedMechanism(.positive, .linking)
        let result = Self.classify(relation)
        #expect(result.effective == CodedMechanism(.positive, .linking))
        #expect(result.confidence == .coded)
        #expect(result.disagreement != nil)
    }

    @Test("Observations on a situation give the interface's observed mechanism")
    func situationObservations() {
        let situation = Situation(id: "s", topic: "measure_access", responsibilities: [Responsibility(actor: "abh"), Responsibility(actor: "ki")],
                                  observations: [Observation("declares_other_responsible", by: "abh")])
        let alliance = Alliance(id: "t", name: "T", kind: .independentCity, years: 2019...2022, actors: Self.actors,
                                situations: [situation], vocabulary: .builtIn)
        let coverage = StrategyCoverage(context: ClassificationContext(alliance: alliance), year: 2021)
        let c = coverage.interfaces.first { $0.classification.interface.id == "situation:s" }!.classification
        #expect(c.mechanism?.mechanism == CodedMechanism(.intervention, .shifting))
        #expect(c.mechanism?.rule == "observation.declares_other_responsible")
        let text = ClassificationReport(alliances: [alliance], years: [2021]).document(.en).text()
        #expect(text.contains("Observed mechanism: Intervention (Shifting)"))
    }
}
