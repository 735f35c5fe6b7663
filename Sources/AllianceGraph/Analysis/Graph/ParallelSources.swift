import Dispatch
import Foundation

/// Accumulation rows (one per chunk of sources) for algorithms that split their sources over cores.
///
/// Only the worker holding a chunk writes its row, so no locking is needed; rows are summed in order at the end.
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

/// Hands out chunk numbers `0..<count` to workers, each exactly once, in increasing order.
/// Workers that run faster (e.g. on a core not busy with another process) take more chunks.
final class ChunkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    let count: Int

    init(count: Int) { self.count = count }

    /// The next chunk, or `nil` when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// The number of source chunks: fixed (not dependent on the number of workers), so that the
/// per-chunk partial sums, added in chunk order, give bit-identical results for any worker count.
func sourceChunkCount(_ sources: Int) -> Int { max(1, min(sources, 64)) }

/// The sources of chunk `chunk`: a contiguous range (consecutive sources explore similar parts
/// of the graph, which is markedly faster than interleaving them).
func sourceChunk(_ chunk: Int, of chunks: Int, sources: Int) -> Range<Int> {
    (chunk * sources / chunks)..<((chunk + 1) * sources / chunks)
}

/// Runs `body(worker)` for every worker in `0..<workers`, concurrently when `workers > 1`.
func runWorkers(_ workers: Int, _ body: @Sendable (Int) -> Void) {
    if workers == 1 {
        body(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workers) { body($0) }
    }
}
