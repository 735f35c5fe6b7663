import AllianceGraph
@testable import AllianceGraphviz
import Foundation
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
                     Interface(id: "i2", actors: ["vhs", "ihk"], topic: "apprenticeship")],
        vocabulary: .builtIn)

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
        #expect(!text.contains("odot") && !text.contains("○"), "single-year diagrams keep plain lines to interfaces")
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

/// Interfaces on the difference view: those of the later year, with changes of coverage marked.
@Suite("Interface overlay on the difference view")
struct DifferenceInterfaceTests {
    /// ABH and KI share an interference interface; their case conference (the matching
    /// simultaneous strategy) holds in `conference` only.
    static func alliance(conference: String) throws -> Alliance {
        Alliance(
            id: "overlay-diff", name: "Overlay", kind: .independentCity, years: 2021...2022, isIllustrative: true,
            actors: ["abh", "ki"].map { Actor(id: ActorID($0), kind: ActorKindID($0)) },
            relations: [Relation(id: "fk", ends: .undirected(["abh", "ki"]), format: "case_conference",
                                 periods: [try Period.parse(conference)])],
            interfaces: [Interface(id: "i1", actors: ["abh", "ki"], topic: "measure_access")],
            vocabulary: .builtIn)
    }

    func dot(conference: String, overlay: InterfaceOverlay = .coded, language: Language = .de) throws -> String {
        try Diagram(alliance: try Self.alliance(conference: conference), kind: .difference(from: 2021, to: 2022),
                    options: DiagramOptions(language: language, interfaces: overlay)).dotText()
    }

    func hexagon(_ text: String) -> Substring? {
        text.split(separator: "\n").first { $0.contains("\"i:i1\"") && $0.contains("hexagon") }
    }

    @Test("a case conference new in 2022 makes the interface newly covered, marked and explained")
    func newlyCovered() throws {
        let text = try dot(conference: "2022")
        let node = try #require(hexagon(text))
        #expect(node.contains(InterfaceOverlay.color(.covered)) && node.contains("▲ neu abgedeckt"), "\(node)")
        #expect(text.contains("▲ neu abgedeckt: passende Strategie 2022, 2021 nicht"))
        #expect(!text.contains("▼"))
        #expect(text.contains("Schnittstellen (Sechseck): passende Strategie"))
        // Lines to the interface's actors end in a circle, so green does not read as "new relation".
        #expect(text.contains("\"i:i1\" -> \"a:abh\" [\"style\"=\"solid\", \"color\"=\"\(InterfaceOverlay.color(.covered))\", \"penwidth\"=0.9, \"dir\"=\"forward\", \"arrowhead\"=\"odot\""))
        #expect(text.contains("Dünne Linie mit ○ vom Sechseck"))
        #expect(try dot(conference: "2022", language: .en).contains("▲ newly covered: matching strategy in 2022, not in 2021"))
    }

    @Test("a case conference that ended in 2021 makes the interface no longer covered")
    func noLongerCovered() throws {
        let text = try dot(conference: "2021")
        let node = try #require(hexagon(text))
        #expect(node.contains(InterfaceOverlay.color(.uncovered)) && node.contains("▼ nicht mehr abgedeckt"), "\(node)")
        #expect(text.contains("▼ nicht mehr abgedeckt: passende Strategie 2021, 2022 nicht mehr"))
        #expect(!text.contains("▲"))
    }

    @Test("unchanged coverage gets no mark; without --interfaces no hexagon; DOT is stable")
    func unchangedAndNone() throws {
        let both = try dot(conference: "2021-2022")
        let node = try #require(hexagon(both))
        #expect(node.contains(InterfaceOverlay.color(.covered)))
        #expect(!both.contains("▲") && !both.contains("▼"))
        #expect(both == (try dot(conference: "2021-2022")))
        let none = try dot(conference: "2022", overlay: .none)
        #expect(!none.contains("hexagon") && !none.contains("abgedeckt"))
    }

    static let yaml = """
        id: overlay-diff
        name: Overlay
        kind: independent_city
        years: 2021-2022
        illustrative: true
        actors:
          - id: abh
            kind: abh
          - id: ki
            kind: ki
        relations:
          - id: fk
            actors: [abh, ki]
            format: case_conference
            years: 2022
        interfaces:
          - id: i1
            actors: [abh, ki]
            topic: measure_access
        """

    @Test("alliance render --diff --interfaces draws the marked interface; --all-years --interfaces is rejected")
    func endToEnd() throws {
        let (folder, input) = try RenderCommandTests().temporaryAlliance(Self.yaml)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("d.svg")
        let cli = RenderCommandTests()
        let result = try cli.run(["render", input.path, "--diff", "2021", "2022", "--interfaces", "coded", "--lang", "en",
                                  "-o", output.path])
        #expect(result.status == 0, "\(result.errors)")
        let svg = try SVG(Data(contentsOf: output))
        #expect(svg.texts.contains("▲ newly covered"))
        #expect(svg.texts.contains("▲ newly covered: matching strategy in 2022, not in 2021"))
        let rejected = try cli.run(["render", input.path, "--all-years", "--interfaces", "coded", "--lang", "en",
                                    "-o", folder.appendingPathComponent("a.svg").path])
        #expect(rejected.status != 0 && rejected.errors.contains("not with --all-years"), "\(rejected.errors)")
    }
}
