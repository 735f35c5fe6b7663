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
        let vocabulary = Vocabulary.builtIn
        let youthOffice = ResponsibilityCondition(age: WholeNumberInterval(through: 17), legalBasis: ["sgb8"])
        let jobcentre = ResponsibilityCondition(age: WholeNumberInterval(from: 18), legalBasis: ["sgb2"])
        // SGB VIII runs in parallel to SGB II (report Z. 317–319): only the age separates them.
        #expect(youthOffice.exclusiveDimensions(with: jobcentre, in: vocabulary) == [.age])
        let agency = ResponsibilityCondition(legalBasis: ["sgb3"])
        #expect(jobcentre.exclusiveDimensions(with: agency, in: vocabulary) == [.legalBasis])
        // A dimension only one side restricts does not separate them.
        let immigrationOffice = ResponsibilityCondition(residence: ["toleration"])
        #expect(immigrationOffice.canHoldTogether(with: jobcentre, in: vocabulary))
        #expect(ResponsibilityCondition(residence: ["toleration", "residence_permit"])
            .canHoldTogether(with: ResponsibilityCondition(residence: ["residence_permit"]), in: vocabulary))
        #expect(ResponsibilityCondition(programmeMonths: WholeNumberInterval(from: 1, through: 24))
            .exclusiveDimensions(with: ResponsibilityCondition(programmeMonths: WholeNumberInterval(from: 25)), in: vocabulary) == [.programmeMonths])
        #expect(ResponsibilityCondition().isUnrestricted)
    }

    @Test("Legal bases exclude each other only where the vocabulary says so, read both ways", arguments: [
        (["sgb2"], ["sgb3"], true), (["sgb3"], ["sgb2"], true),
        (["sgb2"], ["asylblg"], true), (["asylblg"], ["sgb2"], true),
        (["sgb8"], ["sgb2"], false), (["sgb2"], ["sgb8"], false), (["sgb8"], ["sgb3"], false), (["sgb3"], ["sgb8"], false),
        (["aufenthg"], ["sgb2"], false), (["sgb3"], ["aufenthg"], false), (["aufenthg"], ["asylblg"], false),
        (["asylblg"], ["sgb3"], false),
        // Lists: one pair that can apply together is enough to hold together.
        (["sgb2", "sgb8"], ["sgb3"], false), (["sgb3", "asylblg"], ["sgb2"], true), (["sgb2"], ["sgb2", "sgb3"], false),
    ] as [([String], [String], Bool)])
    func legalBasisExclusivity(a: [String], b: [String], exclusive: Bool) {
        let left = ResponsibilityCondition(legalBasis: a.map { LegalBasisID($0) })
        let right = ResponsibilityCondition(legalBasis: b.map { LegalBasisID($0) })
        #expect(left.exclusiveDimensions(with: right, in: .builtIn) == (exclusive ? [.legalBasis] : []))
        #expect(left.canHoldTogether(with: right, in: .builtIn) == !exclusive)
    }

    @Test("A user's legal basis excludes what it names, in both directions, and nothing else")
    func userLegalBasisExclusivity() {
        let vocabulary = Vocabulary.builtIn.adding(VocabularyExtension(legalBases: [
            LegalBasis(id: "bkgg", label: Label(de: "BKGG", en: "BKGG"), excludes: ["sgb8"]),
        ]))
        #expect(vocabulary.legalBasesExclude("bkgg", "sgb8"))
        #expect(vocabulary.legalBasesExclude("sgb8", "bkgg"))
        #expect(!vocabulary.legalBasesExclude("bkgg", "sgb2"))
        #expect(!vocabulary.legalBasesExclude("bkgg", "bkgg"))
        #expect(!vocabulary.legalBasesExclude("unknown", "sgb8"))
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
