import AllianceGraph
import AllianceGraphviz
import ArgumentParser
import Foundation

/// `alliance compare`: tables across alliances.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: HelpMessage.compare.text(LanguageOption.forHelp),
        discussion: HelpMessage.compareDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance compare Graphs/
              alliance compare Graphs/ --table composition --year 2019
              alliance compare Graphs/ --table trends --years 2020-2022 --format csv
              alliance compare Graphs/ --table trends --indicator mechanism:positive
              alliance compare Graphs/ --table trends --indicator written_agreements \\
                --chart trends.svg
              alliance compare Graphs/ --table transitions --indicator abh_cooperation
              alliance compare Graphs/ --table ranking --metric mo_betweenness --year 2022
              alliance compare Graphs/ --table ranking --level actor --year 2022 --top 10
              alliance compare Graphs/ --table ranking --level actor --metric degree
              alliance compare Graphs/ --table ranking --level actor --lang en \\
                --metric constraint --ascending --format csv
            """
    )

    /// The kind of comparison table.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case composition, trends, transitions, ranking
    }

    /// What a ranking ranks.
    enum Level: String, ExpressibleByArgument, CaseIterable {
        case network, actor
    }

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp(HelpMessage.optionCompareTable.text(LanguageOption.forHelp)))
    var table: Kind?

    @Option(help: ArgumentHelp(HelpMessage.optionCompareYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionTrendYears.text(LanguageOption.forHelp), valueName: "years"))
    var years: String?

    @Option(help: ArgumentHelp(HelpMessage.optionIndicator.text(LanguageOption.forHelp), valueName: "indicator"))
    var indicator: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.optionLevel.text(LanguageOption.forHelp)))
    var level: Level = .network

    @Option(help: ArgumentHelp(HelpMessage.optionMetric.text(LanguageOption.forHelp, [
        "network": .text(NetworkMetrics.numericMetricNames.joined(separator: ", ")),
        "actor": .text(ActorMetrics.numericMetricNames.joined(separator: ", ")),
    ]), valueName: "metric"))
    var metric: String?

    @Flag(help: ArgumentHelp(HelpMessage.optionAscending.text(LanguageOption.forHelp)))
    var ascending = false

    @Option(help: ArgumentHelp(HelpMessage.optionTop.text(LanguageOption.forHelp), valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionRankingLayer.text(LanguageOption.forHelp), valueName: "layer"))
    var layer: String?

    @Flag(help: ArgumentHelp(HelpMessage.optionIncludeEmpty.text(LanguageOption.forHelp)))
    var includeEmpty = false

    @Option(help: ArgumentHelp(SurveyMessage.optionChart.text(LanguageOption.forHelp), valueName: "file"))
    var chart: String?

    @Flag(help: ArgumentHelp(SurveyMessage.optionByKind.text(LanguageOption.forHelp)))
    var byKind = false

    @OptionGroup var mechanisms: MechanismBasisOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    /// The metrics `--metric` accepts at the chosen level.
    private var metricNames: [String] {
        level == .actor ? ActorMetrics.numericMetricNames : NetworkMetrics.numericMetricNames
    }

    /// The metric to rank by: the one given, else the level's default.
    private var rankingMetric: String { metric ?? (level == .actor ? "betweenness" : "density") }

    func validate() throws {
        let l = language.language
        try output.check(l)
        try validatePlausible(years: [year], l)
        if table != .ranking {
            if level != .network { throw ValidationError(CommandMessage.rankingOnly.text(l, ["option": "--level"])) }
            if metric != nil { throw ValidationError(CommandMessage.rankingOnly.text(l, ["option": "--metric"])) }
            if top != nil { throw ValidationError(CommandMessage.rankingOnly.text(l, ["option": "--top"])) }
        }
        if table == .composition && mechanisms.isGiven {
            throw ValidationError(CommandMessage.mechanismsNotForComposition.text(l))
        }
        if table == .ranking && !metricNames.contains(rankingMetric) {
            throw ValidationError(CommandMessage.unknownMetric.text(l, ["metric": .text(rankingMetric), "level": .text(level.rawValue),
                                                                       "metrics": .text(metricNames.joined(separator: ", "))]))
        }
        if let top, top < 1 { throw ValidationError(CommandMessage.atLeastOne.text(l, ["option": "--top"])) }
        if let chart {
            guard table == .trends || table == .composition else { throw ValidationError(SurveyMessage.chartNeedsTable.text(l)) }
            guard ChartFormat(path: chart) != nil else { throw ValidationError(SurveyMessage.chartFormat.text(l, ["file": .text(chart)])) }
            if chart.isEmpty {
                throw ValidationError(CommandMessage.emptyOutputPath.text(l, ["option": "--chart", "example": "trends.svg"]))
            }
        }
        if byKind && chart == nil { throw ValidationError(SurveyMessage.byKindNeedsChart.text(l)) }
        if let years {
            do { _ = try Period.parse(years) } catch {
                throw ValidationError(CommandMessage.optionProblem.text(l, ["option": "--years", "problem": .message(error.message)]))
            }
        }
    }

    func run() throws {
        let input = try vocabulary.load(paths: paths, language.language)
        let vocab = input.vocabulary
        let panel = try vocabulary.loadPanel(input, language.language)
        let alliances = panel.alliances
        let l = language.language
        let covered = panel.coveredYears
        if let y = year, !covered.contains(y) {
            Terminal.error(Message(CommandMessage.noAllianceCovers, ["year": .text(String(y))]), language.language)
            throw ExitCode.failure
        }
        let requested = try years.map { try Period.parse($0).years(in: 1950...2100) }
        for y in requested ?? [] where !covered.contains(y) {
            Terminal.error(Message(CommandMessage.noAllianceCovers, ["year": .text(String(y))]), language.language)
            throw ExitCode.failure
        }
        let known = panel.indicators
        var chosen: [Indicator] = []
        for text in indicator {
            guard let found = Indicator.named(text, among: known) else {
                Terminal.error(Message(CommandMessage.unknownIndicator, [
                    "indicator": .text(text), "suggestion": Suggestion.phrase(for: text, in: known.map(\.id.rawValue)),
                    "known": .text(known.map(\.id.rawValue).joined(separator: ", "))]), l)
                throw ExitCode.validationFailure
            }
            chosen.append(found)
        }
        if chosen.isEmpty { chosen = panel.defaultTrendIndicators }
        let allYears = alliances.flatMap { Array($0.years) }
        func trendYears() -> [Int] { requested ?? panel.defaultTrendYears(for: chosen) }
        func compositionTable() -> CompositionTable {
            let y = year ?? allYears.max() ?? 2019
            return AllianceComparison.composition(panel, year: y, vocabulary: vocab, includeEmpty: includeEmpty)
        }
        func composition() -> ResultTable { .composition(compositionTable(), language: l, vocabulary: vocab) }
        func trendCells() -> [TrendCell] {
            AllianceComparison.trends(panel, years: trendYears(), indicators: chosen, mechanisms: mechanisms.basis)
        }
        func trends() -> ResultTable { .trends(trendCells(), indicators: chosen, language: l, vocabulary: vocab) }
        let result: ResultTable
        switch table {
        case nil:
            try output.emit(TableDocument(tables: [composition(), trends()]), inputs: input.files, language.language)
            return
        case .composition:
            result = composition()
            if let chart { try drawChart(.composition(compositionTable(), vocabulary: vocab, byKind: byKind), to: chart, inputs: input.files) }
        case .trends:
            let cells = trendCells()
            result = .trends(cells, indicators: chosen, language: l, vocabulary: vocab)
            if let chart {
                let kinds = byKind ? AllianceKind.allCases.map { kind in
                    (kind, AllianceComparison.trends(panel.restricted(to: kind), years: trendYears(), indicators: chosen,
                                                     mechanisms: mechanisms.basis))
                } : []
                try drawChart(.trends(cells, indicators: chosen, vocabulary: vocab, byKind: kinds), to: chart, inputs: input.files)
            }
        case .transitions:
            result = .transitions(AllianceComparison.transitions(panel, years: trendYears(), indicators: chosen, mechanisms: mechanisms.basis),
                                  indicators: chosen, language: l, vocabulary: vocab)
        case .ranking:
            let layer = try parseLayer(self.layer, vocabulary: vocab, language.language)
            var projections: [NetworkProjection] = []
            for a in alliances {
                for y in (year.map { [$0] } ?? Array(a.years)) where a.years.contains(y) {
                    projections.append(NetworkProjection(a.snapshot(year: y), layer: layer, mechanisms: mechanisms.basis))
                }
            }
            try refuseOversizedMetrics(projections, l)
            let metrics = projections.map { $0.metrics() }
            let m = rankingMetric
            switch level {
            case .network:
                result = .ranking(AllianceComparison.ranking(metrics, by: m, ascending: ascending, top: top), metric: m, language: l)
            case .actor:
                result = .actorRanking(AllianceComparison.actorRanking(metrics, by: m, ascending: ascending, top: top),
                                       metric: m, language: l, vocabulary: vocab)
            }
        }
        try output.emit(TableDocument(tables: [result]), inputs: input.files, language.language)
    }

    /// Draws `chart` into the file `path` (its ending says the format), never over an input.
    private func drawChart(_ chart: Chart, to path: String, inputs: [String]) throws {
        let l = language.language
        guard let format = ChartFormat(path: path) else { throw ExitCode.validationFailure }
        let data: Data
        do {
            data = try ChartRenderer.render(chart, format: format, language: l)
        } catch {
            Terminal.error(Message(SurveyMessage.chartCannotWrite, ["reason": .text(error.description)]), l)
            throw ExitCode.failure
        }
        do {
            try AtomicFile.write(data, to: path, protecting: inputs)
        } catch {
            Terminal.error(error.text(l))
            throw ExitCode.failure
        }
    }
}
