import Foundation

/// Values computed on several threads, each stored in the slot of its index. After each store
/// `onStore` is called with the value and the number stored so far, serialised (under the lock),
/// so that progress reports never overlap.
///
/// The one parallel map of the package: loading files (``AllianceLoader/load(paths:)``), sorting
/// input files by kind (``InputFiles``) and rendering batches of diagrams use it.
package final class IndexedResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var stored = 0
    private let onStore: @Sendable (Value, Int) -> Void

    package init(count: Int, onStore: @escaping @Sendable (Value, Int) -> Void = { _, _ in }) {
        slots = Array(repeating: nil, count: count)
        self.onStore = onStore
    }

    /// Stores `value` at `index` and reports it.
    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        stored += 1
        onStore(value, stored)
    }

    /// Every slot in index order; `nil` where nothing was stored.
    package var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }

    /// `transform(index)` for every index in `0..<count` on all cores, in index order.
    /// - Complexity: O(*count*) calls of `transform`, spread over the active processors.
    package static func map(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        let results = IndexedResults(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { results.set($0, transform($0)) }
        return results.values.map { $0! }
    }
}
