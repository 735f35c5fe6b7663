import AllianceGraph
import AllianceGraphviz
import ArgumentParser
import Foundation

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension PolicyArea: ExpressibleByArgument {}
extension Mechanism: ExpressibleByArgument {}
extension InterfaceOverlay: ExpressibleByArgument {}

/// `alliance render`: Graphviz diagrams of alliances, rendered in-process, in parallel worker
/// processes for many diagrams.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: HelpMessage.render.text(LanguageOption.forHelp),
        discussion: """
            Without --year, --all-years or --diff every year of every alliance is drawn, one file each. \
            Files are named <alliance>-<year>.<format>, <alliance>-<first>-<last>.<format> (all years) \
            or <alliance>-diff-<year1>-<year2>.<format>. When exactly one diagram results and -o does \
            not name an existing folder (or end in /), -o is the file to write.

            Many diagrams are rendered in parallel by worker processes (one per core, see --jobs). \
            A failing diagram is reported and the others are still drawn; the exit status is 0 only \
            if all succeeded. Progress is shown when standard error is a terminal.

            Examples:
              alliance render Graphs/rheinstadt.yaml --year 2021 -o rheinstadt-2021.svg
              alliance render Graphs/rheinstadt.yaml --all-years --format pdf -o poster.pdf
              alliance render Graphs/rheinstadt.yaml --diff 2019 2022 --lang en -o change.png --format png
              alliance render Graphs/rheinstadt.yaml --year 2022 --area migration --area integration -o out/
              alliance render Graphs/ --format svg -o diagrams/
              alliance render Graphs/ --format dot -o dot/
              alliance render Graphs/rheinstadt.yaml --year 2022 --interfaces all -o gaps.svg
              alliance render Graphs/ --mechanisms coded -o coded/
              alliance render Graphs/rheinstadt.yaml --diff 2019 2022 --interfaces all -o d.svg

            By default (--mechanisms effective, as in every command) a relation without a coded \
            mechanism is drawn with the mechanism inferred from format and direction (as 'alliance \
            classify' and the metrics do), as a thinner, lighter line marked "inferred, not coded" in \
            the legend; --mechanism and --diff use that basis too. --mechanisms coded draws such \
            relations as "not coded".
            """
    )

    @Argument(help: ArgumentHelp("Alliance files or folders.", valueName: "file|folder"))
    var paths: [String] = []

    @Option(help: "Draw only this year.")
    var year: Int?

    @Flag(help: "Draw all years of each alliance side by side, each actor in the same place.")
    var allYears = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Draw the change between two years.", valueName: "year1 year2"))
    var diff: [Int] = []

    @Option(help: "Output format.")
    var format: RenderFormat = .svg

    @Option(help: "Layout engine (dot draws policy-area clusters; fdp too).")
    var layout: LayoutEngine = .dot

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    @Option(help: ArgumentHelp("Keep only actors of this policy area (repeatable).", valueName: "area"))
    var area: [PolicyArea] = []

    @Option(name: .customLong("relation-format"),
            help: ArgumentHelp("Keep only relations of this format id, e.g. case_conference (repeatable).", valueName: "format"))
    var relationFormat: [String] = []

    @Option(help: ArgumentHelp("Keep only relations with this mechanism, on the basis of --mechanisms (repeatable).",
                               valueName: "mechanism"))
    var mechanism: [Mechanism] = []

    @OptionGroup var mechanisms: MechanismBasisOption

    @Option(help: ArgumentHelp("Keep only this actor (by id), its relations and partners (repeatable).", valueName: "id"))
    var actor: [String] = []

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(help: ArgumentHelp("With --year or --diff: draw interfaces with type and strategy coverage: none (default), coded, or all (coded and discovered); see 'alliance classify'. With --diff: those of the later year, marking changes of coverage.",
                               valueName: "which"))
    var interfaces: InterfaceOverlay = .none

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or folder for several diagrams.", valueName: "file|folder"))
    var output: String?

    @Option(help: "Number of worker processes (default: number of cores).")
    var jobs: Int?

    @Flag(help: .hidden)
    var worker = false

    func validate() throws {
        if worker { return }
        func fail(_ message: RenderMessage) -> ValidationError { ValidationError(message.text(language.language)) }
        if paths.isEmpty { throw fail(.noInput) }
        if output == nil { throw fail(.noOutput) }
        let views = (year != nil ? 1 : 0) + (allYears ? 1 : 0) + (diff.isEmpty ? 0 : 1)
        if views > 1 { throw fail(.oneView) }
        if !diff.isEmpty {
            if diff.count != 2 { throw fail(.diffTwoYears) }
            if diff[0] == diff[1] { throw fail(.diffSameYear) }
        }
        try validatePlausible(years: [year] + diff.map { $0 }, language.language)
        if let jobs, jobs < 1 { throw fail(.jobsAtLeastOne) }
        if interfaces != .none && allYears { throw fail(.interfacesAllYears) }
    }

    func run() throws {
        if worker { throw ExitCode(RenderWorker.run()) }
        let start = Date()
        let lang = language.language
        let input = try vocabulary.load(paths: paths, lang)
        let vocabulary = input.vocabulary
        let unknownFormats = relationFormat.filter { vocabulary.format(FormatID($0)) == nil }
        if !unknownFormats.isEmpty {
            Terminal.error(Message(RenderMessage.unknownFormats, ["formats": .list(unknownFormats.map { .text($0) })]), lang)
            throw ExitCode.validationFailure
        }
        let plan = batch.plan(files: input.allianceFiles, loader: AllianceLoader(vocabulary: vocabulary))
        plan.diagnostics.filter { $0.severity == .error }.forEach { Terminal.error($0.text(lang)) }

        let pool = RenderWorkerPool(executable: RenderWorkerPool.currentExecutable, arguments: ["render", "--worker"],
                                    workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let showProgress = Terminal.stderrIsTerminal
        let result = plan.render(with: pool) { progress in
            guard showProgress else { return }
            let mark = (progress.outcome.succeeded ? RenderMessage.progressDone : .progressFailed).text(lang)
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(progress.done)/\(progress.total)] \(progress.outcome.name) \(mark)".utf8))
        }
        if showProgress, !plan.jobs.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        Terminal.error(summary(result, seconds: Date().timeIntervalSince(start)))
        if !result.failures.isEmpty {
            Terminal.error(RenderMessage.failedCount.text(lang, ["count": .int(result.failures.count)]))
            result.failures.forEach { Terminal.error("  " + $0.text(lang)) }
            throw ExitCode.failure
        }
    }

    /// The batch the options describe.
    private var batch: RenderBatch {
        let selection: RenderBatch.Selection = if let year { .year(year) }
            else if allYears { .allYears }
            else if diff.count == 2 { .difference(from: diff[0], to: diff[1]) }
            else { .everyYear }
        let filter = DiagramFilter(areas: Set(area), formats: Set(relationFormat.map { FormatID($0) }),
                                   mechanisms: Set(mechanism), actors: Set(actor.map { ActorID($0) }))
        let options = DiagramOptions(language: language.language, engine: layout, filter: filter, showsLegend: !noLegend,
                                     interfaces: interfaces, mechanismBasis: mechanisms.basis)
        return RenderBatch(selection: selection, format: format, options: options, destination: .fileOrFolder(output!))
    }

    /// "Rendered 4 of 5 diagram(s) as svg in 1.20 s with 2 worker processes into out/".
    private func summary(_ result: RenderBatch.Result, seconds: Double) -> String {
        let lang = language.language
        let workers = RenderMessage.counted(result.workers, one: .oneWorker, other: .workers)
        var arguments: [String: MessageArgument] = [
            "written": .int(result.written.count), "planned": .int(result.planned), "format": .text(format.rawValue),
            "seconds": .text(String(format: "%.2f", seconds)), "workers": .message(workers),
        ]
        let written = result.written.count
        if let file = result.file, written == 1 {
            arguments["file"] = .text(file)
            return RenderMessage.summaryFile.text(lang, arguments)
        }
        if written > 0 {
            arguments["folder"] = .text(output!)
            return RenderMessage.summaryFolder.text(lang, arguments)
        }
        return RenderMessage.summary.text(lang, arguments)
    }
}
