import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// What was seen in the PNGs of the samples (issue 15), checked through the built binary.
@Suite("Diagram readability, through the binary")
struct DiagramReadabilityTests {
    static let graphs = RenderCommandTests.packageRoot.appendingPathComponent("Graphs")
    static let rheinstadt = RenderCommandTests.sample

    /// Renders `arguments` into a temporary SVG and parses it.
    func svg(_ arguments: [String]) throws -> (svg: SVG, text: String) {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("d.svg")
        let result = try RenderCommandTests().run(["render"] + arguments + ["-o", output.path])
        try #require(result.status == 0, "\(result.errors)")
        let data = try Data(contentsOf: output)
        return (try SVG(data), String(decoding: data, as: UTF8.self))
    }

    /// Every `<text>` with its baseline y and font size.
    static func textLines(_ svg: SVG) -> [(text: String, y: Double, size: Double)] {
        svg.elements("text").compactMap { element in
            guard let text = element.stringValue, let y = element.value(of: "y").flatMap(Double.init) else { return nil }
            let size = element.value(of: "font-size").flatMap(Double.init) ?? 14
            return (text, y, size)
        }
    }

    @Test("a legend row that wraps keeps its second line clear of the first and of the row above",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func legendLinesDoNotOverlap() throws {
        let (svg, _) = try svg([Self.rheinstadt.path, "--year", "2022"])
        let lines = Self.textLines(svg)
        // The marks row ("Zeichen") wraps: five notes on two lines.
        let above = try #require(lines.first { $0.text == DiagramMessage.mechanisms.text(.de) })
        let first = try #require(lines.first { $0.text == DiagramMessage.managingOffice.text(.de) })
        let second = try #require(lines.first { $0.text == DiagramMessage.directed.text(.de) })
        // Baselines at least a line height (1.2 × the font size) apart, in order: joined by <BR/>
        // in one cell they were exactly the font size apart, and the swatches ██ ran into the line above.
        #expect(second.y - first.y >= 1.2 * first.size, "second line \(second.y) too close to the first \(first.y)")
        #expect(first.y - above.y >= 1.2 * first.size, "wrapped row \(first.y) too close to the row above \(above.y)")
    }

    @Test("the legend names the policy areas' colours only where no titled region names them: not with dot (regions), with neato",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func areaRowOnlyWithoutRegions() throws {
        let heading = DiagramMessage.areas.text(.de)
        for view in [["--year", "2022"], ["--diff", "2019", "2022"], ["--all-years"]] {
            let (regions, _) = try svg([Self.rheinstadt.path] + view)
            #expect(!regions.texts.contains(heading), "\(view): the regions name the areas")
            #expect(regions.texts.contains("Integrationspolitik"), "\(view): a region's title")
        }
        let (plain, _) = try svg([Self.rheinstadt.path, "--year", "2022", "--layout", "neato"])
        #expect(plain.texts.contains(heading))
        #expect(plain.texts.filter { $0 == "Integrationspolitik" }.count == 1, "the area named once, in the legend")
    }

    @Test("a diagram with nothing to explain has no legend: one area's actor without lines, the region naming the area",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.appendingPathComponent("kreis-lindenau.yaml").path)))
    func noEmptyLegend() throws {
        let input = Self.graphs.appendingPathComponent("kreis-lindenau.yaml").path
        let (bare, bareText) = try svg([input, "--all-years", "--area", "migration"])
        #expect(!bareText.contains("id=\"a_\(Legend.nodeID)\""), "no empty legend box")
        #expect(bare.texts.contains("Migrationspolitik") && bare.texts.contains("Kreis Lindenau"))
        // Without regions the areas' colours need the legend.
        let (plain, plainText) = try svg([input, "--year", "2022", "--area", "migration", "--layout", "neato"])
        #expect(plainText.contains("id=\"a_\(Legend.nodeID)\"") && plain.texts.contains(DiagramMessage.areas.text(.de)))
    }

