import AllianceGraph
import Foundation

/// Many diagrams of many alliances rendered to files in one go: the pipeline behind
/// `alliance render`, for every caller that draws more than one diagram (a web view, a handout).
///
/// A batch is the choice of diagrams and where they go. ``plan(files:loader:pool:)`` (or
/// ``plan(alliances:pool:)`` for alliances already loaded) reads the files and builds the
/// DOT texts on all cores, the layouts they need first done by the pool's workers, a step of all
/// diagrams at a time (``DiagramDrawing``); ``Plan/render(with:progress:)`` then lays them out and
/// writes them with a ``RenderWorkerPool``, since Graphviz cannot be used from several threads of one process.
/// A diagram that cannot be drawn is reported as a ``Failure`` with its reason; the others are
/// still written.
///
/// ```swift
/// let batch = RenderBatch(selection: .everyYear, format: .svg, destination: .folder("diagrams"))
/// let pool = RenderWorkerPool(executable: RenderWorkerPool.currentExecutable,
///                             arguments: ["render", "--worker"], workers: 4)
/// let plan = batch.plan(files: ["Graphs/rheinstadt.yaml"], loader: AllianceLoader(vocabulary: .builtIn), pool: pool)
/// let result = plan.render(with: pool) { progress in
///     print("\(progress.done)/\(progress.total) \(progress.outcome.name)")
/// }
/// result.written    // ["diagrams/rheinstadt-2019.svg", …]
/// result.failures   // what was not drawn, and why
/// ```
///
/// Output files are named after ``Diagram/baseName``: `<alliance>-<year>`, `<alliance>-<first>-<last>`
/// (all years) or `<alliance>-diff-<year1>-<year2>`, with the format's extension.
public struct RenderBatch: Hashable, Sendable {
    /// Which diagrams each alliance gets.
    public enum Selection: Hashable, Sendable {
        /// One diagram per year of the alliance.
        case everyYear
        /// One year; an alliance not covering it is skipped (``Plan/skipped``), unless no alliance
        /// of the batch covers it: then each is a failure.
        case year(Int)
        /// All years side by side.
        case allYears
        /// The change between two years; an alliance not covering both is a failure.
        case difference(from: Int, to: Int)
    }

    /// Where the files go.
    public enum Destination: Hashable, Sendable {
        /// Every diagram into this folder (created if missing), as `<base name>.<extension>`.
        case folder(String)
        /// A folder when the path ends in `/` or is an existing folder, else this one file (as
        /// `alliance render -o` does). A file takes one diagram: a batch of several is refused
        /// (``Plan/refusal``), saying which folder to write instead.
        case fileOrFolder(String)

        /// The path given.
        public var path: String {
            switch self {
            case .folder(let path), .fileOrFolder(let path): path
            }
        }

        /// Whether the diagrams go into a folder: always for ``folder(_:)``; for
        /// ``fileOrFolder(_:)`` when the path ends in `/` or names an existing folder.
        public var isFolder: Bool {
            switch self {
            case .folder: true
            case .fileOrFolder(let path): path.hasSuffix("/") || RenderBatch.isDirectory(path)
            }
        }
    }

    /// A diagram that was not drawn, with the reason.
    public struct Failure: Hashable, Sendable {
        /// The input: a file path, or the alliance id for alliances given loaded; for a diagram that
        /// failed while being rendered or written, the output file.
        public var source: String
        /// The diagram's base name, if the failure concerns one diagram of the source.
        public var diagram: String?
        /// For a diagram that failed while being rendered or written: which diagram of which input
        /// it is (``RenderMessage/diagramFrom``: the alliance, its year or view, and its file).
        public var place: Message?
        /// Why.
        public var reason: Message

        /// Creates a failure.
        public init(source: String, diagram: String? = nil, place: Message? = nil, reason: Message) {
            self.source = source
            self.diagram = diagram
            self.place = place
            self.reason = reason
        }

        /// `source: [diagram: ][place: ]reason` in `language`.
        public func text(_ language: Language) -> String {
            ([source] + (diagram.map { [$0] } ?? []) + (place.map { [$0.text(language)] } ?? []) + [reason.text(language)])
                .joined(separator: ": ")
        }
    }

