import AllianceGraph
import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The worker side of parallel rendering: a process that reads a JSON list of ``RenderJob``s
/// from standard input and writes one JSON ``RenderOutcome`` per line to standard output,
/// in job order.
///
/// After a failed parse or layout Graphviz is unreliable in that process (see
/// ``GraphvizContext/isUnavailable``); the worker then stops with ``stoppedExitCode`` and the
/// pool starts a fresh worker for the remaining jobs.
///
/// A worker started by a ``RenderWorkerPool`` dies with the process that started it: on Linux it
/// asks the kernel for SIGKILL when its parent dies (`prctl(PR_SET_PDEATHSIG)`), and it exits at
/// once with ``orphanedExitCode`` if that parent was already gone when it started (see
/// ``parentEnvironmentKey``). So a killed `alliance render` leaves no worker behind that writes
/// files later.
public enum RenderWorker {
    /// Exit status of a worker that stopped early on purpose, after reporting a failed parse or layout.
    public static let stoppedExitCode: Int32 = 75
    /// Exit status of a worker whose parent died before it started; it did nothing.
    public static let orphanedExitCode: Int32 = 76
    /// Exit status of a worker that could not write its reply (its standard output failed).
    public static let replyFailedExitCode: Int32 = 74
    /// The environment variable in which a ``RenderWorkerPool`` passes its process id to its
    /// workers. A worker that finds it ties its life to that process before doing any work.
    public static let parentEnvironmentKey = "ALLIANCE_RENDER_WORKER_PARENT"
    /// Fault injection for tests of the error path (docs/RELIABILITY.md): with this variable set
    /// to `layout`, a worker adds to every job's DOT a node whose HTML-like label holds U+FFFE,
    /// which Graphviz's label reader rejects, so that the real Graphviz error reaches the caller;
    /// set to `layout:TEXT`, only to the jobs whose name contains `TEXT` (e.g. an alliance's id).
    /// Data files cannot cause that error any more (``DOTEscaping`` replaces the character).
    public static let faultEnvironmentKey = "ALLIANCE_RENDER_FAULT"
    /// Set to `1` by a ``RenderWorkerPool`` for its ready workers (``RenderWorkerPool/readyWorkers``):
    /// the worker draws a tiny diagram before it waits for its jobs, so that Graphviz's plugins and
    /// the fonts are loaded by then (the first layout in a process costs about 0.1 s more than the next).
    public static let warmUpEnvironmentKey = "ALLIANCE_RENDER_WARM_UP"

    /// What a ready worker draws before waiting: the layout engine, the SVG renderer and the diagrams' font.
    static let warmUpDOT = "digraph { node [fontname=\"\(DiagramStyle.fontName)\"]; a [label=<<b>a</b>>]; a -> b [label=\"c\"] }"

    /// Runs the worker loop; returns the process exit status.
    ///
    /// When ``parentEnvironmentKey`` is set (the pool sets it), the worker first ties its life to
    /// its parent (see ``RenderWorker``) and returns ``orphanedExitCode`` without reading its jobs
    /// when the parent is no longer the process named there.
    public static func run(input: FileHandle = .standardInput, output: FileHandle = .standardOutput,
                           context: GraphvizContext = .shared) -> Int32 {
        if let parent = ProcessInfo.processInfo.environment[parentEnvironmentKey].flatMap(Int32.init) {
            // First the death signal, then the check: a parent dying between the two is caught by
            // one or the other (after prctl the kernel signals; before it, getppid() has changed).
            _ = cgraphviz_kill_when_parent_dies()
            if getppid() != parent { return orphanedExitCode }
        }
        if ProcessInfo.processInfo.environment[warmUpEnvironmentKey] == "1" {
            _ = try? context.render(dot: warmUpDOT, format: .svg, engine: .dot)
        }
        let data = input.readDataToEndOfFile()
        guard let jobs = try? JSONDecoder().decode([RenderJob].self, from: data) else {
            try? FileHandle.standardError.write(contentsOf: Data("render worker: cannot read the job list\n".utf8))
            return 2
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fault = ProcessInfo.processInfo.environment[faultEnvironmentKey]
        func injectsLayoutFault(_ job: RenderJob) -> Bool {
            guard let fault else { return false }
            return fault == "layout" || (fault.hasPrefix("layout:") && job.name.contains(fault.dropFirst("layout:".count)))
        }
        for var job in jobs {
            if injectsLayoutFault(job), let end = job.dot.lastIndex(of: "}") {
                job.dot.insert(contentsOf: "\"fault\" [label=<\u{FFFE}>];\n", at: end)
            }
            let outcome = job.perform(context: context)
            var line = (try? encoder.encode(outcome)) ?? Data()
            line.append(0x0A)
            do {
                try output.write(contentsOf: line)
            } catch {
                // The pool is gone or the reply cannot be written: say so and stop (no trap).
                try? FileHandle.standardError.write(contentsOf: Data("render worker: cannot write the reply: \(error.localizedDescription)\n".utf8))
                return replyFailedExitCode
            }
            if context.isUnavailable { return stoppedExitCode }
        }
        return 0
    }
}

/// Renders many jobs with worker processes, because Graphviz cannot be used from several
/// threads of one process. One failing or crashing diagram does not stop the others.
///
/// Workers never outlive the process that started them: each dies with its parent (see
/// ``RenderWorker``), and ``terminateWorkers()`` stops the running ones, which
/// ``forwardTerminationSignals()`` does on SIGINT, SIGTERM and SIGHUP for a command-line tool.
public struct RenderWorkerPool: Sendable {
    /// The worker executable.
    public var executable: URL
    /// Arguments that make the executable run ``RenderWorker/run(input:output:context:)``.
    public var arguments: [String]
    /// Number of worker processes at once.
    public var workers: Int
    /// How many worker processes to keep started ahead, waiting for their jobs, so that a render
    /// does not wait for a process to start (for a server drawing one diagram per request; 0 for a
    /// batch). A ready worker dies with this process like any other and is stopped by ``terminateWorkers()``.
    public var readyWorkers: Int

