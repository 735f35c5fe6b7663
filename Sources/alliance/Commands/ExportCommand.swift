import AllianceGraph
import ArgumentParser
import Foundation

extension ExportFormat: ExpressibleByArgument {}
extension MultiActorMode: ExpressibleByArgument {}

/// `alliance export`: the alliances as GraphML, GEXF, Kumu JSON or nodes.csv + edges.csv.
/// The work is the library's (``ExportNetwork`` and its writers); this only reads, chooses and writes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: ExportMessage.abstract.text(LanguageOption.forHelp),
        discussion: ExportMessage.discussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance export Graphs/rheinstadt.yaml --format gexf -o rheinstadt.gexf
              alliance export Graphs/rheinstadt.yaml --format graphml --year 2022 -o rheinstadt-2022.graphml
              alliance export Graphs/ --format graphml -o out/graphml
              alliance export Graphs/rheinstadt.yaml --format kumu --lang en -o rheinstadt.kumu.json
              alliance export Graphs/rheinstadt.yaml --format csv --csv excel-de -o out/rheinstadt-csv
              alliance export Graphs/ --format gexf --multi-actor affiliation --mechanisms coded -o out/gexf
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp(ExportMessage.optionFormat.text(LanguageOption.forHelp), valueName: "graphml|gexf|kumu|csv"))
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp(ExportMessage.optionOutput.text(LanguageOption.forHelp), valueName: "file|folder"))
    var output: String?

    @Option(help: ArgumentHelp(ExportMessage.optionYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(name: .customLong("multi-actor"),
            help: ArgumentHelp(ExportMessage.optionMultiActor.text(LanguageOption.forHelp), valueName: "pairs|affiliation"))
    var multiActor: MultiActorMode = .pairs

    @Option(name: .customLong("csv"),
            help: ArgumentHelp(TableMessage.csvOption.text(LanguageOption.forHelp), valueName: "dialect"))
    var csvDialect: CSVDialect?

    @OptionGroup var mechanisms: MechanismBasisOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        let l = language.language
        guard let output else {
            throw ValidationError(ExportMessage.outputRequired.text(l, ["example": .text(format == .csv ? "out/csv" : "alliance.\(format == .kumu ? "kumu.json" : format.rawValue)")]))
        }
        if output.isEmpty {
            throw ValidationError(CommandMessage.emptyOutputPath.text(l, ["option": "--output", "example": "alliance.gexf"]))
        }
        if csvDialect != nil && format != .csv { throw ValidationError(ExportMessage.csvDialectNeedsCSV.text(l)) }
        try validatePlausible(years: [year], l)
    }

    func run() throws {
        let l = language.language
        let input = try vocabulary.load(paths: paths, l)
        let alliances = try vocabulary.loadAlliances(input, l).filter { a in year.map { a.years.contains($0) } ?? true }
        guard !alliances.isEmpty, let output else {
            if let year { Terminal.error(Message(ExportMessage.yearNotCovered, ["year": .text(String(year))]), l) }
            throw ExitCode.failure
        }
        let options = ExportOptions(year: year, mechanisms: mechanisms.basis, multiActor: multiActor, language: l)
        var isDirectory: ObjCBool = false
        let toFolder = alliances.count > 1 || format == .csv
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        var files: [(path: String, text: String)] = []
        for alliance in alliances {
            let network = ExportNetwork(alliance, options: options)
            let base = alliance.id.rawValue + (year.map { "-\($0)" } ?? "")
            let stem = format == .csv ? (alliances.count > 1 ? base + "-" : "") : base
            for file in try format.files(network, stem: stem, dialect: csvDialect ?? .plain) {
                files.append((toFolder ? (output as NSString).appendingPathComponent(file.name) : output, file.text))
            }
        }
        if toFolder {
            do throws(AtomicFile.Reason) {
                try AtomicFile.createFolder(output)
            } catch {
                Terminal.error(AtomicFile.WriteError.failed(output, error).text(l))
                throw ExitCode.failure
            }
        }
        let inputs = AtomicFile.Inputs(input.files)  // looked at once, not once per file written
        for file in files {
            do {
                try AtomicFile.write(file.text, to: file.path, protecting: inputs)
            } catch {
                Terminal.error(error.text(l))
                throw ExitCode.failure
            }
        }
        if Terminal.stderrIsTerminal {
            Terminal.error(ExportMessage.wrote.text(l, ["count": .int(files.count), "path": .text(output)]))
        }
    }
}
