import AllianceGraphTestSupport
import Foundation
import Testing

/// Rendered diagrams in a real browser (issue 15 item 11): the web view and the handout show these
/// SVGs in browsers, so a year diagram, a poster and a difference view are opened in headless
/// Chromium (scripts/svg_browser.py on the shared harness scripts/browser.py) and checked with the
/// DOM and DevTools. With ALLIANCE_SCREENSHOTS=docs the screenshot goes to
/// docs/gallery/rheinstadt-2022-chromium.png.
@Suite("diagrams in a browser")
struct BrowserDiagramTests {
    struct Seen: Decodable {
        struct Font: Decodable {
            var family: String
            var postscript: String
            var glyphs: Int
        }
        struct Bold: Decodable {
            var text: String
            var weight: Double
            var family: String
            var fonts: [Font]?
        }
        struct Box: Decodable {
            var width: Double
            var height: Double
        }
        var file: String
        var bold: [Bold]
        var titles: Int
        var emptyTitles: Int
        var box: Box
        var consoleErrors: [String]

        enum CodingKeys: String, CodingKey {
            case file, bold, titles, emptyTitles = "empty_titles", box, consoleErrors = "console_errors"
        }
    }

    struct Report: Decodable {
        var files: [Seen]
    }

    @Test("year, poster and difference SVGs in Chromium: bold texts are bold in a sans-serif font, every <title> says something, no console errors",
          .enabled(if: BrowserHarness.isAvailable, "needs scripts/bootstrap --browser"))
    func diagramsInChromium() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = RenderCommandTests.sample.path
        let views: [(name: String, arguments: [String])] = [
            ("year.svg", ["--year", "2022"]), ("poster.svg", ["--all-years"]), ("difference.svg", ["--diff", "2019", "2022"]),
        ]
        var paths: [String] = []
        for view in views {
            let path = folder.appendingPathComponent(view.name).path
            let result = try RenderCommandTests().run(["render", sample] + view.arguments + ["-o", path])
            #expect(result.status == 0, "\(result.errors)")
            paths.append(path)
        }
        let screenshots = ProcessInfo.processInfo.environment["ALLIANCE_SCREENSHOTS"].map {
            URL(fileURLWithPath: $0, relativeTo: RenderCommandTests.packageRoot).appendingPathComponent("gallery").path
        } ?? folder.path
        let screenshot = screenshots + "/rheinstadt-2022-chromium.png"
        let run = try BrowserHarness.run(script: ["scripts/svg_browser.py", "--screenshot", screenshot] + paths)
        #expect(run.status == 0, "\(run.errors)")
        let report = try JSONDecoder().decode(Report.self, from: run.output)
        #expect(report.files.count == 3)
        let serif = ["serif", "times", "dejavu serif", "liberation serif", "nimbus roman", "georgia"]
        for seen in report.files {
            let name = URL(fileURLWithPath: seen.file).lastPathComponent
            #expect(seen.consoleErrors.isEmpty, "\(name): \(seen.consoleErrors)")
            #expect(seen.box.width > 100 && seen.box.height > 100, "\(name): \(seen.box)")
            #expect(seen.titles > 10 && seen.emptyTitles == 0, "\(name): \(seen.emptyTitles) of \(seen.titles) <title> empty")
            // The title and the policy-area names are bold.
            let boldTexts = Set(seen.bold.map(\.text))
            #expect(boldTexts.isSuperset(of: ["Rheinstadt", "Migrationspolitik"]), "\(name): \(boldTexts)")
            for bold in seen.bold {
                #expect(bold.weight >= 600, "\(name): '\(bold.text)' has weight \(bold.weight)")
                #expect(bold.family.contains("sans-serif"), "\(name): '\(bold.text)' in \(bold.family)")
            }
            // The fonts Chromium really drew the first bold texts with: a sans-serif face, bold.
            let drawn = seen.bold.prefix(12).flatMap { $0.fonts ?? [] }
            #expect(!drawn.isEmpty, "\(name): DevTools named no font")
            for font in drawn {
                #expect(!serif.contains { font.family.lowercased().contains($0) && !font.family.lowercased().contains("sans") },
                        "\(name): drawn in the serif \(font.family)")
                #expect(font.postscript.isEmpty || font.postscript.lowercased().contains("bold"),
                        "\(name): drawn in \(font.postscript), not a bold face")
            }
        }
        #expect(FileManager.default.fileExists(atPath: screenshot))
    }
}
