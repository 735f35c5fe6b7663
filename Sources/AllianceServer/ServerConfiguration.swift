import AllianceGraph
import AllianceGraphviz
import Foundation
import Hummingbird

/// How `alliance serve` runs: which folder, where it listens, and how diagrams are drawn.
public struct ServerConfiguration: Sendable {
    /// The folder of alliance files.
    public var folder: String
    /// The address to bind to; `127.0.0.1` (this computer only) by default.
    public var host: String
    /// The port; 0 asks the system for a free one (the address printed says which).
    public var port: Int
    /// The language of pages without `?lang=`: German by default.
    public var language: Language
    /// The worker processes that lay out diagrams (Graphviz never runs in the server's process):
    /// each diagram is drawn by one worker, so a diagram that crashes Graphviz costs that request an
    /// error, not the server. ``maximumConcurrentRenders`` workers are kept started ahead
    /// (``RenderWorkerPool/readyWorkers``).
    public var pool: RenderWorkerPool
    /// How many diagrams are drawn at once at most; further requests wait.
    public var maximumConcurrentRenders: Int
    /// How many requests may wait for a render before the server answers 503 (busy).
    public var maximumWaitingRenders: Int
    /// The longest request target (path and query) accepted, in bytes (414 beyond).
    public var maximumURILength: Int
    /// The largest request body accepted, in bytes: the server only reads, so 0 (413 for any body).
    public var maximumBodySize: Int
    /// How often the folder's files are looked at for changes.
    public var pollInterval: Duration
    /// How many rendered diagrams are kept in memory.
    public var cacheSize: Int

    /// Creates a configuration. `toolExecutable` is the `alliance` program, whose `render --worker`
    /// lays out and draws every diagram.
    public init(folder: String, host: String = "127.0.0.1", port: Int = 8080, language: Language = .de,
                toolExecutable: URL = RenderWorkerPool.currentExecutable, maximumConcurrentRenders: Int = 2,
                maximumWaitingRenders: Int = 64, maximumURILength: Int = 4096, maximumBodySize: Int = 0,
                pollInterval: Duration = .milliseconds(50), cacheSize: Int = 64) {
        self.folder = folder
        self.host = host
        self.port = port
        self.language = language
        // As many workers kept started ahead as diagrams are drawn at once: a diagram then never
        // waits for a process to start (most of the time from a saved file to its new diagram).
        self.pool = RenderWorkerPool(executable: toolExecutable, arguments: ["render", "--worker"], workers: 1,
                                     readyWorkers: max(1, maximumConcurrentRenders))
        self.maximumConcurrentRenders = max(1, maximumConcurrentRenders)
        self.maximumWaitingRenders = max(0, maximumWaitingRenders)
        self.maximumURILength = maximumURILength
        self.maximumBodySize = maximumBodySize
        self.pollInterval = pollInterval
        self.cacheSize = max(1, cacheSize)
    }

    /// Whether ``host`` is a loopback address (only this computer can connect).
    public var isLoopback: Bool {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return SafetyMiddleware<BasicRequestContext>.isLoopbackName(name)
    }
}
