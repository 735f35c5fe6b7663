import Foundation
import Testing

/// Runs the built `alliance` binary, as users do.
@Suite("alliance render")
struct RenderCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sample = packageRoot.appendingPathComponent("Graphs/rheinstadt.yaml")

    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        let executable: URL = try #require(AllianceBinary.url, "the alliance executable was not built")
        process.executableURL = executable
        process.arguments = arguments
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: folder.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        process.standardError = try FileHandle(forWritingTo: folder)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: folder, encoding: .utf8)) ?? "")
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A new temporary folder holding `yaml` as `alliance.yaml`; the caller removes the folder.
    func temporaryAlliance(_ yaml: String) throws -> (folder: URL, input: URL) {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("alliance.yaml")
        try yaml.write(to: input, atomically: true, encoding: .utf8)
        return (folder, input)
    }

    @Test("a folder renders every alliance-year; a broken file is reported and the rest still drawn",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "Graphs/rheinstadt.yaml is missing"))
    func folderBatch() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: input.appendingPathComponent("rheinstadt.yaml"))
        try "id: [unclosed\n".write(to: input.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)

        let result = try run(["render", input.path, "--jobs", "2", "--lang", "en", "-o", output.path + "/"])
        #expect(result.status != 0, "one file is broken, so the exit status must say so")
        #expect(result.errors.contains("Rendered 4 of 5 diagram(s) as svg"), "\(result.errors)")
        #expect(result.errors.contains("broken.yaml"))
        #expect(result.errors.contains("2 worker processes"))
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == (2019...2022).map { "rheinstadt-\($0).svg" })
        for file in files {
            let svg = try SVG(Data(contentsOf: output.appendingPathComponent(file)))
            #expect(svg.texts.contains("KI Rheinstadt"))
        }
    }

    @Test("single diagrams in every format; DOT output parses with dot",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "Graphs/rheinstadt.yaml is missing"))
    func singleDiagrams() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (format, extra) in [("svg", ["--year", "2021"]), ("png", ["--all-years"]), ("pdf", ["--diff", "2019", "2022"]),
                                ("dot", ["--year", "2020", "--lang", "en", "--layout", "neato"])] {
            let path = folder.appendingPathComponent("d.\(format)").path
            let result = try run(["render", Self.sample.path, "--format", format, "-o", path] + extra)
            #expect(result.status == 0, "\(format): \(result.errors)")
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            switch format {
            case "png": #expect(data.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
            case "pdf": #expect(data.starts(with: Data("%PDF".utf8)))
            case "svg": #expect(try SVG(data).texts.contains("Kooperationslandschaft 2021"))
            default:
                if DotTool.isAvailable {
                    let checked = try DotTool.run(String(decoding: data, as: UTF8.self))
                    #expect(checked.status == 0, "\(checked.errors)")
                    #expect(try SVG(checked.output).texts.contains("Cooperation landscape 2020"))
                }
            }
        }
    }

    @Test("never overwrites an input file; rejects contradictory options",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "Graphs/rheinstadt.yaml is missing"))
    func safety() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("a.yaml")
        try FileManager.default.copyItem(at: Self.sample, to: copy)
        let before = try Data(contentsOf: copy)
        let result = try run(["render", copy.path, "--year", "2021", "--format", "dot", "-o", copy.path, "--lang", "en"])
        #expect(result.status != 0)
        #expect(result.errors.contains("refusing to overwrite an input file"))
        let german = try run(["render", copy.path, "--year", "2021", "--format", "dot", "-o", copy.path])
        #expect(german.status != 0 && german.errors.contains("eine Eingabedatei wird nicht überschrieben"), "\(german.errors)")
        #expect(try Data(contentsOf: copy) == before)
        #expect(try run(["render", copy.path, "--year", "2021", "--all-years", "-o", "x.svg"]).status != 0)
        #expect(try run(["render", copy.path, "--diff", "2021", "-o", "x.svg"]).status != 0)
        let missingYear = try run(["render", copy.path, "--year", "2030", "--lang", "en", "-o", folder.appendingPathComponent("y.svg").path])
        #expect(missingYear.status != 0)
        #expect(missingYear.errors.contains("not 2030"))
        let unknownActor = try run(["render", copy.path, "--year", "2021", "--actor", "nobody", "--lang", "en",
                                    "-o", folder.appendingPathComponent("z.svg").path])
        #expect(unknownActor.status != 0 && unknownActor.errors.contains("no actor with id nobody"))
        let unknownFormat = try run(["render", copy.path, "--relation-format", "fallkonferenz", "--lang", "en", "-o", folder.path])
        #expect(unknownFormat.status != 0 && unknownFormat.errors.contains("unknown relation format"))
    }

    @Test("the summary and failures speak German by default and English with --lang en",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "Graphs/rheinstadt.yaml is missing"))
    func messagesInTheChosenLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("d.dot").path
        let german = try run(["render", Self.sample.path, "--year", "2021", "--format", "dot", "-o", path])
        #expect(german.status == 0)
        #expect(german.errors.hasPrefix("1 von 1 Diagramm(en) als dot in "), "\(german.errors)")
        #expect(german.errors.hasSuffix(" s mit 1 Worker-Prozess gezeichnet: \(path)\n"), "\(german.errors)")
        let english = try run(["render", Self.sample.path, "--year", "2021", "--format", "dot", "--lang", "en", "-o", path])
        #expect(english.errors.hasPrefix("Rendered 1 of 1 diagram(s) as dot in "), "\(english.errors)")
        #expect(english.errors.hasSuffix(" s with 1 worker process: \(path)\n"), "\(english.errors)")
        let missing = try run(["render", Self.sample.path, "--year", "2030", "-o", path])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("1 fehlgeschlagen:\n  \(Self.sample.path): das Bündnis umfasst 2019-2022, nicht 2030"),
                "\(missing.errors)")
    }
}