    /// Something to know about a diagram that was written (a PNG scaled down to fit).
    public struct Note: Hashable, Sendable {
        /// The file written.
        public var output: String
        /// Which diagram of which input it is (``RenderMessage/diagramFrom``).
        public var place: Message?
        /// The note, in the diagram's language.
        public var text: String

        /// `output: warning: [place: ]text` in `language` (`warning` stays English, as in compilers' messages).
        public func text(_ language: Language) -> String {
            ([output + ": warning"] + (place.map { [$0.text(language)] } ?? []) + [text]).joined(separator: ": ")
        }
    }

    /// The state after one more diagram was rendered, as given to the progress callback.
    public struct Progress: Hashable, Sendable {
        /// The diagram just finished (written or failed).
        public var outcome: RenderOutcome
        /// How many diagrams are finished, this one included (1 … ``total``).
        public var done: Int
        /// How many diagrams are being rendered (the plan's ``Plan/jobs``).
        public var total: Int
    }

    /// The diagrams to draw, worked out from the inputs: what ``Plan/render(with:progress:)`` renders.
    public struct Plan: Hashable, Sendable {
        /// One job per diagram to render, in input order.
        public var jobs: [RenderJob]
        /// Diagrams that cannot be drawn (broken file, year not covered, unknown actor, failed
        /// shared layout), in input order.
        public var failures: [Failure]
        /// The problems found in the input files (errors and warnings), in input order.
        public var diagnostics: [Diagnostic]
        /// The single file written to, when the destination resolved to one file.
        public var file: String?
        /// Alliances left out because they do not cover the year asked for (``Selection/year(_:)``)
        /// while others do, with the reason: notes, not failures.
        public var skipped: [Failure] = []
        /// Why nothing is drawn at all, when the batch cannot be written where it should go
        /// (several diagrams into one file name); then ``jobs`` is empty.
        public var refusal: Message?
        /// For each job, in the same order: which diagram of which input it draws
        /// (``RenderMessage/diagramFrom``), named in its failure or note.
        public var places: [Message] = []

        /// All diagrams asked for: those to render and those that failed already.
        public var planned: Int { jobs.count + failures.count }

        /// Renders every job with `pool` and writes the files. `progress` is called once per job,
        /// serialised (never two calls at once), from a background thread.
        ///
        /// - Complexity: the jobs' layouts, spread over the pool's worker processes.
        public func render(with pool: RenderWorkerPool,
                           progress: @escaping @Sendable (Progress) -> Void = { _ in }) -> Result {
            let total = jobs.count
            let outcomes = pool.run(jobs) { outcome, done in
                progress(Progress(outcome: outcome, done: done, total: total))
            }
            func place(_ index: Int) -> Message? { places.indices.contains(index) ? places[index] : nil }
            let failed = outcomes.indices.filter { !outcomes[$0].succeeded }.map { index in
                // A file that cannot be written ("error: cannot write the file: …") is named enough by
                // its path; a diagram Graphviz failed on is named by its alliance, view and input.
                let writing = outcomes[index].error?.hasPrefix("error: ") == true
                return Failure(source: outcomes[index].output, place: writing ? nil : place(index),
                               reason: Message(RenderMessage.failed, ["details": .text(outcomes[index].error ?? "failed")]))
            }
            let notes = outcomes.indices.compactMap { index in
                outcomes[index].note.map { Note(output: outcomes[index].output, place: place(index), text: $0) }
            }
            return Result(outcomes: outcomes, failures: failures + failed, notes: notes, diagnostics: diagnostics, planned: planned,
                          workers: min(pool.workers, max(1, jobs.count)), file: file, skipped: skipped, refusal: refusal)
        }
    }

    /// What a batch did.
    public struct Result: Hashable, Sendable {
        /// One outcome per rendered job, in job order.
        public var outcomes: [RenderOutcome]
        /// Every diagram not drawn: first those of the plan, then those that failed in rendering.
        public var failures: [Failure]
        /// What to know about diagrams that were written (e.g. a PNG scaled down), in job order.
        public var notes: [Note]
        /// The problems found in the input files.
        public var diagnostics: [Diagnostic]
        /// All diagrams asked for.
        public var planned: Int
        /// The number of worker processes used.
        public var workers: Int
        /// The single file written to, when the destination resolved to one file.
        public var file: String?
        /// Alliances left out as not covering the year (``Plan/skipped``).
        public var skipped: [Failure] = []
        /// Why nothing was drawn at all (``Plan/refusal``).
        public var refusal: Message?

