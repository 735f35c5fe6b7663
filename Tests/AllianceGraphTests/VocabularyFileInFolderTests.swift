import AllianceGraph
import AllianceGraphTestSupport
import Foundation
import Testing

/// A vocabulary file lying among the data is recognised by its content and applied as if it had
/// been given with `--vocabulary` (docs/FORMAT.md, "Adding your own terms"), through the binary.
@Suite("Vocabulary file among the data")
struct VocabularyFileInFolderTests {
    @Test("recognised by content: only vocabulary sections make a vocabulary file")
    func recognition() {
        #expect(VocabularyFileReader.isVocabularyFile(text: UserVocabularyFixture.vocabularyFile))
        #expect(VocabularyFileReader.isVocabularyFile(text: #"{"formats": [{"id": "x", "de": "X", "en": "X"}]}"#))
        #expect(!VocabularyFileReader.isVocabularyFile(text: UserVocabularyFixture.allianceFile))
        #expect(!VocabularyFileReader.isVocabularyFile(text: "id: a\nformats: []\n"))
        #expect(!VocabularyFileReader.isVocabularyFile(text: "formats: [\n"))
        #expect(!VocabularyFileReader.isVocabularyFile(text: ""))
    }

    @Test("validate: the folder's vocabulary file is checked and applied, not read as a broken alliance")
    func validate() throws {
        let folder = try UserVocabularyFixture.dataFolder()
        let output = try TestSupport.run("alliance", ["validate", folder, "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "2 files checked: 0 errors, 0 warnings\n")
        #expect(output.stderr.isEmpty)
        // Named directly, it counts the same.
        let named = try TestSupport.run("alliance", ["validate", folder + "/terms.yaml", folder + "/wortstadt.yaml", "--lang", "en"])
        #expect(named.status == 0, "\(named.stderr)")
        // Without it, the alliance's terms are unknown: the test depends on the file being applied.
        let alone = try TestSupport.run("alliance", ["validate", folder + "/wortstadt.yaml", "--lang", "en"])
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("unknown actor kind 'language_cafe'"))
    }

    @Test("every command applies it: labels, layers and diagrams use its terms",
          arguments: [
              (["show", "FOLDER"], "Hospitation"),
              (["show", "FOLDER", "--lang", "en"], "Language café"),
              (["metrics", "FOLDER", "--layer", "job_shadowing", "--format", "csv"], "wortstadt"),
              (["classify", "FOLDER", "--format", "json"], "Führerschein"),
              (["compare", "FOLDER", "--table", "trends", "--indicator", "format:job_shadowing"], "Hospitation"),
              (["diff", "FOLDER", "--from", "2021", "--to", "2022", "--layer", "job_shadowing"], "wortstadt"),
              (["render", "FOLDER", "--year", "2022", "--format", "dot", "-o", "OUT"], "Hospitation"),
          ])
    func commands(arguments: [String], expected: String) throws {
        let folder = try UserVocabularyFixture.dataFolder()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ag-\(UUID().uuidString).dot").path
        let output = try TestSupport.run("alliance", arguments.map { $0 == "FOLDER" ? folder : $0 == "OUT" ? out : $0 })
        #expect(output.status == 0, "\(output.stderr)")
        let result = arguments.contains("OUT") ? try String(contentsOfFile: out, encoding: .utf8) : output.stdout
        #expect(result.contains(expected), "\(result)")
        #expect(!output.stderr.contains("error"), "\(output.stderr)")
    }

    @Test("a folder holding only vocabulary files holds no alliance files; a vocabulary file named alone is checked")
    func onlyVocabulary() throws {
        let path = try TemporaryFile.write("terms.yaml", UserVocabularyFixture.vocabularyFile)
        let folder = (path as NSString).deletingLastPathComponent
        for command in [["validate"], ["show"], ["metrics"], ["render", "-o", folder + "/out/"]] {
            let output = try TestSupport.run("alliance", [command[0], folder, "--lang", "en"] + command.dropFirst())
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr.hasPrefix("\(folder): error: "), "\(command): \(output.stderr)")
        }
        let named = try TestSupport.run("alliance", ["validate", path, "--lang", "en"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == "1 file checked: 0 errors, 0 warnings\n")
    }

    @Test("its problems are reported with file, line and column, and the command fails")
    func problems() throws {
        let broken = "formats:\n  - id: y\n"
        let folder = try UserVocabularyFixture.dataFolder(vocabularyName: "broken.yaml", vocabulary: broken)
        let path = folder + "/broken.yaml"
        let validate = try TestSupport.run("alliance", ["validate", folder, "--lang", "en"])
        #expect(validate.status == 1)
        #expect(validate.stderr.contains("\(path):2:5: error: format 'y' needs a label: 'de' (German) and 'en' (English)"),
                "\(validate.stderr)")
        let show = try TestSupport.run("alliance", ["show", folder, "--lang", "en"])
        #expect(show.status == 1)
        #expect(show.stderr.hasPrefix("\(path):2:5: error: format 'y' needs a label"), "\(show.stderr)")
    }
}
