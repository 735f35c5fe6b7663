/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    /// Hierarchical layout; the default, and the only one that draws policy-area clusters reliably.
    case dot
    /// Spring model (stress majorisation); also used for pinned positions.
    case neato
    /// Force-directed placement with clusters.
    case fdp
    /// Force-directed placement for large graphs.
    case sfdp
    /// Circular layout.
    case circo

    /// Whether the engine draws clusters (subgraphs named `cluster…`) as boxes.
    public var drawsClusters: Bool {
        switch self {
        case .dot, .fdp: true
        case .neato, .sfdp, .circo: false
        }
    }
}
