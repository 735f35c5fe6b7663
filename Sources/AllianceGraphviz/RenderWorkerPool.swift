import AllianceGraph
import Foundation

/// The worker side of parallel rendering: a process that reads a JSON list of ``RenderJob``s
/// from standard input and writes one JSON ``RenderOutcome`` per line to standard output,
/// in job order.
///
/// After a failed layout Graphviz is unreliable in that process (see
/// ``GraphvizContext/isUnavailable``); the worker then stops with ``stoppedExitCode`` and the
/// pool starts a fresh worker for the remaining jobs.
public enum RenderWorker {
    /// Exit status of a worker that stopped early on purpose, after reporting a failed layout.
    public static let stoppedExitCode: Int32 = 75

    /// Runs the worker loop; returns the process exit status.
    public static func run(input: FileHandle = .standardInput, output: FileHandle = .standardOutput,
                           context: GraphvizContext = .shared) -> Int32 {
        let data = input.readDataToEndOfFile()
        guard let jobs = try? JSONDecoder().decode([RenderJob].self, from: data) else {
            FileHandle.standardError.write(Data("render worker: cannot read the job list\n".utf8))
            return 2
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for job in jobs {
            let outcome = job.perform(context: context)
            var line = (try? encoder.encode(outcome)) ?? Data()
            line.append(0x0A)
            output.write(line)
            if context.isUnavailable { return stoppedExitCode }
        }
        return 0
    }
}

/// Renders many jobs with worker processes, because Graphviz cannot be used from several
/// threads of one process. One failing or crashing diagram does not stop the others.
public struct RenderWorkerPool: Sendable {
    /// The worker executable.
    public var executable: URL
    /// Arguments that make the executable run ``RenderWorker/run(input:output:context:)``.
    public var arguments: [String]
    /// Number of worker processes at once.
    public var workers: Int

    /// Creates a pool.
    public init(executable: URL, arguments: [String], workers: Int) {
        self.executable = executable
        self.arguments = arguments
        self.workers = max(1, workers)
    }

    /// The running executable (Linux: `/proc/self/exe`), for workers that re-invoke the tool.
    public static var currentExecutable: URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: proc.path) { return proc.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
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
                if remaining.isEmpty { break }
                if status != RenderWorker.stoppedExitCode {
                    // The worker died while rendering the next job: blame that job, go on.
                    let index = remaining.removeFirst()
                    let language = jobs[index].language
                    let died = RenderMessage.workerDied.text(language, ["reason": .message(reported.reason)])
                    results.set(index, RenderOutcome(name: jobs[index].name, output: jobs[index].output, error: died, seconds: 0))
                }
            }
        }
        return results.values.enumerated().map { index, outcome in
            outcome ?? RenderOutcome(name: jobs[index].name, output: jobs[index].output,
                                     error: RenderMessage.notRendered.text(jobs[index].language), seconds: 0)
        }
    }

    /// Runs one worker process over `jobs`; returns how many outcomes it reported and how it ended.
    private func runWorker(jobs: [RenderJob],
                           report: (Int, RenderOutcome) -> Void) -> (count: Int, status: Int32, reason: Message) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            return (0, -1, Message(RenderMessage.workerNotStarted, ["path": .text(executable.path), "details": .text("\(error)")]))
        }
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
        let reason = process.terminationReason == .uncaughtSignal
            ? Message(RenderMessage.workerSignal, ["signal": .int(Int(process.terminationStatus))])
            : Message(RenderMessage.workerExitStatus, ["status": .int(Int(process.terminationStatus))])
        let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return (count, status, reason)
    }
}
