import Foundation
import Testing

/// Issue 15 items 11 (fonts) and 12 (readable SVG), through the built binary.
@Suite("SVG for browsers and screen readers")
struct ReadableSVGTests {
    static let sample = RenderCommandTests.sample

    func render(_ extra: [String]) throws -> SVG {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("d.svg")
        let result = try RenderCommandTests().run(["render", Self.sample.path, "-o", output.path] + extra)
        #expect(result.status == 0, "\(result.errors)")
        return try SVG(Data(contentsOf: output))
    }

    @Test("bold is a weight with the font fallback list, never the family 'DejaVu Sans Bold', in every view",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)),
          arguments: [["--year", "2021"], ["--all-years"], ["--diff", "2019", "2022"]])
    func boldIsAWeight(view: [String]) throws {
        let svg = try render(view)
        let texts = svg.elements("text")
        #expect(!texts.isEmpty)
        for text in texts {
            #expect(text.value(of: "font-family") == "DejaVu Sans, Liberation Sans, Arial, sans-serif", "\(text.xmlString)")
        }
        let bold = texts.filter { $0.value(of: "font-weight") == "bold" }.compactMap(\.stringValue)
        #expect(bold.contains("Rheinstadt"), "the title is bold: \(bold)")
        #expect(bold.contains("KI Rheinstadt"), "the managing office is bold: \(bold)")
        if view.first == "--year" { #expect(bold.contains("Migrationspolitik"), "policy-area names are bold: \(bold)") }
    }

    @Test("<title> and tooltips name actors (name, kind, area) and relations (format, mechanism, years); a <desc> describes the diagram",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func titlesAndDescription() throws {
        let svg = try render(["--year", "2021"])
        let graph = try #require(svg.groups("graph").first)
        #expect(SVG.title(of: graph) == "Rheinstadt – Kooperationslandschaft 2021")
        let desc = try #require(svg.elements("desc").first?.stringValue)
        #expect(desc.hasPrefix("Netzwerkdiagramm Rheinstadt – Kooperationslandschaft 2021: 14 Akteure"), "\(desc)")
        #expect(desc.contains("Quelle: Illustrative data"), "\(desc)")
        let titles = (svg.groups("node") + svg.groups("edge") + svg.groups("cluster")).map { SVG.title(of: $0) ?? "" }
        #expect(!titles.contains { $0.hasPrefix("a:") || $0.hasPrefix("r:") || $0.hasPrefix("cluster_") || $0.contains("->") },
                "\(titles.filter { $0.hasPrefix("a:") || $0.contains("->") || $0.hasPrefix("cluster_") })")
        #expect(titles.contains("ABH · Art: Ausländerbehörde · Politikfeld: Migrationspolitik · Mitglied der Bündniskerngruppe (Austausch und Lernen)"), "\(titles)")
        #expect(titles.contains("KI Rheinstadt · Art: Kommunales Integrationszentrum · Politikfeld: Integrationspolitik · Geschäftsführende Stelle (GfS) · Mitglied der Bündniskerngruppe (Austausch und Lernen)"))
        #expect(titles.contains("Prüfung der Teilnahmevoraussetzungen: ABH → Teilhabemanagement Rheinstadt · Mechanismus: Intervention · Jahre: 2020–2022"),
                "\(titles)")
        #expect(titles.contains("Politikfeld: Migrationspolitik"))
        // The tooltip a browser shows on hovering (Graphviz's xlink:title) says the same.
        let tooltips = svg.elements("a").compactMap { $0.value(of: "title") }
        #expect(tooltips.contains("ABH · Art: Ausländerbehörde · Politikfeld: Migrationspolitik · Mitglied der Bündniskerngruppe (Austausch und Lernen)"))

        let english = try render(["--year", "2021", "--lang", "en"])
        let englishTitles = english.groups("node").map { SVG.title(of: $0) ?? "" }
        #expect(englishTitles.contains("ABH · kind: Immigration office · policy area: Migration policy · member of the Core group (Exchange and learning)"), "\(englishTitles)")
        #expect(english.elements("desc").first?.stringValue?.hasPrefix("Network diagram Rheinstadt – Cooperation landscape 2021: 14 actors") == true)
    }
}
