import AllianceGraphTestSupport
import Foundation
import Testing

/// The fuzzing harness `scripts/fuzz` (issue 16, item 10; docs/RELIABILITY.md): a short seeded run
/// against the built binary finds nothing that is not a known finding of issue 16, and the harness
/// itself notices a crash, a hang, a rejection that names no file and output written on error.
@Suite("Fuzzing harness", .serialized)
struct FuzzHarnessTests {
    /// Runs `scripts/fuzz` with `arguments`; returns its exit status and standard output.
    static func fuzz(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestSupport.packageRoot.appendingPathComponent("scripts/fuzz").path] + arguments
        process.currentDirectoryURL = TestSupport.packageRoot
        let folder = try TemporaryFile.write("out", "")
        let outURL = URL(fileURLWithPath: folder), errURL = URL(fileURLWithPath: folder + ".err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A stand-in for the binary: a shell script running `body`.
    static func fakeBinary(_ body: String) throws -> String {
        let path = try TestSupport.temporaryFile("alliance", "#!/bin/sh\n" + body + "\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test("the short seeded run (seed 1, 60 inputs) passes on the built binary")
    func shortRun() throws {
        let binary = TestSupport.productsDirectory.appendingPathComponent("alliance").path
        let output = try Self.fuzz(["--seed", "1", "--count", "60", "--jobs", "2", "--binary", binary])
        #expect(output.status == 0, "\(output.stdout)\n\(output.stderr)")
        #expect(output.stdout.contains("seed 1, 60 inputs"), "\(output.stdout)")
        #expect(output.stdout.contains(" passed, 0 failed\n"), "\(output.stdout)")
        for kind in ["truncated", "byte-flipped", "wrong-typed", "hostile"] {
            #expect(output.stdout.contains("\(kind) alliance"), "\(output.stdout)")
        }
    }

    @Test("the same seed gives the same inputs and results")
    func reproducible() throws {
        let binary = TestSupport.productsDirectory.appendingPathComponent("alliance").path
        let first = try Self.fuzz(["--seed", "5", "--count", "8", "--binary", binary])
        let second = try Self.fuzz(["--seed", "5", "--count", "8", "--binary", binary])
        func table(_ text: String) -> String { text.split(separator: "\n").dropFirst().joined(separator: "\n") }
        #expect(first.status == 0 && second.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(table(first.stdout) == table(second.stdout))
    }

    @Test("the harness notices each kind of failure", arguments: [
        ("kill -SEGV $$", "signal"),
        (#"case "$1" in validate) sleep 20;; esac; exit 0"#, "hang"),
        ("echo 'error: something' >&2; exit 1", "no-file-named"),
        ("for a; do case $a in -o|--output) n=1;; *) [ -n \"$n\" ] && mkdir -p \"$a\" && n=; esac; done; "
            + "for a; do case $a in fuzz-*) echo \"$a: error: bad\" >&2;; esac; done; exit 1", "output-on-error"),
        ("for a; do case $a in fuzz-*) echo x >> \"$a\"; echo \"$a:1:1: error: x\" >&2;; esac; done; exit 1", "input-changed"),
        ("touch stray-file; exit 0", "wrote-outside-output"),
    ])
    func noticesFailures(body: String, finding: String) throws {
        let output = try Self.fuzz(["--seed", "1", "--count", "2", "--timeout", "2", "--binary", try Self.fakeBinary(body)])
        #expect(output.status == 1, "\(output.stdout)\n\(output.stderr)")
        #expect(output.stdout.contains("  \(finding): "), "\(output.stdout)")
    }
}
