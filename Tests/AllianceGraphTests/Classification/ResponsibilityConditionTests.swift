import Testing
@testable import AllianceGraph

@Suite("Responsibility conditions")
struct ResponsibilityConditionTests {
    @Test("Age and month intervals read and write the file syntax", arguments: [
        ("14-17", 14, 17), ("18-", 18, nil), ("-17", nil, 17), ("16", 16, 16), (" 3 - 5 ", 3, 5),
    ] as [(String, Int?, Int?)])
    func intervalSyntax(text: String, lower: Int?, upper: Int?) throws {
        let interval = try #require(WholeNumberInterval.parse(text))
        #expect(interval.lowerBound == lower)
        #expect(interval.upperBound == upper)
        #expect(WholeNumberInterval.parse(interval.description) == interval)
    }

    @Test("Malformed or empty intervals are refused", arguments: ["", "-", "a-b", "17-14", "1-2-3", "-1-", "١٢"])
    func intervalRefused(text: String) {
        #expect(WholeNumberInterval.parse(text) == nil)
    }

    @Test("Intervals overlap exactly when they share a whole number")
    func overlap() {
        let minors = WholeNumberInterval(through: 17), adults = WholeNumberInterval(from: 18)
        #expect(!minors.overlaps(adults))
        #expect(WholeNumberInterval(from: 16, through: 18).overlaps(adults))
        #expect(WholeNumberInterval(from: 18, through: 18).overlaps(WholeNumberInterval(from: 10, through: 18)))
        #expect(WholeNumberInterval().overlaps(minors))
    }

    @Test("Exclusive dimensions name the change that hands responsibility over")
    func exclusiveDimensions() {
        let youthOffice = ResponsibilityCondition(age: WholeNumberInterval(through: 17), legalBasis: ["sgb8"])
        let jobcentre = ResponsibilityCondition(age: WholeNumberInterval(from: 18), legalBasis: ["sgb2"])
        #expect(youthOffice.exclusiveDimensions(with: jobcentre) == [.age, .legalBasis])
        let agency = ResponsibilityCondition(legalBasis: ["sgb3"])
        #expect(jobcentre.exclusiveDimensions(with: agency) == [.legalBasis])
        // A dimension only one side restricts does not separate them.
        let immigrationOffice = ResponsibilityCondition(residence: ["toleration"])
        #expect(immigrationOffice.canHoldTogether(with: jobcentre))
        #expect(ResponsibilityCondition(residence: ["toleration", "residence_permit"])
            .canHoldTogether(with: ResponsibilityCondition(residence: ["residence_permit"])))
        #expect(ResponsibilityCondition(programmeMonths: WholeNumberInterval(from: 1, through: 24))
            .exclusiveDimensions(with: ResponsibilityCondition(programmeMonths: WholeNumberInterval(from: 25))) == [.programmeMonths])
        #expect(ResponsibilityCondition().isUnrestricted)
    }

    @Test("Neighbouring topics are read in both directions")
    func neighbours() {
        let vocabulary = Vocabulary(actorKinds: [], formats: [], topics: [
            Topic(id: "a", label: Label(de: "a", en: "a"), neighbours: ["b"]),
            Topic(id: "b", label: Label(de: "b", en: "b")),
            Topic(id: "c", label: Label(de: "c", en: "c"), neighbours: ["b", "a"]),
        ])
        #expect(vocabulary.topicWithNeighbours("b") == ["b", "a", "c"])
        #expect(vocabulary.topicWithNeighbours("a") == ["a", "b", "c"])
    }

    @Test("Every built-in observation code names a sub-form of its mechanism; every sub-form has a code")
    func observationCodes() {
        let codes = Vocabulary.builtIn.observationCodes.values
        for code in codes {
            if let subForm = code.mechanism.subForm { #expect(subForm.mechanism == code.mechanism.mechanism) }
        }
        let reached = Set(codes.compactMap(\.mechanism.subForm))
        #expect(reached == Set(MechanismSubForm.allCases))
        #expect(codes.contains { $0.mechanism == CodedMechanism(.exchange) })
        for kind in Vocabulary.builtIn.situationKinds.values {
            if let topic = kind.topic { #expect(Vocabulary.builtIn.topic(topic) != nil, "\(kind.id) names unknown topic \(topic)") }
        }
    }
}
