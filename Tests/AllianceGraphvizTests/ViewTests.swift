import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

@Suite("Views")
struct ViewTests {
    let alliance = Samples.musterkreis

    @Test("years side by side: every actor sits at the same place in every year")
    func samepositionsAcrossYears() throws {
        let svg = try SVG(Diagram(alliance: alliance, kind: .allYears).render(.svg))
        let positions = svg.nodeTextPositions
        let years = Array(alliance.years)
        var offsets: [Int: (x: Double, y: Double)] = [:]
        for actor in alliance.actors {
            let id = DiagramBuilder.actorNodeID(actor.id)
            let base = try #require(positions["y\(years[0])/" + id], "no node for \(actor.id) in \(years[0])")
            for year in years.dropFirst() {
                let here = try #require(positions["y\(year)/" + id], "no node for \(actor.id) in \(year)")
                let offset = (x: here.x - base.x, y: here.y - base.y)
                if let known = offsets[year] {
                    #expect(abs(offset.x - known.x) < 0.01 && abs(offset.y - known.y) < 0.01,
                            "\(actor.id) is not at its \(years[0]) place in \(year)")
                } else {
                    offsets[year] = offset
                }
            }
        }
        // Every year has its own panel: no two years share an offset.
        let panels = years.dropFirst().compactMap { offsets[$0] }
        #expect(panels.count == years.count - 1)
        for (i, a) in panels.enumerated() {
            #expect(abs(a.x) > 100 || abs(a.y) > 100)
            for b in panels.dropFirst(i + 1) { #expect(abs(a.x - b.x) > 100 || abs(a.y - b.y) > 100) }
        }
        // Year headings and the legend are there; absent actors are marked.
        let texts = svg.texts
        for year in years { #expect(texts.contains(String(year))) }
        #expect(texts.contains("Grau gestrichelt: in diesem Jahr nicht beteiligt"))
    }

    @Test("difference view: added green, removed red (in its mechanism's line style), changed mechanism named")
    func difference() throws {
        let svg = try SVG(Diagram(alliance: alliance, kind: .difference(from: 2019, to: 2022),
                                  options: DiagramOptions(mechanismBasis: .coded)).render(.svg))
        let edges = svg.edges
        func edge(_ from: String, _ to: String) -> (title: String, strokes: [String], dashed: Bool, texts: [String])? {
            edges.first { $0.title == "a:\(from)->a:\(to)" }
        }
        // The cooperation agreement ABH–KI starts in 2021: added.
        let added = try #require(edge("abh", "ki"))
        #expect(added.strokes.contains(DiagramStyle.addedColor.lowercased()))
        // IHK–BK working group ended in 2020: removed, red; dashed only marks negative coordination
        // (issue 15 item 7: change is colour, mechanism is line style), and it is not negative.
        let removed = try #require(edge("ihk", "bk"))
        #expect(removed.strokes.contains(DiagramStyle.removedColor.lowercased()))
        #expect(!removed.dashed)
        // ABH–JC exchange round: negative coordination until 2020, positive from 2021: changed.
        let changed = try #require(edge("abh", "jc"))
        #expect(changed.strokes.contains(DiagramStyle.changedColor.lowercased()))
        #expect(changed.texts.contains("Negative Koordination → Positive Koordination"))
        // Unchanged: the JMD referral, grey.
        let unchanged = try #require(edge("jmd", "bk"))
        #expect(unchanged.strokes.contains(DiagramStyle.unchangedColor.lowercased()))
        let texts = svg.texts
        #expect(texts.contains("Grün: neu in 2022"))
        #expect(texts.contains("Veränderung 2019 → 2022"))
        // KIM joined in 2022, IHK left: both still shown.
        #expect(texts.contains("KIM") && texts.contains("IHK"))
    }

    @Test("difference view: a group keeps one box; members who joined are green, who left red")
    func groupMembership() throws {
        var changing = alliance
        changing.relations[0].ends = .undirected(["ki", "abh", "jc", "aa", "ja", "thm", "ihk"])
        let svg = try SVG(Diagram(alliance: changing, kind: .difference(from: 2019, to: 2022)).render(.svg))
        #expect(svg.nodeTextPositions.keys.filter { $0.hasPrefix("r:") } == ["r:0"])
        let edges = Dictionary(svg.edges.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        let joined = try #require(edges["r:0->a:thm"])
        #expect(joined.strokes.contains(DiagramStyle.addedColor.lowercased()))
        let left = try #require(edges["r:0->a:ihk"])
        #expect(left.strokes.contains(DiagramStyle.removedColor.lowercased()) && !left.dashed)
        let stayed = try #require(edges["r:0->a:ki"])
        #expect(stayed.strokes.contains(DiagramStyle.unchangedColor.lowercased()))
    }

    @Test("a year view draws lines by mechanism and explains them in the legend")
    func mechanismStyles() throws {
        let svg = try SVG(Diagram(alliance: alliance, kind: .year(2019)).render(.svg))
        let edges = svg.edges
        let negative = try #require(edges.first { $0.title == "a:abh->a:jc" })
        #expect(negative.dashed && negative.strokes.contains(DiagramStyle.line(for: .negative).color.lowercased()))
        let intervention = try #require(edges.first { $0.title == "a:abh->a:bk" })
        #expect(intervention.strokes.contains(DiagramStyle.line(for: .intervention).color.lowercased()))
        #expect(intervention.texts.contains("Prüfung der Teilnahmevoraussetzungen"))
        let texts = svg.texts
        for mechanism in [Mechanism.exchange, .intervention, .negative] {
            #expect(texts.contains(mechanism.label.de), "legend misses \(mechanism)")
        }
        #expect(!texts.contains(Mechanism.positive.label.de), "2019 has no positive coordination; legend must not list it")
        #expect(texts.contains("Doppelrahmen: Geschäftsführende Stelle (GfS)"))
        #expect(texts.contains("Bündniskerngruppe"))  // the group relation's box
        // The regions' titles name the areas: the legend has no row for them.
        for area in [PolicyArea.migration, .integration, .education, .social, .labour] {
            #expect(texts.filter { $0 == area.label.de }.count == 1, "the cluster title names \(area), the legend does not")
        }
        #expect(!texts.contains(DiagramMessage.areas.text(.de)))
    }

    @Test("English labels on request")
    func english() throws {
        var options = DiagramOptions()
        options.language = .en
        let texts = try SVG(Diagram(alliance: alliance, kind: .year(2021), options: options).render(.svg)).texts
        #expect(texts.contains("Coordination (line style)"))
        #expect(texts.contains("Exchange round"))
        #expect(texts.contains("Migration policy"))
        #expect(!texts.contains("Koordination (Linienart)"))
    }

    @Test("filters by area, format, mechanism and actor")
    func filters() throws {
        func names(_ filter: DiagramFilter) throws -> Set<String> {
            var options = DiagramOptions()
            options.filter = filter
            let svg = try SVG(Diagram(alliance: alliance, kind: .year(2021), options: options).render(.svg))
            return Set(svg.nodeTextPositions.keys.filter { $0.hasPrefix("a:") })
        }
        #expect(try names(DiagramFilter(areas: [.migration, .integration])) == ["a:ki", "a:abh", "a:jmd", "a:thm"])
        #expect(try names(DiagramFilter(actors: ["thm"])) == ["a:thm", "a:ja"])
        var options = DiagramOptions()
        options.filter = DiagramFilter(formats: ["referral"])
        let referral = try SVG(Diagram(alliance: alliance, kind: .year(2021), options: options).render(.svg))
        #expect(referral.edges.count == 2)
        options.filter = DiagramFilter(mechanisms: [.positive])
        let positive = try SVG(Diagram(alliance: alliance, kind: .year(2021), options: options).render(.svg))
        #expect(Set(positive.edges.map(\.title)) == ["a:abh->a:ki", "a:abh->a:jc", "a:ja->a:thm"])
        #expect(positive.texts.contains { $0.contains("Ausschnitt") })
    }

    @Test("title and caption name alliance, year and data source")
    func titleAndCaption() throws {
        let texts = try SVG(Diagram(alliance: alliance, kind: .year(2020)).render(.svg)).texts
        #expect(texts.contains("Musterkreis"))
        #expect(texts.contains("Kooperationslandschaft 2020"))
        #expect(texts.contains("Quelle: Testdaten · Beispieldaten, keine realen Angaben"))
    }
}
