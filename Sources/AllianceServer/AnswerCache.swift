import AllianceGraph
import Foundation

/// The JSON answers of `/api/alliance/<file>` already worked out, for as long as the folder has not
/// changed: a page asks for the same answer when it opens, on every change event and for each year,
/// and working out the metrics and the classification of a year is most of an answer's cost.
///
/// Keyed by the folder's generation (``AllianceFolder/generation``), so any change in the folder —
/// also one to another file that the checks across files look at — makes new answers.
final class AnswerCache: @unchecked Sendable {
    struct Key: Hashable {
        var file: String
        var folderGeneration: Int
        var year: Int?
        var language: Language
        var basis: MechanismBasis
    }

    private let capacity: Int
    private let lock = NSLock()
    // Guarded by `lock`.
    private var answers: [Key: Data] = [:]
    private var recent: [Key] = []

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The answer for `key`, worked out by `make` unless it is kept already.
    /// - Complexity: O(capacity) for the bookkeeping; `make` only when the answer is not kept.
    func answer(_ key: Key, make: () throws -> Data) rethrows -> Data {
        if let kept = lock.withLock({ answers[key] }) { return kept }
        let data = try make()
        lock.withLock {
            answers[key] = data
            recent.removeAll { $0 == key }
            recent.append(key)
            // Answers of earlier generations are never asked for again.
            while recent.count > capacity || (recent.first.map { $0.folderGeneration < key.folderGeneration } ?? false) {
                answers[recent.removeFirst()] = nil
            }
        }
        return data
    }
}
