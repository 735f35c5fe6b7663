import AllianceGraphTestSupport
@testable import AllianceGraphviz
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16 item 4: a killed `alliance render` leaves no worker behind, and no file is written afterwards.
@Suite("Workers die with alliance render", .serialized)
struct WorkerLifetimeTests {
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    /// Starts a slow render, kills it with `signal` (to its process group when `group`), and checks
    /// that its worker is gone within a few seconds and that no output file appears afterwards.
    func killRender(signal number: Int32, group: Bool) throws -> Process {
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("killed-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("slow.yaml"), output = folder.appendingPathComponent("out.svg")
        try WorkerProcesses.slowAlliance().write(to: input, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = executable
        // --layout dot: without it, a large alliance is drawn simplified and fast (LargeDiagram).
        process.arguments = ["render", input.path, "--year", "2021", "--layout", "dot", "--jobs", "1", "-o", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let parent = process.processIdentifier
        // Wait until the worker has read its job and is laying it out (0.3 s of CPU time: reading
        // and decoding the job takes milliseconds, the layout minutes). Killed earlier, the worker
        // would end anyway on its truncated job list.
        var worker: pid_t?
        _ = Self.waitUntil(seconds: 8) {
            worker = WorkerProcesses.workers(of: parent).first
            return worker.map { WorkerProcesses.cpuTicks($0) >= 30 } ?? false
        }
        guard let worker, WorkerProcesses.cpuTicks(worker) >= 30 else {
            kill(parent, SIGKILL)
            process.waitUntilExit()
            if let worker { kill(worker, SIGKILL) }
            Issue.record("no worker process was laying out the diagram within 8 s")
            return process
        }
        // Process starts the command in a process group of its own, so -parent is its group.
        kill(group ? -parent : parent, number)
        process.waitUntilExit()
        let gone = Self.waitUntil(seconds: 3) { !WorkerProcesses.isAlive(worker) }
        if !gone { kill(worker, SIGKILL) }   // do not leave it running when the test fails
        #expect(gone, "worker \(worker) still runs after its parent was killed with signal \(number)")
        Thread.sleep(forTimeInterval: 1)
        #expect(!FileManager.default.fileExists(atPath: output.path), "the killed batch wrote its output afterwards")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["slow.yaml"], "files left in the output folder: \(left)")
        return process
    }

    @Test("SIGTERM to alliance render stops its worker, exits 143 and writes nothing afterwards",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: "/proc/self/status")))
    func terminated() throws {
        let process = try killRender(signal: SIGTERM, group: false)
        #expect(process.terminationReason == .exit && process.terminationStatus == 143,
                "\(process.terminationReason.rawValue) \(process.terminationStatus)")
    }

    @Test("SIGINT to alliance render stops its worker and exits 130",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: "/proc/self/status")))
    func interrupted() throws {
        let process = try killRender(signal: SIGINT, group: false)
        #expect(process.terminationReason == .exit && process.terminationStatus == 130,
                "\(process.terminationReason.rawValue) \(process.terminationStatus)")
    }

    @Test("SIGKILL to alliance render's process group leaves no worker running",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: "/proc/self/status")))
    func killedGroup() throws {
        let process = try killRender(signal: SIGKILL, group: true)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    }

    /// Starts a slow render into a new folder and waits until its worker is laying out; then puts
    /// the temporary file there that AtomicFile would have made for the output if the worker had
    /// been killed while writing it (`.out.svg.PID.UUID.tmp`: killed between creating it and
    /// renaming it, a window too short to hit on purpose), and kills the worker (`worker`) or
    /// sends SIGTERM to the command. Returns the files left in the folder and the command's stderr.
    func killWhileWriting(worker killWorker: Bool) throws -> (left: [String], errors: String, process: Process) {
        let executable = try #require(AllianceBinary.url, "the alliance executable was not built")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("killed-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("slow.yaml"), output = folder.appendingPathComponent("out.svg")
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("killed-write-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: errors) }
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        try WorkerProcesses.slowAlliance().write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = executable
        // --layout dot: without it, a large alliance is drawn simplified and fast (LargeDiagram).
        process.arguments = ["render", input.path, "--year", "2021", "--layout", "dot", "--jobs", "1", "-o", output.path,
                             "--lang", "en"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let parent = process.processIdentifier
        var worker: pid_t?
        _ = Self.waitUntil(seconds: 8) {
            worker = WorkerProcesses.workers(of: parent).first
            return worker.map { WorkerProcesses.cpuTicks($0) >= 30 } ?? false
        }
        guard let worker, WorkerProcesses.cpuTicks(worker) >= 30 else {
            kill(parent, SIGKILL)
            process.waitUntilExit()
            if let worker { kill(worker, SIGKILL) }
            Issue.record("no worker process was laying out the diagram within 8 s")
            return ([], "", process)
        }
        let temporary = folder.appendingPathComponent(".out.svg.\(worker).\(UUID().uuidString).tmp")
        try Data("<svg".utf8).write(to: temporary)
        // Someone else's file of a similar name stays.
        let other = folder.appendingPathComponent(".out.svg.notes.tmp")
        try Data().write(to: other)
        kill(killWorker ? worker : parent, killWorker ? SIGKILL : SIGTERM)
        process.waitUntilExit()
        if !killWorker, !Self.waitUntil(seconds: 3, { !WorkerProcesses.isAlive(worker) }) { kill(worker, SIGKILL) }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return (left, (try? String(contentsOf: errors, encoding: .utf8)) ?? "", process)
    }

    @Test("a worker killed while writing leaves no temporary file: the pool removes it and reports the diagram",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: "/proc/self/status")))
    func workerKilledWhileWriting() throws {
        let result = try killWhileWriting(worker: true)
        #expect(result.process.terminationStatus == 1)
        #expect(result.left == [".out.svg.notes.tmp", "slow.yaml"], "files left: \(result.left)")
        #expect(result.errors.contains("the worker process died (signal 9) rendering this diagram"), "\(result.errors)")
    }

    @Test("alliance render stopped by SIGTERM while its worker writes leaves no temporary file",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: "/proc/self/status")))
    func terminatedWhileWriting() throws {
        let result = try killWhileWriting(worker: false)
        #expect(result.process.terminationStatus == 143)
        #expect(result.left == [".out.svg.notes.tmp", "slow.yaml"], "files left: \(result.left)")
    }

    @Test("a worker whose parent is not the one named at its start does nothing",
          .enabled(if: AllianceBinary.url != nil))
    func orphanedAtStart() throws {
        let process = Process()
        let executable: URL = try #require(AllianceBinary.url)
        process.executableURL = executable
        process.arguments = ["render", "--worker"]
        // A parent pid that is not this process's: as if the pool had died before the worker started.
        var environment = ProcessInfo.processInfo.environment
        environment["ALLIANCE_RENDER_WORKER_PARENT"] = String(getpid() == 1 ? 2 : 1)
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let job = try JSONEncoder().encode([RenderJob(name: "x", dot: "digraph { a }", format: .svg, engine: .dot, output: "/dev/null/x")])
        try? input.fileHandleForWriting.write(contentsOf: job)
        try? input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 76)
        #expect(printed.isEmpty)
    }
}
