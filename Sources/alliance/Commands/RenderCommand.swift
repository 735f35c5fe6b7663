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
        discussion: HelpMessage.renderDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance render Graphs/rheinstadt.yaml --year 2021 -o rheinstadt-2021.svg
              alliance render Graphs/rheinstadt.yaml --all-years --format pdf -o poster.pdf
              alliance render Graphs/rheinstadt.yaml --all-years --page a3 --landscape -o poster-a3.pdf
              alliance render Graphs/rheinstadt.yaml --diff 2019 2022 --lang en -o change.png --format png
              alliance render Graphs/rheinstadt.yaml --year 2022 --area migration --area integration -o out/
              alliance render Graphs/ --format svg -o diagrams/
              alliance render Graphs/ --format dot -o dot/
              alliance render Graphs/rheinstadt.yaml --year 2022 --interfaces all -o gaps.svg
              alliance render Graphs/ --mechanisms coded -o coded/
              alliance render Graphs/rheinstadt.yaml --diff 2019 2022 --interfaces all -o d.svg
              alliance render Graphs/rheinstadt.yaml --year 2022 --style Examples/workshop-style.yaml -o workshop.png

            """ + "\n" + HelpMessage.renderMechanismsNote.text(LanguageOption.forHelp)
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "file|folder"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.optionRenderYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Flag(help: ArgumentHelp(HelpMessage.optionAllYears.text(LanguageOption.forHelp)))
    var allYears = false

    @Option(parsing: .upToNextOption, help: ArgumentHelp(HelpMessage.optionDiff.text(LanguageOption.forHelp), valueName: "year1 year2"))
    var diff: [Int] = []

    @Option(help: ArgumentHelp(HelpMessage.optionRenderFormat.text(LanguageOption.forHelp)))
    var format: RenderFormat?

    @Option(help: ArgumentHelp(HelpMessage.optionLayout.text(LanguageOption.forHelp)))
    var layout: LayoutEngine?

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption
    @OptionGroup var style: StyleOption

    @Option(help: ArgumentHelp(HelpMessage.optionArea.text(LanguageOption.forHelp), valueName: "area"))
    var area: [PolicyArea] = []

    @Option(name: .customLong("relation-format"),
            help: ArgumentHelp(HelpMessage.optionRelationFormat.text(LanguageOption.forHelp), valueName: "format"))
    var relationFormat: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.optionMechanismFilter.text(LanguageOption.forHelp),
                               valueName: "mechanism"))
    var mechanism: [Mechanism] = []

    @OptionGroup var mechanisms: MechanismBasisOption

    @Option(help: ArgumentHelp(HelpMessage.optionActorFilter.text(LanguageOption.forHelp), valueName: "id"))
    var actor: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.optionDepth.text(LanguageOption.forHelp), valueName: "1|2"))
    var depth: Int?

    @Flag(help: ArgumentHelp(HelpMessage.optionNoLegend.text(LanguageOption.forHelp)))
    var noLegend = false

    @Option(help: ArgumentHelp(HelpMessage.optionRenderInterfaces.text(LanguageOption.forHelp),
                               valueName: "which"))
    var interfaces: InterfaceOverlay = .none

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpMessage.optionRenderOutput.text(LanguageOption.forHelp), valueName: "file|folder"))
    var output: String?

    @Option(help: ArgumentHelp(HelpMessage.optionJobs.text(LanguageOption.forHelp)))
    var jobs: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionPage.text(LanguageOption.forHelp), valueName: "a4|a3"))
    var page: String?

    @Flag(help: ArgumentHelp(HelpMessage.optionLandscape.text(LanguageOption.forHelp)))
    var landscape = false

    @Option(name: .customLong("size-by"),
            help: ArgumentHelp(HelpMessage.optionSizeBy.text(LanguageOption.forHelp), valueName: "metric"))
    var sizeBy: String?

    @Flag(help: .hidden)
    var worker = false

    func validate() throws {
        if worker { return }
        func fail(_ message: RenderMessage) -> ValidationError { ValidationError(message.text(language.language)) }
        if paths.isEmpty { throw fail(.noInput) }
        if output == nil { throw fail(.noOutput) }
        if output?.isEmpty == true {
            throw ValidationError(CommandMessage.emptyOutputPath.text(language.language, ["option": "-o", "example": "out/diagrams"]))
        }
        let views = (year != nil ? 1 : 0) + (allYears ? 1 : 0) + (diff.isEmpty ? 0 : 1)
        if views > 1 { throw fail(.oneView) }
        if !diff.isEmpty {
            if diff.count != 2 { throw fail(.diffTwoYears) }
            if diff[0] == diff[1] { throw fail(.diffSameYear) }
        }
        try validatePlausible(years: [year] + diff.map { $0 }, language.language)
        if let jobs, jobs < 1 { throw fail(.jobsAtLeastOne) }
        if let depth {
            if ![1, 2].contains(depth) { throw fail(.depthOneOrTwo) }
            if actor.isEmpty { throw fail(.depthNeedsActor) }
        }
        if interfaces != .none && allYears { throw fail(.interfacesAllYears) }
        try checkFormatAgainstOutput()
        if landscape && page == nil { throw fail(.landscapeNeedsPage) }
        if let sizeBy {
            if DiagramOptions.sizeMetric(sizeBy) == nil {
                throw ValidationError(RenderMessage.sizeByUnknown.text(language.language, [
                    "metric": .text(sizeBy), "allowed": .list(DiagramOptions.sizeMetrics.map { .text($0) })]))
            }
            if allYears { throw fail(.sizeByAllYears) }
        }
        _ = try paper()
        if page != nil, outputFormat == .dot {
            throw ValidationError(RenderMessage.pageNeedsDrawing.text(language.language, ["format": .text(outputFormat.rawValue)]))
        }
    }

    /// The sheet of `--page` and `--landscape`, or `nil` without `--page`.
    private func paper() throws -> PaperSize? {
        guard let page else { return nil }
        do {
            return try PaperSize(parsing: page, landscape: landscape)
        } catch {
            throw ValidationError("--page: " + error.message.text(language.language))
        }
    }

    /// Rejects a `--format` that contradicts the extension of the output file (a folder has none).
    private func checkFormatAgainstOutput() throws {
        guard let output, !RenderBatch.Destination.fileOrFolder(output).isFolder else { return }
        let fileExtension = (output as NSString).pathExtension
        if let fileFormat = RenderFormat(fileExtension: fileExtension) {
            if let format, format != fileFormat {
                throw ValidationError(RenderMessage.formatConflict.text(language.language, [
                    "format": .text(format.rawValue), "file": .text(output), "fileFormat": .text(fileFormat.rawValue)]))
            }
        }
    }

    /// Warns when the output file's extension names no format and `--format` is not given: SVG
    /// is written, as before extensions chose the format.
    private func warnIfExtensionNamesNoFormat() {
        guard format == nil, let output, !RenderBatch.Destination.fileOrFolder(output).isFolder else { return }
        let fileExtension = (output as NSString).pathExtension
        guard !fileExtension.isEmpty, RenderFormat(fileExtension: fileExtension) == nil else { return }
        Terminal.error("warning: " + RenderMessage.unknownExtension.text(language.language, [
            "file": .text(output), "extension": .text(fileExtension)]))
    }

    /// The format to write: `--format`, else the output file's extension, else SVG.
    private var outputFormat: RenderFormat {
        if let format { return format }
        if let output, !RenderBatch.Destination.fileOrFolder(output).isFolder, let fileFormat = RenderFormat(outputPath: output) {
            return fileFormat
        }
        return .svg
    }

    func run() throws {
        if worker { throw ExitCode(RenderWorker.run()) }
        // Ctrl-C or a kill stops the workers too: no diagram is written after the command ended.
        RenderWorkerPool.forwardTerminationSignals()
        let start = Date()
        let lang = language.language
        let input = try vocabulary.load(paths: paths, lang)
        let style = try self.style.load(input, lang)
        warnIfExtensionNamesNoFormat()
        let vocabulary = input.vocabulary
        let unknownFormats = relationFormat.filter { vocabulary.format(FormatID($0)) == nil }
        if !unknownFormats.isEmpty {
            Terminal.error(Message(RenderMessage.unknownFormats, ["formats": .list(unknownFormats.map { .text($0) })]), lang)
            throw ExitCode.validationFailure
        }
        let pool = RenderWorkerPool(executable: RenderWorkerPool.currentExecutable, arguments: ["render", "--worker"],
                                    workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        // The layouts the DOT texts need first are done by the workers too, a step of all diagrams at a time.
        let plan = batch(protecting: input.files + self.style.files, style: style)
            .plan(files: input.allianceFiles, loader: AllianceLoader(vocabulary: vocabulary), pool: pool)
        plan.diagnostics.filter { $0.severity == .error }.forEach { Terminal.error($0.text(lang)) }
        if let refusal = plan.refusal {
            Terminal.error(refusal, lang)
            throw ExitCode.validationFailure
        }
        for skipped in plan.skipped {
            Terminal.error(skipped.source + ": note: " + RenderMessage.skipped.text(lang, ["reason": .message(skipped.reason)]))
        }

        let showProgress = Terminal.stderrIsTerminal
        let result = plan.render(with: pool) { progress in
            guard showProgress else { return }
            let mark = (progress.outcome.succeeded ? RenderMessage.progressDone : .progressFailed).text(lang)
            Terminal.progress("\r\u{1B}[K[\(progress.done)/\(progress.total)] \(progress.outcome.name) \(mark)")
        }
        if showProgress, !plan.jobs.isEmpty { Terminal.progress("\r\u{1B}[K") }
        Terminal.error(summary(result, seconds: Date().timeIntervalSince(start)))
        result.notes.forEach { Terminal.error($0.text(lang)) }
        if !result.failures.isEmpty {
            Terminal.error(RenderMessage.failedCount.text(lang, ["count": .int(result.failures.count)]))
            result.failures.forEach { Terminal.error("  " + $0.text(lang)) }
            throw ExitCode.failure
        }
    }

    /// The batch the options describe, never writing over one of `inputs` (every file read).
    private func batch(protecting inputs: [String], style: DiagramStyleSheet) -> RenderBatch {
        let selection: RenderBatch.Selection = if let year { .year(year) }
            else if allYears { .allYears }
            else if diff.count == 2 { .difference(from: diff[0], to: diff[1]) }
            else { .everyYear }
        let filter = DiagramFilter(areas: Set(area), formats: Set(relationFormat.map { FormatID($0) }),
                                   mechanisms: Set(mechanism), actors: Set(actor.map { ActorID($0) }), depth: depth ?? 1)
        // Without --layout, a large diagram is drawn simplified (LargeDiagram); --layout dot draws it all.
        var options = DiagramOptions(language: language.language, engine: layout ?? .dot, filter: filter, showsLegend: !noLegend,
                                     interfaces: interfaces, mechanismBasis: mechanisms.basis, page: try? paper(),
                                     simplifiesLargeDiagrams: layout == nil)
        options.sizeBy = sizeBy
        options.style = style
        return RenderBatch(selection: selection, format: outputFormat, options: options, destination: .fileOrFolder(output!),
                           protectedPaths: inputs)
    }

    /// "Rendered 4 of 5 diagram(s) as svg in 1.20 s with 2 worker processes into out/".
    private func summary(_ result: RenderBatch.Result, seconds: Double) -> String {
        let lang = language.language
        let workers = RenderMessage.counted(result.workers, one: .oneWorker, other: .workers)
        var arguments: [String: MessageArgument] = [
            "written": .int(result.written.count), "planned": .int(result.planned), "format": .text(outputFormat.rawValue),
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
