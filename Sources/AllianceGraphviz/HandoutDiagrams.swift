import AllianceGraph
import Foundation

/// Draws the diagrams of a ``AllianceGraph/Handout`` as SVG through the batch pipeline: one
/// ``RenderJob`` per diagram (the DOT text of ``YearView`` or ``DifferenceView`` in the compact
/// layout, ``CompactLayout``, whose layouts run in the pool too, ``DiagramDrawing``), laid out in
/// the worker processes of a ``RenderWorkerPool`` (Graphviz cannot run on several threads, and a
/// failed layout must not take the report down), written to a scratch folder and read back.
public enum HandoutDiagrams {
    /// What was drawn: the SVG documents and, for those that failed, the reason in words.
    public struct Drawn: Sendable {
        /// The SVG document of each request drawn.
        public var svgs: [Handout.DiagramRequest: String] = [:]
        /// Why a request was not drawn.
        public var failures: [Handout.DiagramRequest: String] = [:]
    }

    /// The options of every handout diagram in `language`: `dot` layout with legend and format
    /// labels, drawn in `style` (``DiagramOptions/style``).
    public static func options(language: Language, mechanisms: MechanismBasis = .effective,
                               style: DiagramStyleSheet = .empty) -> DiagramOptions {
        var options = DiagramOptions(language: language, mechanismBasis: mechanisms)
        options.style = style
        return options
    }

    /// Draws every diagram `handout` needs with `pool`, as `options` say.
    /// - Complexity: the diagrams' layouts (``DiagramDrawing``), one pool call per step for all of
    ///   them, then one render per diagram, spread over the pool's workers.
    public static func draw(_ handout: Handout, options: DiagramOptions, pool: RenderWorkerPool) -> Drawn {
        var drawn = Drawn()
        let requests = handout.diagrams
        guard !requests.isEmpty else { return drawn }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-report-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            for request in requests { drawn.failures[request] = error.localizedDescription }
            return drawn
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let byID = Dictionary(handout.alliances.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var drawings: [(request: Handout.DiagramRequest, drawing: DiagramDrawing)] = []
        for request in requests {
            guard let alliance = byID[request.alliance] else { continue }
            let kind: DiagramKind = switch request.kind {
            case .year(let year): .year(year)
            case .change(let from, let to): .difference(from: from, to: to)
            }
            do {
                drawings.append((request, try DiagramDrawing(Diagram(alliance: alliance, kind: kind, options: options))))
            } catch {
                drawn.failures[request] = error.explained(options.language)
            }
        }
        // The compact layout's layouts in the workers too, not in the calling process: a step of all diagrams at a time.
        let texts = DiagramDrawing.finish(drawings.map(\.drawing)) { pool.layouts(of: $0, language: options.language) }
        var jobs: [RenderJob] = [], planned: [Handout.DiagramRequest] = []
        for ((request, drawing), text) in zip(drawings, texts) {
            switch text {
            case .success(let dot):
                jobs.append(RenderJob(name: drawing.diagram.baseName, dot: dot, format: .svg, engine: drawing.diagram.engine,
                                      output: folder.appendingPathComponent(request.id + ".svg").path, language: options.language))
                planned.append(request)
            case .failure(let error):
                drawn.failures[request] = error.explained(options.language)
            }
        }
        let outcomes = pool.run(jobs)
        for (request, outcome) in zip(planned, outcomes) {
            if outcome.succeeded, let svg = try? String(contentsOfFile: outcome.output, encoding: .utf8) {
                drawn.svgs[request] = svg
            } else {
                drawn.failures[request] = outcome.error ?? "?"
            }
        }
        return drawn
    }
}
