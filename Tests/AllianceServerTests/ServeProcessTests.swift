import AllianceGraphTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `alliance serve` as a program: the address it prints, the warning for other hosts, and a clean
/// shutdown on SIGTERM and SIGINT that leaves no render worker behind, even in the middle of a render.
@Suite("alliance serve: the program", .serialized)
struct ServeProcessTests {
    /// A running `alliance serve` and what it printed.
    final class Running: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        var address = ""

        init(_ arguments: [String]) throws {
            process.executableURL = ServerSupport.alliance
            process.arguments = ["serve"] + arguments
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // The first line of standard output names the address.
            var buffer = Data()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, !buffer.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            let line = String(decoding: buffer, as: UTF8.self)
            if let range = line.range(of: "http://[^ \n]+/", options: .regularExpression) { address = String(line[range]) }
        }

        func stop(_ number: Int32) -> (status: Int32, seconds: Double) {
            let start = Date()
            kill(process.processIdentifier, number)
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return (process.terminationStatus, Date().timeIntervalSince(start))
        }

        var standardError: String {
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
    }

    /// The status of `GET /` sent by hand with `Host: host`.
    static func rawStatus(_ address: String, host: String) throws -> Int {
        let url = try #require(URL(string: address))
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = in_port_t(UInt16(url.port ?? 80).bigEndian)
        target.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let request = "GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(socket, &buffer, 64, 0)
        let line = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test("prints the loopback address, serves the list, and stops cleanly on SIGTERM and on SIGINT (exit 0)",
          arguments: [SIGTERM, SIGINT])
    func startAndStop(signal number: Int32) async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try Running([folder.path, "--port", "0"])
        #expect(server.address.hasPrefix("http://127.0.0.1:"), "\(server.address)")
        let (status, body) = try await Self.get(server.address)
        #expect(status == 200)
        #expect(body.contains("rheinstadt.yaml"))
        // A request naming another host (a DNS name pointed at 127.0.0.1 by a page elsewhere) is refused.
        #expect(try Self.rawStatus(server.address, host: "evil.example") == 403)
        #expect(try Self.rawStatus(server.address, host: "localhost") == 200)
        let stopped = server.stop(number)
        #expect(stopped.status == 0)
        #expect(stopped.seconds < 10)
    }

    @Test("another host than loopback is warned about")
    func warnsForOtherHosts() throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try Running([folder.path, "--port", "0", "--host", "0.0.0.0"])
        _ = server.stop(SIGTERM)
        #expect(server.standardError.contains("warning: --host 0.0.0.0"))
    }

    @Test("a folder that is not one is refused with a clear message")
    func notAFolder() throws {
        let process = Process()
        process.executableURL = ServerSupport.alliance
        process.arguments = ["serve", "/no/such/folder"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("/no/such/folder"))
    }

    @Test("SIGTERM in the middle of a render stops the render worker with the server: no orphan")
    func noOrphanedWorker() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try ServerSupport.write(WorkerProcesses.slowAlliance(), to: folder.appendingPathComponent("slow.yaml"))
        let server = try Running([folder.path, "--port", "0"])
        let pid = server.process.processIdentifier
        // Large diagrams are drawn simplified (sfdp) and quickly now: several different ones asked
        // for at once keep the workers busy long enough to be seen.
        let queries = ["svg", "png", "pdf"].flatMap { format in
            ["none", "coded", "all"].flatMap { interfaces in
                ["1", "0"].map { "diagram/slow.yaml?year=2021&format=\(format)&interfaces=\(interfaces)&legend=\($0)" }
            }
        }
        let request = Task {
            await withTaskGroup(of: Void.self) { group in
                for query in queries { group.addTask { _ = try? await Self.get(server.address + query) } }
            }
        }
        var workers: [pid_t] = []
        let deadline = Date().addingTimeInterval(30)
        while workers.isEmpty, Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            workers = WorkerProcesses.workers(of: pid)
        }
        #expect(!workers.isEmpty, "no render worker started")
        let stopped = server.stop(SIGTERM)
        // The requests end by themselves once the server is gone. Not cancelled: cancelling a
        // URLSession task that is failing at that moment trips swift-corelibs-foundation's
        // "task that is not in the registry" fatal error and takes the whole test process down.
        await request.value
        #expect(stopped.seconds < 10)
        try await Task.sleep(for: .milliseconds(500))
        for worker in workers { #expect(!WorkerProcesses.isAlive(worker), "worker \(worker) outlived the server") }
    }
}
