import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

@Suite("Rendering in-process")
struct RenderingTests {
    let diagram = Diagram(alliance: Samples.musterkreis, kind: .year(2021))

    @Test("SVG parses as XML and holds every actor's label", arguments: Language.allCases)
    func svgHoldsLabels(language: Language) throws {
        var options = DiagramOptions()
        options.language = language
        let data = try Diagram(alliance: Samples.musterkreis, kind: .year(2021), options: options).render(.svg)
        let svg = try SVG(data)
        let texts = svg.texts
        let names = Samples.displayNames(Samples.musterkreis, year: 2021, language: language)
        #expect(names.count == 8)
        for name in names { #expect(texts.contains(name), "missing \(name)") }
        #expect(texts.contains(DiagramMessage.mechanisms.text(language)), "the legend's row of line styles, in \(language)")
        #expect(texts.contains(language == .de ? "Kooperationslandschaft 2021" : "Cooperation landscape 2021"))
        #expect(texts.contains { $0.hasPrefix(language == .de ? "Quelle: Testdaten" : "Source: Testdaten") })
    }

    @Test("PNG has the signature and a plausible size")
    func png() throws {
        let data = try diagram.render(.png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16..<24.
        let bytes = [UInt8](data.prefix(24))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((400...20_000).contains(width))
        #expect((200...20_000).contains(height))
        #expect(data.count > 20_000)
    }

    @Test("PDF starts with %PDF and ends with %%EOF")
    func pdf() throws {
        let data = try diagram.render(.pdf)
        #expect(data.starts(with: Data("%PDF-".utf8)))
        #expect(String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF"))
        #expect(data.count > 5_000)
    }

    @Test("the dot format returns the DOT text unchanged")
    func dotFormat() throws {
        #expect(try diagram.render(.dot) == Data(try diagram.dotText().utf8))
    }

    @Test("every layout engine renders", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        var options = DiagramOptions()
        options.engine = engine
        let data = try Diagram(alliance: Samples.musterkreis, kind: .year(2022), options: options).render(.svg)
        let texts = try SVG(data).texts
        for name in Samples.displayNames(Samples.musterkreis, year: 2022) { #expect(texts.contains(name)) }
    }
}

@Suite("Graphviz errors")
struct GraphvizErrorTests {
    @Test("a DOT syntax error surfaces as a Swift error with Graphviz's message; a fresh worker goes on")
    func syntaxError() throws {
        // A parse error leaves Graphviz unreliable in its process (issue 16 item 8: a later render
        // crashed), so the context refuses further work there; this runs in worker processes, and
        // the pool goes on with a fresh worker (GraphvizTaintTests checks the refusal itself).
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syntax-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let jobs = [
            RenderJob(name: "bad", dot: "digraph { a -> ; }", format: .svg, engine: .dot,
                      output: folder.appendingPathComponent("bad.svg").path, language: .en),
            RenderJob(name: "good", dot: "digraph { a -> b }", format: .svg, engine: .dot,
                      output: folder.appendingPathComponent("good.svg").path, language: .en),
        ]
        let outcomes = RenderWorkerPool(executable: executable, arguments: ["render", "--worker"], workers: 1).run(jobs)
        #expect(outcomes[0].error?.hasPrefix("Graphviz parse error: ") == true, "\(outcomes[0])")
        #expect(outcomes[0].error?.contains("syntax error") == true, "\(outcomes[0])")
        #expect(!FileManager.default.fileExists(atPath: outcomes[0].output))
        // The next diagram still renders (in a fresh worker).
        let svg = try Data(contentsOf: URL(fileURLWithPath: outcomes[1].output))
        #expect(try SVG(svg).nodeTextPositions.count == 2)
    }

    @Test("an unknown layout engine is an error, not a crash")
    func unknownEngineInGraph() throws {
        let error = #expect(throws: GraphvizError.self) {
            try GraphvizContext.shared.render(dot: "digraph { layout=nosuchengine; a -> b }", format: .svg)
        }
        #expect(error?.stage == .layout)
        #expect(error?.message.contains("nosuchengine") == true, "\(String(describing: error))")
    }

    @Test("the fixture fails in dot without newrank", .enabled(if: DotTool.isAvailable, "dot not installed"))
    func fixtureFailsWithDot() throws {
        let result = try DotTool.run(try Fixtures.text("init-rank-failure.dot"))
        #expect(result.status != 0)
        #expect(result.errors.contains("trouble in init_rank"))
    }

    @Test("init_rank failure: raw rendering (no newrank) surfaces Graphviz's message as a Swift error, in a worker process that does not crash")
    func initRankRaw() throws {
        // Raw rendering of this graph leaves Graphviz's global state broken, so it is done in a
        // worker process (the `alliance` binary), as the CLI does; the worker reports the
        // GraphvizError and stops, and the pool goes on with a fresh worker.
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("raw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try Fixtures.text("init-rank-failure.dot")
        let good = try Diagram(alliance: Samples.musterkreis, kind: .year(2021)).dotText()
        let jobs = [
            RenderJob(name: "raw", dot: bad, format: .svg, engine: .dot, output: folder.appendingPathComponent("raw.svg").path,
                      forceNewrank: false, language: .en),
            RenderJob(name: "raw again", dot: bad, format: .svg, engine: .dot,
                      output: folder.appendingPathComponent("raw2.svg").path, forceNewrank: false, language: .en),
            RenderJob(name: "fixed", dot: bad, format: .svg, engine: .dot, output: folder.appendingPathComponent("fixed.svg").path),
            RenderJob(name: "good", dot: good, format: .svg, engine: .dot, output: folder.appendingPathComponent("good.svg").path),
        ]
        let pool = RenderWorkerPool(executable: executable, arguments: ["render", "--worker"], workers: 1)
        let outcomes = pool.run(jobs)
        #expect(outcomes.map(\.name) == ["raw", "raw again", "fixed", "good"])
        for outcome in outcomes.prefix(2) {
            #expect(outcome.error?.contains("Graphviz layout error") == true, "\(outcome)")
            #expect(outcome.error?.contains("trouble in init_rank") == true, "\(outcome)")
            #expect(!FileManager.default.fileExists(atPath: outcome.output))
        }
        for outcome in outcomes.suffix(2) {
            #expect(outcome.succeeded, "\(outcome)")
            #expect(try SVG(Data(contentsOf: URL(fileURLWithPath: outcome.output))).texts.count > 10)
        }
    }

    @Test("init_rank failure: the library's newrank renders the same graph")
    func initRankFixed() throws {
        let text = try Fixtures.text("init-rank-failure.dot")
        let svg = try SVG(GraphvizContext.shared.render(dot: text, format: .svg))
        #expect(svg.nodeTextPositions.count == 35)
        #expect(svg.edges.count == 90)
    }
}

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("many concurrent render calls neither crash nor corrupt output")
    func concurrentRenders() async throws {
        let diagrams = [
            Diagram(alliance: Samples.musterkreis, kind: .year(2019)),
            Diagram(alliance: Samples.musterkreis, kind: .year(2022)),
            Diagram(alliance: Samples.musterkreis, kind: .difference(from: 2019, to: 2022)),
            Diagram(alliance: Samples.hostile, kind: .year(2021)),
        ]
        let expected = try diagrams.map { try $0.render(.svg) }
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for round in 0..<48 {
                let index = round % diagrams.count
                let diagram = diagrams[index]
                group.addTask { (index, try diagram.render(round % 3 == 0 ? .pdf : .svg)) }
            }
            var collected: [(Int, Data)] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 48)
        for (index, data) in results {
            if data.starts(with: Data("%PDF".utf8)) { continue }
            #expect(data == expected[index])
            _ = try SVG(data)
        }
    }

    @Test("a Graphviz error in one concurrent job does not disturb the others", .enabled(if: AllianceBinary.url != nil))
    func concurrentErrors() throws {
        // Parse errors taint their process (issue 16 item 8), so errors and good diagrams are mixed
        // in a batch of worker processes, as the CLI and RenderBatch render them.
        let good = try Diagram(alliance: Samples.musterkreis, kind: .year(2021)).dotText()
        let expected = try GraphvizContext.shared.render(dot: good, format: .svg)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mixed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let jobs = (0..<24).map { round in
            RenderJob(name: "\(round)", dot: round.isMultiple(of: 2) ? "digraph { a -> ; \"\(round)\" }" : good, format: .svg,
                      engine: .dot, output: folder.appendingPathComponent("\(round).svg").path)
        }
        let pool = RenderWorkerPool(executable: AllianceBinary.url!, arguments: ["render", "--worker"], workers: 2)
        let outcomes = pool.run(jobs)
        #expect(outcomes.count == 24)
        for (round, outcome) in outcomes.enumerated() {
            let data = try? Data(contentsOf: URL(fileURLWithPath: outcome.output))
            if round.isMultiple(of: 2) {
                #expect(data == nil && outcome.error != nil, "\(outcome)")
            } else {
                #expect(data == expected, "\(outcome)")
            }
        }
    }
}
