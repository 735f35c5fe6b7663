import AllianceGraph
import Testing

/// The type-from-responsibility rules (issue 10 item 3) on alliances written in code: holders
/// from a situation's `when:` / `responsible:` or from mandates with conditions, all supported
/// types with rule, confidence and the changing dimension.
@Suite("Type from responsibility over time")
struct ResponsibilityRuleTests {
    static func when(age: String? = nil, legal: [String]? = nil, residence: [String]? = nil, months: String? = nil) -> ResponsibilityCondition {
        ResponsibilityCondition(age: age.flatMap(WholeNumberInterval.parse), residence: residence.map { $0.map { ResidenceStatusID($0) } },
                                legalBasis: legal.map { $0.map { LegalBasisID($0) } }, programmeMonths: months.flatMap(WholeNumberInterval.parse))
    }

    static func alliance(_ actors: [Actor], situations: [Situation] = [], interfaces: [Interface] = [], relations: [Relation] = [],
                         chains: [Chain] = []) -> Alliance {
        Alliance(id: "test", name: "Teststadt", kind: .independentCity, years: 2019...2022, isIllustrative: true,
                 actors: actors, relations: relations, interfaces: interfaces, chains: chains, situations: situations, vocabulary: .builtIn)
    }

    static func classify(_ alliance: Alliance, year: Int = 2021) -> [InterfaceClassification] {
        StrategyCoverage(context: ClassificationContext(alliance: alliance), year: year).interfaces.map(\.classification)
    }

    @Test("Job centre and employment agency with mandates split by benefit law (as the built-in ones): a transition at the change of benefit law, no interference")
    func benefitLawSplit() {
        let jc = Fixture.actor("jc", "jobcenter", mandates: [CoreMandate("labour_market_integration", condition: Self.when(legal: ["sgb2"]))])
        let aa = Fixture.actor("aa", "employment_agency", mandates: [CoreMandate("labour_market_integration", condition: Self.when(legal: ["sgb3"]))])
        let interface = Fixture.interface("i", ["jc", "aa"], topic: "labour_market_integration")
        let result = InterfaceClassifier(context: ClassificationContext(alliance: Self.alliance([jc, aa], interfaces: [interface])))
            .classify(interface, year: 2021)
        #expect(result.types == [.transition])
        #expect(result.rule == .exclusiveConditions)
        #expect(result.findings.first?.change == [.legalBasis])
        #expect(result.findings.first?.confidence == .derived)
        #expect(!result.findings.contains { $0.rule == .sharedMandate })
        #expect(result.explanation.text(.en).contains("change of benefit law"))
        #expect(result.explanation.text(.de).contains("SGB II") && result.explanation.text(.de).contains("SGB III"))
    }

    @Test("Without conditions the same two actors share the mandate: interference (the conditions decide, not the topic word)")
    func withoutConditionsShared() {
        let interface = Fixture.interface("i", ["jc", "aa"], topic: "labour_market_integration")
        let plain = [CoreMandate("labour_market_integration")]
        let alliance = Self.alliance([Fixture.actor("jc", "jobcenter", mandates: plain), Fixture.actor("aa", "employment_agency", mandates: plain)],
                                     interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2021)
        #expect(result.types == [.interference])
        #expect(result.rule == .sharedMandate)
    }

    @Test("A situation with exclusive age conditions becomes an interface (origin situation) and is a transition at the age limit, minor first")
    func turning18() {
        let situation = Situation(id: "s1", kind: "turning_18", topic: "youth_welfare", responsibilities: [
            Responsibility(actor: "jc", condition: Self.when(age: "18-", legal: ["sgb2"])),
            Responsibility(actor: "ja", condition: Self.when(age: "-17")),
            Responsibility(actor: "ki", isResponsible: false),
        ])
        let alliance = Self.alliance([Fixture.actor("jc", "jobcenter"), Fixture.actor("ja", "youth_office"), Fixture.actor("ki")],
                                     situations: [situation])
        let all = Self.classify(alliance)
        let c = all.first { $0.interface.id == "situation:s1" }
        #expect(c?.origin == .situation)
        #expect(c?.situation == "s1")
        #expect(c?.types == [.transition])
        #expect(c?.findings.first?.change == [.age])
        #expect(c?.transitionOrder == ["ja", "jc"])
        #expect(c?.order == ["ja", "jc", "ki"])
        #expect(c?.interface.actors == ["jc", "ja", "ki"])
    }

