import AllianceGraph
import AllianceGraphviz
import Foundation

/// One diagram as the web view asks for it: which file (in which of its good versions), which
/// view, which options and which format.
struct DiagramRequest: Hashable, Sendable {
    var file: String
    var goodGeneration: Int
    var kind: DiagramKind
    var options: DiagramOptions
    var format: RenderFormat
}

/// Why a diagram is not there.
enum RenderFailure: Error, Equatable, Sendable {
    /// Too many renders are waiting.
    case busy
    /// Graphviz (or the worker) failed; the text says why, in the diagram's language.
    case failed(String)
    /// The years side by side need the `alliance` program, which this server does not have.
    case sideBySideUnavailable
}

/// Draws diagrams for the web view: never in the server's own process (Graphviz's failures can
/// take a process down), but one worker process per diagram through the library's
/// ``RenderWorkerPool``; at most ``ServerConfiguration/maximumConcurrentRenders`` at once; the same
/// diagram asked for by several pages at once is drawn once; the last ones drawn are kept.
final class DiagramRenderer: @unchecked Sendable {
    private let configuration: ServerConfiguration
    private let limiter: RenderLimiter
    private let scratch: URL
    private let lock = NSLock()
    // Guarded by `lock`.
    private var cache: [DiagramRequest: Data] = [:]
    private var recent: [DiagramRequest] = []
    private var inFlight: [DiagramRequest: Task<Result<Data, RenderFailure>, Never>] = [:]

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
        limiter = RenderLimiter(running: configuration.maximumConcurrentRenders, waiting: configuration.maximumWaitingRenders)
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
    }

    /// Removes the folder of the workers' output files.
    func removeScratch() {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The diagram `request` asks for, drawn from `alliance` (whose file is at `path` and read
    /// `text` when it was `alliance`: what the years side by side are drawn from, so that they show
    /// the last good version too while the file on disk is broken), `vocabularyFiles` being the
    /// folder's vocabulary files.
    func render(_ request: DiagramRequest, alliance: Alliance, path: String, text: Data?,
                vocabularyFiles: [String]) async -> Result<Data, RenderFailure> {
        enum Found {
            case cached(Data)
            case running(Task<Result<Data, RenderFailure>, Never>)
        }
        let found: Found = lock.withLock {
            if let cached = cache[request] {
                touch(request)
                return .cached(cached)
            }
            if let running = inFlight[request] { return .running(running) }
            let task = Task { [self] in
                await self.draw(request, alliance: alliance, path: path, text: text, vocabularyFiles: vocabularyFiles)
            }
            inFlight[request] = task
            return .running(task)
        }
        guard case .running(let task) = found else {
            if case .cached(let data) = found { return .success(data) }
            return .failure(.busy)
        }
        let result = await task.value
        lock.withLock {
            inFlight[request] = nil
            if case .success(let data) = result {
                cache[request] = data
                touch(request)
                while recent.count > configuration.cacheSize { cache[recent.removeFirst()] = nil }
            }
        }
        return result
    }

    /// Runs `body` (work that blocks on worker processes, e.g. a handout's diagrams) under the render
    /// limit, outside Swift's cooperative pool; `nil` when too many renders are waiting already.
    func limited<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T? {
        guard await limiter.acquire() else { return nil }
        defer { Task { await limiter.release() } }
        return await Self.blocking(body)
    }

    /// Moves `request` to the end of the recently used (under `lock`).
    private func touch(_ request: DiagramRequest) {
        recent.removeAll { $0 == request }
        recent.append(request)
    }

    private func draw(_ request: DiagramRequest, alliance: Alliance, path: String, text: Data?,
                      vocabularyFiles: [String]) async -> Result<Data, RenderFailure> {
        guard await limiter.acquire() else { return .failure(.busy) }
        defer { Task { await limiter.release() } }
        let language = request.options.language
        if case .allYears = request.kind {
            return await sideBySide(request, path: path, text: text, vocabularyFiles: vocabularyFiles)
        }
        let diagram = Diagram(alliance: alliance, kind: request.kind, options: request.options)
        let dot: String
        do {
            dot = try diagram.dotText()
        } catch {
            return .failure(.failed(error.explained(language)))
        }
        if request.format == .dot { return .success(Data(dot.utf8)) }
        let output = outputPath(request.format)
        let job = RenderJob(name: diagram.baseName, dot: dot, format: request.format, engine: diagram.engine,
                            output: output, language: language)
        let pool = configuration.pool
        let outcome = await Self.blocking { pool.run([job]).first }
        defer { try? FileManager.default.removeItem(atPath: output) }
        guard let outcome, outcome.succeeded, let data = FileManager.default.contents(atPath: output) else {
            return .failure(.failed(outcome?.error ?? RenderMessage.notRendered.text(language)))
        }
        return .success(data)
    }

    /// The years side by side, drawn by `alliance render --all-years` in a process of its own
    /// (its shared layout is Graphviz work done while the DOT text is built, which the render
    /// workers, taking finished DOT texts, cannot do), from `text` — the file's last good version,
    /// written under its own name into the scratch folder — else from the file at `path`.
    private func sideBySide(_ request: DiagramRequest, path: String, text: Data?,
                            vocabularyFiles: [String]) async -> Result<Data, RenderFailure> {
        guard let command = configuration.sideBySideCommand else { return .failure(.sideBySideUnavailable) }
        var path = path
        if let text {
            let folder = outputPath("d")
            let copy = (folder as NSString).appendingPathComponent((path as NSString).lastPathComponent)
            if (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
               FileManager.default.createFile(atPath: copy, contents: text) {
                path = copy
            }
        }
        defer { if path.hasPrefix(scratch.path) { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) } }
        let format = request.format == .dot ? RenderFormat.svg : request.format
        let output = outputPath(format)
        defer { try? FileManager.default.removeItem(atPath: output) }
        var arguments = command.arguments + [path, "--all-years", "--format", format.rawValue, "-o", output, "--jobs", "1"]
        arguments += vocabularyFiles.flatMap { ["--vocabulary", $0] }
        arguments += Self.filterArguments(request.options)
        let executable = command.executable
        let all = arguments
        let (status, errors) = await Self.blocking { Self.runProcess(executable, all) }
        guard status == 0, let data = FileManager.default.contents(atPath: output) else {
            let text = errors.split(separator: "\n").filter { !$0.hasPrefix("Gezeichnet") && !$0.hasPrefix("Rendered") }
                .joined(separator: "\n")
            return .failure(.failed(text.isEmpty ? RenderMessage.notRendered.text(request.options.language) : text))
        }
        return .success(data)
    }

    /// The `alliance render` options for `options` (as the CLI spells its filters).
    static func filterArguments(_ options: DiagramOptions) -> [String] {
        var arguments = ["--lang", options.language.rawValue, "--layout", options.engine.rawValue,
                         "--mechanisms", options.mechanismBasis.rawValue]
        let filter = options.filter
        arguments += filter.areas.map(\.rawValue).sorted().flatMap { ["--area", $0] }
        arguments += filter.formats.map(\.rawValue).sorted().flatMap { ["--relation-format", $0] }
        arguments += filter.mechanisms.map(\.rawValue).sorted().flatMap { ["--mechanism", $0] }
        arguments += filter.actors.map(\.rawValue).sorted().flatMap { ["--actor", $0] }
        if !filter.actors.isEmpty { arguments += ["--depth", String(filter.depth)] }
        if !options.showsLegend { arguments.append("--no-legend") }
        return arguments
    }

    private func outputPath(_ format: RenderFormat) -> String {
        outputPath(format.fileExtension)
    }

    /// A new path in the scratch folder ending in `.extension`.
    private func outputPath(_ extension: String) -> String {
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return scratch.appendingPathComponent(UUID().uuidString + "." + `extension`).path
    }

    /// Runs `body` on a thread outside Swift's cooperative pool (it blocks on a worker process).
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }

    /// Runs `executable` with `arguments`; returns its exit status and standard error.
    static func runProcess(_ executable: URL, _ arguments: [String]) -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, String(describing: error)) }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A counting semaphore for renders, with a bounded queue: ``acquire()`` says `false` at once
/// when too many are waiting already.
actor RenderLimiter {
    private var free: Int
    private let maximumWaiting: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(running: Int, waiting: Int) {
        free = running
        maximumWaiting = waiting
    }

    func acquire() async -> Bool {
        if free > 0 {
            free -= 1
            return true
        }
        if waiting.count >= maximumWaiting { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
