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
