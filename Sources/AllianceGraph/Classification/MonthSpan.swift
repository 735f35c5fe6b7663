/// A closed run of months with both ends known: a ``Period`` resolved against an alliance's years.
///
/// Classification compares when actors hold a topic; open ends must be fixed first, so the
/// classifier resolves every period against the alliance's years and works on month spans.
public struct MonthSpan: Hashable, Sendable, CustomStringConvertible {
    /// The first month.
    public var start: YearMonth
    /// The last month.
    public var end: YearMonth

    /// Creates a span; `start` must not lie after `end`.
    public init(start: YearMonth, end: YearMonth) {
        self.start = start
        self.end = end
    }

    /// The span of `period` with open ends replaced by the ends of `frame`.
    public init(_ period: Period, in frame: ClosedRange<Int>) {
        let resolved = period.resolved(in: frame)
        self.init(start: resolved.start, end: resolved.end)
    }

    /// The whole calendar year.
    public static func year(_ year: Int) -> MonthSpan {
        MonthSpan(start: YearMonth(year, 1), end: YearMonth(year, 12))
    }

    /// The common months of two spans, if any.
    public func intersection(_ other: MonthSpan) -> MonthSpan? {
        let s = max(start, other.start), e = min(end, other.end)
        return s <= e ? MonthSpan(start: s, end: e) : nil
    }

    /// Whether the two spans share a month.
    public func overlaps(_ other: MonthSpan) -> Bool { intersection(other) != nil }

    /// The span as a period, for display in the data files' syntax.
    public var period: Period { Period(start: start, end: end) }

    /// The span in the data files' syntax, e.g. `06/2020-06/2022`.
    public var description: String { period.description }
}

extension Array where Element == MonthSpan {
    /// The parts of these spans that lie within `window`.
    func clipped(to window: [MonthSpan]) -> [MonthSpan] {
        flatMap { span in window.compactMap { span.intersection($0) } }
    }

    /// Whether any span of the list overlaps any span of `other`.
    func overlaps(_ other: [MonthSpan]) -> Bool {
        contains { a in other.contains { a.overlaps($0) } }
    }

    /// The earliest first month, if any.
    var earliestStart: YearMonth? { map(\.start).min() }
    /// The latest last month, if any.
    var latestEnd: YearMonth? { map(\.end).max() }

    /// The spans in file syntax, joined by commas.
    var text: String { sorted { $0.start < $1.start }.map(\.description).joined(separator: ", ") }
}

extension MonthSpan {
    /// For each holder, whether one of its spans shares a month with a span of a holder with
    /// another owner: the holders that `holders.filter { a in holders.contains { b in b.owner !=
    /// a.owner && a.spans.overlaps(b.spans) } }` keeps, without comparing every pair.
    ///
    /// Each owner's months are merged into disjoint runs; one sweep over the runs' ends finds the
    /// months held by two owners or more; a holder shares a month if one of its spans meets them.
    /// - Complexity: O(*s* log *s*) for *s* spans in all (the pairwise test is O(*h*²) for *h* holders).
    static func sharesMonth<Owner: Hashable>(_ holders: [(owner: Owner, spans: [MonthSpan])]) -> [Bool] {
        let shared = ownerCounts(holders).runs.filter { $0.owners >= 2 }.map { (start: $0.start, end: $0.end) }
        return holders.map { holder in holder.spans.contains { $0.start <= $0.end && $0.meets(shared) } }
    }

    /// The months `holders` hold, as ascending, disjoint runs of month ordinals, each with the
    /// number of distinct owners holding all its months (at least 1), and the owners that hold
    /// a month at all. Each owner's months are merged into disjoint runs first, so an owner is
    /// counted once however its spans overlap.
    /// - Complexity: O(*s* log *s*) for *s* spans in all.
    static func ownerCounts<Owner: Hashable>(_ holders: [(owner: Owner, spans: [MonthSpan])])
        -> (owners: Set<Owner>, runs: [(start: Int, end: Int, owners: Int)])
    {
        var runsOf: [Owner: [(start: Int, end: Int)]] = [:]
        for holder in holders {
            for span in holder.spans where span.start <= span.end {
                runsOf[holder.owner, default: []].append((span.start.ordinal, span.end.ordinal))
            }
        }
        // +1 where an owner's run starts, -1 after it ends.
        var events: [(month: Int, change: Int)] = []
        for runs in runsOf.values {
            var current: (start: Int, end: Int)?
            for run in runs.sorted(by: { $0.start < $1.start }) {
                if let c = current, run.start <= c.end + 1 {
                    current = (c.start, max(c.end, run.end))
                } else {
                    if let c = current { events += [(c.start, 1), (c.end + 1, -1)] }
                    current = run
                }
            }
            if let c = current { events += [(c.start, 1), (c.end + 1, -1)] }
        }
        events.sort { $0.month < $1.month }
        var counted: [(start: Int, end: Int, owners: Int)] = []
        var owners = 0, i = 0
        while i < events.count {
            let month = events[i].month
            while i < events.count, events[i].month == month { owners += events[i].change; i += 1 }
            guard i < events.count else { break }
            if owners >= 1 { counted.append((month, events[i].month - 1, owners)) }
        }
        return (Set(runsOf.keys), counted)
    }

    /// Whether the span shares a month with one of `runs` (ascending, disjoint month ordinals).
    /// - Complexity: O(log *r*) for *r* runs (binary search).
    func meets(_ runs: [(start: Int, end: Int)]) -> Bool {
        let start = self.start.ordinal, end = self.end.ordinal
        // The first run not ending before the span starts.
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].end < start { lo = mid + 1 } else { hi = mid }
        }
        return lo < runs.count && runs[lo].start <= end
    }
}
