import AllianceGraph
@testable import AllianceGraphviz
import Testing

/// Interfaces drawn on a single-year diagram, coloured by strategy coverage.
@Suite("Interface overlay")
struct InterfaceOverlayTests {
    // ABH and KI both hold access to measures (interference) and meet in a case conference
    // (linking) → covered, green. VHS → IHK is a biographical step (transition) with no relation
    // → not covered, red. THM → KIM, not coded, is found only with discovery (consecutive mandates).
    static let alliance = Alliance(
        id: "overlay", name: "Overlay", kind: .independentCity, years: 2021...2022, isIllustrative: true,
        actors: ["abh", "ki", "vhs", "ihk", "thm", "kim"].map { Actor(id: ActorID($0), kind: ActorKindID($0)) },
        relations: [Relation(id: "fk", ends: .undirected(["abh", "ki"]), format: "case_conference")],
        interfaces: [Interface(id: "i1", actors: ["abh", "ki"], topic: "measure_access"),
                     Interface(id: "i2", actors: ["vhs", "ihk"], topic: "apprenticeship")])

    func dot(_ overlay: InterfaceOverlay, filter: DiagramFilter = DiagramFilter()) throws -> String {
        try Diagram(alliance: Self.alliance, kind: .year(2022),
                    options: DiagramOptions(language: .en, filter: filter, interfaces: overlay)).dotText()
    }

    @Test("Coded interfaces appear as hexagons coloured by coverage, with a legend")
    func coded() throws {
        let text = try dot(.coded)
        let i1 = try #require(text.split(separator: "\n").first { $0.contains("\"i:i1\"") && $0.contains("hexagon") })
        #expect(i1.contains(InterfaceOverlay.color(.covered)) && i1.contains("Interference"))
        let i2 = try #require(text.split(separator: "\n").first { $0.contains("\"i:i2\"") && $0.contains("hexagon") })
        #expect(i2.contains(InterfaceOverlay.color(.uncovered)) && i2.contains("VHS → IHK"))
        #expect(text.contains("Interfaces (hexagon): matching strategy"))
        #expect(!text.contains("auto:"))
        // No interface here is handled only without communication, so the legend has no warning note.
        #expect(!text.contains("warning sign"))
    }

    @Test("With discovery the THM → KIM hand-over of 2022 appears too; without the option nothing")
    func discoveredAndNone() throws {
        #expect(try dot(.all).contains("i:auto:consecutive:case_management:thm+kim"))
        let plain = try dot(.none)
        #expect(!plain.contains("hexagon") && !plain.contains("Interfaces (hexagon)"))
    }

    @Test("Coverage is computed before filtering: hiding the case conference keeps i1 covered")
    func filterDoesNotChangeCoverage() throws {
        let text = try dot(.coded, filter: DiagramFilter(formats: ["handover"]))
        let i1 = try #require(text.split(separator: "\n").first { $0.contains("\"i:i1\"") && $0.contains("hexagon") })
        #expect(i1.contains(InterfaceOverlay.color(.covered)))
    }
}
