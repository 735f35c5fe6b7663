import AllianceGraph
import AllianceGraphTestSupport
import Foundation

/// Paths and process helpers shared by the tests.
enum TestSupport {
    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled sample data.
    static let graphsFolder = packageRoot.appendingPathComponent("Graphs")

    /// Every sample alliance file in `Graphs/` (the initiative file left out).
    static var sampleFiles: [String] {
        sampleDataFiles.filter { !InitiativeFileReader.isInitiativeFile(text: (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "") }
    }

    /// Every data file in `Graphs/`: the alliance files and the initiative file.
    static var sampleDataFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: graphsFolder.path)) ?? []
        return names.filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension) }
            .sorted().map { graphsFolder.appendingPathComponent($0).path }
    }

    /// The folder holding the built executables (next to the test bundle).
    static let productsDirectory: URL = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first { candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        return candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("alliance").path)
        } ?? packageRoot.appendingPathComponent(".build/debug")
    }()

    /// What a finished process printed and returned.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built executable `name` with `arguments` from the package root, with `stdin` as its
    /// standard input (none when `nil`). `stdout` and
    /// `stderr` name files (e.g. `/dev/full`) to write the streams to instead of capturing them;
    /// `fileSizeBlocks` limits the size of files written (`ulimit -f`: blocks of 512 or 1024 bytes,
    /// as the shell counts), with `SIGXFSZ` ignored, so that writing beyond it fails with "File too
    /// large" (a stand-in for a full disk). `environment` adds to (or replaces in) this process's environment.
    static func run(_ name: String, _ arguments: [String], stdin: String? = nil, stdout: String? = nil, stderr: String? = nil,
                    fileSizeBlocks: Int? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let executable = productsDirectory.appendingPathComponent(name)
        if let fileSizeBlocks {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeBlocks); exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = packageRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = try stdout.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
        process.standardError = try stderr.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? err
        if let stdin {
            let inURL = folder.appendingPathComponent("in")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs python in the consumer environment (scripts/consumer-python: NetworkX, python-igraph,
    /// jsonschema, openpyxl) with `arguments`; its status, standard output and standard error.
    static func consumerPython(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [packageRoot.appendingPathComponent("scripts/consumer-python").path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, data, errors)
    }

    /// Writes `text` to a new temporary file named `name` and returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        try TemporaryFile.write(name, text)
    }
}
