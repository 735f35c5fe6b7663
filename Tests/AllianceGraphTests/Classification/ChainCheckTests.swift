import AllianceGraph
import Testing

/// The report's example chain (2.1): first counselling → language course → entry qualification → apprenticeship.
@Suite("Chain check")
struct ChainCheckTests {
    static let chain = Fixture.chain("ausbildung", [
        ("ki", "integration_counselling", "Erstberatung"), ("vhs", "language", "Sprachkurs"),
        ("traeger", "qualification", "Einstiegsqualifizierung"), ("betrieb", "apprenticeship", "Ausbildung"),
    ])

    static func alliance(carrierPeriods: String? = nil) -> Alliance {
        Fixture.alliance(
            [Fixture.actor("ki"), Fixture.actor("vhs"), Fixture.actor("traeger", "carrier", periods: carrierPeriods),
             Fixture.actor("betrieb", "employer")],
            relations: [
                // Link 1 carried by a prepared hand-over.
                Fixture.directed("h1", "handover", from: ["ki"], to: ["vhs"]),
                // Link 2 only an exchange round: no transfer.
                Fixture.group("x2", "exchange_round", ["vhs", "traeger"]),
                // Link 3: nothing.
            ],
            chains: [chain])
    }

    @Test("The first broken link is the step from the language course to the entry qualification")
    func firstBroken() throws {
        let checks = ChainCheck.checkAll(context: ClassificationContext(alliance: Self.alliance()), year: 2021)
        let check = try #require(checks.first)
        #expect(check.links.map(\.status) == [.working, .noTransfer, .noRelation])
        #expect(check.links[0].relations == ["h1"])
        let broken = try #require(check.firstBrokenLink)
        #expect(broken.index == 2 && broken.from == "vhs" && broken.to == "traeger")
        #expect(broken.explanation.text(.en).lowercased().contains("exchange"))
        #expect(!check.isIntact)
    }

    @Test("An actor absent in the year breaks the chain there")
    func actorMissing() throws {
        let checks = ChainCheck.checkAll(context: ClassificationContext(alliance: Self.alliance(carrierPeriods: "2022")), year: 2021)
        let check = try #require(checks.first)
        #expect(check.links.map(\.status) == [.working, .actorMissing, .actorMissing])
        #expect(check.firstBrokenLink?.index == 2)
    }

    @Test("A chain whose links all carry a transfer is intact")
    func intact() {
        var alliance = Self.alliance()
        alliance.relations += [
            Fixture.directed("h2", "cooperation_agreement", from: ["vhs"], to: ["traeger"]),
            Fixture.directed("h3", "contact_data", from: ["traeger"], to: ["betrieb"]),
        ]
        let check = ChainCheck.checkAll(context: ClassificationContext(alliance: alliance), year: 2021).first
        #expect(check?.isIntact == true)
    }
}
