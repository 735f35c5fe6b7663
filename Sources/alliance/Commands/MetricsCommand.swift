import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance metrics`: network metrics per alliance-year, or per actor.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: HelpMessage.metrics.text(LanguageOption.forHelp),
        discussion: HelpMessage.metricsDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance metrics Graphs/
              alliance metrics Graphs/ --year 2022 --format csv --output metrics-2022.csv
              alliance metrics Graphs/rheinstadt.yaml --year 2021 --actors --lang en
              alliance metrics Graphs/ --actors --format csv --csv excel-de -o actors.csv
              alliance metrics Graphs/ --layer case_conference --format markdown
              alliance metrics Graphs/ --layer mechanism:positive --format json
              alliance metrics Graphs/ --year 2022 --mechanisms coded
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp(HelpMessage.optionMetricsYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionLayer.text(LanguageOption.forHelp),
                               valueName: "layer"))
    var layer: String?

    @Flag(help: ArgumentHelp(HelpMessage.optionActors.text(LanguageOption.forHelp)))
    var actors = false

    @Option(help: ArgumentHelp(HelpMessage.optionWorkers.text(LanguageOption.forHelp), valueName: "n"))
    var workers: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionExportEdges.text(LanguageOption.forHelp),
                               valueName: "folder"))
    var exportEdges: String?

    @OptionGroup var mechanisms: MechanismBasisOption
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try output.check(language.language)
        try validatePlausible(years: [year], language.language)
        if let workers, workers < 1 { throw ValidationError(CommandMessage.atLeastOne.text(language.language, ["option": "--workers"])) }
    }

    func run() throws {
        let input = try vocabulary.load(paths: paths, language.language)
        let vocab = input.vocabulary
        let layer = try parseLayer(self.layer, vocabulary: vocab, language.language)
        let panel = try vocabulary.loadPanel(input, language.language)
        let alliances = panel.alliances
        var projections: [NetworkProjection] = []
        for alliance in alliances {
            let years = year.map { [$0] } ?? Array(alliance.years)
            for y in years where alliance.years.contains(y) {
                projections.append(NetworkProjection(alliance.snapshot(year: y), layer: layer, mechanisms: mechanisms.basis))
            }
        }
        if let y = year, projections.isEmpty {
            Terminal.error(Message(CommandMessage.noAllianceCovers, ["year": .text(String(y))]), language.language)
            throw ExitCode.failure
        }
        try refuseOversizedMetrics(projections, language.language)
        if let exportEdges { try export(projections, to: exportEdges, protecting: input.files) }
        let metrics = projections.map { $0.metrics(workers: workers) }
        let l = language.language
        guard actors else {
            var table = ResultTable.networkMetrics(metrics, language: l)
            // With survey waves (an initiative file, or files saying in which waves they reported),
            // each alliance-year says whether the alliance reported then: its data have a wave behind them.
            if panel.initiative != nil || alliances.contains(where: { $0.reports != nil }) {
                table.columns.append(.init("reported", SurveyMessage.reportedColumn.text(l)))
                for (i, p) in projections.enumerated() {
                    table.rows[i].append(.bool(p.snapshot.alliance.reported(in: p.snapshot.year)))
                }
            }
            try output.emit(TableDocument(tables: [table]), inputs: input.files, language.language)
            return
        }
        let vocabularies = Dictionary(alliances.map { ($0.id.rawValue, $0.vocabulary) }, uniquingKeysWith: { a, _ in a })
        let perYear = metrics.map { ResultTable.actorMetrics($0, language: l, vocabulary: vocabularies[$0.alliance] ?? vocab) }
        let all = ResultTable.concatenating(perYear, name: "actors", title: TableMessage.actorMetricsTitle.text(l))
        try output.emit(TableDocument(tables: all.map { [$0] } ?? [], blocks: perYear.map(TableDocument.Block.table)), inputs: input.files, language.language)
    }

    /// Writes one `.edges.json` file per projection into `folder` (created when missing), never over one of `inputs`.
    private func export(_ projections: [NetworkProjection], to folder: String, protecting inputs: [String]) throws {
        do throws(AtomicFile.Reason) {
            try AtomicFile.createFolder(folder)
        } catch {
            Terminal.error(AtomicFile.WriteError.failed(folder, error).text(language.language))
            throw ExitCode.failure
        }
        for p in projections {
            let name = "\(p.snapshot.alliance.id.rawValue)-\(p.snapshot.year)" + (p.layer == .all ? "" : "-" + p.layer.description.replacingOccurrences(of: ":", with: "-"))
                + (p.mechanismBasis == .coded ? "-coded-only" : "")
            let object: [String: Any] = [
                "name": name, "nodeCount": p.graph.nodeCount,
                "actors": p.actors.map(\.id.rawValue), "groups": p.areaGroups,
                "edges": p.graph.edges.map { [$0.0, $0.1] },
                "layer": p.layer.description, "mechanisms": p.mechanismBasis.rawValue,
                "alliance": p.snapshot.alliance.id.rawValue, "year": p.snapshot.year,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            do {
                try AtomicFile.write(data, to: (folder as NSString).appendingPathComponent(name + ".edges.json"),
                                     protecting: inputs)
            } catch {
                Terminal.error(error.text(language.language))
                throw ExitCode.failure
            }
        }
    }
}
