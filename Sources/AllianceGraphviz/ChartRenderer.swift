import AllianceGraph
import CRsvg
import Foundation

/// The file formats of `alliance compare --chart FILE`, told by the file's ending.
public enum ChartFormat: String, Sendable, CaseIterable {
    case svg, png, pdf

    /// The format the ending of `path` names (`.svg`, `.png`, `.pdf`, any case), if any.
    public init?(path: String) {
        self.init(rawValue: (path as NSString).pathExtension.lowercased())
    }
}

/// Why a chart could not be rasterised.
public struct ChartRenderError: Error, CustomStringConvertible, Sendable {
    /// librsvg's or cairo's message.
    public var description: String
}

/// Turns a ``Chart`` into file contents: the project's SVG as it is, PNG and PDF drawn from that
/// SVG by librsvg onto a cairo surface (the libraries Graphviz's own SVG and cairo renderers use).
public enum ChartRenderer {
    /// The pixels per SVG unit of PNG charts (2: sharp on screens and in print).
    public static let pngScale = 2.0

    /// The chart in `format`, with labels in `language`.
    public static func render(_ chart: Chart, format: ChartFormat, language: Language) throws(ChartRenderError) -> Data {
        let svg = chart.svg(language)
        switch format {
        case .svg: return Data(svg.utf8)
        case .png: return try rasterise(svg, pdf: false)
        case .pdf: return try rasterise(svg, pdf: true)
        }
    }

    /// PNG (`pdf` false) or PDF of the SVG document `svg`.
    public static func rasterise(_ svg: String, pdf: Bool) throws(ChartRenderError) -> Data {
        var bytes: UnsafeMutablePointer<UInt8>?
        var length = 0
        var message: UnsafeMutablePointer<CChar>?
        let status = svg.withCString { text in
            crsvg_convert(text, strlen(text), pdf ? 1 : 0, pngScale, &bytes, &length, &message)
        }
        defer {
            free(bytes)
            free(message)
        }
        guard status == 0, let bytes else {
            throw ChartRenderError(description: message.map { String(cString: $0) } ?? "librsvg failed")
        }
        return Data(bytes: bytes, count: length)
    }
}
