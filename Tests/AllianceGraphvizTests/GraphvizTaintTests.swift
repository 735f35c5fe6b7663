import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// Issue 16 item 8: a Graphviz parse error taints the process, and texts too long for Graphviz's
/// parser never reach it.
@Suite("Graphviz parse errors and over-long texts")
struct GraphvizTaintTests {
    /// Runs `alliance render --worker` on `jobs`; returns its exit status and the outcomes it reported.
    func runWorker(_ jobs: [RenderJob]) throws -> (status: Int32, outcomes: [RenderOutcome]) {
        let process = Process()
        let executable: URL = try #require(AllianceBinary.url, "the alliance executable was not built")
        process.executableURL = executable
        process.arguments = ["render", "--worker"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: JSONEncoder().encode(jobs))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let outcomes = try printed.split(separator: 0x0A).map { try JSONDecoder().decode(RenderOutcome.self, from: Data($0)) }
        return (process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus, outcomes)
    }

    func job(_ name: String, _ dot: String, into folder: URL) -> RenderJob {
        RenderJob(name: name, dot: dot, format: .svg, engine: .dot, output: folder.appendingPathComponent(name + ".svg").path,
                  language: .en)
    }

    // Run in a worker process: a parse error would leave this test process's Graphviz unreliable.
    @Test("after a parse error the process does no further Graphviz work: the worker stops and the pool replaces it",
          .enabled(if: AllianceBinary.url != nil))
    func parseErrorTaints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let jobs = [job("broken", "digraph { a -> ; }", into: folder), job("fine", "digraph { a -> b }", into: folder)]

        let worker = try runWorker(jobs)
        #expect(worker.outcomes.count == 1, "the worker went on after a parse error: \(worker.outcomes)")
        #expect(worker.outcomes.first?.error?.contains("Graphviz parse error: ") == true, "\(worker.outcomes)")
        #expect(worker.status == RenderWorker.stoppedExitCode)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("fine.svg").path))

        let pool = RenderWorkerPool(executable: try #require(AllianceBinary.url), arguments: ["render", "--worker"], workers: 1)
        let outcomes = pool.run(jobs)
        #expect(outcomes.map(\.succeeded) == [false, true], "\(outcomes)")
        let svg = try SVG(Data(contentsOf: folder.appendingPathComponent("fine.svg")))
        #expect(svg.texts == ["a", "b"])
    }

    @Test("the refusal after an earlier failure says why and what to do, in both languages")
    func unavailableInWords() {
        let error = GraphvizError(stage: .unavailable, messages: ["syntax error in line 1 near ';'"],
                                  reason: Message(RenderMessage.graphvizUnavailable, [
                                      "stage": .message(Message(GraphvizError.Stage.parse.word)),
                                      "details": .text("syntax error in line 1 near ';'"),
                                  ]))
        #expect(error.text(.en) == "Graphviz is not used any more in this process because an earlier parse failed "
                + "(syntax error in line 1 near ';'), after which its state is unreliable; render further diagrams in a new process")
        #expect(error.text(.de).hasPrefix("Graphviz wird in diesem Prozess nicht mehr benutzt, weil es beim Einlesen gescheitert ist"))
    }

    @Test("a text longer than Graphviz reads is refused before Graphviz sees it, and the context stays usable")
    func oversizedRefusedInProcess() throws {
        let long = String(repeating: "x", count: DOTEscaping.maximumTextLength + 1)
        #expect(throws: GraphvizError.self) { try GraphvizContext.shared.render(dot: "digraph { a [label=\"\(long)\"] }", format: .svg) }
        let error = try #require(#expect(throws: GraphvizError.self) {
            try GraphvizContext.shared.render(dot: "digraph {\n a [label=\"Amt \(long)\"] }", format: .svg)
        })
        #expect(error.stage == .oversizedText)
        #expect(error.text(.en) == "line 2 of the DOT text: a text is 16005 bytes long, Graphviz reads at most 16000 bytes "
                + "in one piece (it begins “Amt xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”); shorten that name, note or source")
        #expect(!GraphvizContext.shared.isUnavailable)
        let svg = try SVG(GraphvizContext.shared.render(dot: "digraph { a -> b }", format: .svg))
        #expect(svg.texts == ["a", "b"])
    }

    @Test("the scanner finds over-long quoted, HTML and bare texts and ignores escapes and comments")
    func scanner() throws {
        let limit = 10
        #expect(DOTEscaping.oversizedText(in: #"digraph { a [label="0123456789"] }"#, limit: limit) == nil)
        #expect(DOTEscaping.oversizedText(in: #"digraph { a [label="01234567890"] }"#, limit: limit)?.length == 11)
        // An escaped quote does not end the string.
        #expect(DOTEscaping.oversizedText(in: #"digraph { a [label="01\"2345678"] }"#, limit: limit)?.length == 11)
        let html = try #require(DOTEscaping.oversizedText(in: "digraph {\n\n a [label=<<B>Amt</B> f&amp;r x>] }", limit: limit))
        #expect(html.line == 3)
        #expect(html.excerpt == "Amt f&r x")
        #expect(DOTEscaping.oversizedText(in: "digraph { abcdefghijk }", limit: limit)?.length == 11)
        #expect(DOTEscaping.oversizedText(in: "digraph { a } // \"01234567890\"\n/* \"01234567890\" */", limit: limit) == nil)
    }

    @Test("the limit leaves a margin below what Graphviz's parser reads", .enabled(if: DotTool.isAvailable))
    func limitIsBelowGraphviz() throws {
        let fits = String(repeating: "ä", count: DOTEscaping.maximumTextLength / 2)
        #expect(try DotTool.run("digraph { a [label=\"\(fits)\"] }").status == 0)
        #expect(try DotTool.run("digraph { a [label=<\(fits)>] }").status == 0)
    }
}