        /// The files written, in job order.
        public var written: [String] { outcomes.filter(\.succeeded).map(\.output) }
        /// Whether every diagram asked for was written.
        public var succeeded: Bool { failures.isEmpty && refusal == nil }
    }

    /// Which diagrams each alliance gets.
    public var selection: Selection
    /// The output format.
    public var format: RenderFormat
    /// Language, layout, filter, legend, interfaces and mechanisms of every diagram.
    public var options: DiagramOptions
    /// Where the files go.
    public var destination: Destination
    /// Files never to overwrite, besides the input files (which are always protected).
    public var protectedPaths: [String]

    /// Creates a batch.
    public init(selection: Selection = .everyYear, format: RenderFormat = .svg, options: DiagramOptions = DiagramOptions(),
                destination: Destination, protectedPaths: [String] = []) {
        self.selection = selection
        self.format = format
        self.options = options
        self.destination = destination
        self.protectedPaths = protectedPaths
    }

    /// Reads `files` with `loader` and builds the diagrams' DOT texts, on all cores. A file with
    /// errors is a failure (its diagnostics are in ``Plan/diagnostics``); the files are protected
    /// from being overwritten.
    ///
    /// The layouts the DOT texts need first (the compact layout of years and differences, the
    /// shared layout of all years: ``DiagramDrawing``) are done by `pool`'s worker processes, each
    /// step's layouts of all diagrams in one call (``DiagramDrawing/finish(_:layouts:)``); without
    /// a pool, one after the other in this process (``GraphvizContext/shared``), where a failed
    /// layout leaves Graphviz unusable for the later diagrams.
    ///
    /// - Complexity: one load per file and the diagrams' DOT texts, spread over the cores; their
    ///   layouts spread over `pool`'s workers in one call per step (at most four).
    public func plan(files: [String], loader: AllianceLoader, pool: RenderWorkerPool? = nil) -> Plan {
        let prepared = IndexedResults<Prepared>.map(files.count) { index in
            let result = loader.load(path: files[index])
            guard let alliance = result.validAlliance else {
                return Prepared(diagnostics: result.diagnostics,
                                failures: [Failure(source: files[index], reason: Message(RenderMessage.invalidFile))])
            }
            var prepared = prepare(alliance, source: files[index])
            prepared.diagnostics = result.diagnostics
            prepared.sourceMap = result.sourceMap
            prepared.failures = prepared.failures.map { Self.locatingOversizedText($0, in: alliance, map: result.sourceMap) }
            return prepared
        }
        return plan(prepared, protecting: files, pool: pool)
    }

    /// Builds the DOT texts of `alliances`' diagrams (each with its own `Alliance.vocabulary`),
    /// on all cores, their layouts done as ``plan(files:loader:pool:)`` does them; failures name
    /// the alliance's id.
    ///
    /// - Complexity: the diagrams' DOT texts spread over the cores, their layouts over `pool`'s workers.
    public func plan(alliances: [Alliance], pool: RenderWorkerPool? = nil) -> Plan {
        let prepared = IndexedResults<Prepared>.map(alliances.count) { index in
            prepare(alliances[index], source: alliances[index].id.rawValue)
        }
        return plan(prepared, protecting: [], pool: pool)
    }

    /// One input's diagrams, their DOT texts begun, and what failed.
    struct Prepared: Sendable {
        var diagnostics: [Diagnostic] = []
        var failures: [Failure] = []
        /// Why the alliance was left out: it does not cover the year of ``Selection/year(_:)``.
        var skipped: Failure?
        /// Whether the input is a valid alliance (its diagrams were worked out).
        var loaded = false
        /// The input's name in failures.
        var source = ""
        /// Where the file's texts are, to name one too long for Graphviz (for files).
        var sourceMap: SourceMap?
        var diagrams: [(drawing: DiagramDrawing, place: Message, note: String?)] = []
    }

