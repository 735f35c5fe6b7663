import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance compare`: tables across alliances.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare alliances: core-group composition (like Table 2), trends across years, rankings.",
        discussion: """
            --table composition: in how many alliances each actor kind sits in the
            core group, split by alliance kind, with percentages, grouped by policy
            area with area totals (needs --year).

            --table trends: per year, how many alliances have written agreements,
            cooperate with the immigration office, hold case conferences (with the
            ABH). Choose others with --indicator: written, with:KIND, format:ID,
            format:ID+KIND, mechanism:ID.

            --table ranking: alliance-years ranked by a network metric (--metric).

            Examples:
              alliance compare Graphs/ --table composition --year 2019
              alliance compare Graphs/ --table trends --years 2020-2022 --format csv
              alliance compare Graphs/ --table trends --indicator mechanism:positive
              alliance compare Graphs/ --table ranking --metric mo_betweenness --year 2022
            """
    )

    /// The kind of comparison table.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case composition, trends, ranking
    }

    @Argument(help: ArgumentHelp("Alliance files or folders.", valueName: "path"))
    var paths: [String]

    @Option(help: "Which table: composition, trends or ranking.")
    var table: Kind

    @Option(help: "The year (composition: required; ranking: only this year).")
    var year: Int?

    @Option(help: ArgumentHelp("Years for trends, e.g. 2020-2022 (default: all years of the alliances).", valueName: "years"))
    var years: String?

    @Option(help: ArgumentHelp("Trend indicator (repeatable); default: the report's four.", valueName: "indicator"))
    var indicator: [String] = []

    @Option(help: ArgumentHelp("Metric to rank by; one of: \(NetworkMetrics.numericMetricNames.joined(separator: ", ")).",
                               valueName: "metric"))
    var metric: String = "density"

    @Flag(help: "Rank lowest first.")
    var ascending = false

    @Option(help: ArgumentHelp("Relations to include for rankings (see 'alliance metrics --help').", valueName: "layer"))
    var layer: String?

    @Flag(help: "Composition: list actor kinds no alliance has, too.")
    var includeEmpty = false

    @OptionGroup var output: TableOutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        if let year, !PeriodSyntaxError.plausibleYears.contains(year) {
            throw ValidationError("\(year) is not a plausible year; give one such as 2021.")
        }
        if table == .composition && year == nil { throw ValidationError("--table composition needs --year, e.g. --year 2019.") }
        if table == .ranking && !NetworkMetrics.numericMetricNames.contains(metric) {
            throw ValidationError("unknown metric '\(metric)'; choose one of: \(NetworkMetrics.numericMetricNames.joined(separator: ", ")).")
        }
        for i in indicator where TrendIndicator(i) == nil {
            throw ValidationError("unknown indicator '\(i)'; write written, with:KIND, format:ID, format:ID+KIND or mechanism:ID.")
        }
        if let years {
            do { _ = try Period.parse(years) } catch { throw ValidationError("--years: \(error.description)") }
        }
    }

    func run() throws {
        let vocab = try vocabulary.load()
        let alliances = try loadAlliances(paths: paths, vocabulary: vocabulary)
        let l = language.language
        let result: ResultTable
        switch table {
        case .composition:
            let c = AllianceComparison.composition(alliances, year: year!, vocabulary: vocab, includeEmpty: includeEmpty)
            result = .composition(c, language: l, vocabulary: vocab)
        case .trends:
            let all = alliances.flatMap { Array($0.years) }
            let frame = (all.min() ?? 2019)...(all.max() ?? 2019)
            let ys = try years.map { try Period.parse($0).years(in: 1950...2100) } ?? Array(frame)
            let indicators = indicator.isEmpty ? TrendIndicator.reportDefaults : indicator.compactMap(TrendIndicator.init)
            result = .trends(AllianceComparison.trends(alliances, years: ys, indicators: indicators, vocabulary: vocab),
                             language: l, vocabulary: vocab)
        case .ranking:
            let layer = try parseLayer(self.layer, vocabulary: vocab)
            var metrics: [NetworkMetrics] = []
            for a in alliances {
                for y in (year.map { [$0] } ?? Array(a.years)) where a.years.contains(y) {
                    metrics.append(a.snapshot(year: y).metrics(layer: layer, vocabulary: vocab))
                }
            }
            result = .ranking(AllianceComparison.ranking(metrics, by: metric, ascending: ascending), metric: metric, language: l)
        }
        try output.emit(try result.render(output.format))
    }
}