    /// Creates a pool.
    public init(executable: URL, arguments: [String], workers: Int, readyWorkers: Int = 0) {
        self.executable = executable
        self.arguments = arguments
        self.workers = max(1, workers)
        self.readyWorkers = max(0, readyWorkers)
    }

    /// Starts the ``readyWorkers`` in the background (they are started again after each use anyway):
    /// for a server, so that its first diagram does not wait for a worker either.
    public func startReadyWorkers() {
        ReadyWorkers.shared.replenish(self)
    }

    /// The running executable (Linux: `/proc/self/exe`), for workers that re-invoke the tool.
    public static var currentExecutable: URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: proc.path) { return proc.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// Kills every worker process the pools of this process are running (SIGKILL) and refuses to
    /// start new ones from then on: jobs not yet reported end as not rendered. Meant for a process
    /// that is about to exit; files of diagrams not finished are not written afterwards.
    /// Safe to call from any thread, also while pools are running.
    public static func terminateWorkers() {
        RunningWorkers.shared.terminateAll()
    }

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that call ``terminateWorkers()`` and then
    /// end the process with the conventional status 128 + the signal's number (130, 143, 129).
    /// For command-line tools (`alliance render` calls it); a library user with signal handling
    /// of its own calls ``terminateWorkers()`` from it instead. Calling it again does nothing.
    public static func forwardTerminationSignals() {
        SignalForwarding.install()
    }

    /// Renders all `jobs`; returns one outcome per job, in job order. `progress` is called
    /// (serialised) after each job with the outcome and the number finished so far.
    public func run(_ jobs: [RenderJob],
                    progress: @escaping @Sendable (RenderOutcome, Int) -> Void = { _, _ in }) -> [RenderOutcome] {
        guard !jobs.isEmpty else { return [] }
        signal(SIGPIPE, SIG_IGN)
        // Longest DOT first, dealt round-robin: a cheap balance of the work.
        let order = jobs.indices.sorted { jobs[$0].dot.utf8.count > jobs[$1].dot.utf8.count }
        let count = min(workers, jobs.count)
        var lists = Array(repeating: [Int](), count: count)
        for (position, index) in order.enumerated() { lists[position % count].append(index) }

        let dealt = lists
        let results = IndexedResults<RenderOutcome>(count: jobs.count, onStore: progress)
        DispatchQueue.concurrentPerform(iterations: count) { worker in
            var remaining = dealt[worker]
            while !remaining.isEmpty {
                let reported = runWorker(jobs: remaining.map { jobs[$0] }) { position, outcome in
                    results.set(remaining[position], outcome)
                }
                let status = reported.status
                remaining.removeFirst(reported.count)
                if remaining.isEmpty || RunningWorkers.shared.isTerminating { break }
                if status != RenderWorker.stoppedExitCode {
                    // The worker died while rendering the next job: blame that job, go on.
                    let index = remaining.removeFirst()
                    let language = jobs[index].language
                    let died = RenderMessage.workerDied.text(language, ["reason": .message(reported.reason)])
                    results.set(index, RenderOutcome(name: jobs[index].name, output: jobs[index].output, error: died, seconds: 0))
                }
            }
        }
        // Stopped by a forwarded signal: the handler removes the workers' temporary files and ends
        // the process with 128 + the signal; the batch must not finish (and exit 1) before it does.
        RunningWorkers.shared.parkIfExitingBySignal()
        return results.values.enumerated().map { index, outcome in
            outcome ?? RenderOutcome(name: jobs[index].name, output: jobs[index].output,
                                     error: RenderMessage.notRendered.text(jobs[index].language), seconds: 0)
        }
    }

    /// Lays out `graphs` with `engine` in worker processes (as ``run(_:progress:)`` renders) and
    /// returns where each one's nodes and clusters went, in order: Graphviz work the caller needs
    /// before it can write a diagram's DOT text (the shared layout of the years side by side,
    /// ``Diagram/dotText(layouts:)``), kept out of the calling process like every render.
    ///
    /// - Throws: ``GraphvizError``: ``GraphvizError/Stage/oversizedText`` for a text Graphviz cannot
    ///   read (as ``GraphvizContext/layout(dot:engine:forceNewrank:)``), else one whose
    ///   ``GraphvizError/reason`` is the first failure as the worker explained it in `language`
    ///   (a failed layout, a worker that died).
    /// - Complexity: one layout per graph, spread over the pool's workers.
    public func layouts(of graphs: [DOTGraph], engine: LayoutEngine, language: Language = .de) throws(GraphvizError) -> [LayoutGeometry] {
        let results = layouts(of: graphs.map { ($0, engine) }, language: language)
        // A text too long is refused before any layout, whichever graph has it.
        for case .failure(let error) in results where error.stage == .oversizedText { throw error }
        var geometries: [LayoutGeometry] = []
        for result in results {
            switch result {
            case .success(let geometry): geometries.append(geometry)
            case .failure(let error): throw error
            }
        }
        return geometries
    }

    /// Lays out each graph with its own engine in worker processes, all in one ``run(_:progress:)``,
    /// and returns each one's layout or failure, in order: the layouts of one step of many
    /// diagrams at once (``DiagramDrawing/finish(_:layouts:)``). A graph that fails is that graph's
    /// failure only: its worker stops and a fresh one lays out the rest, so the failure taints
    /// neither this process nor the other graphs.
    ///
    /// A failure is ``GraphvizError/Stage/oversizedText`` for a text Graphviz cannot read (not sent
    /// to a worker, as ``GraphvizContext/layout(dot:engine:forceNewrank:)`` refuses it), else one
    /// whose ``GraphvizError/reason`` is the failure as the worker explained it in `language`
    /// (``RenderMessage/failed``: a failed layout, a worker that died).
    ///
    /// - Complexity: one layout per graph, spread over the pool's workers: one process start per
    ///   worker, not per graph.
    public func layouts(of requests: [(graph: DOTGraph, engine: LayoutEngine)],
                        language: Language = .de) -> [Result<LayoutGeometry, GraphvizError>] {
        var results: [Result<LayoutGeometry, GraphvizError>?] = Array(repeating: nil, count: requests.count)
        var jobs: [RenderJob] = [], sent: [Int] = []
        for (index, request) in requests.enumerated() {
            let text = request.graph.text
            // Refused here as the context would refuse it there, so that the caller names the diagram.
            if let oversized = DOTEscaping.oversizedText(in: text) {
                results[index] = .failure(.oversized(oversized, place: Message(RenderMessage.placeDOTLine, ["line": .int(oversized.line)])))
                continue
            }
            jobs.append(RenderJob(name: request.graph.name, dot: text, format: .svg, engine: request.engine, output: "",
                                  language: language, layoutOnly: true))
            sent.append(index)
        }
        for (outcome, index) in zip(run(jobs), sent) {
            if let layout = outcome.layout {
                results[index] = .success(layout)
            } else {
                let details = outcome.error ?? RenderMessage.notRendered.text(language)
                results[index] = .failure(GraphvizError(stage: .layout, messages: [details],
                                                        reason: Message(RenderMessage.failed, ["details": .text(details)])))
            }
        }
        return results.map { $0! }
    }

    /// Runs one worker process over `jobs`; returns how many outcomes it reported and how it ended.
    private func runWorker(jobs: [RenderJob],
                           report: (Int, RenderOutcome) -> Void) -> (count: Int, status: Int32, reason: Message) {
        let outputs = jobs.filter { !$0.layoutOnly }.map(\.output)
        let worker: StartedWorker
        do {
            guard let started = try ReadyWorkers.shared.take(for: self, writing: outputs) ?? startWorker(writing: outputs) else {
                return (0, RenderWorker.orphanedExitCode, Message(RenderMessage.notRendered))
            }
            worker = started
        } catch {
            return (0, -1, Message(RenderMessage.workerNotStarted, ["path": .text(executable.path), "details": .text("\(error)")]))
        }
        if readyWorkers > 0 { ReadyWorkers.shared.replenish(self) }
        let (process, input, output) = (worker.process, worker.input, worker.output)
        defer { RunningWorkers.shared.finished(process) }
        let payload = (try? JSONEncoder().encode(jobs)) ?? Data("[]".utf8)
        // A worker that dies before reading all its jobs must not take this process down:
        // SIGPIPE is ignored and the write error is dropped (the jobs count as not reported).
        try? input.fileHandleForWriting.write(contentsOf: payload)
        try? input.fileHandleForWriting.close()

        let decoder = JSONDecoder()
        var buffer = Data()
        var count = 0
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                if let outcome = try? decoder.decode(RenderOutcome.self, from: line), count < jobs.count {
                    report(count, outcome)
                    count += 1
                }
            }
        }
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        if status != 0 && status != RenderWorker.stoppedExitCode {
            // Killed (or failed) perhaps while writing a file: remove the temporary file it left.
            for job in jobs[count...] where !job.layoutOnly {
                AtomicFile.removeTemporaryFiles(of: job.output, leftBy: process.processIdentifier)
            }
        }
        let reason = process.terminationReason == .uncaughtSignal
            ? Message(RenderMessage.workerSignal, ["signal": .int(Int(process.terminationStatus))])
            : Message(RenderMessage.workerExitStatus, ["status": .int(Int(process.terminationStatus))])
        return (count, status, reason)
    }
}