    /// The diagrams of `alliance` with their DOT texts begun (``DiagramDrawing``); `source` names it in failures.
    func prepare(_ alliance: Alliance, source: String) -> Prepared {
        var prepared = Prepared(loaded: true, source: source)
        let unknownActors = options.filter.actors.filter { alliance.actor($0) == nil }.map(\.rawValue).sorted()
        if !unknownActors.isEmpty {
            prepared.failures.append(Failure(source: source, reason: Message(RenderMessage.unknownActors,
                                                                             ["ids": .list(unknownActors.map { .text($0) })])))
            return prepared
        }
        let (kinds, uncovered) = kinds(for: alliance)
        if let uncovered {
            if case .year = selection {
                prepared.skipped = Failure(source: source, reason: uncovered)
            } else {
                prepared.failures.append(Failure(source: source, reason: uncovered))
            }
            return prepared
        }
        for kind in kinds {
            let diagram = Diagram(alliance: alliance, kind: kind, options: options)
            do {
                let place = Message(RenderMessage.diagramFrom, ["view": .message(diagram.view), "file": .text(source)])
                let note = diagram.simplification?.message.text(options.language)
                prepared.diagrams.append((try DiagramDrawing(diagram), place, note))
            } catch {
                prepared.failures.append(Self.failure(error, drawing: diagram, source: source))
            }
        }
        return prepared
    }

    /// The failure of `diagram` of `source` before rendering: a text too long for Graphviz (which
    /// says where itself), or a failed shared layout of all years, named by the diagram's view and
    /// put in the diagram's language with what to do (Graphviz's own words stay as it wrote them).
    static func failure(_ error: GraphvizError, drawing diagram: Diagram, source: String) -> Failure {
        if let reason = error.reason { return Failure(source: source, diagram: diagram.baseName, reason: reason) }
        return Failure(source: source, diagram: diagram.baseName, place: diagram.view,
                       reason: Message(RenderMessage.failed, ["details": .text(error.explained(diagram.options.language))]))
    }

    /// `failure` with its source narrowed to `file:line:column` of the text to shorten, when it is
    /// the refusal of a text too long for Graphviz (``GraphvizError/Stage/oversizedText``): the
    /// name, note or source whose words begin the refused text, else the longest of them.
    static func locatingOversizedText(_ failure: Failure, in alliance: Alliance, map: SourceMap) -> Failure {
        guard failure.reason.id == Message(RenderMessage.textTooLong).id,
              case .text(var excerpt)? = failure.reason.arguments["excerpt"] else { return failure }
        if excerpt.hasSuffix("…") { excerpt.removeLast() }
        var texts: [(path: String, text: String)] = [("name", alliance.name), ("region", alliance.region ?? ""),
                                                     ("source", alliance.source ?? ""), ("note", alliance.note ?? "")]
        for (index, actor) in alliance.actors.enumerated() {
            texts += [("actors[\(index)].name", actor.name ?? ""), ("actors[\(index)].note", actor.note ?? "")]
        }
        for (index, relation) in alliance.relations.enumerated() {
            texts += [("relations[\(index)].note", relation.note ?? ""), ("relations[\(index)].source", relation.source ?? "")]
        }
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let beginning = texts.filter { !excerpt.isEmpty && words($0.text).hasPrefix(excerpt) }
        let candidates = beginning.isEmpty ? texts : beginning
        guard let longest = candidates.max(by: { $0.text.utf8.count < $1.text.utf8.count }),
              longest.text.utf8.count > DOTEscaping.maximumTextLength / 4,
              let location = map[longest.path] else { return failure }
        var located = failure
        located.source = location.description
        return located
    }

    /// The kinds of diagram ``selection`` gives `alliance`, or why it gives none (a year it does not cover).
    func kinds(for alliance: Alliance) -> (kinds: [DiagramKind], uncovered: Message?) {
        let span: MessageArgument = .text("\(alliance.years.lowerBound)-\(alliance.years.upperBound)")
        switch selection {
        case .everyYear:
            return (alliance.years.map { .year($0) }, nil)
        case .year(let year):
            guard alliance.years.contains(year) else {
                return ([], Message(RenderMessage.yearNotCovered, ["span": span, "year": .text(String(year))]))
            }
            return ([.year(year)], nil)
        case .allYears:
            return ([.allYears], nil)
        case .difference(let from, let to):
            guard alliance.years.contains(from), alliance.years.contains(to) else {
                return ([], Message(RenderMessage.yearsNotCovered, ["span": span, "from": .text(String(from)), "to": .text(String(to))]))
            }
            return ([.difference(from: from, to: to)], nil)
        }
    }

