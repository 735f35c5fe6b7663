import Foundation
import Testing

/// Issue 15 items 1–3 through the built binary: the file type follows the output's name, a file
/// name never silently becomes a folder, and `--year` over a folder skips alliances without it.
@Suite("alliance render: format, file or folder, skipped years")
struct RenderOutputTests {
    static let sample = RenderCommandTests.sample

    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        try RenderCommandTests().run(arguments)
    }

    func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static let png = Data([0x89, 0x50, 0x4E, 0x47])

    @Test("without --format the extension of -o gives the format: .png is a PNG, .pdf a PDF, .dot DOT, .svg SVG",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func formatFromExtension() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, magic) in [("y.png", Self.png), ("y.PDF", Data("%PDF".utf8)), ("y.dot", Data("digraph".utf8)),
                              ("y.gv", Data("digraph".utf8)), ("y.svg", Data("<?xml".utf8))] {
            let path = folder.appendingPathComponent(name).path
            let result = try run(["render", Self.sample.path, "--year", "2021", "-o", path])
            #expect(result.status == 0, "\(name): \(result.errors)")
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(data.starts(with: magic), "\(name) starts with \(String(decoding: data.prefix(8), as: UTF8.self))")
        }
        // The summary names the format written.
        let summary = try run(["render", Self.sample.path, "--year", "2021", "--lang", "en", "-o",
                               folder.appendingPathComponent("z.pdf").path])
        #expect(summary.errors.contains("diagram(s) as pdf"), "\(summary.errors)")
        // A name without extension, and a folder, keep the default SVG.
        let plain = folder.appendingPathComponent("plain").path
        #expect(try run(["render", Self.sample.path, "--year", "2021", "-o", plain]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: plain)).starts(with: Data("<?xml".utf8)))
    }

    @Test("--format contradicting the extension is an error that writes nothing; an extension naming no format warns",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func formatConflicts() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("y.pdf").path
        let conflict = try run(["render", Self.sample.path, "--year", "2021", "--format", "svg", "--lang", "en", "-o", pdf])
        #expect(conflict.status != 0)
        #expect(conflict.errors.contains("--format svg contradicts -o \(pdf), whose extension means pdf"), "\(conflict.errors)")
        let german = try run(["render", Self.sample.path, "--year", "2021", "--format", "png", "-o", pdf])
        #expect(german.status != 0 && german.errors.contains("--format png passt nicht zu -o \(pdf)"), "\(german.errors)")
        #expect(try files(in: folder).isEmpty)
        // An extension naming no format gets SVG, as before, with a warning.
        let jpg = folder.appendingPathComponent("y.jpg").path
        let unknown = try run(["render", Self.sample.path, "--year", "2021", "--lang", "en", "-o", jpg])
        #expect(unknown.status == 0)
        #expect(unknown.errors.contains("warning: -o \(jpg): the extension .jpg names no format, SVG is written"), "\(unknown.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: jpg)).starts(with: Data("<?xml".utf8)))
        // Agreeing --format and extension, and --format with an extension that names no format, are fine.
        #expect(try run(["render", Self.sample.path, "--year", "2021", "--format", "pdf", "-o", pdf]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))
        #expect(try run(["render", Self.sample.path, "--year", "2021", "--format", "png", "-o", jpg]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: jpg)).starts(with: Self.png))
    }

    @Test("several diagrams into a file name are refused with the folder to write instead; only / or an existing folder is a folder",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func fileNameIsNoFolder() throws {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tf.png").path
        let refused = try run(["render", Self.sample.path, "--lang", "en", "-o", file])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("error: -o \(file): 4 diagrams do not fit in one file; write them into a folder: "
                                        + "-o \(folder.path)/tf/ --format png (a path ending in /)"), "\(refused.errors)")
        #expect(try files(in: folder).isEmpty, "nothing written, no folder tf.png made")
        let german = try run(["render", Self.sample.path, "-o", folder.appendingPathComponent("alle").path])
        #expect(german.status != 0 && german.errors.contains("4 Diagramme passen nicht in eine Datei"), "\(german.errors)")
        #expect(german.errors.contains("-o \(folder.path)/alle/ (ein Pfad mit / am Ende)"), "\(german.errors)")
        #expect(try files(in: folder).isEmpty)

        // A path ending in / is a folder, made if missing; so is an existing folder without the /.
        let made = folder.appendingPathComponent("tf.png").path + "/"
        #expect(try run(["render", Self.sample.path, "--format", "png", "-o", made]).status == 0)
        #expect(try files(in: URL(fileURLWithPath: made)) == (2019...2022).map { "rheinstadt-\($0).png" })
        let existing = folder.appendingPathComponent("existing")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        #expect(try run(["render", Self.sample.path, "--year", "2022", "-o", existing.path]).status == 0)
        #expect(try files(in: existing) == ["rheinstadt-2022.svg"])
    }

    /// A two-year alliance (2023–2024) beside the sample's 2019–2022, in a new folder.
    func mixedFolder() throws -> URL {
        let folder = try RenderCommandTests().temporaryFolder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: input.appendingPathComponent("rheinstadt.yaml"))
        try """
            id: neustadt
            name: Neustadt
            kind: district
            years: 2023-2024
            actors:
              - id: ki
                kind: ki
                managing_office: 2023-2024
              - id: jc
                kind: jobcenter
            relations:
              - id: r
                from: ki
                to: jc
                format: contact_person
                years: 2023-2024

            """.write(to: input.appendingPathComponent("neustadt.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("render FOLDER --year Y skips an alliance not covering Y with a note and exits 0; fails only when none covers Y",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func skipsUncoveredYear() throws {
        let folder = try mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
        let english = try run(["render", input.path, "--year", "2021", "--lang", "en", "-o", output.path + "/"])
        #expect(english.status == 0, "\(english.errors)")
        #expect(english.errors.contains("\(input.path)/neustadt.yaml: note: skipped: the alliance covers 2023-2024, not 2021"),
                "\(english.errors)")
        #expect(english.errors.contains("Rendered 1 of 1 diagram(s)"), "\(english.errors)")
        #expect(!english.errors.contains("failed"), "\(english.errors)")
        #expect(try files(in: output) == ["rheinstadt-2021.svg"])
        let german = try run(["render", input.path, "--year", "2024", "-o", output.path + "/"])
        #expect(german.status == 0, "\(german.errors)")
        #expect(german.errors.contains("rheinstadt.yaml: note: übersprungen: das Bündnis umfasst 2019-2022, nicht 2024"),
                "\(german.errors)")
        // One alliance covering the year, and the others skipped: a file name takes its diagram.
        let single = folder.appendingPathComponent("single.png").path
        #expect(try run(["render", input.path, "--year", "2023", "-o", single]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: single)).starts(with: Self.png))
        // No alliance covers 2030: each is a failure.
        let none = try run(["render", input.path, "--year", "2030", "--lang", "en", "-o", output.path + "/"])
        #expect(none.status != 0)
        #expect(none.errors.contains("2 failed:"), "\(none.errors)")
        #expect(none.errors.contains("neustadt.yaml: the alliance covers 2023-2024, not 2030"), "\(none.errors)")
        #expect(none.errors.contains("rheinstadt.yaml: the alliance covers 2019-2022, not 2030"), "\(none.errors)")
        #expect(!none.errors.contains("note:"), "\(none.errors)")
    }
}
