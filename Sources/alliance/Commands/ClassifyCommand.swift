import AllianceGraph
import ArgumentParser
import Foundation

extension ClassificationTable: ExpressibleByArgument {}

/// `alliance classify`: interface types, coordination mechanisms, strategy coverage and chains.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: HelpMessage.classify.text(LanguageOption.forHelp),
        discussion: HelpMessage.classifyDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance classify Graphs/rheinstadt.yaml
              alliance classify Graphs/ --year 2022 --lang en
              alliance classify Graphs/ --table rates
              alliance classify Graphs/ --format csv --table rates -o rates.csv
              alliance classify Graphs/ --format csv --csv excel-de -o interfaces.csv
              alliance classify Graphs/rheinstadt.yaml --format markdown > out.md
              alliance classify Graphs/rheinstadt.yaml --format json --interfaces coded
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPathsHolding.text(LanguageOption.forHelp), valueName: "file-or-folder"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.optionClassifyYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionClassifyTable.text(LanguageOption.forHelp)))
    var table: ClassificationTable?

    @OptionGroup var interfaces: InterfaceChoiceOption

    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try output.check(language.language)
        if paths.isEmpty {
            throw ValidationError(CommandMessage.nameAPath.text(language.language, ["command": "classify"]))
        }
        try validatePlausible(years: [year], language.language)
    }

    func run() throws {
        let input = try vocabulary.load(paths: paths, language.language)
        let alliances = try vocabulary.loadAlliances(input, language.language)
        if alliances.isEmpty {
            Terminal.error(Message(CommandMessage.noAllianceFiles, ["paths": .text(paths.joined(separator: ", "))]), language.language)
            throw ExitCode.failure
        }
        if let year, !alliances.contains(where: { $0.years.contains(year) }) {
            let ranges = alliances.map { "\($0.id) \($0.years.lowerBound)-\($0.years.upperBound)" }.joined(separator: ", ")
            Terminal.error(Message(CommandMessage.noAllianceCoversRanges, ["year": .text(String(year)), "ranges": .text(ranges)]),
                           language.language)
            throw ExitCode.failure
        }
        let report = ClassificationReport(alliances: alliances, years: year.map { [$0] },
                                          discover: interfaces.discovers)
        let document = report.document(language.language)
        let chosen = table ?? (output.format == .csv ? .interfaces : nil)
        try output.emit(chosen.flatMap { document.only($0.rawValue) } ?? document, inputs: input.files, language.language)
    }
}