    /// The plan of the prepared inputs: the diagrams' DOT texts finished, their layouts done by
    /// `pool` (or in this process), and output paths assigned by ``destination``.
    private func plan(_ prepared: [Prepared], protecting inputs: [String], pool: RenderWorkerPool?) -> Plan {
        var skipped = prepared.compactMap(\.skipped)
        // Skipping is for the alliances a year misses among others that have it: when none of
        // the valid alliances covers the year, that is the batch's failure.
        let covering = prepared.contains { $0.loaded && $0.skipped == nil }
        if !covering {
            skipped = []
        }
        let diagrams = prepared.flatMap(\.diagrams)
        let file: String? = destination.isFolder ? nil : destination.path
        // A file name takes one diagram; the diagrams asked for are those to render and those
        // refused one by one (a text too long).
        let asked = diagrams.count + prepared.flatMap(\.failures).filter { $0.diagram != nil }.count
        if file != nil, asked > 1 {
            return Plan(jobs: [], failures: [], diagnostics: prepared.flatMap(\.diagnostics), file: nil, skipped: skipped,
                        refusal: severalIntoOneFile(asked))
        }
        let folder = URL(fileURLWithPath: destination.path)
        func output(_ diagram: Diagram) -> String {
            file ?? folder.appendingPathComponent(diagram.baseName + "." + format.fileExtension).path
        }
        let language = options.language
        let texts = DiagramDrawing.finished(diagrams.map(\.drawing)) { requests in
            if let pool { return pool.layouts(of: requests, language: language) }
            return requests.map { request in
                Swift.Result { () throws(GraphvizError) in try GraphvizContext.shared.layout(dot: request.graph.text, engine: request.engine) }
            }
        }
        var jobs: [RenderJob] = [], places: [Message] = [], failures: [Failure] = []
        var next = 0
        for input in prepared {
            failures += input.failures
            if !covering, let reason = input.skipped { failures.append(reason) }
            for (drawing, place, note) in input.diagrams {
                let diagram = drawing.diagram
                defer { next += 1 }
                switch texts[next] {
                case .success(let finished):
                    let notes = [note, finished.note?.text(language)].compactMap { $0 }
                    jobs.append(RenderJob(name: diagram.baseName, dot: finished.text ?? "", format: format, engine: diagram.engine,
                                          output: output(diagram), protectedPaths: inputs + protectedPaths, language: language,
                                          page: options.page, note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
                    places.append(place)
                case .failure(let error) where error.stage == .oversizedText || error.reason == nil:
                    let failure = Self.failure(error, drawing: diagram, source: input.source)
                    failures.append(input.sourceMap.map { Self.locatingOversizedText(failure, in: diagram.alliance, map: $0) } ?? failure)
                case .failure(let error):
                    // Failed in a worker: named as a diagram failing while it is rendered (its file, view and input).
                    failures.append(Failure(source: output(diagram), place: place, reason: error.reason!))
                }
            }
        }
        return Plan(jobs: jobs, failures: failures, diagnostics: prepared.flatMap(\.diagnostics), file: file, skipped: skipped,
                    places: places)
    }

    /// The refusal to write `count` diagrams into the file ``destination`` names, suggesting the
    /// folder of the same name (with `--format` when the format is not the default SVG) and the
    /// options that choose one diagram.
    private func severalIntoOneFile(_ count: Int) -> Message {
        let path = destination.path
        let stem = (path as NSString).deletingPathExtension
        let folder = (stem.isEmpty ? path + "-diagrams" : stem) + "/"
        let suggestion = "-o " + folder + (format == .svg ? "" : " --format " + format.rawValue)
        return Message(RenderMessage.severalIntoOneFile, ["file": .text(path), "count": .int(count), "suggestion": .text(suggestion)])
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
