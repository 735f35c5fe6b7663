import AllianceGraph
import Foundation

/// One diagram to render to a file, self-contained so that a worker process can do it.
public struct RenderJob: Codable, Sendable, Hashable {
    /// A short name for progress and summary, e.g. "musterkreis 2021".
    public var name: String
    /// The DOT text.
    public var dot: String
    /// The output format.
    public var format: RenderFormat
    /// The layout engine.
    public var engine: LayoutEngine
    /// The file to write (atomically).
    public var output: String
    /// Files that must never be overwritten (the inputs).
    public var protectedPaths: [String]
    /// Whether to set `newrank=true` before layout (always, except to test Graphviz's raw behaviour).
    public var forceNewrank: Bool
    /// The language of the job's error message (the diagram's language).
    public var language: Language
    /// The sheet to fit the diagram on, or `nil` for its natural size (``DiagramOptions/page``).
    public var page: PaperSize?
    /// What to note about the diagram however it renders (e.g. that it was simplified), or `nil`.
    public var note: String?
    /// Whether the job only lays the graph out and reports where its nodes and clusters went
    /// (``RenderOutcome/layout``) instead of writing a file (``output`` is then not used): the
    /// shared layout of the years side by side done in a worker process
    /// (``RenderWorkerPool/layouts(of:engine:language:)``).
    public var layoutOnly: Bool {
        get { layout ?? false }
        set { layout = newValue ? true : nil }
    }
    /// ``layoutOnly`` as written in a job list: absent for an ordinary job, so that job lists
    /// without it stay readable.
    private var layout: Bool?

    /// Creates a job.
    public init(name: String, dot: String, format: RenderFormat, engine: LayoutEngine, output: String,
                protectedPaths: [String] = [], forceNewrank: Bool = true, language: Language = .de,
                page: PaperSize? = nil, note: String? = nil, layoutOnly: Bool = false) {
        self.note = note
        self.layout = layoutOnly ? true : nil
        self.name = name
        self.dot = dot
        self.format = format
        self.engine = engine
        self.output = output
        self.protectedPaths = protectedPaths
        self.forceNewrank = forceNewrank
        self.language = language
        self.page = page
    }

    /// Renders in this process and writes the file (or, for ``layoutOnly``, lays the graph out).
    public func perform(context: GraphvizContext = .shared) -> RenderOutcome {
        let start = Date()
        do {
            if layoutOnly {
                let geometry = try context.layout(dot: dot, engine: engine, forceNewrank: forceNewrank)
                return RenderOutcome(name: name, output: output, error: nil, seconds: Date().timeIntervalSince(start), layout: geometry)
            }
            let rendering = try context.rendering(dot: dot, format: format, engine: engine, forceNewrank: forceNewrank, page: page)
            try AtomicFile.write(rendering.data, to: output, protecting: protectedPaths)
            let scaled = rendering.bitmapScaling.map { scaling in
                RenderMessage.pngScaled.text(language, [
                    "width": .int(scaling.width), "height": .int(scaling.height), "limit": .int(BitmapScaling.maximumPixels),
                    "percent": .text(String(format: "%.0f", (scaling.factor * 100).rounded(.down))),
                ])
            }
            let notes = [self.note, scaled].compactMap { $0 }
            return RenderOutcome(name: name, output: output, error: nil, note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                                 seconds: Date().timeIntervalSince(start))
        } catch let error as AtomicFile.WriteError {
            // The batch names the output file in front of the reason.
            return RenderOutcome(name: name, output: output, error: "error: " + error.message(language),
                                 seconds: Date().timeIntervalSince(start))
        } catch let error as GraphvizError {
            return RenderOutcome(name: name, output: output, error: error.explained(language),
                                 seconds: Date().timeIntervalSince(start))
        } catch {
            return RenderOutcome(name: name, output: output, error: String(describing: error),
                                 seconds: Date().timeIntervalSince(start))
        }
    }
}

/// The result of one ``RenderJob``.
public struct RenderOutcome: Codable, Sendable, Hashable {
    /// The job's name.
    public var name: String
    /// The file written (or that would have been).
    public var output: String
    /// Why it failed; `nil` on success.
    public var error: String?
    /// What to know about a diagram that was written, e.g. that its PNG was scaled down; `nil` mostly.
    public var note: String?
    /// Time spent rendering and writing.
    public var seconds: Double
    /// For a job that only lays out (``RenderJob/layoutOnly``): where the nodes and clusters went.
    public var layout: LayoutGeometry?

    /// Creates an outcome.
    public init(name: String, output: String, error: String?, note: String? = nil, seconds: Double, layout: LayoutGeometry? = nil) {
        self.layout = layout
        self.name = name
        self.output = output
        self.error = error
        self.note = note
        self.seconds = seconds
    }

    /// Whether the diagram was written.
    public var succeeded: Bool { error == nil }
}
