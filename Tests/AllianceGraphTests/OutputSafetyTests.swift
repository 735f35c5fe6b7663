import Foundation
import Testing

/// Issue 16, items 1–3, through the built `alliance`: no command writes over one of its inputs
/// (however the output names it), writing keeps what the target is (device, pipe, link, hard link,
/// permissions), and a failed write (full standard output, full disk) is an error, not a crash or
/// a silent loss.
@Suite("Output safety")
struct OutputSafetyTests {
    static let alliance = """
        id: a
        name: A
        kind: district
        years: 2021-2022
        actors:
          - {id: ki, kind: ki, managing_office: true}
          - {id: abh, kind: abh}
        relations:
          - {actors: [ki, abh], format: forum, topic: driving_licence}
        """
    static let vocabulary = "topics:\n  - {id: driving_licence, de: Führerschein, en: Driving licence}\n"

    /// A new folder holding `data/in.yaml` (an alliance) and `data/terms.yaml` (a vocabulary file,
    /// found among the data); returns the folder.
    static func dataFolder() throws -> String {
        let folder = (try TestSupport.temporaryFile("in.yaml", alliance) as NSString).deletingLastPathComponent
        let data = folder + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder + "/in.yaml", toPath: data + "/in.yaml")
        try vocabulary.write(toFile: data + "/terms.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    /// Every command that writes a file, with `-o TARGET` (`TARGET` replaced) and the data in `folder`.
    static let writers: [[String]] = [
        ["show", "data/", "-o", "TARGET"],
        ["classify", "data/", "-o", "TARGET"],
        ["metrics", "data/", "-o", "TARGET"],
        ["diff", "data/", "--from", "2021", "--to", "2022", "-o", "TARGET"],
        ["compare", "data/", "-o", "TARGET"],
        ["vocab", "--vocabulary", "data/terms.yaml", "-o", "TARGET"],
        ["render", "data/", "--year", "2021", "-o", "TARGET"],
        ["render", "data/in.yaml", "--vocabulary", "data/terms.yaml", "--year", "2021", "-o", "TARGET"],
    ]

    /// How the output can name an input: directly, through `..`, a symbolic link or a hard link.
    enum Naming: String, CaseIterable {
        case direct, dotDot, symlink, hardLink

        /// The output path naming `folder/data/file` this way (the link is made in `folder`).
        func path(to file: String, in folder: String) throws -> String {
            let input = folder + "/data/" + file
            switch self {
            case .direct: return input
            case .dotDot: return folder + "/data/../data/" + file
            case .symlink:
                try FileManager.default.createSymbolicLink(atPath: folder + "/link-" + file, withDestinationPath: "data/" + file)
                return folder + "/link-" + file
            case .hardLink:
                try FileManager.default.linkItem(atPath: input, toPath: folder + "/hard-" + file)
                return folder + "/hard-" + file
            }
        }
    }

    @Test("no writer overwrites an input, however the output names it",
          arguments: writers, Naming.allCases)
    func neverOverwritesAnInput(command: [String], naming: Naming) throws {
        for file in command[0] == "vocab" ? ["terms.yaml"] : ["in.yaml", "terms.yaml"] {
            let folder = try Self.dataFolder()
            let target = try naming.path(to: file, in: folder)
            let arguments = command.map { $0 == "TARGET" ? target : $0.hasPrefix("data/") ? folder + "/" + $0 : $0 }
            let result = try TestSupport.run("alliance", arguments + ["--lang", "en"])
            let output = result.stdout + result.stderr
            #expect(result.status == 1, "\(command) \(naming) \(file): \(output)")
            #expect(output.contains("refusing to overwrite an input file"), "\(command) \(naming) \(file): \(output)")
            // The file is named once in front of the reason, not twice (render listed "X: X: error: …").
            #expect(!output.contains("\(target): \(target):"), "\(command) \(naming) \(file): \(output)")
            #expect(try String(contentsOfFile: folder + "/data/in.yaml", encoding: .utf8) == Self.alliance)
            #expect(try String(contentsOfFile: folder + "/data/terms.yaml", encoding: .utf8) == Self.vocabulary)
        }
    }

    @Test func linksToAnInputNameTheInput() throws {
        let folder = try Self.dataFolder()
        let target = try Naming.hardLink.path(to: "in.yaml", in: folder)
        let result = try TestSupport.run("alliance", ["metrics", folder + "/data/", "-o", target, "--lang", "en"])
        #expect(result.stderr == "\(target): error: refusing to overwrite an input file (the same file as \(folder)/data/in.yaml); choose another output path\n")
        let german = try TestSupport.run("alliance", ["metrics", folder + "/data/", "-o", target])
        #expect(german.stderr.contains("eine Eingabedatei wird nicht überschrieben (dieselbe Datei wie \(folder)/data/in.yaml)"))
    }

    @Test func exportedEdgesNeverOverwriteAnInput() throws {
        let folder = try Self.dataFolder()
        try FileManager.default.createDirectory(atPath: folder + "/edges", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/edges/a-2021.edges.json", withDestinationPath: "../data/in.yaml")
        let result = try TestSupport.run("alliance", ["metrics", folder + "/data/", "--year", "2021", "--export-edges", folder + "/edges",
                                                      "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(folder)/edges/a-2021.edges.json: error: refusing to overwrite an input file"), "\(result.stderr)")
        #expect(try String(contentsOfFile: folder + "/data/in.yaml", encoding: .utf8) == Self.alliance)
    }

    // MARK: - Targets that are not plain files

    /// `metrics` of the data in `folder` as CSV into `target`.
    static func metrics(_ folder: String, into target: String, _ more: [String] = []) throws -> TestSupport.Output {
        try TestSupport.run("alliance", ["metrics", folder + "/data/", "--format", "csv", "-o", target, "--lang", "en"] + more)
    }

    @Test func followsASymbolicLinkAndReplacesItsTarget() throws {
        let folder = try Self.dataFolder()
        try "old".write(toFile: folder + "/real.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.csv", withDestinationPath: "real.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.csv", withDestinationPath: "new.csv")
        #expect(try Self.metrics(folder, into: folder + "/link.csv").status == 0)
        #expect(try Self.metrics(folder, into: folder + "/dangling.csv").status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv") == "real.csv")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/dangling.csv") == "new.csv")
        #expect(try String(contentsOfFile: folder + "/real.csv", encoding: .utf8).hasPrefix("alliance,year,"))
        #expect(try String(contentsOfFile: folder + "/new.csv", encoding: .utf8).hasPrefix("alliance,year,"))
        let loop = folder + "/loop.csv"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.csv")
        let looped = try Self.metrics(folder, into: loop)
        #expect(looped.status == 1)
        #expect(looped.stderr == "\(loop): error: cannot write the file: the symbolic links form a loop\n")
    }

    @Test func keepsAHardLinkAndThePermissions() throws {
        let folder = try Self.dataFolder()
        let first = folder + "/first.csv", second = folder + "/second.csv", secret = folder + "/secret.csv"
        try "old".write(toFile: first, atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(atPath: first, toPath: second)
        try "old".write(toFile: secret, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret)
        #expect(try Self.metrics(folder, into: first).status == 0)
        #expect(try Self.metrics(folder, into: secret).status == 0)
        let a = try FileManager.default.attributesOfItem(atPath: first), b = try FileManager.default.attributesOfItem(atPath: second)
        #expect(a[.systemFileNumber] as? Int == b[.systemFileNumber] as? Int)
        #expect(try String(contentsOfFile: second, encoding: .utf8).hasPrefix("alliance,year,"))
        #expect(try FileManager.default.attributesOfItem(atPath: secret)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: secret, encoding: .utf8).hasPrefix("alliance,year,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func writesToDevicesAndPipesDirectly() throws {
        let folder = try Self.dataFolder()
        // A device, reached through a link so that an old build replacing it cannot harm the machine.
        try FileManager.default.createSymbolicLink(atPath: folder + "/null", withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(atPath: folder + "/full", withDestinationPath: "/dev/full")
        #expect(try Self.metrics(folder, into: folder + "/null").status == 0)
        let full = try Self.metrics(folder, into: folder + "/full")
        #expect(full.status == 1)
        #expect(full.stderr == "\(folder)/full: error: cannot write the file: no space left on the device; free some space or write elsewhere\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/full") == "/dev/full")

        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        #expect(try Self.metrics(folder, into: fifo).status == 0)
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0 && String(decoding: buffer[0..<max(count, 0)], as: UTF8.self).hasPrefix("alliance,year,"))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced by a file")
    }

    @Test func writesToStandardOutputByItsName() throws {
        // /dev/stdout is a link to /proc/self/fd/1, which names an unnamed pipe here.
        let process = Process()
        process.executableURL = TestSupport.productsDirectory.appendingPathComponent("alliance")
        process.arguments = ["metrics", "Graphs/rheinstadt.yaml", "--format", "csv", "-o", "/dev/stdout", "--lang", "en"]
        process.currentDirectoryURL = TestSupport.packageRoot
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: message, as: UTF8.self))")
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("alliance,year,"))
    }