/// Issue 16 item 8 and issue 15 item 4 through the built binary: a 20 KB actor name.
@Suite("alliance render with a text too long for Graphviz")
struct OversizedTextCommandTests {
    /// Runs the built binary (as RenderCommandTests does); a crash shows as a status other than 1.
    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        try RenderCommandTests().run(arguments)
    }

    @Test("a 20 KB actor name is refused with the alliance, the diagram and the name's beginning, as SVG and as DOT",
          .enabled(if: AllianceBinary.url != nil))
    func longActorName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oversized-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "Sehr langer Name " + String(repeating: "ä", count: 10_000)
        let yaml = """
            id: lang
            name: Lang
            kind: district
            years: 2021
            actors:
              - id: ki
                kind: ki
                name: \(name)
                managing_office: 2021
              - id: jc
                kind: jobcenter
            relations:
              - id: r
                from: ki
                to: jc
                format: contact_person
                years: 2021

            """
        let input = folder.appendingPathComponent("lang.yaml")
        try yaml.write(to: input, atomically: true, encoding: .utf8)
        for format in ["svg", "dot"] {
            let output = folder.appendingPathComponent("out." + format)
            let english = try run(["render", input.path, "--year", "2021", "--format", format, "--lang", "en", "-o", output.path])
            #expect(english.status == 1, "\(format): \(english.status) \(english.errors)")
            // file:line:column of the name to shorten (line 8, after "    name: ").
            #expect(english.errors.contains("\(input.path):8:11: lang-2021: alliance lang, diagram lang-2021: a text is "),
                    "\(format): \(english.errors)")
            #expect(english.errors.contains("Graphviz reads at most 16000 bytes in one piece (it begins “Sehr langer Name äää"),
                    "\(format): \(english.errors)")
            #expect(english.errors.contains("shorten that name, note or source"), "\(format): \(english.errors)")
            #expect(!english.errors.contains("syntax error"), "\(format): \(english.errors)")
            #expect(!FileManager.default.fileExists(atPath: output.path), "\(format): a refused diagram was written")
            let german = try run(["render", input.path, "--year", "2021", "--format", format, "-o", output.path])
            #expect(german.status == 1 && german.errors.contains("Bündnis lang, Diagramm lang-2021: ein Text ist "), "\(german.errors)")
            #expect(german.errors.contains("Graphviz liest höchstens 16000 Bytes am Stück"), "\(german.errors)")
        }
        // A name that fits is drawn.
        try yaml.replacingOccurrences(of: name, with: String(name.prefix(7_000))).write(to: input, atomically: true, encoding: .utf8)
        let fits = try run(["render", input.path, "--year", "2021", "-o", folder.appendingPathComponent("fits.svg").path])
        #expect(fits.status == 0, "\(fits.errors)")
        #expect(try SVG(Data(contentsOf: folder.appendingPathComponent("fits.svg"))).texts.contains { $0.hasPrefix("Sehr langer Name") })
    }
}
