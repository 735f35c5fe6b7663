import AllianceGraph
import AllianceGraphviz
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The local web view of a folder of alliance files (`alliance serve`), built on Hummingbird.
///
/// The server is made of small parts: an ``AllianceFolder`` (the files, reloaded when they
/// change), a watcher service that looks at the files when the kernel reports a saved file, and
/// every ``ServerConfiguration/pollInterval`` besides, and tells open pages by server-sent events (`/events`), a renderer that draws diagrams in worker
/// processes, and the router with the pages and the JSON API. It only reads: every route is a
/// `GET` (and `HEAD`, answered like it without the body), and only files found in the folder are served.
///
/// ```swift
/// let server = AllianceWebServer(configuration: ServerConfiguration(folder: "Graphs/"))
/// try await server.run { address in print("open \(address)") }
/// ```
///
/// Routes: `/` (the list), `/alliance/<file>` (an alliance's page), `/diagram/<file>` (a diagram:
/// `view=year|side-by-side|difference`, `year`, `from`, `to`, the filters, `format=svg|png|pdf|dot`,
/// `download=1`), `/export/<file>` (`format=graphml|gexf`), `/api/alliances`, `/api/alliance/<file>`,
/// `/events`, `/static/…`.
public struct AllianceWebServer: Sendable {
    /// How the server runs.
    public let configuration: ServerConfiguration
    /// The folder's files.
    public let folder: AllianceFolder
    let renderer: DiagramRenderer
    let events: ChangeEvents
    let answers: AnswerCache

    /// Creates the server and loads the folder's files once (nothing listens before ``run(onRunning:)``).
    public init(configuration: ServerConfiguration, vocabulary: Vocabulary = .builtIn) {
        self.configuration = configuration
        folder = AllianceFolder(path: configuration.folder, vocabulary: vocabulary)
        renderer = DiagramRenderer(configuration: configuration)
        events = ChangeEvents()
        answers = AnswerCache(capacity: configuration.cacheSize)
    }

    /// Looks at the folder once and tells the open pages what changed; returns the changed files.
    @discardableResult
    public func checkForChanges() -> [String] {
        let changed = folder.refresh()
        if !changed.isEmpty { events.publish(.init(files: changed, generation: folder.generation)) }
        return changed
    }

    /// The router with every route and the safety middleware.
    public func router() -> Router<BasicRequestContext> {
        // HEAD is answered like GET, without the body.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SafetyMiddleware(configuration: configuration))
        let routes = Routes(server: self)
        router.get("/") { request, _ in routes.list(request) }
        router.get("/api/alliances") { request, _ in try routes.listJSON(request) }
        router.get("/alliance/**") { request, context in routes.alliancePage(request, name: Self.name(context)) }
        router.get("/api/alliance/**") { request, context in try routes.allianceJSON(request, name: Self.name(context)) }
        router.get("/diagram/**") { request, context in await routes.diagram(request, name: Self.name(context)) }
        router.get("/export/**") { request, context in routes.export(request, name: Self.name(context)) }
        router.get("/handout/**") { request, context in await routes.handout(request, name: Self.name(context)) }
        router.get("/events") { request, _ in routes.eventStream(request) }
        router.get("/static/style.css") { _, _ in Assets.response(Assets.style, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Assets.response(Assets.script, type: "text/javascript; charset=utf-8") }
        router.get("/health") { _, _ in "ok" }
        return router
    }

    /// The file name a catch-all route was given (`rheinstadt.yaml`, `sub/x.yaml`).
    static func name(_ context: BasicRequestContext) -> String {
        // Decoded for names with spaces or umlauts; the name is only ever looked up among the
        // folder's files, so a decoded "../" or "/" finds nothing.
        context.parameters.getCatchAll().map { String($0).removingPercentEncoding ?? String($0) }.joined(separator: "/")
    }

    /// The Hummingbird application: the router, on ``ServerConfiguration/host`` and ``ServerConfiguration/port``,
    /// with the folder watcher as a service. `onRunning` gets the address once the server listens.
    public func application(onRunning: @escaping @Sendable (String) async -> Void = { _ in })
        -> some ApplicationProtocol {
        var logger = Logger(label: "alliance-serve")
        logger.logLevel = .warning
        let host = configuration.host
        return Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                await onRunning("http://\(shown):\(port)/")
            },
            logger: logger
        )
    }

    /// Runs until SIGINT or SIGTERM: then the open pages' event streams end, the render workers are
    /// stopped (none outlives the server) and the server shuts down gracefully.
    public func run(onRunning: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "alliance-serve")
        logger.logLevel = .warning
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: application(onRunning: onRunning)), .init(service: FolderWatcher(server: self))],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        ))
        defer {
            RenderWorkerPool.terminateWorkers()
            renderer.removeScratch()
        }
        configuration.pool.startReadyWorkers()
        try await group.run()
    }
}

/// Watches the folder (``FolderWatch``: at once on the kernel's notice of a saved file, else every
/// poll interval) and tells the open pages; at shutdown ends their event streams and stops the
/// render workers before the HTTP server stops (services shut down in reverse order, so this one goes first).
struct FolderWatcher: Service {
    let server: AllianceWebServer

    func run() async throws {
        let watch = FolderWatch(server: server)
        watch.start()
        do {
            try await gracefulShutdown()
        } catch {
            // cancelled: shutting down as well
        }
        watch.stop()
        server.events.finishAll()
        RenderWorkerPool.terminateWorkers()
    }
}
