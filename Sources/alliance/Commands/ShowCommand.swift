import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance show`: a readable summary of alliances, year by year.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpMessage.show.text(LanguageOption.forHelp),
        discussion: HelpMessage.showDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance show Graphs/rheinstadt.yaml
              alliance show Graphs/rheinstadt.yaml --year 2022 --lang en
              alliance show Graphs/ --year 2022 --format json
              alliance show Graphs/ --table relations --format csv --csv excel-de -o relations.csv
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp(HelpMessage.optionShowYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionShowTable.text(LanguageOption.forHelp, ["tables": .text(AllianceSummary.tableNames.joined(separator: ", "))]),
                               valueName: "table"))
    var table: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try output.check(language.language)
        try validatePlausible(years: [year], language.language)
        if let table, !AllianceSummary.tableNames.contains(table) {
            throw ValidationError(TableMessage.unknownTable.text(language.language, [
                "table": .text(table), "tables": .text(AllianceSummary.tableNames.joined(separator: ", ")),
            ]))
        }
    }

    func run() throws {
        let input = try vocabulary.load(paths: paths, language.language)
        var alliances = try vocabulary.loadAlliances(input, language.language)
        let l = language.language
        if let year {
            let covering = alliances.filter { $0.years.contains(year) }
            if covering.isEmpty, alliances.count == 1 {
                let range = "\(alliances[0].years.lowerBound)-\(alliances[0].years.upperBound)"
                Terminal.error(Message(CommandMessage.allianceCovers, ["range": .text(range), "year": .text(String(year))]),
                               file: paths[0], language.language)
                throw ExitCode.failure
            } else if covering.isEmpty {
                let ranges = alliances.map { "\($0.id) \($0.years.lowerBound)-\($0.years.upperBound)" }.joined(separator: ", ")
                Terminal.error(Message(CommandMessage.noAllianceCoversRanges, ["year": .text(String(year)), "ranges": .text(ranges)]),
                               language.language)
                throw ExitCode.failure
            }
            alliances = covering
        }
        var document = AllianceSummary.document(alliances, years: year.map { [$0] }, language: l)
        if let table { document = document.only(table)! }
        try output.emit(document, inputs: input.files, l)
    }
}