    @Test("Conditions that can hold together give interference; a third holder under an exclusive condition adds a transition: all types are returned")
    func allTypes() {
        let situation = Situation(id: "s", topic: "measure_access", responsibilities: [
            Responsibility(actor: "abh", condition: Self.when(residence: ["toleration"])),
            Responsibility(actor: "ki", condition: Self.when(residence: ["toleration", "permission_to_reside"])),
            Responsibility(actor: "jc", condition: Self.when(residence: ["residence_permit"])),
        ])
        let alliance = Self.alliance([Fixture.actor("abh"), Fixture.actor("ki"), Fixture.actor("jc", "jobcenter")], situations: [situation])
        let c = Self.classify(alliance).first { $0.interface.id == "situation:s" }!
        #expect(Set(c.inferredTypes) == [.interference, .transition])
        let shared = c.findings.first { $0.rule == .sharedMandate }
        #expect(shared?.order == ["abh", "ki"])
        let exclusive = c.findings.first { $0.rule == .exclusiveConditions }
        #expect(exclusive?.change == [.residence])
        #expect(exclusive.map { Set($0.order) } == ["abh", "ki", "jc"])
        #expect(c.strategies.count == 2)
    }

    @Test("Nobody responsible (all responsible: false) for a topic: diffusion with derived confidence; from mandates alone it is weak")
    func noHolder() {
        let situation = Situation(id: "s", topic: "housing", responsibilities: [
            Responsibility(actor: "jc", isResponsible: false), Responsibility(actor: "bk", isResponsible: false),
        ])
        let alliance = Self.alliance([Fixture.actor("jc", "jobcenter"), Fixture.actor("bk", "vocational_college")], situations: [situation])
        let c = Self.classify(alliance).first { $0.interface.id == "situation:s" }!
        #expect(c.types == [.diffusion])
        #expect(c.rule == .topicOutsideMandates)
        #expect(c.confidence == .derived)
        let interface = Fixture.interface("i", ["jc", "bk"], topic: "housing")
        let weak = InterfaceClassifier(context: ClassificationContext(alliance: Self.alliance(alliance.actors, interfaces: [interface])))
            .classify(interface, year: 2021)
        #expect(weak.confidence == .weak)
    }

    @Test("A cross-cutting goal held by nobody under compatible conditions: diffusion, derived")
    func crossCutting() {
        let situation = Situation(id: "s", topic: "integration", responsibilities: [
            Responsibility(actor: "jc"), Responsibility(actor: "ja"),
        ])
        let alliance = Self.alliance([Fixture.actor("jc", "jobcenter"), Fixture.actor("ja", "youth_office")], situations: [situation])
        let c = Self.classify(alliance).first { $0.interface.id == "situation:s" }!
        #expect(c.types == [.diffusion])
        #expect(c.rule == .crossCuttingGoal)
        #expect(c.confidence == .derived)
    }

