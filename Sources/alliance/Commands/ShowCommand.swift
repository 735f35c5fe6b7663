import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance show`: a readable summary of one alliance, year by year.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Summarise an alliance: actors by policy area, relations by format and mechanism, per year.",
        discussion: """
            Examples:
              alliance show Graphs/rheinstadt.yaml
              alliance show Graphs/rheinstadt.yaml --year 2022 --lang en
              alliance show Graphs/rheinstadt.yaml --format json
            """
    )

    @Argument(help: ArgumentHelp("The alliance file.", valueName: "file"))
    var file: String

    @Option(help: "Show only this year (default: all years of the alliance).")
    var year: Int?

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    @Option(help: "Output: text (default) or json.")
    var format: DataFormat = .text

    func validate() throws {
        try validatePlausible(years: [year])
    }

    func run() throws {
        let vocab = try vocabulary.load(language.language)
        let alliances = try vocabulary.loadAlliances(paths: [file], with: vocab, language.language)
        guard alliances.count == 1, let alliance = alliances.first else {
            Terminal.error("\(file): error: 'show' takes one alliance file; use 'validate' or 'render' for folders")
            throw ExitCode.failure
        }
        if let year, !alliance.years.contains(year) {
            Terminal.error("\(file): error: the alliance covers \(alliance.years.lowerBound)-\(alliance.years.upperBound), not \(year)")
            throw ExitCode.failure
        }
        let summary = AllianceSummary(alliance, years: year.map { [$0] }, language: language.language)
        switch format {
        case .text:
            print(summary.text(language: language.language))
        case .json:
            try printJSON(summary)
        }
    }
}
