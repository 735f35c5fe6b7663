import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

@Suite("Worker pool")
struct WorkerPoolTests {
    func jobs(_ count: Int, language: Language = .de) -> [RenderJob] {
        (0..<count).map { RenderJob(name: "job \($0)", dot: "digraph { a }", format: .svg, engine: .dot, output: "/dev/null/\($0)",
                                    language: language) }
    }

    @Test("a worker that dies by a signal costs only the diagram it was rendering")
    func crashingWorker() throws {
        // A stand-in worker: reports one finished job, then crashes on the next.
        let script = #"cat >/dev/null; printf '{"name":"done","output":"o","seconds":0}\n'; kill -SEGV $$"#
        let pool = RenderWorkerPool(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script], workers: 1)
        let outcomes = pool.run(jobs(5, language: .en))
        #expect(outcomes.count == 5)
        // Worker 1 reports job 0 and dies on job 1; worker 2 reports job 2 and dies on job 3; worker 3 reports job 4.
        #expect(outcomes.map(\.succeeded) == [true, false, true, false, true])
        #expect(outcomes[1].error?.contains("worker process died") == true, "\(outcomes[1])")
        #expect(outcomes[1].error?.contains("signal") == true, "\(outcomes[1])")
        #expect(outcomes[1].name == "job 1")
        // The same in the diagram's language, German by default.
        let german = pool.run(jobs(2))
        #expect(german[1].error?.contains("der Worker-Prozess ist beim Zeichnen dieses Diagramms abgestürzt (Signal") == true,
                "\(german[1])")
    }

    @Test("a worker that exits without reading its jobs does not take the caller down")
    func workerIgnoringInput() {
        let big = String(repeating: "x", count: 200_000)
        let list = (0..<3).map { RenderJob(name: "j\($0)", dot: big, format: .svg, engine: .dot, output: "/dev/null/\($0)",
                                           language: .en) }
        let pool = RenderWorkerPool(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exit 3"], workers: 1)
        let outcomes = pool.run(list)
        #expect(outcomes.count == 3)
        #expect(outcomes.allSatisfy { $0.error?.contains("exit status 3") == true })
    }

    @Test("a worker that cannot start fails every job with a reason instead of hanging")
    func missingWorker() {
        let pool = RenderWorkerPool(executable: URL(fileURLWithPath: "/nonexistent/alliance"), arguments: [], workers: 2)
        let outcomes = pool.run(jobs(3))
        #expect(outcomes.count == 3)
        #expect(outcomes.allSatisfy { !$0.succeeded })
    }

    @Test("outcomes come back in job order with progress for each", .enabled(if: AllianceBinary.url != nil))
    func orderAndProgress() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = (0..<9).map { index in
            RenderJob(name: "n\(index)", dot: "digraph { \"node \(index)\" }", format: .svg, engine: .dot,
                      output: folder.appendingPathComponent("n\(index).svg").path)
        }
        let counter = Counter()
        let pool = RenderWorkerPool(executable: AllianceBinary.url!, arguments: ["render", "--worker"], workers: 2)
        let outcomes = pool.run(list) { _, done in counter.record(done) }
        #expect(outcomes.map(\.name) == list.map(\.name))
        #expect(outcomes.allSatisfy { $0.succeeded })
        #expect(counter.values.sorted() == Array(1...9))
        for index in 0..<9 {
            let svg = try SVG(Data(contentsOf: folder.appendingPathComponent("n\(index).svg")))
            #expect(svg.texts == ["node \(index)"])
        }
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    func record(_ value: Int) { lock.lock(); list.append(value); lock.unlock() }
    var values: [Int] { lock.lock(); defer { lock.unlock() }; return list }
}

@Suite("Graphviz errors in words")
struct GraphvizErrorWordsTests {
    @Test("a Graphviz failure names its stage in the diagram's language and keeps Graphviz's own messages")
    func stageInBothLanguages() {
        let error = GraphvizError(stage: .layout, messages: ["trouble in init_rank"])
        #expect(error.text(.de) == "Graphviz-Fehler beim Layout: trouble in init_rank")
        #expect(error.text(.en) == "Graphviz layout error: trouble in init_rank")
        #expect(error.description == error.text(.en))
        let silent = GraphvizError(stage: .parse, messages: [])
        #expect(silent.text(.de) == "Graphviz-Fehler beim Einlesen: Graphviz ist ohne Meldung gescheitert")
    }
}

