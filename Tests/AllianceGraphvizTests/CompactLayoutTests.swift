import AllianceGraph
@testable import AllianceGraphviz
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 15's aim "no text under 8 pt on A4" for the single-year and difference diagrams: the
/// compact placement (pure) and the diagrams of Graphs/ as the binary draws them.
@Suite("Compact layout")
struct CompactLayoutTests {
    typealias Size = CompactPlacement.Size

    /// Three areas of actors of different widths and two group boxes joining actors of several areas.
    static var sample: CompactPlacement {
        var sizes: [String: Size] = [:]
        var hints: [String: Point] = [:]
        var areas: [CompactPlacement.Area] = []
        for (a, count) in [5, 3, 7].enumerated() {
            var members: [String] = []
            for m in 0..<count {
                let id = "a\(a)m\(m)"
                members.append(id)
                sizes[id] = Size(width: 50 + Double((m * 37 + a * 11) % 90), height: 36)
                hints[id] = Point(x: Double(m * 120), y: Double(-a * 300 - (m % 2) * 60))
            }
            areas.append(CompactPlacement.Area(name: "cluster_\(a)", members: members, title: Size(width: 110, height: 18)))
        }
        sizes["r:1"] = Size(width: 90, height: 26)
        sizes["r:2"] = Size(width: 70, height: 26)
        let lines = [("r:1", "a0m1"), ("r:1", "a1m0"), ("r:1", "a2m3"), ("r:2", "a0m4"), ("r:2", "a2m0"), ("r:2", "a2m6"),
                     ("a0m0", "a1m2"), ("a1m1", "a2m5"), ("a0m2", "a0m3"), ("a2m1", "a0m0")]
        return CompactPlacement(areas: areas, free: ["r:1", "r:2"], sizes: sizes, hints: hints, lines: lines,
                                header: Size(width: 500, height: 150), page: Size(width: 785, height: 539))
    }