    @Test("The biographical-path rule stays, as weak evidence")
    func biographicalWeak() {
        let interface = Fixture.interface("i", ["ihk", "vhs"], topic: "apprenticeship")
        let alliance = Fixture.alliance([Fixture.actor("ihk"), Fixture.actor("vhs")], interfaces: [interface])
        let c = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2021)
        #expect(c.rule == .biographicalStep)
        #expect(c.confidence == .weak)
    }

    @Test("Topic neighbours: a mandate on a neighbouring topic counts as responsibility, so the word choice does not flip the type")
    func neighbours() {
        let vocabulary = Vocabulary.builtIn.adding(VocabularyExtension(topics: [
            Topic(id: "measure_access", label: Label(de: "Zugang zu Maßnahmen", en: "Access to measures"), neighbours: ["residence_status"]),
        ]))
        let actors = [Fixture.actor("abh", mandates: [CoreMandate("residence_status")]), Fixture.actor("ki", mandates: [CoreMandate("measure_access")])]
        for topic in ["measure_access", "residence_status"] {
            let interface = Fixture.interface("i", ["abh", "ki"], topic: topic)
            let alliance = Alliance(id: "t", name: "T", kind: .independentCity, years: 2019...2022, actors: actors,
                                    interfaces: [interface], vocabulary: vocabulary)
            let c = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2021)
            #expect(c.types == [.interference], "topic \(topic)")
        }
    }

    @Test("A coded interface covering a situation wins; the situation's facts are used and the disagreement is reported")
    func codedWins() {
        let situation = Situation(id: "s", topic: "labour_market_integration", responsibilities: [
            Responsibility(actor: "jc", condition: Self.when(legal: ["sgb2"])), Responsibility(actor: "aa", condition: Self.when(legal: ["sgb3"])),
        ])
        let interface = Fixture.interface("i", ["jc", "aa"], topic: "labour_market_integration", type: .interference)
        let alliance = Self.alliance([Fixture.actor("jc", "jobcenter"), Fixture.actor("aa", "employment_agency")],
                                     situations: [situation], interfaces: [interface])
        let all = Self.classify(alliance)
        #expect(!all.contains { $0.interface.id == "situation:s" })
        let c = all.first { $0.interface.id == "i" }!
        #expect(c.situation == "s")
        #expect(c.types == [.interference])
        #expect(c.confidence == .coded)
        #expect(c.inferredTypes == [.transition])
        #expect(c.disagreement != nil)
    }

    @Test("A situation's coded types (two) are in force and checked each")
    func situationCodedTypes() {
        let situation = Situation(id: "s", topic: "measure_access", responsibilities: [Responsibility(actor: "abh"), Responsibility(actor: "ki")],
                                  types: [.interference, .transition])
        let alliance = Self.alliance([Fixture.actor("abh"), Fixture.actor("ki")], situations: [situation])
        let coverage = StrategyCoverage(context: ClassificationContext(alliance: alliance), year: 2021)
        let item = coverage.interfaces.first { $0.classification.interface.id == "situation:s" }!
        #expect(item.classification.types == [.interference, .transition])
        #expect(item.classification.source == .coded)
        #expect(item.status == .uncovered)
        #expect(coverage.rates(for: .transition).classified == 1 && coverage.rates(for: .interference).classified == 1)
    }

    @Test("Programme months that exclude each other: transition at the end of the programme")
    func programmeEnd() {
        let situation = Situation(id: "s", topic: "case_management", responsibilities: [
            Responsibility(actor: "kim", condition: Self.when(months: "25-")), Responsibility(actor: "thm", condition: Self.when(months: "1-24")),
        ])
        let alliance = Self.alliance([Fixture.actor("thm"), Fixture.actor("kim")], situations: [situation])
        let c = Self.classify(alliance, year: 2021).first { $0.interface.id == "situation:s" }!
        let f = c.findings.first { $0.rule == .exclusiveConditions }
        #expect(f?.change == [.programmeMonths])
        #expect(f?.order == ["thm", "kim"])
    }

    @Test("The chain rule counts only responsible actors: a coach involved with responsible: false who accompanies the step is no step")
    func chainIgnoresNonResponsible() {
        let situation = Situation(id: "s", kind: "measure_step", responsibilities: [
            Responsibility(actor: "traeger"), Responsibility(actor: "ihk"), Responsibility(actor: "coaching", isResponsible: false),
        ])
        let chain = Fixture.chain("k", [("traeger", nil, "Maßnahme"), ("ihk", nil, "Ausbildung")])
        let actors = [Fixture.actor("traeger", "carrier"), Fixture.actor("ihk"), Fixture.actor("coaching")]
        let c = Self.classify(Self.alliance(actors, situations: [situation], chains: [chain])).first { $0.interface.id == "situation:s" }!
        let found = c.findings.first { $0.rule == .explicitChain }
        #expect(found?.order == ["traeger", "ihk"])
        #expect(c.types == [.transition])
        #expect(c.order == ["traeger", "ihk", "coaching"])
        // Responsible, the coach would have to be a step of the chain: the chain rule does not fire.
        let responsible = Situation(id: "s", kind: "measure_step", responsibilities: situation.responsibilities.map { Responsibility(actor: $0.actor) })
        let other = Self.classify(Self.alliance(actors, situations: [responsible], chains: [chain])).first { $0.interface.id == "situation:s" }!
        #expect(!other.findings.contains { $0.rule == .explicitChain })
    }

    @Test("A situation whose kind names a change and that has no topic is a transition with that change, chain steps first")
    func situationChange() {
        let situation = Situation(id: "s", kind: "measure_step", responsibilities: [
            Responsibility(actor: "aa", condition: Self.when(legal: ["sgb3"])), Responsibility(actor: "kita"),
            Responsibility(actor: "traeger"), Responsibility(actor: "bk"),
        ])
        let chain = Fixture.chain("k", [("kita", nil, "Einstiegsqualifizierung"), ("bk", nil, "Ausbildung")])
        let actors = [Fixture.actor("aa", "employment_agency"), Fixture.actor("kita", "employer"), Fixture.actor("traeger", "carrier"),
                      Fixture.actor("bk", "vocational_college")]
        let c = Self.classify(Self.alliance(actors, situations: [situation], chains: [chain])).first { $0.interface.id == "situation:s" }!
        let found = c.findings.first { $0.rule == .situationChange }
        #expect(found?.type == .transition)
        #expect(found?.confidence == .derived)
        #expect(found?.change == [.programmeMonths])
        #expect(found?.order == ["kita", "bk", "aa", "traeger"])
        #expect(c.types == [.transition])
        #expect(c.explanation.text(.en).contains("end of the programme"))
        // A kind without a change, or a single responsible actor, gives nothing.
        let noChange = Situation(id: "s", kind: "measure_access_check", topic: nil, responsibilities: situation.responsibilities)
        let alone = Situation(id: "s", kind: "measure_step", responsibilities: [
            Responsibility(actor: "kita"), Responsibility(actor: "bk", isResponsible: false),
        ])
        let single = Self.classify(Self.alliance(actors, situations: [alone])).first { $0.interface.id == "situation:s" }
        #expect(single?.findings.contains { $0.rule == .situationChange } == false)
        let context = ClassificationContext(alliance: Self.alliance(actors, situations: [noChange]))
        let interface = Fixture.interface("situation:s", ["aa", "kita", "traeger", "bk"], topic: nil)
        #expect(InterfaceClassifier(context: context).classify(interface, year: 2021, origin: .situation, situation: noChange).findings.isEmpty)
    }

    @Test("The biographical step is not blocked by an actor whose mandates are on no stage of the path (the immigration office)")
    func biographicalStepBesideAnotherPath() {
        let situation = Situation(id: "s", kind: "residence_status_change", topic: "apprenticeship", responsibilities: [
            Responsibility(actor: "abh"), Responsibility(actor: "aa"),
            Responsibility(actor: "ihk", condition: Self.when(residence: ["training_toleration"])),
        ])
        let actors = [Fixture.actor("abh"), Fixture.actor("aa", "employment_agency"), Fixture.actor("ihk")]
        let c = Self.classify(Self.alliance(actors, situations: [situation])).first { $0.interface.id == "situation:s" }!
        let found = c.findings.first { $0.rule == .biographicalStep }
        #expect(found?.confidence == .weak)
        #expect(found.map { Set($0.order) } == ["ihk", "aa"])
        #expect(c.types == [.transition])
        // Alone on the path, the holder makes no step.
        let alone = Situation(id: "s", topic: "apprenticeship", responsibilities: [Responsibility(actor: "abh"), Responsibility(actor: "ihk")])
        let other = Self.classify(Self.alliance(actors, situations: [alone])).first { $0.interface.id == "situation:s" }!
        #expect(!other.findings.contains { $0.rule == .biographicalStep })
    }
}
