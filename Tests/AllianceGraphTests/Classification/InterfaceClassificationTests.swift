import AllianceGraph
import Testing

/// One hand-coded interface case from the report's heuristic (chapter 2.1, sections 3.2–3.3),
/// with the expected result worked out by hand from the built-in core mandates.
struct InterfaceCase: Sendable, CustomTestStringConvertible {
    var name: String
    var actors: [Actor]
    var interface: Interface
    var chains: [Chain] = []
    var year: Int
    var type: InterfaceType?
    var rule: InterfaceRule?
    /// The actors in the order responsibility passes (transitions only).
    var order: [String]? = nil
    var testDescription: String { name }
}

/// The heuristic's table (DOMAIN.md / report Fig. 1): each type's typical problem (keyword of
/// the English wording) and its matching strategy.
let problemKeyword: [InterfaceType: String] = [.transition: "Gaps", .interference: "Conflicts", .diffusion: "Neglected"]
let matchingStrategy: [InterfaceType: Strategy] = [.transition: .successive, .interference: .simultaneous, .diffusion: .sensitive]

let interfaceCases: [InterfaceCase] = [
    // Report 3.2/4.2: THM ran until mid 2022 (mandate 2020–06/2022), KIM case management took
    // over from 07/2022. In 2022 they never hold case management in the same month, and KIM starts
    // right after THM ends → consecutive mandates → transition, THM before KIM.
    InterfaceCase(name: "THM hands over to KIM case management in 2022",
                  actors: [Fixture.actor("thm"), Fixture.actor("kim")],
                  interface: Fixture.interface("i", ["kim", "thm"], topic: "case_management"),
                  year: 2022, type: .transition, rule: .consecutiveMandates, order: ["thm", "kim"]),
    // Report 2.1/3.3: the immigration office and the integration actors decide about the same young
    // person (access to a measure). Both hold that topic as core mandate at once → interference.
    InterfaceCase(name: "ABH and KI decide on the same young person",
                  actors: [Fixture.actor("abh"), Fixture.actor("ki")],
                  interface: Fixture.interface("i", ["abh", "ki"], topic: "measure_access"),
                  year: 2021, type: .interference, rule: .sharedMandate),
    // Report 2.1: integration is a cross-cutting goal; the job centre (labour-market integration),
    // the youth welfare office (youth welfare) and the vocational college (schooling) do not hold it → diffusion.
    InterfaceCase(name: "Integration as a cross-cutting goal of job centre, youth office and school",
                  actors: [Fixture.actor("jobcenter"), Fixture.actor("youth_office"), Fixture.actor("vocational_college")],
                  interface: Fixture.interface("i", ["jobcenter", "youth_office", "vocational_college"], topic: "integration"),
                  year: 2020, type: .diffusion, rule: .crossCuttingGoal),
    // Report 2.1 (Z. 306–314, 477–480) and issue 10 item 2: job centre (SGB II) and employment agency
    // (SGB III) both serve labour-market integration, but their mandates' conditions exclude each
    // other, so they do not overlap: responsibility passes between them when the household's benefit
    // law changes → transition (was read as interference before mandates had conditions).
    InterfaceCase(name: "Job centre and employment agency hand over at the change of benefit law",
                  actors: [Fixture.actor("jobcenter"), Fixture.actor("employment_agency")],
                  interface: Fixture.interface("i", ["jobcenter", "employment_agency"], topic: "labour_market_integration"),
                  year: 2021, type: .transition, rule: .exclusiveConditions, order: ["jobcenter", "employment_agency"]),
    // Report 2.1: from a language course into vocational training. Only the chamber holds
    // apprenticeship; the adult education centre holds language, an earlier stage of the same path
    // → biographical step → transition from VHS to IHK.
    InterfaceCase(name: "From a language course into an apprenticeship",
                  actors: [Fixture.actor("ihk"), Fixture.actor("vhs")],
                  interface: Fixture.interface("i", ["ihk", "vhs"], topic: "apprenticeship"),
                  year: 2021, type: .transition, rule: .biographicalStep, order: ["vhs", "ihk"]),
    // An explicit chain in the data (first counselling at KI → language course at VHS) wins over
    // all other rules → transition in chain order.
    InterfaceCase(name: "Explicit chain: first counselling to language course",
                  actors: [Fixture.actor("ki"), Fixture.actor("vhs")],
                  interface: Fixture.interface("i", ["vhs", "ki"], topic: "language"),
                  chains: [Fixture.chain("c", [("ki", "integration_counselling", "Erstberatung"), ("vhs", "language", "Sprachkurs")])],
                  year: 2021, type: .transition, rule: .explicitChain, order: ["ki", "vhs"]),
    // A programme ending: coaching provider A runs 2019–2020, provider B from 2021. Both hold
    // support into training and work, one after the other → consecutive mandates → transition A → B.
    InterfaceCase(name: "A programme ends and another provider takes over",
                  actors: [Fixture.actor("coach_b", "coaching", periods: "2021-"), Fixture.actor("coach_a", "coaching", periods: "2019-2020")],
                  interface: Fixture.interface("i", ["coach_b", "coach_a"], topic: "transition_support"),
                  year: 2021, type: .transition, rule: .consecutiveMandates, order: ["coach_a", "coach_b"]),
    // Housing is in neither the job centre's nor the vocational college's core mandate →
    // responsibility not clearly assigned → diffusion.
    InterfaceCase(name: "Housing outside the mandates of job centre and vocational college",
                  actors: [Fixture.actor("jobcenter"), Fixture.actor("vocational_college")],
                  interface: Fixture.interface("i", ["jobcenter", "vocational_college"], topic: "housing"),
                  year: 2021, type: .diffusion, rule: .topicOutsideMandates),
    // Per-alliance override: here the youth migration service also decides on access to measures,
    // so it shares that topic with the immigration office → interference.
    InterfaceCase(name: "Override: JMD shares access to measures with ABH",
                  actors: [Fixture.actor("abh"), Fixture.actor("jmd", mandates: [CoreMandate("integration_counselling"), CoreMandate("measure_access")])],
                  interface: Fixture.interface("i", ["abh", "jmd"], topic: "measure_access"),
                  year: 2021, type: .interference, rule: .sharedMandate),
    // Without the override the JMD does not hold access to measures; only the ABH does, and the
    // topic lies on no biographical path → no rule fires; the interface stays unclassified.
    InterfaceCase(name: "Without override: ABH alone holds access to measures",
                  actors: [Fixture.actor("abh"), Fixture.actor("jmd")],
                  interface: Fixture.interface("i", ["abh", "jmd"], topic: "measure_access"),
                  year: 2021, type: nil, rule: nil),
    // An override that limits a mandate in time: the integration centre holds access to measures
    // only until 2020. In 2021 the ABH alone holds it; in 2020 both → interference in 2020 only.
    InterfaceCase(name: "Override with validity period: overlap only in 2020",
                  actors: [Fixture.actor("abh"), Fixture.actor("ki", mandates: [CoreMandate("measure_access", period: Fixture.period("2019-2020"))])],
                  interface: Fixture.interface("i", ["abh", "ki"], topic: "measure_access"),
                  year: 2020, type: .interference, rule: .sharedMandate),
    // Rule order: an explicit chain in the data wins over the shared mandate. Job centre and
    // employment agency both hold labour-market integration, but the alliance documents a chain
    // from the agency (SGB III) to the job centre (SGB II) after a change of status → transition.
    InterfaceCase(name: "A chain in the data wins over a shared mandate (SGB III to SGB II)",
                  actors: [Fixture.actor("jc", "jobcenter"), Fixture.actor("aa", "employment_agency")],
                  interface: Fixture.interface("i", ["jc", "aa"], topic: "labour_market_integration"),
                  chains: [Fixture.chain("c", [("aa", "labour_market_integration", nil), ("jc", "labour_market_integration", nil)])],
                  year: 2021, type: .transition, rule: .explicitChain, order: ["aa", "jc"]),
    // A cross-cutting goal that one actor (by override, the integration centre) holds while the
    // others (job centre, youth welfare office) do not → still diffusion: not two hold it at once.
    InterfaceCase(name: "Cross-cutting goal held by one actor only",
                  actors: [Fixture.actor("ki", mandates: [CoreMandate("integration")]), Fixture.actor("jobcenter"), Fixture.actor("youth_office")],
                  interface: Fixture.interface("i", ["ki", "jobcenter", "youth_office"], topic: "integration"),
                  year: 2021, type: .diffusion, rule: .crossCuttingGoal),
    // Change of legal status: the federal office (asylum procedure) hands over to the immigration
    // office (residence status) → biographical step on the legal-status path → transition BAMF → ABH.
    InterfaceCase(name: "Change of legal status: asylum procedure to residence status",
                  actors: [Fixture.actor("abh"), Fixture.actor("bamf")],
                  interface: Fixture.interface("i", ["abh", "bamf"], topic: "residence_status"),
                  year: 2021, type: .transition, rule: .biographicalStep, order: ["bamf", "abh"]),
]