    @Test("the legend packs its rows: the five policy areas on one line, five notes on two",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func legendRowsPacked() throws {
        // Without regions (neato), where the legend has the areas' row.
        let (svg, _) = try svg([Self.rheinstadt.path, "--year", "2022", "--layout", "neato"])
        let lines = Self.textLines(svg)
        func baseline(_ text: String) throws -> Double { try #require(lines.first { $0.text == text }).y }
        let areas = try [PolicyArea.migration, .integration, .education, .social, .labour].map { try baseline($0.label.text(.de)) }
        #expect(Set(areas).count == 1, "policy areas on \(Set(areas).count) lines")
        let notes = try [DiagramMessage.managingOffice, .directed, .hub, .formatLabel].map { try baseline($0.text(.de)) }
        #expect(Set(notes).count == 2, "notes on \(Set(notes).count) lines")
    }

    @Test("the legend takes at most 12 % of the canvas in the sample's single-year and difference diagrams (measured by scripts/measure_diagrams.py)",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func legendShare() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [[String](), ["--diff", "2019", "2022"]] {
            let result = try RenderCommandTests().run(["render", Self.rheinstadt.path, "--format", "svg", "-o", folder.path + "/"] + arguments)
            try #require(result.status == 0, "\(result.errors)")
        }
        let rows = try MeasureDiagrams.lines(folder, ["--csv"]).dropFirst().map { $0.split(separator: ",") }
        let measured = rows.filter { $0.count > 6 && ($0[1] == "year" || $0[1] == "difference") }
        #expect(measured.count == 5, "\(measured.count) diagrams measured")
        for row in measured {
            let share = try #require(Double(row[6]))
            // Issue 15's aim: about 12 %. Before the legend was packed: 14.8–18.2 % for three of the four
            // years; packed, 11.9–14.3 %; without the areas' row where regions name them, 12.1–13.5 %
            // (the difference 15.5 %); without the heading row, lines evenly filled and "Grau: unverändert"
            // short enough for the four change colours to share a line: 9.5–10.6 % (the difference 11.2 %).
            #expect(share <= 0.12, "\(row[0]): legend \(share * 100) % of the canvas")
        }
    }

    @Test("a legend row's entries wrap onto as few lines as the limit allows, evenly filled: five notes on two lines, the wider narrower than the limit; a row that fits stays on one line")
    func legendLinesBalanced() {
        let notes = [DiagramMessage.managingOffice, .directed, .hub, .formatLabel, .absent].map { Legend.Entry(text: $0.text(.de)) }
        let greedy = Legend.wrapped(notes, limit: Legend.lineCharacters)
        let balanced = Legend.balanced(notes, limit: Legend.lineCharacters)
        #expect(balanced.count == greedy.count && balanced.count == 2, "\(balanced)")
        func width(_ range: Range<Int>) -> Int {
            notes[range].map(\.characters).reduce(0, +) + Legend.gapCharacters * (range.count - 1)
        }
        #expect(balanced.map(width).max()! <= greedy.map(width).max()!)
        #expect(balanced.map(width).max()! < Legend.lineCharacters)
        #expect(balanced.flatMap { Array($0) } == Array(notes.indices), "every entry once, in order")
        let short = [Legend.Entry(sample: "x", text: "neu"), Legend.Entry(sample: "y", text: "beendet")]
        #expect(Legend.balanced(short, limit: Legend.lineCharacters) == [0..<2])
        // Narrower than the longest entry: each entry alone.
        #expect(Legend.balanced(short, limit: 5) == [0..<1, 1..<2])
    }

    @Test("a legend row's italic heading ends clear of the row's first sample",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func legendHeadingClearOfSample() throws {
        let (svg, _) = try svg([Self.rheinstadt.path, "--year", "2022"])
        let heading = DiagramMessage.mechanisms.text(.de)
        let texts = svg.elements("text")
        let title = try #require(texts.first { $0.stringValue == heading })
        let x = try #require(title.value(of: "x").flatMap(Double.init)), y = try #require(title.value(of: "y").flatMap(Double.init))
        // The row's first sample: the nearest text to the right on the heading's baseline (not the gap's spaces).
        let right = texts.compactMap { element -> Double? in
            let text = element.stringValue ?? ""
            guard element.value(of: "y").flatMap(Double.init) == y, let other = element.value(of: "x").flatMap(Double.init),
                  other > x, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return other
        }
        let sample = try #require(right.min())
        // The heading's width as Graphviz measures it (upright), from a layout of the heading alone.
        let alone = "digraph { n [shape=plaintext, margin=0, fontsize=\(Legend.fontSize), fontname=\"\(DiagramStyle.fontName)\", "
            + "label=<<I>\(heading)</I>>] }"
        let width = try #require(GraphvizContext.shared.layout(dot: alone).nodes["n"]?.width)
        // Italic text drawn is wider than Graphviz's upright measure: before, the heading's cell
        // left 2 pt, and "(Linienart)" ran into the first line sample in PNG.
        #expect(sample - x >= width + 5, "sample at \(sample), heading from \(x), \(width) pt wide")
    }

    @Test("the core-group badge ◆ sits inside its member's box, on the line of the name",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func badgeInsideTheNode() throws {
        let (svg, _) = try svg([Self.rheinstadt.path, "--year", "2022"])
        var checked = 0
        for group in svg.groups("node") {
            let children = SVG.contents(of: group)
            guard let badge = children.first(where: { $0.name == "text" && $0.stringValue?.contains("◆") == true }),
                  let shape = children.first(where: { $0.name == "path" || $0.name == "polygon" }) else { continue }
            let x = try #require(badge.value(of: "x").flatMap(Double.init)), y = try #require(badge.value(of: "y").flatMap(Double.init))
            let numbers = (shape.value(of: "d") ?? shape.value(of: "points") ?? "")
                .split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
            let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
            let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
            #expect(x > xs.min()! && x < xs.max()! && y > ys.min()! && y < ys.max()!,
                    "badge at \(x),\(y) outside its box \(xs.min()!)…\(xs.max()!), \(ys.min()!)…\(ys.max()!)")
            checked += 1
        }
        #expect(checked >= 5, "rheinstadt 2022 has a core group of more than five members")
    }

    @Test("the difference view's interfaces use coverage colours that are not change colours",
          .enabled(if: FileManager.default.fileExists(atPath: graphs.appendingPathComponent("kreis-hohenmoor.yaml").path)))
    func coverageIsNotChange() throws {
        let change = [DiagramStyle.addedColor, DiagramStyle.removedColor, DiagramStyle.changedColor, DiagramStyle.unchangedColor]
            .map { $0.lowercased() }
        let (svg, _) = try svg([Self.graphs.appendingPathComponent("kreis-hohenmoor.yaml").path, "--diff", "2019", "2022",
                                "--interfaces", "all"])
        var interfaces = 0
        for group in svg.groups("node") + svg.groups("edge") {
            guard let name = SVG.dotName(of: group), name.hasPrefix("i:") else { continue }
            interfaces += 1
            for element in SVG.contents(of: group) {
                for attribute in ["stroke", "fill"] {
                    if let colour = element.value(of: attribute)?.lowercased() {
                        #expect(!change.contains(colour), "\(name): \(attribute) \(colour) is a change colour")
                    }
                }
            }
        }
        #expect(interfaces > 0, "the sample has interfaces")
    }

    @Test("the all-years poster is shaped for A3 landscape (no strip), keeps the policy-area regions in every panel and has the legend",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func posterWraps() throws {
        let (svg, text) = try svg([Self.rheinstadt.path, "--all-years"])
        let size = try #require(text.firstMatch(of: /<svg width="(\d+)pt" height="(\d+)pt"/))
        let (width, height) = (Double(size.1)!, Double(size.2)!)
        // No strip: at most about twice as wide as high (A3 landscape is 1.41).
        #expect(width / height < 2.2, "poster \(width) × \(height) pt")
        let lines = Self.textLines(svg)
        let headings = (2019...2022).compactMap { year in lines.first { $0.text == String(year) } }
        #expect(headings.count == 4)
        // Each panel has its policy-area regions with their titles.
        let regions = svg.groups("node").compactMap(SVG.dotName).filter { $0.contains("/region:cluster_") }
        #expect(regions.count >= 4 * 4, "\(regions.count) regions")
        #expect(lines.filter { $0.text == "Integrationspolitik" }.count >= 4)
        #expect(svg.texts.contains(DiagramMessage.marksHeading.text(.de)), "the legend is drawn")
    }

    @Test("the grid that prints largest: three wide panels make rows, not a strip")
    func gridChoice() {
        let page = PaperSize(.a3, orientation: .landscape)
        #expect(YearsSideBySideView.grid(count: 3, panel: (2000, 600), header: 400, page: page).columns == 1)
        #expect(YearsSideBySideView.grid(count: 4, panel: (1000, 700), header: 400, page: page).columns == 2)
        #expect(YearsSideBySideView.grid(count: 3, panel: (400, 900), header: 400, page: page).columns == 3)
    }
}
