import Foundation

/// The open pages waiting for changes of the folder (server-sent events): each subscriber gets
/// every change as one event, and every stream ends when the server stops (``finishAll()``), so
/// that shutting down never waits for an open page.
final class ChangeEvents: @unchecked Sendable {
    /// One change: the files that changed and the folder's generation after it.
    struct Change: Sendable, Codable, Equatable {
        var files: [String]
        var generation: Int
    }

    private let lock = NSLock()
    // Guarded by `lock`.
    private var subscribers: [UUID: AsyncStream<Change>.Continuation] = [:]
    private var finished = false

    /// A stream of the changes from now on (ends at ``finishAll()``).
    func subscribe() -> AsyncStream<Change> {
        let (stream, continuation) = AsyncStream<Change>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        lock.lock()
        if finished {
            lock.unlock()
            continuation.finish()
            return stream
        }
        subscribers[id] = continuation
        lock.unlock()
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.lock.lock()
            self.subscribers[id] = nil
            self.lock.unlock()
        }
        return stream
    }

    /// Sends `change` to every subscriber.
    func publish(_ change: Change) {
        lock.lock()
        let current = Array(subscribers.values)
        lock.unlock()
        for continuation in current { continuation.yield(change) }
    }

    /// How many pages are subscribed.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    /// Ends every stream, now and for later subscribers.
    func finishAll() {
        lock.lock()
        finished = true
        let current = Array(subscribers.values)
        subscribers = [:]
        lock.unlock()
        for continuation in current { continuation.finish() }
    }
}
