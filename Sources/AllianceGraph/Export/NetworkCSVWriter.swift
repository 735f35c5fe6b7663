/// Writes an ``ExportNetwork`` as CSV tables, `nodes.csv` and `edges.csv` (and the coded interfaces
/// and the chains' steps as `interfaces.csv` and `chains.csv`), through the table
/// model (``ResultTable``), so that the CSV dialects of every other command apply (`--csv excel-de`).
///
/// `nodes.csv` has `id`, `label` and every node attribute; `edges.csv` has `id`, `source`,
/// `target`, `label` and every edge attribute; the column ids are the attribute names of GraphML
/// and GEXF. A value a node or edge lacks is an empty field.
public enum NetworkCSVWriter {
    /// The nodes as a table.
    public static func nodes(_ network: ExportNetwork) -> ResultTable {
        ResultTable(name: "nodes", title: "nodes",
                    columns: ["id", "label"].map { ResultTable.Column($0, $0) } + network.nodeAttributes.map { ResultTable.Column($0.name, $0.name) },
                    rows: network.nodes.map { n in [.text(n.id), .text(n.label)] + n.values.map(cell) })
    }

    /// The edges as a table.
    public static func edges(_ network: ExportNetwork) -> ResultTable {
        ResultTable(name: "edges", title: "edges",
                    columns: ["id", "source", "target", "label"].map { ResultTable.Column($0, $0) }
                        + network.edgeAttributes.map { ResultTable.Column($0.name, $0.name) },
                    rows: network.edges.map { e in [.text(e.id), .text(e.source), .text(e.target), .text(e.label)] + e.values.map(cell) })
    }

    /// The coded interfaces as a table (`interfaces.csv`): one row per interface, its actors joined by `;`.
    public static func interfaces(_ network: ExportNetwork) -> ResultTable {
        ResultTable(name: "interfaces", title: "interfaces", columns: network.interfaceAttributes.map { ResultTable.Column($0.name, $0.name) },
                    rows: network.interfaceRows.map { $0.map(cell) })
    }

    /// The chains as a table (`chains.csv`): one row per step, in order, with the next step's actor.
    public static func chains(_ network: ExportNetwork) -> ResultTable {
        ResultTable(name: "chains", title: "chains", columns: network.chainAttributes.map { ResultTable.Column($0.name, $0.name) },
                    rows: network.chainRows.map { $0.map(cell) })
    }

    /// Both files' text: `nodes.csv` and `edges.csv`, in `dialect`.
    public static func documents(_ network: ExportNetwork, dialect: CSVDialect = .plain) throws -> (nodes: String, edges: String) {
        (try nodes(network).render(.csv, dialect: dialect), try edges(network).render(.csv, dialect: dialect))
    }

    private static func cell(_ value: ExportValue?) -> TableCell {
        switch value {
        case nil: .empty
        case .string(let s)?: .text(s)
        case .int(let i)?: .int(i)
        case .bool(let b)?: .bool(b)
        }
    }
}

/// The export formats of `alliance export`.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// GraphML (``GraphMLWriter``).
    case graphml
    /// GEXF 1.3 (``GEXFWriter``).
    case gexf
    /// Kumu's JSON blueprint (``KumuWriter``).
    case kumu
    /// `nodes.csv` and `edges.csv` (``NetworkCSVWriter``).
    case csv

    /// The files one network gives in this format: name (after `stem`) and text.
    public func files(_ network: ExportNetwork, stem: String, dialect: CSVDialect = .plain) throws -> [(name: String, text: String)] {
        switch self {
        case .graphml: [(stem + ".graphml", try GraphMLWriter.document(network))]
        case .gexf: [(stem + ".gexf", try GEXFWriter.document(network))]
        case .kumu: [(stem + ".kumu.json", try KumuWriter.document(network))]
        case .csv:
            try { () throws -> [(name: String, text: String)] in
                let (n, e) = try NetworkCSVWriter.documents(network, dialect: dialect)
                return [(stem + "nodes.csv", n), (stem + "edges.csv", e),
                        (stem + "interfaces.csv", try NetworkCSVWriter.interfaces(network).render(.csv, dialect: dialect)),
                        (stem + "chains.csv", try NetworkCSVWriter.chains(network).render(.csv, dialect: dialect))]
            }()
        }
    }
}
