import Foundation
import Testing

/// Issue 16 item 3, the rest: help, the version and a render worker's reply reach standard output
/// completely, and a failed write there is an error, not exit status 0 or a crash.
@Suite("Help, version and worker replies on standard output, through the binary")
struct StandardOutputTests {
    @Test("--help and --version write their whole text to standard output and exit 0",
          arguments: [["--help"], ["--version"], ["help", "metrics"], ["render", "--help"], ["--help", "--lang", "en"]])
    func complete(arguments: [String]) throws {
        let output = try TestSupport.run("alliance", arguments)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        if arguments == ["--version"] {
            #expect(output.stdout == "0.1.0\n")
        } else {
            #expect(output.stdout.hasPrefix("OVERVIEW: ") && output.stdout.hasSuffix("\n"), "\(output.stdout)")
            #expect(output.stdout.contains("-h, --help"), "the end of the help is missing: \(output.stdout)")
        }
    }

    @Test("--help and --version on a full standard output say so and exit 1", arguments: [["--help"], ["--version"], ["help", "metrics"]])
    func fullStandardOutput(arguments: [String]) throws {
        let output = try TestSupport.run("alliance", arguments, stdout: "/dev/full")
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error: die Standardausgabe kann nicht geschrieben werden: "), "\(output.stderr)")
    }

    @Test("a render worker that cannot write its reply says so and exits 74 instead of crashing")
    func workerReply() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reply-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let job = #"[{"name":"x","dot":"digraph { a }","format":"svg","engine":"dot","output":"\#(folder.path)/x.svg","protectedPaths":[],"forceNewrank":true,"language":"en"}]"#
        let output = try TestSupport.run("alliance", ["render", "--worker"], stdin: job, stdout: "/dev/full")
        #expect(output.status == 74, "\(output.status) \(output.stderr)")
        #expect(output.stderr.hasPrefix("render worker: cannot write the reply: "), "\(output.stderr)")
        #expect(!output.stderr.contains("Fatal error"), "\(output.stderr)")
    }
}
