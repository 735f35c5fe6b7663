import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance diff`: what changed in one alliance between two years.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: HelpMessage.diff.text(LanguageOption.forHelp),
        discussion: HelpMessage.diffDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance diff Graphs/rheinstadt.yaml --from 2019 --to 2022
              alliance diff Graphs/rheinstadt.yaml --from 2021 --to 2022 --lang en
              alliance diff Graphs/hafenau.yaml --from 2020 --to 2021 --part metrics
              alliance diff Graphs/rheinstadt.yaml --from 2021 --to 2022 --mechanisms coded
              alliance diff Graphs/ --from 2019 --to 2022 --part metrics --format csv
            """
    )

    /// Which part of the difference to print.
    enum Part: String, ExpressibleByArgument, CaseIterable {
        case all, changes, metrics
    }

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp(HelpMessage.optionFromYear.text(LanguageOption.forHelp)))
    var from: Int

    @Option(help: ArgumentHelp(HelpMessage.optionToYear.text(LanguageOption.forHelp)))
    var to: Int

    @Option(help: ArgumentHelp(HelpMessage.optionLayerSee.text(LanguageOption.forHelp), valueName: "layer"))
    var layer: String?

    @Option(help: ArgumentHelp(HelpMessage.optionPart.text(LanguageOption.forHelp)))
    var part: Part = .all

    @OptionGroup var mechanisms: MechanismBasisOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try output.check(language.language)
        try validatePlausible(years: [from, to], language.language)
        if from == to { throw ValidationError(CommandMessage.sameYears.text(language.language)) }
        if output.format == .csv && part == .all {
            throw ValidationError(CommandMessage.csvOneTable.text(language.language))
        }
    }

    func run() throws {
        let input = try vocabulary.load(paths: paths, language.language)
        let vocab = input.vocabulary
        let layer = try parseLayer(self.layer, vocabulary: vocab, language.language)
        let alliances = try vocabulary.loadAlliances(input, language.language)
        let covering = alliances.filter { $0.years.contains(from) && $0.years.contains(to) }
        if covering.isEmpty {
            if alliances.count == 1, let alliance = alliances.first {
                let y = alliance.years.contains(from) ? to : from
                let range = "\(alliance.years.lowerBound)-\(alliance.years.upperBound)"
                Terminal.error(Message(CommandMessage.allianceCovers, ["range": .text(range), "year": .text(String(y))]),
                               file: paths[0], language.language)
            } else {
                Terminal.error("error: " + TableMessage.noAllianceCoversBoth.text(language.language, ["from": .int(from), "to": .int(to)]))
            }
            throw ExitCode.failure
        }
        let l = language.language
        // The difference always includes the metrics of both years.
        try refuseOversizedMetrics(covering.flatMap { alliance in
            [from, to].map { NetworkProjection(alliance.snapshot(year: $0), layer: layer, mechanisms: mechanisms.basis) }
        }, l)
        let differences = covering.map {
            YearDifference($0, from: from, to: to, layer: layer, mechanisms: mechanisms.basis)
        }
        var blocks: [TableDocument.Block] = []
        var changes: [ResultTable] = [], deltas: [ResultTable] = []
        for d in differences {
            if part != .metrics { changes.append(.differenceChanges(d, language: l)); blocks.append(.table(changes.last!)) }
            if part != .changes { deltas.append(.differenceMetrics(d, language: l)); blocks.append(.table(deltas.last!)) }
        }
        let title = "\(from) → \(to)"
        let tables = [ResultTable.concatenating(changes, name: "changes", title: title),
                      ResultTable.concatenating(deltas, name: "metrics", title: title)].compactMap { $0 }
        try output.emit(TableDocument(tables: tables, blocks: blocks), inputs: input.files, choice: "--part", language.language)
    }
}