/// A worker process started, with the pipes to its standard input and output.
struct StartedWorker: @unchecked Sendable {
    let process: Process
    let input: Pipe
    let output: Pipe
}

extension RenderWorkerPool {
    /// The key of the pool's ready workers: workers of the same program and arguments are alike.
    var readyKey: [String] { [executable.path] + arguments }

    /// Starts a worker process that will write `outputs`; `nil` after ``terminateWorkers()``.
    func startWorker(writing outputs: [String], warmUp: Bool = false) throws -> StartedWorker? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        var environment = ProcessInfo.processInfo.environment
        environment[RenderWorker.parentEnvironmentKey] = String(getpid())
        environment[RenderWorker.warmUpEnvironmentKey] = warmUp ? "1" : nil
        process.environment = environment
        guard try RunningWorkers.shared.launch(process, writing: outputs) else { return nil }
        return StartedWorker(process: process, input: input, output: output)
    }
}

/// The workers started ahead (``RenderWorkerPool/readyWorkers``), waiting for their jobs, per program.
private final class ReadyWorkers: @unchecked Sendable {
    static let shared = ReadyWorkers()
    private let lock = NSLock()
    // Guarded by `lock`.
    private var ready: [[String]: [StartedWorker]] = [:]
    private var starting: [[String]: Int] = [:]

