import Foundation

/// What of a classification report a command prints: the readable report (text, Markdown) or tables.
public enum ClassificationReportParts: Sendable, Hashable {
    /// The readable report only (text and Markdown), no tables.
    case readable
    /// These tables only (CSV, JSON, `--table`), no readable report.
    case tables([ClassificationTable])
}

/// The results per alliance, filled in by the workers under a lock (one short write each).
private final class AllianceSlots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var blocks: [[TableDocument.Block]]
    private(set) var rows: [[[[TableCell]]]]

    init(count: Int, tables: Int) {
        blocks = Array(repeating: [], count: count)
        rows = Array(repeating: Array(repeating: [], count: tables), count: count)
    }

    func set(_ i: Int, blocks value: [TableDocument.Block]) {
        lock.lock()
        defer { lock.unlock() }
        blocks[i] = value
    }

    func set(_ i: Int, rows value: [[[TableCell]]]) {
        lock.lock()
        defer { lock.unlock() }
        rows[i] = value
    }
}

extension ClassificationReport {
    /// The document of the classification of `alliances`, made one alliance at a time so that
    /// only one alliance's classification is held per worker, and only the `parts` the output
    /// needs. The alliances are classified on all active processors; the document is the same as
    /// `ClassificationReport(alliances:years:discover:).document(language)` narrowed to `parts`.
    /// - Complexity: the classification of each alliance once; memory of the document plus one
    ///   alliance's classification per worker.
    public static func document(alliances: [Alliance], years: [Int]? = nil, discover: Bool = true,
                                language: Language, parts: ClassificationReportParts) -> TableDocument {
        let chosen: [ClassificationTable] = if case .tables(let list) = parts { list } else { [] }
        let slots = AllianceSlots(count: alliances.count, tables: chosen.count)
        let queue = ChunkQueue(count: alliances.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, alliances.count))
        runWorkers(workers) { _ in
            while let i = queue.take() {
                let one = ClassificationReport(alliances: [alliances[i]], years: years, discover: discover)
                switch parts {
                case .readable: slots.set(i, blocks: one.blocks(language))
                case .tables: slots.set(i, rows: chosen.map { one.table($0, language).rows })
                }
            }
        }
        let empty = ClassificationReport(alliances: [], years: years, discover: discover)
        let metadata: [String: TableCell] = ["language": .text(language.rawValue), "discovery": .bool(discover)]
        switch parts {
        case .readable:
            return TableDocument(tables: [], blocks: slots.blocks.flatMap { $0 }, metadata: metadata)
        case .tables:
            let tables = chosen.enumerated().map { index, name in
                var table = empty.table(name, language)
                table.rows = slots.rows.flatMap { $0[index] }
                return table
            }
            return chosen.count == 1 ? TableDocument(tables: tables, metadata: metadata) : TableDocument(tables: tables, blocks: [], metadata: metadata)
        }
    }
}
