import AllianceGraph
import AllianceGraphviz
import ArgumentParser
import Foundation

/// The file formats of `alliance report`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case html, pdf
}

/// `alliance report`: the workshop handout of one alliance or a folder, as one self-contained HTML
/// file or a PDF printed by headless Chromium (``Handout``, ``HandoutDiagrams``, ``ChromiumPrinter``).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HandoutMessage.helpAbstract.text(LanguageOption.forHelp),
        discussion: HandoutMessage.helpDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance report Graphs/rheinstadt.yaml -o rheinstadt.html
              alliance report Graphs/ --years 2019-2022 -o handout.pdf
              alliance report Graphs/ --format pdf --page a3 --lang en -o poster.pdf
              alliance report Graphs/ --keep-going -o handout.html
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPaths.text(LanguageOption.forHelp), valueName: "file|folder"))
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(HandoutMessage.optionOutput.text(LanguageOption.forHelp), valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(HandoutMessage.optionYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(help: ArgumentHelp(HandoutMessage.optionYears.text(LanguageOption.forHelp), valueName: "years"))
    var years: String?

    @Option(help: ArgumentHelp(HandoutMessage.optionFormat.text(LanguageOption.forHelp)))
    var format: ReportFormat?

    @Option(help: ArgumentHelp(HandoutMessage.optionPage.text(LanguageOption.forHelp), valueName: "a4|a3"))
    var page = "a4"

    @Flag(help: ArgumentHelp(HandoutMessage.optionKeepGoing.text(LanguageOption.forHelp)))
    var keepGoing = false

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption
    @OptionGroup var style: StyleOption
    @OptionGroup var mechanisms: MechanismBasisOption

    @Option(help: ArgumentHelp(HelpMessage.optionJobs.text(LanguageOption.forHelp)))
    var jobs: Int?

    func validate() throws {
        let l = language.language
        if paths.isEmpty { throw ValidationError(RenderMessage.noInput.text(l)) }
        guard let output else { throw ValidationError(HandoutMessage.noOutput.text(l)) }
        if output.isEmpty {
            throw ValidationError(CommandMessage.emptyOutputPath.text(l, ["option": "-o", "example": "report.html"]))
        }
        if year != nil && years != nil { throw ValidationError(HandoutMessage.yearsAndYear.text(l)) }
        try validatePlausible(years: [year], l)
        do { _ = try chosenYears() } catch {
            throw ValidationError(CommandMessage.optionProblem.text(l, ["option": "--years", "problem": .message(error.message)]))
        }
        if let jobs, jobs < 1 { throw ValidationError(RenderMessage.jobsAtLeastOne.text(l)) }
        _ = try paper()
        if let format, let named = ReportFormat(rawValue: (output as NSString).pathExtension.lowercased()), named != format {
            throw ValidationError(HandoutMessage.formatConflict.text(l, ["format": .text(format.rawValue), "file": .text(output)]))
        }
    }

    /// The years of `--year` or `--years` (periods separated by commas, e.g. `2019,2021-2022`), ascending;
    /// `nil` when neither is given.
    private func chosenYears() throws(PeriodSyntaxError) -> [Int]? {
        if let year { return [year] }
        guard let years else { return nil }
        var chosen = Set<Int>()
        for part in years.split(separator: ",") {
            chosen.formUnion(try Period.parse(String(part)).years(in: 1950...2100))
        }
        return chosen.sorted()
    }

    /// The sheet of `--page`.
    private func paper() throws -> PaperSize {
        do {
            return try PaperSize(parsing: page)
        } catch {
            throw ValidationError("--page: " + error.message.text(language.language))
        }
    }

    /// `--format`, else the output's extension (`.pdf`), else HTML.
    private var outputFormat: ReportFormat {
        format ?? ReportFormat(rawValue: ((output ?? "") as NSString).pathExtension.lowercased()) ?? .html
    }

    func run() throws {
        RenderWorkerPool.forwardTerminationSignals()
        let start = Date()
        let l = language.language
        let output = output!
        let input = try vocabulary.load(paths: paths, l)
        let style = try self.style.load(input, l)
        let loader = AllianceLoader(vocabulary: input.vocabulary)
        let parsed = input.found.readInitiative(vocabulary: input.vocabulary)
        let results = SurveyValidator.merge(loader.load(paths: input.allianceFiles), initiative: parsed)
        for result in results {
            result.diagnostics.filter { $0.severity != .note }.forEach { Terminal.error($0.text(l)) }
        }
        let invalid = results.filter(\.hasErrors).map(\.file)
        if !invalid.isEmpty {
            guard keepGoing else {
                Terminal.error(Message(HandoutMessage.invalidFilesStop, ["count": .int(invalid.count)]), l)
                throw ExitCode.failure
            }
            Terminal.error("note: " + HandoutMessage.keptGoing.text(l, ["count": .int(invalid.count)]))
        }
        let panel = SurveyPanel(alliances: results.filter { !$0.hasErrors }.compactMap(\.alliance), initiative: parsed?.initiative)
        let chosen = try chosenYears()
        let handout = Handout(panel: panel, years: chosen, language: l, skippedFiles: invalid, mechanisms: mechanisms.basis)
        guard !handout.alliances.isEmpty else {
            if panel.alliances.isEmpty {
                Terminal.error(Message(HandoutMessage.noAlliances), l)
            } else {
                Terminal.error(Message(HandoutMessage.noYearCovered, ["years": .text(years ?? year.map(String.init) ?? "")]), l)
            }
            throw ExitCode.failure
        }
        let pool = RenderWorkerPool(executable: RenderWorkerPool.currentExecutable, arguments: ["render", "--worker"],
                                    workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let drawn = HandoutDiagrams.draw(handout, options: HandoutDiagrams.options(language: l, mechanisms: mechanisms.basis, style: style),
                                         pool: pool)
        for request in handout.diagrams {
            if let reason = drawn.failures[request] {
                Terminal.error("warning: " + HandoutMessage.diagramFailed.text(l, ["reason": .text(reason)]))
            }
        }
        let html = handout.page(svgs: drawn.svgs, failures: drawn.failures, style: PageStyle(paper: try paper())).render()
        let data: Data
        switch outputFormat {
        case .html:
            data = Data(html.utf8)
        case .pdf:
            do {
                data = try ChromiumPrinter.pdf(html: html)
            } catch {
                Terminal.error(error.message, l)
                throw ExitCode.failure
            }
        }
        do {
            try AtomicFile.write(data, to: output, protecting: input.files + self.style.files)
        } catch {
            Terminal.error(error.text(l))
            throw ExitCode.failure
        }
        Terminal.error(HandoutMessage.written.text(l, [
            "file": .text(output), "alliances": .int(handout.alliances.count), "diagrams": .int(drawn.svgs.count),
            "seconds": .text(String(format: "%.2f", Date().timeIntervalSince(start)))]))
    }
}