@Suite("Interface classification")
struct InterfaceClassificationTests {
    @Test(arguments: interfaceCases)
    func handCodedCase(_ c: InterfaceCase) {
        let alliance = Fixture.alliance(c.actors, interfaces: [c.interface], chains: c.chains)
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(c.interface, year: c.year)
        #expect(result.inferredType == c.type)
        #expect(result.rule == c.rule)
        #expect(result.type == c.type)
        #expect(result.source == (c.type == nil ? .none : .inferred))
        if let type = c.type {
            #expect(result.strategy == matchingStrategy[type])
            #expect(result.typicalProblem?.en.contains(problemKeyword[type]!) == true)
            #expect(result.disagreement == nil)
            // The explanation names every actor involved.
            for actor in c.actors where c.interface.actors.contains(actor.id) {
                let name = actor.displayName(in: .builtIn, language: .en)
                #expect(result.explanation.text(.en).contains(name), "explanation should name \(name): \(result.explanation.text(.en))")
            }
        } else {
            #expect(result.strategy == nil)
            #expect(result.explanation.text(.en).contains("No rule"))
        }
        if let order = c.order {
            #expect(result.order.map(\.rawValue) == order)
        }
    }

    @Test("Override limited to 2019–2020 gives no interference in 2021")
    func overridePeriodEnds() {
        let actors = [Fixture.actor("abh"), Fixture.actor("ki", mandates: [CoreMandate("measure_access", period: Fixture.period("2019-2020"))])]
        let interface = Fixture.interface("i", ["abh", "ki"], topic: "measure_access")
        let result = InterfaceClassifier(context: ClassificationContext(alliance: Fixture.alliance(actors, interfaces: [interface])))
            .classify(interface, year: 2021)
        #expect(result.rule != .sharedMandate)
    }

