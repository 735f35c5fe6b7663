import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance diff`: what changed in one alliance between two years.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Differences between two years of one alliance: actors, relations, changes, metric deltas.",
        discussion: """
            Actors are matched by id. A relation that ends and another that starts
            between the same actors is shown as a change of format, mechanism or
            formalisation. Mechanisms are coded, else inferred from format and
            direction; --mechanisms coded compares coded mechanisms only.

            Examples:
              alliance diff Graphs/rheinstadt.yaml --from 2019 --to 2022
              alliance diff Graphs/rheinstadt.yaml --from 2021 --to 2022 --lang en
              alliance diff Graphs/hafenau.yaml --from 2020 --to 2021 --part metrics
              alliance diff Graphs/rheinstadt.yaml --from 2021 --to 2022 --mechanisms coded
            """
    )

    /// Which part of the difference to print.
    enum Part: String, ExpressibleByArgument, CaseIterable {
        case all, changes, metrics
    }

    @Argument(help: ArgumentHelp("The alliance file.", valueName: "file"))
    var file: String

    @Option(help: "The earlier year.")
    var from: Int

    @Option(help: "The later year.")
    var to: Int

    @Option(help: ArgumentHelp("Relations to include (see 'alliance metrics --help').", valueName: "layer"))
    var layer: String?

    @Option(help: "What to show: all (default), changes, or metrics (deltas). CSV needs changes or metrics.")
    var part: Part = .all

    @OptionGroup var mechanisms: MechanismBasisOption
    @OptionGroup var output: TableOutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try validatePlausible(years: [from, to])
        if from == to { throw ValidationError("--from and --to are the same year; give two different years.") }
        if output.format == .csv && part == .all {
            throw ValidationError("CSV holds one table: add --part changes or --part metrics.")
        }
    }

    func run() throws {
        let vocab = try vocabulary.load(language.language)
        let layer = try parseLayer(self.layer, vocabulary: vocab)
        let alliances = try vocabulary.loadAlliances(paths: [file], with: vocab, language.language)
        guard alliances.count == 1, let alliance = alliances.first else {
            Terminal.error("\(file): error: 'diff' takes one alliance file")
            throw ExitCode.failure
        }
        for y in [from, to] where !alliance.years.contains(y) {
            Terminal.error("\(file): error: the alliance covers \(alliance.years.lowerBound)-\(alliance.years.upperBound), not \(y)")
            throw ExitCode.failure
        }
        let d = YearDifference(alliance, from: from, to: to, layer: layer, mechanisms: mechanisms.basis)
        let l = language.language
        var tables: [(name: String, table: ResultTable)] = []
        if part != .metrics { tables.append(("changes", .differenceChanges(d, language: l))) }
        if part != .changes { tables.append(("metrics", .differenceMetrics(d, language: l))) }
        try output.emit(try output.render(tables))
    }
}
