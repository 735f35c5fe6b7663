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
}

/// Draws diagrams for the web view: never in the server's own process (Graphviz's failures can
/// take a process down), but in worker processes of the library's ``RenderWorkerPool`` (the years
/// side by side too: their shared layout first, ``RenderWorkerPool/layouts(of:engine:language:)``,
/// then the poster); at most ``ServerConfiguration/maximumConcurrentRenders`` at once; the same
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

    /// The diagram `request` asks for, drawn from `alliance` (the file's last version without
    /// errors, so that every view shows it while the file on disk is broken).
    func render(_ request: DiagramRequest, alliance: Alliance) async -> Result<Data, RenderFailure> {
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
                await self.draw(request, alliance: alliance)
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

    private func draw(_ request: DiagramRequest, alliance: Alliance) async -> Result<Data, RenderFailure> {
        guard await limiter.acquire() else { return .failure(.busy) }
        defer { Task { await limiter.release() } }
        let language = request.options.language
        let diagram = Diagram(alliance: alliance, kind: request.kind, options: request.options)
        let pool = configuration.pool
        let text: @Sendable () -> Result<String, RenderFailure> = {
            do throws(GraphvizError) {
                return .success(try diagram.dotText { graphs, engine throws(GraphvizError) in
                    try pool.layouts(of: graphs, engine: engine, language: language)
                })
            } catch {
                return .failure(.failed(error.explained(language)))
            }
        }
        // The years side by side wait for their shared layout in a worker, a year or a difference
        // drawn with dot for the first layout of its compact layout (CompactLayout): off the cooperative pool.
        let made = await Self.blocking(text)
        let dot: String
        switch made {
        case .failure(let failure): return .failure(failure)
        case .success(let value): dot = value
        }
        if request.format == .dot { return .success(Data(dot.utf8)) }
        let output = outputPath(request.format)
        let job = RenderJob(name: diagram.baseName, dot: dot, format: request.format, engine: diagram.engine,
                            output: output, language: language)
        let outcome = await Self.blocking { pool.run([job]).first }
        defer { try? FileManager.default.removeItem(atPath: output) }
        guard let outcome, outcome.succeeded, let data = FileManager.default.contents(atPath: output) else {
            return .failure(.failed(outcome?.error ?? RenderMessage.notRendered.text(language)))
        }
        return .success(data)
    }

    /// A new path in the scratch folder for a file in `format`.
    private func outputPath(_ format: RenderFormat) -> String {
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return scratch.appendingPathComponent(UUID().uuidString + "." + format.fileExtension).path
    }

    /// Runs `body` on a thread outside Swift's cooperative pool (it blocks on a worker process).
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
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