    @Test("A rule's result carries the rule id and its reason as a catalogue message with the facts used")
    func ruleResultsAreData() {
        let interface = Fixture.interface("i", ["thm", "kim"], topic: "case_management")
        let alliance = Fixture.alliance([Fixture.actor("thm"), Fixture.actor("kim")], interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2022)
        #expect(result.rule == .consecutiveMandates)
        #expect(result.explanation.id == "classification.interface-consecutive-mandates")
        guard case .joined(let steps, _)? = result.explanation.arguments["steps"],
              case .message(let step)? = steps.first else {
            Issue.record("the steps are the facts of the rule: \(result.explanation.arguments)")
            return
        }
        #expect(step.id == "classification.interface-consecutive-step")
        #expect(step.arguments["until"] == .text("06/2022") && step.arguments["start"] == .text("07/2022"))
        #expect(step.arguments["topic"] == .label(ClassificationContext(alliance: alliance).topicLabel("case_management")))
        #expect(result.explanation.description == result.explanation.text(.de))
    }

    @Test("The transition explanation names the months of the hand-over")
    func transitionNamesMonths() {
        let interface = Fixture.interface("i", ["thm", "kim"], topic: "case_management")
        let alliance = Fixture.alliance([Fixture.actor("thm"), Fixture.actor("kim")], interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2022)
        #expect(result.explanation.text(.en).contains("06/2022"))
        #expect(result.explanation.text(.en).contains("07/2022"))
        #expect(result.explanation.text(.de).contains("THM") && result.explanation.text(.de).contains("KIM"))
    }

    @Test("A coded type wins over inference, and the disagreement is reported")
    func codedTypeWins() {
        // Coded as interference although the mandates follow one another (THM → KIM).
        let interface = Fixture.interface("i", ["thm", "kim"], topic: "case_management", type: .interference)
        let alliance = Fixture.alliance([Fixture.actor("thm"), Fixture.actor("kim")], interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2022)
        #expect(result.type == .interference)
        #expect(result.inferredType == .transition)
        #expect(result.source == .coded)
        #expect(result.strategy == .simultaneous)
        #expect(result.disagreement != nil)
    }

    @Test("For a coded transition the data's order of actors is the order of the hand-over")
    func codedOrder() {
        // Written as KIM before THM: coded wins, even though the mandates run THM → KIM.
        let interface = Fixture.interface("i", ["kim", "thm"], topic: "case_management", type: .transition)
        let alliance = Fixture.alliance([Fixture.actor("thm"), Fixture.actor("kim")], interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2022)
        #expect(result.order == ["kim", "thm"])
        #expect(result.disagreement == nil)
    }

    @Test("A coded type that agrees with inference reports no disagreement")
    func codedTypeAgrees() {
        let interface = Fixture.interface("i", ["abh", "ki"], topic: "measure_access", type: .interference)
        let alliance = Fixture.alliance([Fixture.actor("abh"), Fixture.actor("ki")], interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2021)
        #expect(result.source == .coded)
        #expect(result.disagreement == nil)
    }

    @Test("An interface without topic and chain stays unclassified unless coded")
    func noTopic() {
        let interface = Fixture.interface("i", ["abh", "ki"], topic: nil)
        let alliance = Fixture.alliance([Fixture.actor("abh"), Fixture.actor("ki")], interfaces: [interface])
        let result = InterfaceClassifier(context: ClassificationContext(alliance: alliance)).classify(interface, year: 2021)
        #expect(result.type == nil)
        #expect(result.rule == nil)
    }
}
