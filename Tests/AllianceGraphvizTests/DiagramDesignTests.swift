import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// Issue 15 items 5–7: one meaning per mark, a compact legend of what occurs, the core group
/// without the fan of lines.
@Suite("Diagram design")
struct DiagramDesignTests {
    static let samples: [Alliance] = {
        let folder = RenderCommandTests.packageRoot.appendingPathComponent("Graphs")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return files.compactMap { AllianceLoader(vocabulary: .builtIn).load(path: folder.appendingPathComponent($0).path).validAlliance }
    }()

    static var rheinstadt: Alliance? { samples.first { $0.id == "rheinstadt" } }

    @Test("single-year lines carry no colour of their own: every line is the neutral colour or its inferred or uncoded variant",
          .enabled(if: rheinstadt != nil))
    func yearLinesAreNeutral() throws {
        let allowed = Set([DiagramStyle.lineColor, DiagramStyle.inferredColor(DiagramStyle.lineColor),
                           DiagramStyle.line(for: nil).color].map { $0.lowercased() })
        for alliance in Self.samples {
            for year in alliance.years {
                let svg = try SVG(Diagram(alliance: alliance, kind: .year(year)).render(.svg))
                for edge in svg.edges where !edge.title.contains("i:") {
                    #expect(Set(edge.strokes).isSubset(of: allowed), "\(alliance.id) \(year) \(edge.title): \(edge.strokes)")
                }
            }
        }
    }

    @Test("the core group is a badge on its members, not a box with a line to each", .enabled(if: rheinstadt != nil))
    func coreGroupBadge() throws {
        let alliance = try #require(Self.rheinstadt)
        let dot = try Diagram(alliance: alliance, kind: .year(2021)).dotText()
        let index = try #require(alliance.relations.firstIndex { $0.ends == .coreGroup })
        #expect(!dot.contains("\"r:\(index)\""), "no box for the core group")
        // The badge is part of the name's label, inside the box (as an xlabel it landed below nodes).
        let badged = dot.split(separator: "\n").filter { $0.contains("\"label\"=<<FONT COLOR") && $0.contains(DiagramStyle.coreGroupBadge) }
        #expect(!dot.contains("\"xlabel\""))
        let members = alliance.ends(of: alliance.relations[index], in: 2021).actors
        #expect(members.count > 2 && badged.count == Set(members).count)
        #expect(dot.contains("vor dem Namen: Mitglied der Bündniskerngruppe (Austausch und Lernen)"))
    }

    @Test("the legend is a panel in the title, outside the layout, listing only change colours that occur")
    func legendLists() throws {
        let alliance = Alliance(
            id: "neu", name: "Neu", kind: .independentCity, years: 2021...2022,
            actors: [Actor(id: "ki", kind: "ki"), Actor(id: "abh", kind: "abh"), Actor(id: "jc", kind: "jobcenter")],
            relations: [Relation(id: "a", ends: .undirected(["ki", "abh"]), format: "exchange_round"),
                        Relation(id: "b", ends: .undirected(["ki", "jc"]), format: "exchange_round",
                                 periods: [try Period.parse("2022")])],
            vocabulary: .builtIn)
        let dot = try Diagram(alliance: alliance, kind: .difference(from: 2021, to: 2022)).dotText()
        #expect(!dot.contains("\"legend\" ["), "the legend is no node of the layout")
        #expect(dot.contains("ID=\"legend\""))
        #expect(dot.contains("Grün: neu in 2022") && dot.contains("Grau: unverändert"))
        #expect(!dot.contains("nicht mehr vorhanden") && !dot.contains("Orange"), "nothing ended or changed, so not listed")
    }

    @Test("ended relations are red in their mechanism's line style: dashed only for negative coordination")
    func endedKeepsStyle() throws {
        let alliance = Alliance(
            id: "ende", name: "Ende", kind: .independentCity, years: 2021...2022,
            actors: [Actor(id: "ki", kind: "ki"), Actor(id: "abh", kind: "abh"), Actor(id: "jc", kind: "jobcenter")],
            relations: [Relation(id: "a", ends: .undirected(["ki", "abh"]), format: "exchange_round",
                                 mechanism: CodedMechanism(.positive), periods: [try Period.parse("2021")]),
                        Relation(id: "b", ends: .undirected(["ki", "jc"]), format: "exchange_round",
                                 mechanism: CodedMechanism(.negative), periods: [try Period.parse("2021")])],
            vocabulary: .builtIn)
        let svg = try SVG(Diagram(alliance: alliance, kind: .difference(from: 2021, to: 2022)).render(.svg))
        let positive = try #require(svg.edges.first { $0.title == "a:ki->a:abh" })
        let negative = try #require(svg.edges.first { $0.title == "a:ki->a:jc" })
        #expect(positive.strokes.contains(DiagramStyle.removedColor.lowercased()) && !positive.dashed)
        #expect(negative.strokes.contains(DiagramStyle.removedColor.lowercased()) && negative.dashed)
    }
}
