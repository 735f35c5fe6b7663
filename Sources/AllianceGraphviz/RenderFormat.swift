import Foundation

/// An output format of a diagram.
public enum RenderFormat: String, CaseIterable, Sendable, Codable {
    /// Scalable vector graphics, for screens and the web.
    case svg
    /// A raster image, for slides and messengers.
    case png
    /// A vector document, for printing workshop posters.
    case pdf
    /// The DOT source text itself, without layout.
    case dot

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format a file name's extension stands for (`svg`, `png`, `pdf`, `dot` or `gv`, in any
    /// case), or `nil` for another extension or none.
    public init?(fileExtension: String) {
        let lowercased = fileExtension.lowercased()
        guard let format = lowercased == "gv" ? .dot : RenderFormat(rawValue: lowercased) else { return nil }
        self = format
    }

    /// The format of the file `path` names, from its extension (`nil` for another extension or none).
    public init?(outputPath path: String) {
        self.init(fileExtension: (path as NSString).pathExtension)
    }

    /// The name of Graphviz's renderer for this format (`nil` for ``dot``, which is not rendered).
    var graphvizName: String? {
        switch self {
        case .svg: "svg"
        case .png: "png"
        case .pdf: "pdf"
        case .dot: nil
        }
    }
}
