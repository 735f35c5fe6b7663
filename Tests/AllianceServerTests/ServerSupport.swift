import AllianceGraph
@testable import AllianceServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Paths, sample folders and servers shared by the server tests.
enum ServerSupport {
    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `alliance` program (the render worker and the years side by side).
    static let alliance: URL = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first { candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        let folder = candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("alliance").path)
        } ?? packageRoot.appendingPathComponent(".build/debug")
        return folder.appendingPathComponent("alliance")
    }()

    /// A new temporary folder holding copies of the sample files `names` of `Graphs/` (all when `nil`).
    static func sampleFolder(_ names: [String]? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let graphs = packageRoot.appendingPathComponent("Graphs")
        let all = try FileManager.default.contentsOfDirectory(atPath: graphs.path)
        for name in names ?? all where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: graphs.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A server on `folder` that renders with the built `alliance` program.
    static func server(_ folder: URL, maximumConcurrentRenders: Int = 2) -> AllianceWebServer {
        AllianceWebServer(configuration: ServerConfiguration(folder: folder.path, port: 0, toolExecutable: alliance,
                                                             maximumConcurrentRenders: maximumConcurrentRenders))
    }

    /// The application of `server` without its services (for the router tests).
    static func application(_ server: AllianceWebServer) -> some ApplicationProtocol {
        Application(router: server.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// The body as text.
    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// Asks `client` for `path?query` for each of `queries` (one bad parameter each) and expects
    /// 400 with the message naming the parameter and its value.
    static func expectBadRequests(_ client: some TestClientProtocol, _ path: String, _ queries: [String],
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        for query in queries {
            try await client.execute(uri: path + "?" + query, method: .get) { response in
                #expect(response.status == .badRequest, "\(query)", sourceLocation: sourceLocation)
                // The last parameter is the bad one ("view=difference&from=2021&year=2021": from).
                let bad = query.split(separator: "&").first { !["view=difference", "year=2021"].contains($0) } ?? Substring(query)
                let name = String(bad.prefix { $0 != "=" }), value = String(bad.drop { $0 != "=" }.dropFirst())
                #expect(text(response).contains("Ungültiger Wert für \(name): \(value)."), "\(query)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Waits until the file's modification time surely differs from before (coarse file systems).
    static func write(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
    }
}
