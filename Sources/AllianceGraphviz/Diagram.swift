import AllianceGraph
import Foundation

/// Which view of an alliance a diagram shows.
public enum DiagramKind: Hashable, Sendable, Codable {
    /// One year.
    case year(Int)
    /// All the alliance's years side by side.
    case allYears
    /// The change from the first year to the second.
    case difference(from: Int, to: Int)
}

/// A diagram of an alliance: a view plus options. Entry point for DOT text and rendering.
public struct Diagram: Sendable {
    /// The alliance.
    public var alliance: Alliance
    /// What to show.
    public var kind: DiagramKind
    /// Language, engine, filter, legend.
    public var options: DiagramOptions

    /// Creates a diagram. A large one asked for with `dot` is drawn simplified
    /// (``DiagramOptions/drawing(_:)``, ``LargeDiagram``); ``simplification`` says so.
    public init(alliance: Alliance, kind: DiagramKind, options: DiagramOptions = DiagramOptions()) {
        self.alliance = alliance
        self.kind = kind
        self.options = options.drawing(alliance)
    }

    /// What was simplified because the diagram is large, or `nil`.
    public var simplification: LargeDiagram? { options.simplification }

    /// The DOT text. The same input always gives byte-identical text.
    ///
    /// - Throws: ``GraphvizError``: ``GraphvizError/Stage/oversizedText`` when a text of the
    ///   diagram (a name, note or source, or a label combining them) is longer than Graphviz's
    ///   parser reads (``DOTEscaping/maximumTextLength``), naming the alliance, the diagram and the
    ///   text's beginning; for ``DiagramKind/allYears`` also the failures of the shared layout,
    ///   which is computed through `context`.
    public func dotText(context: GraphvizContext = .shared) throws(GraphvizError) -> String {
        try dotText { graphs, engine throws(GraphvizError) in
            var geometries: [LayoutGeometry] = []
            for graph in graphs { geometries.append(try context.layout(dot: graph.text, engine: engine)) }
            return geometries
        }
    }

    /// The DOT text, as ``dotText(context:)``, with the Graphviz work it needs first done by
    /// `layouts`, which gets graphs and an engine and gives their layouts in order — e.g. in
    /// worker processes, ``RenderWorkerPool/layouts(of:engine:language:)``: for
    /// ``DiagramKind/allYears`` the shared layout (``YearsSideBySideView/sharedLayoutGraphs()``),
    /// its compact placements (``YearsSideBySideView/compactSharedGraphs(from:)``) and the panels; for year and difference views drawn with `dot` the layouts of the compact
    /// layout (``CompactLayout``), one call per step. It drives one ``DiagramDrawing``; many
    /// diagrams at once go faster through ``DiagramDrawing/finish(_:layouts:)``.
    ///
    /// - Complexity: one call of `layouts` per step of the drawing (none for other diagrams).
    /// - Throws: ``GraphvizError``: what `layouts` throws, or a text too long for Graphviz.
    public func dotText(layouts: ([DOTGraph], LayoutEngine) throws(GraphvizError) -> [LayoutGeometry]) throws(GraphvizError) -> String {
        var drawing = try DiagramDrawing(self)
        while true {
            if let text = drawing.text { return text }
            let geometries: [LayoutGeometry]
            do {
                geometries = try layouts(drawing.pending, drawing.engine)
            } catch {
                // A layout's DOT text had it: name the diagram instead of an internal DOT line.
                throw drawing.located(error)
            }
            try drawing.advance(with: geometries)
        }
    }

    /// Where this diagram is, for messages: the alliance and the diagram's base name.
    var place: Message {
        Message(RenderMessage.placeDiagram, ["alliance": .text(alliance.id.rawValue), "diagram": .text(baseName)])
    }

    /// The diagram in words, for messages: the alliance and the view, e.g. "alliance rheinstadt, year 2021",
    /// "alliance rheinstadt, all years 2019–2022 side by side", "alliance rheinstadt, change 2019–2022".
    public var view: Message {
        let alliance: MessageArgument = .text(self.alliance.id.rawValue)
        switch kind {
        case .year(let year):
            return Message(RenderMessage.viewYear, ["alliance": alliance, "year": .text(String(year))])
        case .allYears:
            return Message(RenderMessage.viewAllYears, ["alliance": alliance, "first": .text(String(self.alliance.years.lowerBound)),
                                                        "last": .text(String(self.alliance.years.upperBound))])
        case .difference(let from, let to):
            return Message(RenderMessage.viewDifference, ["alliance": alliance, "from": .text(String(from)), "to": .text(String(to))])
        }
    }

    /// The layout engine the DOT text must be laid out with.
    public var engine: LayoutEngine {
        if case .allYears = kind { return .neato }
        return options.engine
    }

    /// Renders the diagram in-process.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's messages.
    public func render(_ format: RenderFormat, context: GraphvizContext = .shared) throws(GraphvizError) -> Data {
        let text = try dotText(context: context)
        if format == .dot { return Data(text.utf8) }
        return try context.render(dot: text, format: format, engine: engine)
    }

    /// A file name for the diagram without extension, e.g. `musterstadt-2021` or `musterstadt-2019-2022`.
    public var baseName: String {
        let id = FileNames.safe(alliance.id.rawValue)
        switch kind {
        case .year(let year): return "\(id)-\(year)"
        case .allYears: return "\(id)-\(alliance.years.lowerBound)-\(alliance.years.upperBound)"
        case .difference(let from, let to): return "\(id)-diff-\(from)-\(to)"
        }
    }
}

/// File names derived from user ids.
enum FileNames {
    /// `text` with every character outside `[A-Za-z0-9._-]` replaced by `_`, never empty or hidden.
    static func safe(_ text: String) -> String {
        let mapped = String(text.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": Character(scalar)
            case ".": Character(scalar)
            default: "_"
            }
        })
        let trimmed = mapped.hasPrefix(".") ? "_" + mapped.dropFirst() : mapped
        return trimmed.isEmpty ? "alliance" : trimmed
    }
}
