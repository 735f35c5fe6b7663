import AllianceGraph
import AllianceGraphviz
import ArgumentParser
import Foundation

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension PolicyArea: ExpressibleByArgument {}
extension Mechanism: ExpressibleByArgument {}

/// `alliance render`: Graphviz diagrams of alliances, rendered in-process, in parallel worker
/// processes for many diagrams.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw alliance diagrams: one year, all years side by side, or the change between two years.",
        discussion: """
            Without --year, --all-years or --diff every year of every alliance is drawn, one file each.
            Files are named <alliance>-<year>.<format>, <alliance>-<first>-<last>.<format> (all years)
            or <alliance>-diff-<year1>-<year2>.<format>. When exactly one diagram results and -o does
            not name an existing folder (or end in /), -o is the file to write.

            Many diagrams are rendered in parallel by worker processes (one per core, see --jobs).
            A failing diagram is reported and the others are still drawn; the exit status is 0 only
            if all succeeded. Progress is shown when standard error is a terminal.

            Examples:
              alliance render Graphs/rheinstadt.yaml --year 2021 -o rheinstadt-2021.svg
              alliance render Graphs/rheinstadt.yaml --all-years --format pdf -o poster.pdf
              alliance render Graphs/rheinstadt.yaml --diff 2019 2022 --lang en -o change.png --format png
              alliance render Graphs/rheinstadt.yaml --year 2022 --area migration --area integration -o out/
              alliance render Graphs/ --format svg -o diagrams/
              alliance render Graphs/ --format dot -o dot/
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

    @Option(help: "Output format: svg (default), png, pdf or dot.")
    var format: RenderFormat = .svg

    @Option(help: "Layout engine: dot (default), neato, fdp, sfdp or circo.")
    var layout: LayoutEngine = .dot

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    @Option(help: ArgumentHelp("Keep only actors of this policy area (repeatable): "
                               + PolicyArea.allCases.map(\.rawValue).joined(separator: ", ") + ".", valueName: "area"))
    var area: [PolicyArea] = []

    @Option(name: .customLong("relation-format"),
            help: ArgumentHelp("Keep only relations of this format id, e.g. case_conference (repeatable).", valueName: "format"))
    var relationFormat: [String] = []

    @Option(help: ArgumentHelp("Keep only relations coded with this mechanism (repeatable): exchange, intervention, negative, positive.",
                               valueName: "mechanism"))
    var mechanism: [Mechanism] = []

    @Option(help: ArgumentHelp("Keep only this actor (by id), its relations and partners (repeatable).", valueName: "id"))
    var actor: [String] = []

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or folder for several diagrams.", valueName: "file|folder"))
    var output: String?

    @Option(help: "Number of worker processes (default: number of cores).")
    var jobs: Int?

    @Flag(help: .hidden)
    var worker = false

    func validate() throws {
        if worker { return }
        if paths.isEmpty { throw ValidationError("Name at least one alliance file or folder.") }
        if output == nil { throw ValidationError("Name the output file or folder with -o.") }
        let views = (year != nil ? 1 : 0) + (allYears ? 1 : 0) + (diff.isEmpty ? 0 : 1)
        if views > 1 { throw ValidationError("Choose only one of --year, --all-years and --diff.") }
        if !diff.isEmpty {
            if diff.count != 2 { throw ValidationError("--diff takes two years, e.g. --diff 2019 2022.") }
            if diff[0] == diff[1] { throw ValidationError("--diff needs two different years.") }
        }
        for value in [year].compactMap({ $0 }) + diff where !PeriodSyntaxError.plausibleYears.contains(value) {
            throw ValidationError("\(value) is not a plausible year; give one such as 2021.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        if worker { throw ExitCode(RenderWorker.run()) }
        let start = Date()
        let vocabulary = try vocabulary.load()
        let inputs: [String]
        do {
            inputs = try AllianceLoader.expand(paths: paths, excluding: Set(self.vocabulary.files))
        } catch {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
        var failures: [String] = []
        var diagrams: [(diagram: Diagram, file: String)] = []
        let options = DiagramOptions(language: language.language, engine: layout, filter: filter, showsLegend: !noLegend)
        for file in inputs {
            let result = AllianceLoader(vocabulary: vocabulary).load(path: file)
            result.diagnostics.filter { $0.severity == .error }.forEach { Terminal.error($0.description) }
            guard let alliance = result.validAlliance else {
                failures.append("\(file): not rendered: the file has errors ('alliance validate' lists them)")
                continue
            }
            for kind in kinds(for: alliance, file: file, failures: &failures) {
                diagrams.append((Diagram(alliance: alliance, kind: kind, options: options, vocabulary: vocabulary), file))
            }
        }

        let destination = output!
        let single = diagrams.count == 1 && !destination.hasSuffix("/") && !isDirectory(destination)
        var renderJobs: [RenderJob] = []
        for (diagram, file) in diagrams {
            let name = diagram.baseName
            let path = single ? destination
                : URL(fileURLWithPath: destination).appendingPathComponent(name + "." + format.fileExtension).path
            do {
                let text = try diagram.dotText()
                renderJobs.append(RenderJob(name: name, dot: text, format: format, engine: diagram.engine,
                                            output: path, protectedPaths: inputs))
            } catch {
                failures.append("\(file): \(name): \(error)")
            }
        }

        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(1, renderJobs.count))
        let showProgress = Terminal.stderrIsTerminal
        let total = renderJobs.count
        let pool = RenderWorkerPool(executable: RenderWorkerPool.currentExecutable,
                                    arguments: ["render", "--worker"], workers: workers)
        let outcomes = pool.run(renderJobs) { outcome, done in
            guard showProgress else { return }
            let mark = outcome.succeeded ? "ok" : "FAILED"
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(outcome.name) \(mark)".utf8))
        }
        if showProgress, total > 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for outcome in outcomes where !outcome.succeeded {
            failures.append("\(outcome.output): \(outcome.error ?? "failed")")
        }
        let written = outcomes.filter(\.succeeded).count
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        let workerText = workers == 1 ? "1 worker process" : "\(workers) worker processes"
        var summary = "Rendered \(written) of \(total + failures.count - outcomes.filter { !$0.succeeded }.count) "
            + "diagram(s) as \(format.rawValue) in \(seconds) s with \(workerText)"
        summary += single && written == 1 ? ": \(destination)" : (written > 0 ? " into \(destination)" : "")
        Terminal.error(summary)
        if !failures.isEmpty {
            Terminal.error("\(failures.count) failed:")
            failures.forEach { Terminal.error("  " + $0) }
            throw ExitCode.failure
        }
    }

    /// The filter given on the command line.
    private var filter: DiagramFilter {
        let formats: [FormatID] = relationFormat.map { FormatID($0) }
        let actors: [ActorID] = actor.map { ActorID($0) }
        return DiagramFilter(areas: Set(area), formats: Set(formats), mechanisms: Set(mechanism), actors: Set(actors))
    }

    /// The diagrams to draw for `alliance`; years it does not cover are reported as failures.
    private func kinds(for alliance: Alliance, file: String, failures: inout [String]) -> [DiagramKind] {
        let span = "\(alliance.years.lowerBound)-\(alliance.years.upperBound)"
        if let year {
            guard alliance.years.contains(year) else {
                failures.append("\(file): the alliance covers \(span), not \(year)")
                return []
            }
            return [.year(year)]
        }
        if allYears { return [.allYears] }
        if diff.count == 2 {
            guard alliance.years.contains(diff[0]), alliance.years.contains(diff[1]) else {
                failures.append("\(file): the alliance covers \(span), not both \(diff[0]) and \(diff[1])")
                return []
            }
            return [.difference(from: diff[0], to: diff[1])]
        }
        return alliance.years.map { .year($0) }
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