    /// A ready worker of `pool`'s program, now to write `outputs`; `nil` when none is ready (or the pool keeps none).
    func take(for pool: RenderWorkerPool, writing outputs: [String]) -> StartedWorker? {
        guard pool.readyWorkers > 0 else { return nil }
        while true {
            let next: StartedWorker? = lock.withLock {
                guard var list = ready[pool.readyKey], !list.isEmpty else { return nil }
                let first = list.removeFirst()
                ready[pool.readyKey] = list
                return first
            }
            guard let worker = next else { return nil }
            if RunningWorkers.shared.assign(worker.process, writing: outputs) { return worker }
            // It died meanwhile (killed, or stopped by terminateWorkers): take the next.
        }
    }

    /// Starts workers of `pool`'s program in the background until ``RenderWorkerPool/readyWorkers`` are ready or starting.
    func replenish(_ pool: RenderWorkerPool) {
        let key = pool.readyKey
        let missing: Int = lock.withLock {
            let count = pool.readyWorkers - (ready[key]?.count ?? 0) - (starting[key] ?? 0)
            guard count > 0 else { return 0 }
            starting[key, default: 0] += count
            requests += Array(repeating: pool, count: count)
            if starter == nil {
                let thread = Thread { [self] in startLoop() }
                thread.name = "AllianceGraphviz.ready-workers"
                starter = thread
                thread.start()
            }
            return count
        }
        for _ in 0..<missing { wake.signal() }
    }