    static func overlap(_ a: Box, _ b: Box) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }

    @Test("areas do not overlap, each holds its members, group boxes stand free of areas and of each other")
    func noOverlaps() throws {
        let placement = Self.sample
        let result = placement.place()
        let boxes = placement.areas.map { result.areas[$0.name]! }
        for i in boxes.indices { for j in boxes.indices where j > i { #expect(!Self.overlap(boxes[i], boxes[j])) } }
        for area in placement.areas {
            let frame = result.areas[area.name]!
            var members: [Box] = []
            for member in area.members {
                let center = try #require(result.positions[member])
                let box = Box(center: center, width: placement.sizes[member]!.width, height: placement.sizes[member]!.height)
                #expect(box.minX >= frame.minX && box.maxX <= frame.maxX && box.minY >= frame.minY && box.maxY <= frame.maxY,
                        "\(member) outside \(area.name)")
                #expect(!members.contains { Self.overlap($0, box) }, "\(member) overlaps a neighbour")
                members.append(box)
            }
        }
        let hubs = placement.free.map { Box(center: result.positions[$0]!, width: placement.sizes[$0]!.width, height: placement.sizes[$0]!.height) }
        for hub in hubs { #expect(!boxes.contains { Self.overlap($0, hub) }) }
        #expect(!Self.overlap(hubs[0], hubs[1]))
    }

    @Test("a group box stands near its members: nearer their centroid than the drawing's half diagonal, and within reach of a channel")
    func hubsNearMembers() {
        let placement = Self.sample
        let result = placement.place()
        let extent = result.areas.values.dropFirst().reduce(result.areas.values.first!) { $0.union($1) }
        for hub in placement.free {
            let members = placement.lines.compactMap { $0.0 == hub ? $0.1 : nil }.map { result.positions[$0]! }
            let centroid = Point(x: members.map(\.x).reduce(0, +) / Double(members.count),
                                 y: members.map(\.y).reduce(0, +) / Double(members.count))
            let at = result.positions[hub]!
            let distance = ((at.x - centroid.x) * (at.x - centroid.x) + (at.y - centroid.y) * (at.y - centroid.y)).squareRoot()
            let size = placement.sizes[hub]!
            #expect(distance <= size.width + size.height + 4 * CompactPlacement.areaGap, "\(hub) is \(distance) pt from its members' centroid")
            #expect(distance < (extent.width * extent.width + extent.height * extent.height).squareRoot() / 2)
        }
    }

    @Test("the placement is deterministic and prints larger than all areas in one row")
    func deterministicAndCompact() {
        let placement = Self.sample
        let first = placement.place(), second = placement.place()
        #expect(first.positions == second.positions)
        #expect(first.areas == second.areas)
        let oneRow = placement.areas.map { placement.shape($0, aspect: 100).size }
        let width = oneRow.map(\.width).reduce(0, +) + CompactPlacement.areaGap * Double(oneRow.count - 1)
        #expect(first.zoom > placement.zoom(width: width, height: oneRow.map(\.height).max()!))
    }

    @Test("crossings are counted for straight lines that cross, not for lines sharing an end")
    func crossingCount() {
        var placement = Self.sample
        placement.free = []
        placement.lines = [("a", "b"), ("c", "d"), ("a", "d")]
        let positions = ["a": Point(x: 0, y: 0), "b": Point(x: 10, y: 10), "c": Point(x: 0, y: 10), "d": Point(x: 10, y: 0)]
        #expect(placement.crossings(positions, freeAtCentroid: false) == 1)
        #expect(CompactPlacement.balancedRows(["a", "b", "c", "d"], count: 2, width: { _ in 10 }) == [["a", "b"], ["c", "d"]])
    }

    @Test("two areas side by side joined by a captioned line are set as far apart as the caption is wide; without a caption, a channel apart")
    func roomForCaptionBetweenAreas() throws {
        func placed(caption: Double?) throws -> Double {
            var placement = CompactPlacement(
                areas: [CompactPlacement.Area(name: "cluster_a", members: ["a"], title: Size(width: 40, height: 16)),
                        CompactPlacement.Area(name: "cluster_b", members: ["b"], title: Size(width: 40, height: 16))],
                free: [], sizes: ["a": Size(width: 60, height: 30), "b": Size(width: 60, height: 30)],
                hints: ["a": Point(x: 0, y: 0), "b": Point(x: 200, y: 0)], lines: [("a", "b")],
                header: Size(width: 100, height: 40), page: Size(width: 785, height: 200))
            if let caption { placement.captionGaps = [CompactPlacement.pairKey("a", "b"): caption] }
            let result = placement.place()
            let (a, b) = (try #require(result.areas["cluster_a"]), try #require(result.areas["cluster_b"]))
            try #require(a.minY == b.minY, "side by side on one shelf")
            return max(b.minX - a.maxX, a.minX - b.maxX)
        }
        #expect(abs(try placed(caption: nil) - CompactPlacement.areaGap) < 0.01)
        #expect(try placed(caption: 150) >= 150)
    }

    // MARK: Through the binary

    /// The points of an SVG path (`M x,y C x,y x,y x,y …`), its curves sampled.
    static func polyline(_ d: String) -> [Point] {
        let numbers = d.matches(of: /-?\d+(?:\.\d+)?/).compactMap { Double($0.output) }
        var pairs: [Point] = []
        var index = 0
        while index + 1 < numbers.count { pairs.append(Point(x: numbers[index], y: numbers[index + 1])); index += 2 }
        guard let first = pairs.first else { return [] }
        var result = [first]
        var i = 1
        while i + 2 < pairs.count {
            let (p0, p1, p2, p3) = (result.last!, pairs[i], pairs[i + 1], pairs[i + 2])
            for step in 1...12 {
                let t = Double(step) / 12, u = 1 - t
                result.append(Point(x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
                                    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y))
            }
            i += 3
        }
        return result
    }

    /// The bounding box of the points of an element's `points` or `d`.
    static func bounds(_ element: XMLElement) -> Box? {
        let text = element.value(of: "points") ?? element.value(of: "d") ?? ""
        let numbers = text.matches(of: /-?\d+(?:\.\d+)?/).compactMap { Double($0.output) }
        guard numbers.count >= 4 else { return nil }
        let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        return Box(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!)
    }

    static var graphs: URL { DiagramReadabilityTests.graphs }

    @Test("every single-year and difference diagram of Graphs/ drawn compact (some with numbered captions, the densest shaped for A4 portrait): smallest text at least 8 pt on A4, no actor box over another, no line through an actor box",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.path)))
    func samplesReadableOnA4() throws {
        var compact = 0, total = 0
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, name) in [([String](), "year"), (["--diff", "2019", "2022"], "difference")] {
            let output = folder.appendingPathComponent(name)
            let result = try RenderCommandTests().run(["render", Self.graphs.path, "--format", "svg", "-o", output.path + "/"] + arguments)
            try #require(result.status == 0, "\(result.errors)")
            let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".svg") }.sorted()
            #expect(files.count >= 9)
            for file in files {
                let svg = try SVG(try Data(contentsOf: output.appendingPathComponent(file)))
                total += 1
                // Drawn compact: the areas' titles are texts of their own (CompactLayout).
                guard svg.groups("node").contains(where: { SVG.dotName(of: $0)?.hasPrefix("title:cluster") == true }) else { continue }
                compact += 1
                let root = try #require(svg.document.rootElement())
                let view = (root.value(of: "viewBox") ?? "").split(separator: " ").compactMap { Double($0) }
                try #require(view.count == 4)
                let (width, height) = (view[2], view[3])
                let scale = min(1, max(min(842 / width, 595 / height), min(595 / width, 842 / height)))
                let sizes = svg.elements("text").filter { !($0.stringValue ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
                    .compactMap { $0.value(of: "font-size").flatMap(Double.init) }
                let smallest = (sizes.min() ?? 0) * scale
                #expect(smallest >= 8, "\(file): smallest text \(smallest) pt on A4")

                var actors: [(name: String, box: Box)] = []
                for group in svg.groups("node") {
                    guard let name = SVG.dotName(of: group), name.hasPrefix("a:"),
                          let shape = SVG.contents(of: group).first(where: { ["path", "polygon"].contains($0.name ?? "") }),
                          let box = Self.bounds(shape) else { continue }
                    actors.append((name, box))
                }
                #expect(!actors.isEmpty)
                for i in actors.indices { for j in actors.indices where j > i {
                    #expect(!Self.overlap(actors[i].box, actors[j].box), "\(file): \(actors[i].name) overlaps \(actors[j].name)")
                } }
                for group in svg.groups("edge") {
                    guard let name = SVG.dotName(of: group) else { continue }
                    let ends = Set(name.components(separatedBy: "->"))
                    for path in SVG.contents(of: group) where path.name == "path" {
                        let line = Self.polyline(path.value(of: "d") ?? "")
                        for actor in actors where !ends.contains(actor.name) {
                            let inner = Box(minX: actor.box.minX + 2, minY: actor.box.minY + 2, maxX: actor.box.maxX - 2, maxY: actor.box.maxY - 2)
                            #expect(!ClusterTitles.passes(line, through: inner), "\(file): \(name) runs through \(actor.name)")
                        }
                    }
                }
            }
        }
        #expect(total == 45)
        // 43 while the drawings were shaped for A4 landscape only (10204b9): bergheide 2021 and 2022 kept dot's layout at 4.1 and 3.6 pt.
        #expect(compact == total, "\(compact) of \(total) diagrams drawn compact")
    }

    @Test("nine actors of five areas, the core group as badges, one captioned line between two areas (as rheinstadt 2019): drawn compact with room for the caption, at 8 pt or more on A4, no line through a text, no overlapping texts (measured from the SVG)")
    func singleLineBetweenAreas() throws {
        let (folder, input) = try RenderCommandTests().temporaryAlliance("""
            id: zwei
            name: Zweistadt
            kind: independent_city
            years: 2019-2019
            actors:
              - {id: ki, kind: ki, name: KI Zweistadt, managing_office: 2019, core_group: 2019}
              - {id: abh, kind: abh, core_group: 2019}
              - {id: jmd, kind: jmd, core_group: 2019}
              - {id: jc, kind: jobcenter, core_group: 2019}
              - {id: aa, kind: employment_agency, core_group: 2019}
              - {id: ja, kind: youth_office, core_group: 2019}
              - {id: sozial, kind: social_office, core_group: 2019}
              - {id: koko, kind: koko, core_group: 2019}
              - {id: vhs, kind: vhs, core_group: 2019}
              - {id: ip, kind: integration_point, parent: aa}
            relations:
              - {id: kerngruppe, format: core_group, mechanism: exchange, years: 2019}
              - {id: kontakt, from: ki, to: abh, format: contact_person, mechanism: exchange, years: 2019}
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try RenderCommandTests().run(["render", input.path, "--year", "2019", "--format", "svg", "-o", output.path + "/"])
        try #require(result.status == 0, "\(result.errors)")
        let file = output.appendingPathComponent("zwei-2019.svg")
        let svg = try SVG(try Data(contentsOf: file))
        let titles = svg.groups("node").compactMap { SVG.dotName(of: $0) }.filter { $0.hasPrefix("title:cluster") }
        #expect(titles.count == 5, "drawn compact: five areas with titles of their own, got \(titles)")
        #expect(svg.groups("edge").count == 1)
        let report = try MeasureDiagrams.lines(output, ["--why"])
        let row = try #require(report.first { $0.hasPrefix("zwei-2019.svg ") })
        let columns = row.split(separator: " ", omittingEmptySubsequences: true)
        try #require(columns.count == 8, "\(row)")
        #expect(columns[2] == "0" && columns[3] == "0" && columns[4] == "0", "crossings, through, overlaps: \(row)")
        let smallest = try #require(Double(columns[6]))
        #expect(smallest >= 8, "smallest text \(smallest) pt on A4")
        #expect(!report.contains { $0.contains(": thru: ") || $0.contains(": ovl: ") })
    }

    @Test("a compact drawing is accepted with clear captions, a readable print size and crossings within the budget: dot's at the first spread, twice dot's plus 4 at a wider one (four times plus 12 when dot's layout prints under 8 pt)")
    func acceptanceRule() {
        let first = CompactLayout.spreads[0], wider = CompactLayout.spreads[1]
        #expect(CompactLayout.crossingBudget(limit: 3, spread: first) == 3)
        #expect(CompactLayout.crossingBudget(limit: 3, spread: wider) == 10)
        #expect(CompactLayout.crossingBudget(limit: 0, spread: wider) == 4)
        // When dot's own layout prints under 8 pt on A4, a wider spread may cross four times as often plus 12.
        #expect(CompactLayout.crossingBudget(limit: 3, spread: wider, dotPrintsReadably: false) == 24)
        #expect(CompactLayout.crossingBudget(limit: 3, spread: first, dotPrintsReadably: false) == 3)
        var geometry = LayoutGeometry()
        geometry.nodes["a"] = Box(minX: 0, minY: 0, maxX: 60, maxY: 30)
        geometry.nodes["b"] = Box(minX: 300, minY: 0, maxX: 360, maxY: 30)
        let line = LaidOutEdge.Piece(points: [Point(x: 60, y: 15), Point(x: 140, y: 15), Point(x: 220, y: 15), Point(x: 300, y: 15)])
        geometry.edges = [LaidOutEdge(tail: "a", head: "b", comment: "", pieces: [line], caption: Box(minX: 130, minY: 18, maxX: 230, maxY: 30))]
        #expect(CompactLayout.accepts(geometry, limit: 0, spread: first))
        // A caption on a node is not clear.
        var covered = geometry
        covered.edges[0].caption = Box(minX: 40, minY: 18, maxX: 140, maxY: 30)
        #expect(!CompactLayout.accepts(covered, limit: 0, spread: first))
        // Too wide for A4 at 8 pt: 10 pt captions would print smaller.
        var wide = geometry
        wide.nodes["b"] = Box(minX: 1300, minY: 0, maxX: 1360, maxY: 30)
        #expect(!CompactLayout.printsReadably(wide))
        #expect(!CompactLayout.accepts(wide, limit: 0, spread: wider))
        #expect(CompactLayout.printsReadably(geometry))
    }

    @Test("--format dot prints the pinned graph, which the dot command draws alone (it takes layout nop2 from the graph)",
          .enabled(if: !DiagramDesignTests.samples.isEmpty))
    func dotTextStandsAlone() throws {
        let rheinstadt = try #require(DiagramDesignTests.samples.first { $0.id == "rheinstadt" })
        let text = try Diagram(alliance: rheinstadt, kind: .year(2022)).dotText()
        #expect(text.contains("\"layout\"=\"nop2\""))
        #expect(text.contains("\"bb\"=\""))
        #expect(!text.contains("\"rankdir\""))
        let result = try DotTool.run(text)
        #expect(result.status == 0, "\(result.errors)")
        // Another engine keeps its own layout.
        let neato = try Diagram(alliance: rheinstadt, kind: .year(2022), options: DiagramOptions(engine: .neato)).dotText()
        #expect(neato.contains("\"layout\"=\"neato\""))
        #expect(!neato.contains("\"pin\"=true"))
    }

    @Test("on a portrait sheet (--page a4 without --landscape) the legend wraps narrower, so that dense samples get the compact drawing shaped for the sheet, not dot's layout at under 8 pt with a warning (with the landscape legend's 160 characters a line, 30 of the 36 years and 8 of the 9 differences of Graphs/ did)",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.path)))
    func portraitSheet() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, arguments) in [("kreis-lindenau.yaml", ["--diff", "2019", "2022"]), ("kreis-hohenmoor.yaml", ["--year", "2022"])] {
            let output = folder.appendingPathComponent(file + ".svg")
            let result = try RenderCommandTests().run(["render", Self.graphs.appendingPathComponent(file).path, "--page", "a4", "-o", output.path] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            #expect(!result.errors.contains("warning"), "\(file): \(result.errors)")
            let svg = try SVG(try Data(contentsOf: output))
            #expect(svg.groups("node").contains { SVG.dotName(of: $0)?.hasPrefix("title:cluster") == true }, "\(file): not drawn compact")
            let root = try #require(svg.document.rootElement())
            #expect(root.value(of: "width") == "595pt" && root.value(of: "height") == "842pt", "\(file): the canvas is the portrait sheet")
        }
        // The legend's lines: at most 100 characters on a portrait sheet, 160 on a landscape one.
        #expect(Legend.lineCharacters(on: PaperSize(.a4)) == 100)
        #expect(Legend.lineCharacters(on: PaperSize(.a3, orientation: .landscape)) == 160)
        #expect(Legend.lineCharacters(on: nil) == 160)
    }

    @Test("without --page a drawing accepted on A4 landscape only with the densest allowance of crossings is held while A4 portrait is tried, and the one crossing less is drawn: bergheide 2022 crosses fewer times shaped for portrait than with --page a4 --landscape (measured by scripts/measure_diagrams.py)",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.path)))
    func portraitWhenItCrossesLess() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.graphs.appendingPathComponent("bergheide.yaml").path
        var crossings: [String: Int] = [:]
        for (name, page) in [("natural", [String]()), ("landscape", ["--page", "a4", "--landscape"])] {
            let sub = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            let output = sub.appendingPathComponent("bergheide-2022.svg")
            let result = try RenderCommandTests().run(["render", input, "--year", "2022", "-o", output.path] + page)
            try #require(result.status == 0 && !result.errors.contains("warning"), "\(name): \(result.errors)")
            let rows = try MeasureDiagrams.lines(sub, ["--csv"]).dropFirst().map { $0.split(separator: ",") }
            crossings[name] = try #require(rows.first.flatMap { Int($0[3]) })
            if name == "natural" {
                let root = try #require(try SVG(try Data(contentsOf: output)).document.rootElement())
                let view = (root.value(of: "viewBox") ?? "").split(separator: " ").compactMap { Double($0) }
                try #require(view.count == 4)
                #expect(view[3] > view[2], "shaped for portrait: \(view)")
            }
        }
        let (natural, landscape) = (try #require(crossings["natural"]), try #require(crossings["landscape"]))
        #expect(natural < landscape, "portrait \(natural) crossings, landscape \(landscape)")
    }

    @Test("a diagram too dense for a compact drawing on A4 (45 actors, 110 lines) is drawn with dot's layout and a warning that names its printed size and what to do (exit 0): print on A3, or with --landscape in portrait; bergheide 2022 gets the compact drawing without --page, with --page a4 --landscape and with --page a3 --landscape, without the warning",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.path)))
    func tooDenseForA4() throws {
        let (dense, input) = try RenderCommandTests().temporaryAlliance(SizeAndLargeTests.largeAlliance(actors: 45, relations: 110))
        defer { try? FileManager.default.removeItem(at: dense) }
        func isCompact(_ file: URL) throws -> Bool {
            try SVG(try Data(contentsOf: file)).groups("node").contains { SVG.dotName(of: $0)?.hasPrefix("title:cluster") == true }
        }
        let a4 = dense.appendingPathComponent("a4.svg")
        let german = try RenderCommandTests().run(["render", input.path, "--year", "2022", "-o", a4.path])
        #expect(german.status == 0, "\(german.errors)")
        #expect(german.errors.contains("a4.svg: warning: "), "\(german.errors)")
        #expect(german.errors.contains(#/zu dicht für eine kompakte Zeichnung: auf A4 druckt die kleinste Schrift mit [0-7],[0-9] pt \(lesbar ab 8 pt\); mit --page a3 auf A3 drucken/#),
                "\(german.errors)")
        #expect(try !isCompact(a4))
        let english = try RenderCommandTests().run(["render", input.path, "--year", "2022", "--page", "a4", "--landscape", "--lang", "en", "-o", a4.path])
        #expect(english.status == 0, "\(english.errors)")
        #expect(english.errors.contains(#/on A4 landscape its smallest text prints at [0-7]\.[0-9] pt \(readable from 8 pt\); print it in portrait \(leave out --landscape\)/#),
                "\(english.errors)")
        let note = Message(RenderMessage.printsSmall, ["size": .label(Label(de: "3,5", en: "3.5"))]).text(.en)
        #expect(note.contains("on A4 its smallest text prints at 3.5 pt (readable from 8 pt); print it on A3 with --page a3"), "\(note)")
        // The densest sample: compact on every sheet, no warning.
        let bergheide = Self.graphs.appendingPathComponent("bergheide.yaml").path
        for (name, page) in [("natural", [String]()), ("a4", ["--page", "a4", "--landscape"]), ("a3", ["--page", "a3", "--landscape"])] {
            let output = dense.appendingPathComponent("bergheide-\(name).svg")
            let result = try RenderCommandTests().run(["render", bergheide, "--year", "2022", "-o", output.path] + page)
            #expect(result.status == 0 && !result.errors.contains("warning"), "\(name): \(result.errors)")
            #expect(try isCompact(output), "\(name)")
        }
        // A sample that is compact on A4 gets no warning.
        let small = try RenderCommandTests().run(["render", Self.graphs.appendingPathComponent("rheinstadt.yaml").path, "-o", dense.appendingPathComponent("r").path + "/"])
        #expect(small.status == 0 && !small.errors.contains("warning"), "\(small.errors)")
    }
}
