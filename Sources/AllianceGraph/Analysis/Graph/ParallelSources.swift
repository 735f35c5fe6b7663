import Dispatch
import Foundation

/// Per-worker accumulation rows for algorithms that split their source nodes over cores.
///
/// Each worker writes only its own row, so no locking is needed; the rows are summed at the end.
final class WorkerRows: @unchecked Sendable {
    let rows: Int
    let width: Int
    let storage: UnsafeMutablePointer<Double>

    init(rows: Int, width: Int) {
        self.rows = rows
        self.width = width
        storage = .allocate(capacity: max(1, rows * width))
        storage.initialize(repeating: 0, count: max(1, rows * width))
    }

    deinit { storage.deallocate() }

    func row(_ r: Int) -> UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(start: storage + r * width, count: width)
    }

    /// Column sums over all rows, rows added in order 0, 1, ….
    func sum() -> [Double] {
        var total = [Double](repeating: 0, count: width)
        for r in 0..<rows {
            let row = row(r)
            for i in 0..<width { total[i] += row[i] }
        }
        return total
    }
}

/// The number of workers to use: `requested` if given (at least 1, at most one per source);
/// otherwise all active processors, except for small graphs (under 256 sources), where starting
/// threads costs more than it saves and one worker is used.
func workerCount(_ requested: Int?, sources: Int) -> Int {
    let wanted = requested ?? (sources < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount)
    return max(1, min(wanted, max(1, sources)))
}

/// Runs `body(worker)` for every worker in `0..<workers`, concurrently when `workers > 1`.
func runWorkers(_ workers: Int, _ body: @Sendable (Int) -> Void) {
    if workers == 1 {
        body(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workers) { body($0) }
    }
}
