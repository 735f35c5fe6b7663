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