    @Test func aFolderAsTargetIsAClearError() throws {
        let folder = try Self.dataFolder()
        let result = try Self.metrics(folder, into: folder + "/data")
        #expect(result.status == 1)
        #expect(result.stderr == "\(folder)/data: error: is a folder; name a file, e.g. one inside it\n")
        let german = try TestSupport.run("alliance", ["metrics", folder + "/data/", "-o", folder + "/data"])
        #expect(german.stderr == "\(folder)/data: error: ist ein Ordner; nennen Sie eine Datei, z. B. eine darin\n")
    }

    // MARK: - Failed writes

    /// Every command that prints, with its data.
    static let printers: [[String]] = [
        ["show", "Graphs/"], ["classify", "Graphs/"], ["metrics", "Graphs/"], ["diff", "Graphs/rheinstadt.yaml", "--from", "2019", "--to", "2022"],
        ["compare", "Graphs/"], ["vocab"], ["validate", "Graphs/"], ["validate", "Graphs/", "--format", "json"],
    ]

    @Test("a full standard output is an error, not a crash or a silent loss", arguments: printers)
    func fullStandardOutput(command: [String]) throws {
        let result = try TestSupport.run("alliance", command + ["--lang", "en"], stdout: "/dev/full")
        #expect(result.status == 1, "\(command): \(result.stderr)")
        #expect(result.stderr.hasSuffix(
            "error: cannot write to standard output: no space left on the device; free some space or write elsewhere; the output is incomplete\n"),
            "\(command): \(result.stderr)")
        let german = try TestSupport.run("alliance", command, stdout: "/dev/full")
        #expect(german.stderr.contains("error: die Standardausgabe kann nicht geschrieben werden: kein Platz mehr auf dem Datenträger"))
    }

    @Test("a folder no file can be made in (sysfs refuses even root) is a clear error in both languages",
          .enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel")))
    func unwritableFolder() throws {
        let result = try TestSupport.run("alliance", ["metrics", "Graphs/rheinstadt.yaml", "-o", "/sys/alliance-out.csv", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "/sys/alliance-out.csv: error: cannot write the file: permission denied\n")
        let german = try TestSupport.run("alliance", ["metrics", "Graphs/rheinstadt.yaml", "-o", "/sys/alliance-out.csv"])
        #expect(german.stderr == "/sys/alliance-out.csv: error: die Datei kann nicht geschrieben werden: keine Schreibberechtigung\n")
    }

    @Test func aFullStandardErrorDoesNotCrash() throws {
        let result = try TestSupport.run("alliance", ["validate", "no-such-file.yaml"], stderr: "/dev/full")
        #expect(result.status == 1)
    }

    @Test("a file that cannot be written completely is an error and leaves nothing behind",
          arguments: [["metrics", "Graphs/"], ["show", "Graphs/"], ["render", "Graphs/rheinstadt.yaml", "--year", "2021"]])
    func fullDisk(command: [String]) throws {
        let folder = (try TestSupport.temporaryFile("old.txt", "") as NSString).deletingLastPathComponent
        try FileManager.default.removeItem(atPath: folder + "/old.txt")
        let target = folder + "/out.txt"
        let result = try TestSupport.run("alliance", command + ["-o", target, "--lang", "en"], fileSizeBlocks: 1)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(target): error: cannot write the file: File too large"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}
