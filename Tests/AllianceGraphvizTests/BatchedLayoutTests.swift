import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

/// Issue 15 item 13 (speed): the layouts a diagram's DOT text needs first (the compact layout,
/// the poster's shared layout) are done for all diagrams of a render together, one worker-pool
/// call per step (``DiagramDrawing/finish(_:layouts:)``), not in the calling process.
@Suite("Layouts of a batch done in workers, a step of all diagrams at a time")
struct BatchedLayoutTests {
    static var graphs: URL { DiagramReadabilityTests.graphs }

    /// The `.yaml` samples of Graphs/.
    static func sampleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: graphs.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { graphs.appendingPathComponent($0).path }
    }

    @Test("a batch of all samples planned with worker processes gives every diagram the DOT text the one-diagram driver gives it in this process",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: graphs.path)))
    func batchedEqualsOneByOne() throws {
        let pool = RenderWorkerPool(executable: try #require(AllianceBinary.url), arguments: ["render", "--worker"], workers: 2)
        let loader = AllianceLoader(vocabulary: .builtIn)
        // The alliances among the samples (one file there is no alliance).
        let files = try Self.sampleFiles().filter { loader.load(path: $0).validAlliance != nil }
        let alliances = files.compactMap { loader.load(path: $0).validAlliance }
        try #require(alliances.count >= 8)
        var compact = 0
        // Every year of every sample (all mixed in each step); the posters and differences of a few (slow in this process).
        for (selection, count) in [(RenderBatch.Selection.everyYear, files.count), (.allYears, 3), (.difference(from: 2019, to: 2022), 4)] {
            let batch = RenderBatch(selection: selection, format: .dot, destination: .folder("/nonexistent/out"))
            let plan = batch.plan(files: Array(files.prefix(count)), loader: loader, pool: pool)
            #expect(plan.failures.filter { $0.diagram != nil || $0.place != nil }.isEmpty, "\(plan.failures)")
            var expected: [String: String] = [:]
            for alliance in alliances.prefix(count) {
                let (kinds, uncovered) = batch.kinds(for: alliance)
                guard uncovered == nil else { continue }
                for kind in kinds {
                    let diagram = Diagram(alliance: alliance, kind: kind, options: batch.options)
                    expected[diagram.baseName] = try diagram.dotText(context: .shared)
                }
            }
            #expect(plan.jobs.count == expected.count && plan.jobs.count >= 2)
            for job in plan.jobs {
                #expect(job.dot == expected[job.name], "\(job.name): the batched DOT text differs")
                if job.dot.contains("title:cluster") { compact += 1 }
            }
        }
        // Both outcomes of the compact layout's steps are among them: drawn compact and kept as dot's.
        #expect(compact > 0)
        #expect(!GraphvizContext.shared.isUnavailable)
    }

    @Test("a layout failing in a worker costs only its own diagrams: the other alliance's diagrams of the same run are drawn as without the failure",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: graphs.path)))
    func failingLayoutTaintsNothingElse() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["auental.yaml", "rheinstadt.yaml"] {
            try FileManager.default.copyItem(at: Self.graphs.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        func render(_ output: String, fault: String?) throws -> (status: Int32, errors: String, files: [String: Data]) {
            let out = folder.appendingPathComponent(output)
            let process = Process()
            let binary: URL = try #require(AllianceBinary.url, "the alliance executable was not built")
            process.executableURL = binary
            // One worker: the failing layouts and the others are dealt to the same worker process.
            process.arguments = ["render", input.path, "--format", "dot", "--jobs", "1", "--lang", "en", "-o", out.path + "/"]
            var environment = ProcessInfo.processInfo.environment
            environment[RenderWorker.faultEnvironmentKey] = fault
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            var files: [String: Data] = [:]
            for name in names { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
            return (process.terminationStatus, text, files)
        }
        let clean = try render("clean", fault: nil)
        try #require(clean.status == 0, "\(clean.errors)")
        let rheinstadt = clean.files.keys.filter { $0.hasPrefix("rheinstadt-") }
        let auental = clean.files.keys.filter { $0.hasPrefix("auental-") }
        try #require(!rheinstadt.isEmpty && !auental.isEmpty)

        // Every job named after auental fails in the worker (RenderWorker.faultEnvironmentKey); a DOT
        // file is written without Graphviz, so only the layouts its DOT text needs can fail.
        let faulty = try render("faulty", fault: "layout:auental")
        #expect(faulty.status == 1)
        #expect(faulty.files.keys.sorted() == rheinstadt.sorted(), "\(faulty.errors)")
        for name in rheinstadt { #expect(faulty.files[name] == clean.files[name], "\(name) differs after another diagram's failure") }
        for name in auental {
            let year = name.dropFirst("auental-".count).prefix(4)
            #expect(faulty.errors.contains("\(name): alliance auental, year \(year) from \(input.path)/auental.yaml: Graphviz layout error: "),
                    "\(name): \(faulty.errors)")
        }
        #expect(!faulty.errors.contains("not used any more in this process"), "\(faulty.errors)")
    }
}