    // Guarded by `lock`.
    private var requests: [RenderWorkerPool] = []
    private var starter: Thread?
    private let wake = DispatchSemaphore(value: 0)

    /// Starts the workers asked for, one after the other, on one thread that never ends: a worker
    /// dies when the thread that started it ends (`PR_SET_PDEATHSIG` follows the thread), and
    /// Dispatch's threads come and go.
    private func startLoop() {
        while true {
            wake.wait()
            guard let pool = lock.withLock({ requests.isEmpty ? nil : requests.removeFirst() }) else { continue }
            let worker = try? pool.startWorker(writing: [], warmUp: true)
            lock.withLock {
                starting[pool.readyKey, default: 1] -= 1
                if let worker { ready[pool.readyKey, default: []].append(worker) }
            }
        }
    }
}

/// The worker processes running in this process, so that they can be stopped together.
private final class RunningWorkers: @unchecked Sendable {
    static let shared = RunningWorkers()
    // Guarded by `lock`.
    private let lock = NSLock()
    private var running: [ObjectIdentifier: (process: Process, outputs: [String])] = [:]
    private var terminating = false
    private var exitingBySignal = false

    /// Whether ``terminateAll()`` was called.
    var isTerminating: Bool {
        lock.lock()
        defer { lock.unlock() }
        return terminating
    }

    /// Starts `process`, which will write `outputs`, and records it; returns `false` without starting
    /// it after ``terminateAll()``. Starting under the lock means no worker can slip in between the
    /// kill and the exit.
    func launch(_ process: Process, writing outputs: [String]) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if terminating { return false }
        try process.run()
        running[ObjectIdentifier(process)] = (process, outputs)
        return true
    }

    /// Records that running `process` (a ready worker) will write `outputs`; `false` when it is
    /// gone or the workers are being stopped.
    func assign(_ process: Process, writing outputs: [String]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !terminating, process.isRunning, running[ObjectIdentifier(process)] != nil else { return false }
        running[ObjectIdentifier(process)] = (process, outputs)
        return true
    }

    func finished(_ process: Process) {
        lock.lock()
        running[ObjectIdentifier(process)] = nil
        lock.unlock()
    }

    /// After ``terminateAll(bySignal:)`` with `true`: never returns, so that the signal handler's
    /// exit status ends the process (the handler calls `_exit`). Otherwise returns at once.
    func parkIfExitingBySignal() {
        lock.lock()
        let parked = exitingBySignal
        lock.unlock()
        while parked { pause() }
    }

    func terminateAll(bySignal: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        terminating = true
        if bySignal { exitingBySignal = true }
        for (process, _) in running.values where process.processIdentifier > 0 {
            kill(process.processIdentifier, SIGKILL)
        }
    }

    /// After ``terminateAll()``, for a process about to exit: waits until the killed workers are
    /// gone (at most `seconds`), then removes the temporary files they may have left beside their
    /// outputs (a worker killed between creating its temporary file and renaming it).
    func removeTemporaryFiles(waitingAtMost seconds: Double) {
        lock.lock()
        let killed = running.values.filter { $0.process.processIdentifier > 0 }
            .map { (pid: $0.process.processIdentifier, outputs: $0.outputs) }
        lock.unlock()
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, killed.contains(where: { Self.isRunning($0.pid) }) { usleep(10_000) }
        for worker in killed {
            for output in worker.outputs { AtomicFile.removeTemporaryFiles(of: output, leftBy: worker.pid) }
        }
    }

    /// Whether `pid` still runs (not gone, not a zombie waiting to be reaped). Without `/proc`,
    /// whether it exists at all.
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
            return !FileManager.default.fileExists(atPath: "/proc/self/stat") && kill(pid, 0) == 0
        }
        guard let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(close, offsetBy: 2)...].hasPrefix("Z")
    }
}

/// The signal handlers of ``RenderWorkerPool/forwardTerminationSignals()``.
private final class SignalForwarding: @unchecked Sendable {
    static let shared = SignalForwarding()
    // Set once in `init`, never changed: the sources only have to stay alive.
    private let sources: [any DispatchSourceSignal]

    private init() {
        let queue = DispatchQueue(label: "AllianceGraphviz.signals")
        sources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)   // the dispatch source receives it instead
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                RunningWorkers.shared.terminateAll(bySignal: true)
                RunningWorkers.shared.removeTemporaryFiles(waitingAtMost: 1)
                _exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    static func install() { _ = shared }
}
