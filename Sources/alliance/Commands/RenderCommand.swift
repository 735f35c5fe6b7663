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
        abstract: "Draw alliance diagrams: one year, all years side by side, or the change between two years.",
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
        if paths.isEmpty { throw ValidationError("Name at least one alliance file or folder.") }
        if output == nil { throw ValidationError("Name the output file or folder with -o.") }
        let views = (year != nil ? 1 : 0) + (allYears ? 1 : 0) + (diff.isEmpty ? 0 : 1)
        if views > 1 { throw ValidationError("Choose only one of --year, --all-years and --diff.") }
        if !diff.isEmpty {
            if diff.count != 2 { throw ValidationError("--diff takes two years, e.g. --diff 2019 2022.") }
            if diff[0] == diff[1] { throw ValidationError("--diff needs two different years.") }
        }
        try validatePlausible(years: [year] + diff.map { $0 })
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if interfaces != .none && allYears {
            throw ValidationError("--interfaces draws on single-year and --diff diagrams, not with --all-years.")
        }
    }

    func run() throws {
        if worker { throw ExitCode(RenderWorker.run()) }
        let start = Date()
        let vocabulary = try vocabulary.load(language.language)
        let unknownFormats = relationFormat.filter { vocabulary.format(FormatID($0)) == nil }
        if !unknownFormats.isEmpty {
            Terminal.error("error: unknown relation format(s): \(unknownFormats.joined(separator: ", ")); "
                           + "'alliance vocab' lists the formats")
            throw ExitCode.validationFailure
        }
        let inputs: [String]
        do {
            inputs = try AllianceLoader.expand(paths: paths, excluding: Set(self.vocabulary.files))
        } catch {
            Terminal.error(error.text(language.language))
            throw ExitCode.failure
        }
        // Read the files and build the DOT texts on all cores (pure Swift, no Graphviz except
        // the shared layout of --all-years, which the library serialises).
        let options = DiagramOptions(language: language.language, engine: layout, filter: filter, showsLegend: !noLegend,
                                     interfaces: interfaces, mechanismBasis: mechanisms.basis)
        let prepared = PreparedFiles(count: inputs.count)
        let loader = AllianceLoader(vocabulary: vocabulary)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            prepared.set(index, prepare(file: inputs[index], loader: loader, options: options))
        }
        var failures: [String] = []
        var diagrams: [(name: String, dot: String, engine: LayoutEngine)] = []
        for file in prepared.all {
            file.diagnostics.forEach { Terminal.error($0) }
            failures += file.failures
            diagrams += file.diagrams
        }

        let destination = output!
        let single = diagrams.count == 1 && failures.isEmpty && !destination.hasSuffix("/") && !isDirectory(destination)
        let renderJobs = diagrams.map { diagram in
            RenderJob(name: diagram.name, dot: diagram.dot, format: format, engine: diagram.engine,
                      output: single ? destination
                        : URL(fileURLWithPath: destination).appendingPathComponent(diagram.name + "." + format.fileExtension).path,
                      protectedPaths: inputs)
        }
        let planned = renderJobs.count + failures.count

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
        var summary = "Rendered \(written) of \(planned) "
            + "diagram(s) as \(format.rawValue) in \(seconds) s with \(workerText)"
        summary += single && written == 1 ? ": \(destination)" : (written > 0 ? " into \(destination)" : "")
        Terminal.error(summary)
        if !failures.isEmpty {
            Terminal.error("\(failures.count) failed:")
            failures.forEach { Terminal.error("  " + $0) }
            throw ExitCode.failure
        }
    }

    /// One input file read and turned into DOT texts.
    private struct PreparedFile: Sendable {
        var diagnostics: [String] = []
        var failures: [String] = []
        var diagrams: [(name: String, dot: String, engine: LayoutEngine)] = []
    }

    /// Prepared files collected from several threads.
    private final class PreparedFiles: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [PreparedFile?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ file: PreparedFile) {
            lock.lock()
            slots[index] = file
            lock.unlock()
        }
        var all: [PreparedFile] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }

    private func prepare(file: String, loader: AllianceLoader, options: DiagramOptions) -> PreparedFile {
        var prepared = PreparedFile()
        let result = loader.load(path: file)
        prepared.diagnostics = result.diagnostics.filter { $0.severity == .error }.map { $0.text(language.language) }
        guard let alliance = result.validAlliance else {
            prepared.failures.append("\(file): not rendered: the file has errors ('alliance validate' lists them)")
            return prepared
        }
        let unknownActors = actor.filter { alliance.actor(ActorID($0)) == nil }
        if !unknownActors.isEmpty {
            prepared.failures.append("\(file): no actor with id \(unknownActors.joined(separator: ", ")) in this alliance")
            return prepared
        }
        for kind in kinds(for: alliance, file: file, failures: &prepared.failures) {
            let diagram = Diagram(alliance: alliance, kind: kind, options: options)
            do {
                prepared.diagrams.append((diagram.baseName, try diagram.dotText(), diagram.engine))
            } catch {
                prepared.failures.append("\(file): \(diagram.baseName): \(error)")
            }
        }
        return prepared
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
