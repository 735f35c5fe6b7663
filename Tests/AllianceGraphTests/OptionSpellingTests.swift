import Foundation
import Testing

/// One spelling per choice: `--mechanisms coded|effective` (default effective) on every command
/// that chooses mechanisms, `--interfaces coded|all` (default all) on classify, and the old
/// `--coded-only` as a hidden alias that warns once. Runs the built binary.
@Suite("Option spellings (--mechanisms, --interfaces, deprecated --coded-only)")
struct OptionSpellingTests {
    static let rheinstadt = TestSupport.graphsFolder.appendingPathComponent("rheinstadt.yaml").path

    /// The commands choosing mechanisms, each with arguments whose output depends on the choice.
    static let mechanismCommands: [[String]] = [
        ["metrics", rheinstadt, "--year", "2022"],
        ["diff", rheinstadt, "--from", "2019", "--to", "2022"],
        ["compare", TestSupport.graphsFolder.path, "--table", "ranking", "--metric", "positive_share"],
    ]

    static let warning = "warning: --coded-only is deprecated; use --mechanisms coded\n"

    @Test("metrics, diff, compare: default = --mechanisms effective ≠ --mechanisms coded = --coded-only, which warns once",
          arguments: mechanismCommands)
    func mechanisms(_ command: [String]) throws {
        let byDefault = try TestSupport.run("alliance", command)
        let effective = try TestSupport.run("alliance", command + ["--mechanisms", "effective"])
        let coded = try TestSupport.run("alliance", command + ["--mechanisms", "coded"])
        let old = try TestSupport.run("alliance", command + ["--coded-only"])
        for output in [byDefault, effective, coded, old] { #expect(output.status == 0, "\(output.stderr)") }
        #expect(byDefault.stdout == effective.stdout)
        #expect(coded.stdout != effective.stdout, "the sample must show the difference")
        #expect(old.stdout == coded.stdout)
        let oldEnglish = try TestSupport.run("alliance", command + ["--coded-only", "--lang", "en"])
        #expect(oldEnglish.stderr == Self.warning, "\(oldEnglish.stderr)")
        #expect(old.stderr == "warning: --coded-only ist veraltet; verwenden Sie --mechanisms coded\n", "\(old.stderr)")
        #expect(coded.stderr.isEmpty && effective.stderr.isEmpty)
        let contradiction = try TestSupport.run("alliance", command + ["--coded-only", "--mechanisms", "effective"])
        #expect(contradiction.status != 0 && contradiction.stderr.contains("--mechanisms"))
    }

    @Test("render: default = --mechanisms effective ≠ coded = --coded-only (warns once)")
    func render() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func dot(_ extra: [String]) throws -> (text: String, stderr: String) {
            let path = folder.appendingPathComponent("\(extra.joined()).dot").path
            let out = try TestSupport.run("alliance", ["render", Self.rheinstadt, "--year", "2022", "--format", "dot", "-o", path] + extra)
            #expect(out.status == 0, "\(out.stderr)")
            return (try String(contentsOfFile: path, encoding: .utf8), out.stderr)
        }
        let byDefault = try dot([]), effective = try dot(["--mechanisms", "effective"])
        let coded = try dot(["--mechanisms", "coded"]), old = try dot(["--coded-only"])
        #expect(byDefault.text == effective.text)
        #expect(byDefault.text.contains("erschlossen"), "inferred mechanisms are drawn by default")
        #expect(coded.text != effective.text && !coded.text.contains("erschlossen"))
        #expect(old.text == coded.text)
        let oldEnglish = try dot(["--coded-only", "--lang", "en"])
        #expect(oldEnglish.stderr.hasPrefix(Self.warning), "\(oldEnglish.stderr)")
        #expect(oldEnglish.stderr.components(separatedBy: "deprecated").count == 2, "one deprecation line")
        #expect(old.stderr.components(separatedBy: "ist veraltet").count == 2, "one deprecation line, in German by default")
    }

    @Test("classify: default = --interfaces all ≠ --interfaces coded = --coded-only, which warns once naming --interfaces coded")
    func interfaces() throws {
        let command = ["classify", Self.rheinstadt, "--format", "json"]
        let byDefault = try TestSupport.run("alliance", command)
        let all = try TestSupport.run("alliance", command + ["--interfaces", "all"])
        let coded = try TestSupport.run("alliance", command + ["--interfaces", "coded"])
        let old = try TestSupport.run("alliance", command + ["--coded-only"])
        for output in [byDefault, all, coded, old] { #expect(output.status == 0, "\(output.stderr)") }
        #expect(byDefault.stdout == all.stdout)
        #expect(coded.stdout != all.stdout, "rheinstadt has discovered interfaces")
        #expect(old.stdout == coded.stdout)
        let oldEnglish = try TestSupport.run("alliance", command + ["--coded-only", "--lang", "en"])
        #expect(oldEnglish.stderr == "warning: --coded-only is deprecated; use --interfaces coded\n", "\(oldEnglish.stderr)")
        #expect(old.stderr == "warning: --coded-only ist veraltet; verwenden Sie --interfaces coded\n", "\(old.stderr)")
        #expect(coded.stderr.isEmpty)
        #expect(try TestSupport.run("alliance", command + ["--coded-only", "--interfaces", "all"]).status != 0)
        #expect(try TestSupport.run("alliance", command + ["--interfaces", "none"]).status != 0)
    }

    @Test("--help names the new spellings with their default and hides --coded-only",
          arguments: ["render", "metrics", "diff", "compare", "classify"])
    func help(_ command: String) throws {
        // Words joined by single spaces: the help wraps its lines.
        let help = try TestSupport.run("alliance", [command, "--help", "--lang", "en"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let german = try TestSupport.run("alliance", [command, "--help"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if command == "classify" {
            #expect(help.contains("--interfaces <coded|all>"))
            #expect(help.contains("all (default"))
            #expect(german.contains("--interfaces <coded|all>") && german.contains("all (Vorgabe"))
        } else {
            #expect(help.contains("--mechanisms <coded|effective>"))
            #expect(help.contains("effective (default"))
            #expect(german.contains("--mechanisms <coded|effective>") && german.contains("effective (Vorgabe"))
        }
        #expect(!help.contains("--coded-only") && !german.contains("--coded-only"))
    }
}
