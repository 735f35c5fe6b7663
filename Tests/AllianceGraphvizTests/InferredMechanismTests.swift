import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// `DiagramOptions.mechanismBasis` / `alliance render --mechanisms`: uncoded relations drawn
/// with the mechanism the classification infers, marked as inferred.
@Suite("Inferred mechanisms in diagrams")
struct InferredMechanismTests {
    // The case conference ABH–KI is not coded; the classification infers positive coordination
    // (linking) from its format. The exchange round KI–JC is coded as exchange and learning.
    static let alliance = Alliance(
        id: "fk", name: "Fallstadt", kind: .independentCity, years: 2021...2022, isIllustrative: true,
        actors: ["abh", "ki", "jc"].map { Actor(id: ActorID($0), kind: ActorKindID($0)) },
        relations: [
            Relation(id: "fallkonferenz", ends: .undirected(["abh", "ki"]), format: "case_conference"),
            Relation(id: "runde", ends: .undirected(["ki", "jc"]), format: "exchange_round",
                     mechanism: CodedMechanism(.exchange)),
        ],
        vocabulary: .builtIn)

    static let positive = DiagramStyle.line(for: .positive)
    static let uncoded = DiagramStyle.line(for: nil)

    func dot(_ basis: MechanismBasis, kind: DiagramKind = .year(2022), alliance: Alliance = alliance,
             language: Language = .de, filter: DiagramFilter = DiagramFilter()) throws -> String {
        try Diagram(alliance: alliance, kind: kind,
                    options: DiagramOptions(language: language, filter: filter, mechanismBasis: basis)).dotText()
    }

    /// The DOT line of the edge between ABH and KI, if drawn.
    func caseConference(_ text: String) -> Substring? {
        text.split(separator: "\n").first { $0.contains("\"a:abh\" -> \"a:ki\"") }
    }

    @Test("effective (the default): the uncoded case conference has positive coordination's line, thinner and lighter, and the legend says so")
    func effective() throws {
        #expect(DiagramOptions().mechanismBasis == .effective)
        let text = try dot(.effective)
        #expect(text == (try Diagram(alliance: Self.alliance, kind: .year(2022)).dotText()))
        let edge = try #require(caseConference(text))
        let inferred = Self.positive.inferred
        #expect(inferred.color != Self.positive.color && inferred.penWidth < Self.positive.penWidth)
        #expect(edge.contains("\"style\"=\"\(Self.positive.style)\""))
        #expect(edge.contains("\"color\"=\"\(inferred.color)\""), "\(edge)")
        #expect(edge.contains("\"penwidth\"=\(DOTValue.format(inferred.penWidth))"), "\(edge)")
        #expect(text.contains("<FONT>Positive Koordination (erschlossen)</FONT>"), "the legend names the inferred mechanism")
        #expect(!text.contains(">nicht codiert<"), "nothing is drawn as not coded, so the legend must not list it")
        // The coded exchange round keeps its full line.
        let round = try #require(text.split(separator: "\n").first { $0.contains("\"a:ki\" -> \"a:jc\"") })
        #expect(round.contains(DiagramStyle.line(for: .exchange).color))
        #expect(try dot(.effective, language: .en).contains("<FONT>Positive coordination (inferred)</FONT>"))
    }