/// The years side by side need a layout before their DOT text exists (the shared positions):
/// done in a worker process, it gives the same poster as done in the calling process.
@Suite("Shared layout in a worker")
struct SharedLayoutWorkerTests {
    @Test("the shared layout of the years side by side from a worker gives the DOT text the process gives itself")
    func sameAsInProcess() throws {
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        let pool = RenderWorkerPool(executable: executable, arguments: ["render", "--worker"], workers: 1)
        let diagram = Diagram(alliance: Samples.musterkreis, kind: .allYears)
        let view = YearsSideBySideView(alliance: diagram.alliance, options: diagram.options)
        // dot tries both rank directions: two layouts in the worker, in order.
        #expect(view.sharedLayoutGraphs().count == 2)
        let geometries = try pool.layouts(of: view.sharedLayoutGraphs(), engine: diagram.options.engine)
        #expect(geometries.count == 2)
        #expect(geometries.allSatisfy { $0.nodes["a:ki"] != nil })
        let inWorker = try diagram.dotText { graphs, engine throws(GraphvizError) in
            try pool.layouts(of: graphs, engine: engine)
        }
        #expect(inWorker == (try diagram.dotText(context: .shared)))
        // A year's diagram drawn with another engine than dot needs no layout before its text: the
        // function is never called (with dot it lays the view out once for the compact layout).
        let year = try Diagram(alliance: Samples.musterkreis, kind: .year(2021),
                               options: DiagramOptions(engine: .neato)).dotText { _, _ throws(GraphvizError) in
            Issue.record("a year's DOT text asked for a layout")
            return []
        }
        #expect(year.contains("a:ki"))
    }

    @Test("a layout failing in the worker is the caller's error, in the diagram's language; the caller goes on")
    func failureReported() throws {
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        let pool = RenderWorkerPool(executable: executable, arguments: ["render", "--worker"], workers: 1)
        let broken = DOTGraph(name: "broken", attributes: [], statements: [.node(id: "a", [("label", .html("<b>unclosed"))])])
        #expect(throws: GraphvizError.self) { try pool.layouts(of: [broken], engine: .dot, language: .en) }
        do {
            _ = try pool.layouts(of: [broken], engine: .dot, language: .en)
        } catch {
            #expect(error.explained(.en).contains("Graphviz"), "\(error.explained(.en))")
        }
        // This process's Graphviz is untouched.
        #expect(!GraphvizContext.shared.isUnavailable)
    }
}

/// A ready worker (``RenderWorkerPool/readyWorkers``) loads Graphviz's plugins before its jobs come.
@Suite("Ready workers")
struct ReadyWorkerTests {
    @Test("a worker asked to warm up has Graphviz's layout plugin loaded while it waits for its jobs; one not asked has not")
    func warmedUp() throws {
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        func loadsLayoutPlugin(warmUp: Bool) throws -> Bool {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["render", "--worker"]
            var environment = ProcessInfo.processInfo.environment
            environment[RenderWorker.warmUpEnvironmentKey] = warmUp ? "1" : nil
            process.environment = environment
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            defer {
                try? input.fileHandleForWriting.write(contentsOf: Data("[]".utf8))
                try? input.fileHandleForWriting.close()
                process.waitUntilExit()
            }
            // Waiting for its jobs (nothing written yet): is the dot layout plugin mapped? Not bounded
            // by the clock alone: under a full parallel test run on 2 cores a worker's start took over
            // 20 s of wall time once, more than 60 s another. A worker that sleeps (waiting for its
            // input) without having used more processor time for 3 s, and without the plugin, has
            // not warmed up; one that used 10 s of processor time without loading it neither.
            let pid = process.processIdentifier
            let start = Date()
            var used = (seconds: -1.0, since: Date())
            while Date().timeIntervalSince(start) < (warmUp ? 600 : 2) {
                let maps = (try? String(contentsOfFile: "/proc/\(pid)/maps", encoding: .utf8)) ?? ""
                if maps.contains("gvplugin_dot_layout") { return true }
                if warmUp {
                    let (state, seconds) = Self.processorTime(of: pid)
                    if seconds > 10 { return false }
                    if seconds != used.seconds { used = (seconds, Date()) }
                    if state == "S", Date().timeIntervalSince(used.since) > 3 { return false }
                }
                usleep(50_000)
            }
            return false
        }
        #expect(try loadsLayoutPlugin(warmUp: true))
        #expect(try !loadsLayoutPlugin(warmUp: false))
    }

    /// The state (`R` running, `S` sleeping, `D` waiting for the disk, …) of process `pid` and
    /// the processor time (user and system) it has used, in seconds, from `/proc/PID/stat`
    /// (fields 3, 14 and 15; times in clock ticks of 1/100 s); ("", 0) when it cannot be read.
    static func processorTime(of pid: Int32) -> (state: String, seconds: Double) {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return ("", 0) }
        // After the command name in parentheses: field 3 (state) onwards.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return ("", 0) }
        return (String(fields[0]), (user + system) / 100)
    }
}
