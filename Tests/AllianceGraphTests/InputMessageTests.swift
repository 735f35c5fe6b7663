import AllianceGraphTestSupport
import Foundation
import Testing

/// Inputs that are not plain alliance files get a message that says what is wrong and what to do
/// (issue 16, item 7), through the binary, in English and German.
@Suite("Messages about inputs")
struct InputMessageTests {
    static let alliance = """
        id: t
        name: T
        kind: independent_city
        years: 2019-2022
        actors:
          - {id: ki, kind: ki, managing_office: true}

        """

    func folder() throws -> String {
        (try TemporaryFile.write("t.yaml", Self.alliance) as NSString).deletingLastPathComponent
    }

    func run(_ arguments: [String]) throws -> TestSupport.Output {
        try TestSupport.run("alliance", arguments)
    }

    @Test("paths holding only an initiative file and a style file: every command that needs alliances says what the files are, exit 1",
          arguments: [["render", "-o", "OUT/"], ["metrics"], ["compare"], ["export", "--format", "csv", "-o", "OUT/x.csv"],
                      ["report", "-o", "OUT/r.html"], ["show"], ["classify"]])
    func onlyOtherFiles(_ command: [String]) throws {
        let base = try folder()
        let initiative = base + "/initiative.yaml", style = base + "/style.yaml"
        try "programme:\n  name: P\n  years: 2019-2022\nwaves:\n  - year: 2019\n    questions: [core_group]\n"
            .write(toFile: initiative, atomically: true, encoding: .utf8)
        try "# workshop colours\nstyle:\n  fonts: {family: DejaVu Sans}\n".write(toFile: style, atomically: true, encoding: .utf8)
        let out = base + "/out"
        let arguments = command.map { $0.replacingOccurrences(of: "OUT", with: out) }
        // Before: render drew "0 of 0 diagrams" and metrics, compare printed empty tables, all with exit 0.
        let english = try run([arguments[0], initiative, style] + arguments.dropFirst() + ["--lang", "en"])
        #expect(english.status == 1, "\(english.stderr)")
        // Each file at its first key (the style file's comment line skipped), saying what it is.
        #expect(english.stderr.contains("\(initiative):1:1: error: not an alliance file: this is an initiative file (programme and waves); give alliance files"),
                "\(english.stderr)")
        #expect(english.stderr.contains("\(style):2:1: error: not an alliance file: this is a style file (--style)"), "\(english.stderr)")
        let german = try run([arguments[0], initiative] + arguments.dropFirst())
        #expect(german.status == 1)
        #expect(german.stderr.contains("\(initiative):1:1: error: keine Bündnisdatei: dies ist eine Initiativdatei"), "\(german.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing written")
    }

    @Test("an unreadable folder says so, not that it holds no alliance files")
    func unreadableFolder() throws {
        let base = try folder()
        let locked = base + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try Self.alliance.write(toFile: locked + "/a.yaml", atomically: true, encoding: .utf8)
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: base)
        for (path, lang, expected) in [(locked, "en", "\(locked): error: cannot read the folder: permission denied; allow reading it (chmod +r) or name another folder"),
                                       (base, "en", "\(locked): error: cannot read the folder: permission denied"),
                                       (locked, "de", "\(locked): error: der Ordner kann nicht gelesen werden: keine Berechtigung")] {
            let output = try runUnprivileged(["validate", path, "--lang", lang])
            #expect(output.status == 1)
            #expect(output.stderr.contains(expected), "\(output.stderr)")
            #expect(!output.stderr.contains("holds no alliance files") && !output.stderr.contains("keine Bündnisdateien"), "\(output.stderr)")
        }
    }

    /// Runs the binary as an unprivileged user when the tests run as root (root reads every folder).
    func runUnprivileged(_ arguments: [String]) throws -> TestSupport.Output {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return try run(arguments) }
        let binary = TestSupport.productsDirectory.appendingPathComponent("alliance").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return TestSupport.Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                  stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("a device such as /dev/null is no alliance file")
    func device() throws {
        let output = try run(["validate", "/dev/null", "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("/dev/null: error: cannot read the file: it is a device, not a file; name an alliance file (.yaml, .yml or .json)"),
                "\(output.stderr)")
        let german = try run(["show", "/dev/null"])
        #expect(german.status == 1)
        #expect(german.stderr.contains("/dev/null: error: die Datei kann nicht gelesen werden: das ist ein Gerät, keine Datei"), "\(german.stderr)")
    }

    @Test("a symbolic link in a circle and a dangling link say so, given directly or found in a folder")
    func links() throws {
        let base = try folder()
        let loop = base + "/loop.yaml", dangling = base + "/old.yaml"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.yaml")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "gone.yaml")
        let direct = try run(["validate", loop, "--lang", "en"])
        #expect(direct.status == 1)
        #expect(direct.stderr.contains("\(loop): error: cannot read the file: it is a symbolic link that leads in a circle; make it point to the file"),
                "\(direct.stderr)")
        let scan = try run(["validate", base, "--lang", "en"])
        #expect(scan.status == 1, "\(scan.stderr)")
        #expect(scan.stderr.contains("\(loop): error: cannot read the file: it is a symbolic link that leads in a circle"), "\(scan.stderr)")
        #expect(scan.stderr.contains("\(dangling): error: cannot read the file: it is a symbolic link to 'gone.yaml', which does not exist; make it point to the file or remove it"),
                "\(scan.stderr)")
        #expect(scan.stdout.contains("3 files checked: 2 errors"), "\(scan.stdout)")
        let german = try run(["validate", dangling])
        #expect(german.stderr.contains("\(dangling): error: die Datei kann nicht gelesen werden: das ist ein symbolischer Verweis auf 'gone.yaml', den es nicht gibt"),
                "\(german.stderr)")
    }

    @Test("a folder link leading back into the folder is reported, not skipped")
    func folderLoop() throws {
        let base = try folder()
        try FileManager.default.createSymbolicLink(atPath: base + "/up", withDestinationPath: ".")
        let output = try run(["validate", base, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(base)/up: error: this symbolic link leads back to a folder that contains it, so the folder would be read again and again; remove the link or name the folders to read"),
                "\(output.stderr)")
    }

    @Test("invalid UTF-8 is reported at the line and column of the first bad byte")
    func invalidUTF8() throws {
        let path = try TemporaryFile.write("latin1.yaml", "")
        var bytes = Array("id: t\nname: \"Stra".utf8)
        bytes += [0xDF] + Array("e Müll".utf8) + [0xFC] + Array("\"\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let output = try run(["validate", path, "--lang", "en"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(path):2:12: error: the file is not UTF-8 text: byte 0xDF here is no UTF-8 character (the file was perhaps saved as Latin-1 or Windows-1252); save it as UTF-8"),
                "\(output.stderr)")
        let german = try run(["validate", path])
        #expect(german.stderr.contains("\(path):2:12: error: die Datei ist kein UTF-8-Text: Byte 0xDF ist hier kein UTF-8-Zeichen"), "\(german.stderr)")
        // A vocabulary file too.
        let terms = try TemporaryFile.write("terms.yaml", "")
        try Data(Array("topics:\n  - {id: x, de: Gr".utf8) + [0xFC] + Array("n, en: Green}\n".utf8)).write(to: URL(fileURLWithPath: terms))
        let vocabulary = try run(["validate", path, "--vocabulary", terms, "--lang", "en"])
        #expect(vocabulary.status == 1)
        #expect(vocabulary.stderr.contains("\(terms):2:19: error: the file is not UTF-8 text: byte 0xFC here"), "\(vocabulary.stderr)")
    }

    @Test("an empty output or input path is refused with a clear message", arguments: [
        ["show", "FILE", "-o", ""], ["metrics", "FILE", "--output", ""], ["render", "FILE", "-o", ""], ["vocab", "-o", ""],
    ])
    func emptyPath(arguments: [String]) throws {
        let file = try folder() + "/t.yaml"
        let output = try run(arguments.map { $0 == "FILE" ? file : $0 } + ["--lang", "en"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("an empty path names no file"), "\(output.stderr)")
        #expect(!output.stderr.contains(": :") && !output.stderr.contains("Is a directory"), "\(output.stderr)")
        let input = try run(["validate", "", "--lang", "en"])
        #expect(input.status != 0)
        #expect(input.stderr.contains("an empty path names no file"), "\(input.stderr)")
    }
}