    @Test("coded: the uncoded case conference is drawn as not coded; no inferred entry")
    func coded() throws {
        let text = try dot(.coded)
        let edge = try #require(caseConference(text))
        #expect(edge.contains("\"color\"=\"\(Self.uncoded.color)\""), "\(edge)")
        #expect(text.contains(">nicht codiert<"))
        #expect(!text.contains("erschlossen"))
        #expect(text == (try Diagram(alliance: Self.alliance, kind: .year(2022),
                                     options: DiagramOptions(mechanismBasis: .coded)).dotText()))
    }

    @Test("--mechanism positive keeps the uncoded case conference only with the effective basis")
    func filter() throws {
        let positive = DiagramFilter(mechanisms: [.positive])
        let effective = try dot(.effective, filter: positive)
        #expect(caseConference(effective) != nil)
        #expect(!effective.contains("\"a:ki\" -> \"a:jc\""))
        let coded = try dot(.coded, filter: positive)
        #expect(caseConference(coded) == nil)
        #expect(!coded.contains("\"a:ki\" -> \"a:jc\""))
    }

    @Test("the difference view compares on one basis: coded positive in 2021, uncoded in 2022")
    func difference() throws {
        var alliance = Self.alliance
        alliance.relations = [
            Relation(id: "fk-2021", ends: .undirected(["abh", "ki"]), format: "case_conference",
                     mechanism: CodedMechanism(.positive, .linking), periods: [try Period.parse("2021")]),
            Relation(id: "fk-2022", ends: .undirected(["abh", "ki"]), format: "case_conference",
                     periods: [try Period.parse("2022")]),
        ]
        let kind = DiagramKind.difference(from: 2021, to: 2022)
        // Coded only: the mechanism "changed" from positive to not coded.
        let coded = try #require(caseConference(try dot(.coded, kind: kind, alliance: alliance)))
        #expect(coded.contains(DiagramStyle.changedColor) && coded.contains("Positive Koordination → nicht codiert"))
        // Effective: positive in both years, unchanged, the later one marked inferred.
        let effectiveText = try dot(.effective, kind: kind, alliance: alliance)
        let effective = try #require(caseConference(effectiveText))
        #expect(!effective.contains(DiagramStyle.changedColor) && !effective.contains("→"), "\(effective)")
        #expect(effective.contains(DiagramStyle.inferredColor(DiagramStyle.unchangedColor)))
        #expect(effectiveText.contains("<FONT>Positive Koordination (erschlossen)</FONT>"))

        // Coded negative in 2021, inferred positive in 2022: a change, the inferred side named so.
        alliance.relations[0].mechanism = CodedMechanism(.negative, .demarcation)
        let changed = try #require(caseConference(try dot(.effective, kind: kind, alliance: alliance)))
        #expect(changed.contains(DiagramStyle.inferredColor(DiagramStyle.changedColor)), "\(changed)")
        #expect(changed.contains("Negative Koordination → Positive Koordination (erschlossen)"), "\(changed)")
    }

    @Test("DOT is byte-identical for the same input in every view; side by side marks inferred lines too")
    func deterministic() throws {
        let unchanged = DiagramStyle.inferredColor(DiagramStyle.unchangedColor)
        for (kind, color) in [(DiagramKind.year(2022), Self.positive.inferred.color), (.allYears, Self.positive.inferred.color),
                              (.difference(from: 2021, to: 2022), unchanged)] {
            let first = try dot(.effective, kind: kind)
            #expect(first == (try dot(.effective, kind: kind)), "\(kind)")
            #expect(first.contains("\"color\"=\"\(color)\""), "\(kind)")
            #expect(first.contains("<FONT>Positive Koordination (erschlossen)</FONT>"), "\(kind)")
        }
    }

    @Test("inferred colours are the mechanism's colour mixed half with white")
    func inferredColor() {
        #expect(DiagramStyle.inferredColor("#000000") == "#808080")
        #expect(DiagramStyle.inferredColor("#FFFFFF") == "#FFFFFF")
        #expect(DiagramStyle.inferredColor("#08519C") == "#84A8CE")
    }
}

/// The built binary with `--mechanisms`.
@Suite("alliance render --mechanisms")
struct RenderMechanismsCommandTests {
    static let yaml = """
        id: fk
        name: Fallstadt
        kind: independent_city
        years: 2021-2022
        illustrative: true
        actors:
          - id: ki
            kind: ki
          - id: abh
            kind: abh
        relations:
          - id: fallkonferenz
            actors: [abh, ki]
            format: case_conference
        """

    @Test("--mechanisms effective (the default) draws the uncoded case conference as inferred positive coordination in the SVG; coded as not coded")
    func endToEnd() throws {
        let (folder, input) = try RenderCommandTests().temporaryAlliance(Self.yaml)
        defer { try? FileManager.default.removeItem(at: folder) }

        func render(_ extra: [String]) throws -> SVG {
            try SVG(renderData(extra))
        }
        func renderData(_ extra: [String]) throws -> Data {
            let output = folder.appendingPathComponent("out-\(extra.joined()).svg")
            let result = try RenderCommandTests().run(["render", input.path, "--year", "2022", "-o", output.path] + extra)
            #expect(result.status == 0, "\(result.errors)")
            return try Data(contentsOf: output)
        }
        let inferred = DiagramStyle.line(for: .positive).inferred
        let effective = try render(["--mechanisms", "effective"])
        let edge = try #require(effective.edges.first { $0.texts.contains("Fallkonferenz") })
        #expect(edge.strokes.map { $0.uppercased() }.contains(inferred.color), "\(edge.strokes)")
        #expect(effective.texts.contains("Positive Koordination (erschlossen)"))
        #expect(!effective.texts.contains("nicht codiert"))

        #expect(try renderData([]) == renderData(["--mechanisms", "effective"]), "effective is the default")
        let coded = try render(["--mechanisms", "coded"])
        let codedEdge = try #require(coded.edges.first { $0.texts.contains("Fallkonferenz") })
        #expect(codedEdge.strokes.map { $0.uppercased() }.contains(DiagramStyle.line(for: nil).color))
        #expect(coded.texts.contains("nicht codiert"))
        #expect(!coded.texts.contains { $0.contains("erschlossen") })

        let english = try render(["--mechanisms", "effective", "--lang", "en", "--mechanism", "positive"])
        #expect(english.texts.contains("Positive coordination (inferred)"))
        #expect(english.edges.contains { $0.texts.contains("Case conference") })
    }
}
