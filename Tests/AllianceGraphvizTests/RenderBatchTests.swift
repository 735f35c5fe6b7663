import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// The library's batch pipeline (`RenderBatch`), called directly as a web view or handout would.
@Suite("Render batch")
struct RenderBatchTests {
    static let musterkreis = Samples.musterkreis
    /// A second alliance covering only 2022.
    static let spaet = Alliance(id: "spaet", name: "Spätstadt", kind: .independentCity, years: 2022...2022,
                                actors: [Actor(id: "ki", kind: "ki"), Actor(id: "abh", kind: "abh")],
                                relations: [Relation(id: "r", ends: .undirected(["ki", "abh"]), format: "exchange_round")],
                                vocabulary: .builtIn)

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func pool(_ workers: Int) throws -> RenderWorkerPool {
        RenderWorkerPool(executable: try #require(AllianceBinary.url), arguments: ["render", "--worker"], workers: workers)
    }

    @Test("output names: <alliance>-<year>, <alliance>-<first>-<last>, <alliance>-diff-<y1>-<y2>, with the format's extension")
    func naming() {
        func outputs(_ selection: RenderBatch.Selection, _ format: RenderFormat = .svg) -> [String] {
            RenderBatch(selection: selection, format: format, destination: .folder("/out"))
                .plan(alliances: [Self.musterkreis]).jobs.map(\.output)
        }
        #expect(outputs(.everyYear) == (2019...2022).map { "/out/musterkreis-\($0).svg" })
        #expect(outputs(.year(2021), .png) == ["/out/musterkreis-2021.png"])
        #expect(outputs(.allYears, .pdf) == ["/out/musterkreis-2019-2022.pdf"])
        #expect(outputs(.difference(from: 2019, to: 2022), .dot) == ["/out/musterkreis-diff-2019-2022.dot"])
        let names = RenderBatch(selection: .year(2021), destination: .folder("/out"))
            .plan(alliances: [Self.musterkreis]).jobs.map(\.name)
        #expect(names == ["musterkreis-2021"])
    }

    @Test("fileOrFolder: a path ending in / or an existing folder is a folder; else a file, which takes one diagram (several are refused)")
    func destination() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func plan(_ selection: RenderBatch.Selection, _ path: String, _ alliances: [Alliance] = [Self.musterkreis]) -> RenderBatch.Plan {
            RenderBatch(selection: selection, destination: .fileOrFolder(path)).plan(alliances: alliances)
        }
        let one = plan(.year(2021), "/tmp/x.svg")
        #expect(one.file == "/tmp/x.svg" && one.jobs.map(\.output) == ["/tmp/x.svg"])
        #expect(plan(.year(2021), "/tmp/out/").jobs.map(\.output) == ["/tmp/out/musterkreis-2021.svg"])
        #expect(plan(.year(2021), folder.path).jobs.map(\.output) == [folder.appendingPathComponent("musterkreis-2021.svg").path],
                "an existing folder is a folder")
        // Issue 15 item 2: several diagrams into a file name are refused (it no longer becomes a folder).
        let x = folder.appendingPathComponent("x").path
        let several = plan(.everyYear, x)
        #expect(several.file == nil && several.jobs.isEmpty && several.failures.isEmpty)
        #expect(several.refusal?.text(.en) == "-o \(x): 4 diagrams do not fit in one file; write them into a folder: "
                + "-o \(x)/ (a path ending in /), or choose a single diagram (one file with --year, --all-years or --diff)")
        #expect(plan(.everyYear, x + "/").jobs.count == 4 && plan(.everyYear, x + "/").refusal == nil)
        let tf = folder.appendingPathComponent("tf.png").path
        let png = RenderBatch(selection: .everyYear, format: .png, destination: .fileOrFolder(tf)).plan(alliances: [Self.musterkreis])
        #expect(png.refusal?.arguments["suggestion"] == .text("-o \(folder.path)/tf/ --format png"))
        // One diagram, the other alliance skipped as not covering the year (issue 15 item 3): the file.
        let y = folder.appendingPathComponent("y").path
        let partly = plan(.year(2021), y, [Self.musterkreis, Self.spaet])
        #expect(partly.file == y && partly.jobs.map(\.output) == [y])
        #expect(partly.planned == 1 && partly.skipped.map(\.source) == ["spaet"])
    }

    @Test("a diagram that cannot be drawn is reported with its reason; the others are still written",
          .enabled(if: AllianceBinary.url != nil))
    func failures() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 2021: spaet does not cover it (fails in planning); musterkreis-2021.svg is protected (fails in writing).
        let protected = folder.appendingPathComponent("musterkreis-2021.svg").path
        let batch = RenderBatch(selection: .year(2021), destination: .folder(folder.path), protectedPaths: [protected])
        let plan = batch.plan(alliances: [Self.musterkreis, Self.spaet])
        // Issue 15 item 3: spaet is skipped (a note), since musterkreis covers 2021; alone it is a failure.
        #expect(plan.jobs.count == 1 && plan.failures.isEmpty && plan.skipped.count == 1)
        let uncovered = try #require(plan.skipped.first)
        #expect(uncovered.source == "spaet" && uncovered.reason.id == "render.year-not-covered")
        #expect(uncovered.text(.en) == "spaet: the alliance covers 2022-2022, not 2021")
        #expect(uncovered.text(.de) == "spaet: das Bündnis umfasst 2022-2022, nicht 2021")
        let alone = batch.plan(alliances: [Self.spaet])
        #expect(alone.jobs.isEmpty && alone.skipped.isEmpty && alone.failures.map { $0.text(.en) } == [uncovered.text(.en)])
        var english = DiagramOptions()
        english.language = .en
        let result = RenderBatch(selection: .year(2021), options: english, destination: .folder(folder.path), protectedPaths: [protected])
            .plan(alliances: [Self.musterkreis, Self.spaet]).render(with: try pool(1))
        #expect(result.failures.count == 1 && !result.succeeded && result.written.isEmpty && result.skipped.count == 1)
        #expect(result.failures[0].source == protected)
        #expect(result.failures[0].text(.en).contains("refusing to overwrite"), "\(result.failures[0].text(.en))")
        let german = plan.render(with: try pool(1))
        #expect(german.failures[0].text(.de).contains("eine Eingabedatei wird nicht überschrieben"), "\(german.failures[0].text(.de))")

        // Every year: spaet's 2022 and musterkreis' four years; the protected 2021 fails, the other four are written.
        let all = RenderBatch(selection: .everyYear, destination: .folder(folder.path), protectedPaths: [protected])
            .plan(alliances: [Self.musterkreis, Self.spaet]).render(with: try pool(2))
        #expect(all.planned == 5 && all.failures.count == 1 && all.written.count == 4)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["musterkreis-2019.svg", "musterkreis-2020.svg", "musterkreis-2022.svg", "spaet-2022.svg"])
        #expect(try SVG(Data(contentsOf: folder.appendingPathComponent("spaet-2022.svg"))).texts.contains("KI"))
    }

    // Issue 16 item 7: the shared layout of all years is computed while planning, in this process;
    // its failure was put into words with `description`, in English whatever the language. No valid
    // alliance is known to make that layout fail (a failure would also leave this test process's
    // Graphviz unusable), so the failure is given here.
    @Test("a failed shared layout of all years is reported in the diagram's language, naming the view and what to do")
    func sharedLayoutFailureInLanguage() {
        let error = GraphvizError(stage: .layout, messages: ["Error: trouble in init_rank in line 3"])
        for (language, words, view, hint) in [
            (Language.de, "Graphviz-Fehler beim Layout: trouble in init_rank", "Bündnis musterkreis, alle Jahre 2019–2022 nebeneinander",
             "versuchen Sie ein anderes Layout"),
            (Language.en, "Graphviz layout error: trouble in init_rank", "alliance musterkreis, all years 2019–2022 side by side",
             "try another layout"),
        ] {
            var options = DiagramOptions()
            options.language = language
            let diagram = Diagram(alliance: Self.musterkreis, kind: .allYears, options: options)
            let failure = RenderBatch.failure(error, drawing: diagram, source: "musterkreis.yaml")
            let text = failure.text(language)
            #expect(text.hasPrefix("musterkreis.yaml: musterkreis-2019-2022: \(view): \(words); \(hint)"), "\(text)")
            #expect(!text.contains("line 3"), "\(text)")
        }
    }

    @Test("an unknown actor of the filter and a file with errors are failures naming the source",
          .enabled(if: AllianceBinary.url != nil))
    func inputFailures() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.yaml").path
        try "id: [unclosed\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let plan = RenderBatch(selection: .everyYear, destination: .folder(folder.path))
            .plan(files: [broken], loader: AllianceLoader(vocabulary: .builtIn))
        #expect(plan.jobs.isEmpty && plan.diagnostics.containsErrors)
        #expect(plan.failures.map(\.source) == [broken] && plan.failures.first?.reason.id == "render.invalid-file")

        let filtered = RenderBatch(options: DiagramOptions(filter: DiagramFilter(actors: ["nobody", "ki"])),
                                   destination: .folder(folder.path))
            .plan(alliances: [Self.musterkreis])
        #expect(filtered.jobs.isEmpty)
        #expect(filtered.failures.first?.text(.en) == "musterkreis: no actor with id nobody in this alliance")
    }

    @Test("files read are protected from being overwritten", .enabled(if: AllianceBinary.url != nil))
    func protectsInputs() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("spaet.yaml").path
        try """
            id: spaet
            name: Spätstadt
            kind: independent_city
            years: 2022
            actors:
              - id: ki
                kind: ki
            """.write(toFile: input, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let plan = RenderBatch(selection: .year(2022), format: .dot, destination: .fileOrFolder(input))
            .plan(files: [input], loader: AllianceLoader(vocabulary: .builtIn))
        #expect(plan.jobs.first?.protectedPaths == [input])
        let result = plan.render(with: try pool(1))
        #expect(!result.succeeded && result.failures.first?.source == input)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    @Test("progress is called once per diagram, serialised, with done counting 1…total",
          .enabled(if: AllianceBinary.url != nil))
    func progress() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = RenderBatch(selection: .everyYear, destination: .folder(folder.path))
            .plan(alliances: [Self.musterkreis, Self.spaet])
        #expect(plan.jobs.count == 5)
        let log = ProgressLog()
        let result = plan.render(with: try pool(3)) { log.record($0) }
        #expect(result.succeeded && result.written.count == 5 && result.workers == 3)
        let calls = log.calls
        #expect(calls.map(\.done) == Array(1...5), "done counts up, one call per diagram")
        #expect(calls.allSatisfy { $0.total == 5 })
        #expect(Set(calls.map(\.outcome.name)) == Set(plan.jobs.map(\.name)))
        #expect(log.overlapped == false, "two progress calls ran at the same time")
        #expect(result.written == plan.jobs.map(\.output))
    }
}

/// Progress calls as they came, and whether two ever ran at once.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [RenderBatch.Progress] = []
    private var inside = 0
    private var overlap = false

    func record(_ progress: RenderBatch.Progress) {
        lock.lock()
        inside += 1
        if inside > 1 { overlap = true }
        lock.unlock()
        Thread.sleep(forTimeInterval: 0.02)   // widen the window in which an unserialised call would overlap
        lock.lock()
        list.append(progress)
        inside -= 1
        lock.unlock()
    }

    var calls: [RenderBatch.Progress] { lock.lock(); defer { lock.unlock() }; return list }
    var overlapped: Bool { lock.lock(); defer { lock.unlock() }; return overlap }
}
