/// "Did you mean …" suggestions for misspelt ids.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// Closeness is the Levenshtein distance, ignoring case; a candidate that starts with
    /// or contains the word also counts. Complexity: O(*n* · *m* · *k*) for *k* candidates.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lower = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let c = candidate.lowercased()
            var distance = levenshtein(lower, c)
            if lower.count >= 3, c.hasPrefix(lower) || c.contains(lower) || lower.contains(c) {
                distance = min(distance, 1)
            }
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, word.count / 3)
        return distance <= limit ? candidate : nil
    }

    /// `; did you mean 'x'?` or an empty string.
    static func phrase(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
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
