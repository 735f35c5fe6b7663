/// "Did you mean …" suggestions for misspelt ids.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// Closeness is the Levenshtein distance, ignoring case; a candidate that starts with
    /// or contains the word also counts.
    /// - Complexity: O(*n* · *m* · *k*) for a word of length *n* and *k* candidates of length up to *m*.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates.map { (text: $0, id: $0) })
    }

    /// The id whose text (an id or a label) is closest to `word`, if close enough.
    ///
    /// This lets a German or English label, typed where an id belongs, suggest the id:
    /// `Fallkonferenz` suggests `case_conference`.
    public static func closest(to word: String, among candidates: [(text: String, id: String)]) -> String? {
        let lower = word.lowercased()
        var best: (id: String, distance: Int)?
        for candidate in candidates {
            let text = candidate.text.lowercased()
            var distance = levenshtein(lower, text)
            if lower.count >= 3, text.hasPrefix(lower) || text.contains(lower) || lower.contains(text) {
                distance = min(distance, 1)
            }
            if best == nil || distance < best!.distance { best = (candidate.id, distance) }
        }
        guard let best else { return nil }
        let limit = word.count <= 3 ? 1 : max(2, word.count / 3)
        return best.distance <= limit ? best.id : nil
    }

    /// ` (did you mean 'x'?)` or nothing, as a message argument.
    public static func phrase(for word: String, in candidates: some Sequence<String>) -> MessageArgument {
        ValidationMessage.suggestion(closest(to: word, in: candidates))
    }

    /// ` (did you mean 'x'?)` or nothing, comparing with ids and labels.
    static func phrase(for word: String, among candidates: [(text: String, id: String)]) -> MessageArgument {
        ValidationMessage.suggestion(closest(to: word, among: candidates))
    }

    /// The Levenshtein edit distance between two strings, in characters.
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
