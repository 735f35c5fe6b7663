/// A calendar month, the finest time resolution AllianceGraph knows.
///
/// Alliance data is mostly kept by year; months are needed where a programme
/// ends or starts within a year (participation management ran until mid 2022,
/// KIM case management took over after that).
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year, e.g. `2021`.
    public var year: Int
    /// The month, `1...12`.
    public var month: Int

    /// Creates a month; `month` must lie in `1...12`.
    public init(_ year: Int, _ month: Int = 1) {
        self.year = year
        self.month = month
    }

    /// A running month number, convenient for arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// The month after this one.
    public var next: YearMonth { YearMonth(ordinal: ordinal + 1) }
    /// The month before this one.
    public var previous: YearMonth { YearMonth(ordinal: ordinal - 1) }

    init(ordinal: Int) {
        self.init(ordinal / 12, ordinal % 12 + 1)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The file syntax of a month, e.g. `06/2022`.
    public var description: String { (month < 10 ? "0" : "") + "\(month)/\(year)" }
}

/// A span of time such as `2020-2022`, `2021-`, `06/2020-06/2022` or a single year `2021`.
///
/// A missing start or end means "open": the period runs from the beginning or
/// to the end of whatever it is resolved against (usually the alliance's years).
/// Both ends are inclusive.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// First month of the period, or `nil` for "from the start".
    public var start: YearMonth?
    /// Last month of the period, or `nil` for "open-ended".
    public var end: YearMonth?

    /// Creates a period from explicit months.
    public init(start: YearMonth?, end: YearMonth?) {
        self.start = start
        self.end = end
    }

    /// The whole of one calendar year.
    public static func year(_ year: Int) -> Period {
        Period(start: YearMonth(year, 1), end: YearMonth(year, 12))
    }

    /// The whole years `range`, e.g. `Period.years(2019...2022)`.
    public static func years(_ range: ClosedRange<Int>) -> Period {
        Period(start: YearMonth(range.lowerBound, 1), end: YearMonth(range.upperBound, 12))
    }

    /// Whether the end is open.
    public var isOpenEnded: Bool { end == nil }

    /// Replaces open ends by the ends of `frame`.
    public func resolved(in frame: ClosedRange<Int>) -> (start: YearMonth, end: YearMonth) {
        (start ?? YearMonth(frame.lowerBound, 1), end ?? YearMonth(frame.upperBound, 12))
    }

    /// Whether the period overlaps calendar year `year` (open ends count as unbounded).
    public func contains(year: Int) -> Bool {
        overlaps(Period.year(year))
    }

    /// Whether the period includes `month` (open ends count as unbounded).
    public func contains(_ month: YearMonth) -> Bool {
        (start.map { $0 <= month } ?? true) && (end.map { month <= $0 } ?? true)
    }

    /// Whether two periods share at least one month.
    public func overlaps(_ other: Period) -> Bool {
        let startsBeforeOtherEnds = start.flatMap { s in other.end.map { s <= $0 } } ?? true
        let otherStartsBeforeEnds = other.start.flatMap { s in end.map { s <= $0 } } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeEnds
    }

    /// The years the period touches within `frame`.
    public func years(in frame: ClosedRange<Int>) -> [Int] {
        let (s, e) = resolved(in: frame)
        let lower = max(s.year, frame.lowerBound)
        let upper = min(e.year, frame.upperBound)
        return lower <= upper ? Array(lower...upper) : []
    }

    /// The canonical text form, the same syntax the data files use.
    public var description: String {
        func text(_ m: YearMonth, isStart: Bool) -> String {
            (isStart ? m.month == 1 : m.month == 12) ? String(m.year) : m.description
        }
        switch (start, end) {
        case (nil, nil): return "-"
        case let (s?, nil): return text(s, isStart: true) + "-"
        case let (nil, e?): return "-" + text(e, isStart: false)
        case let (s?, e?):
            let a = text(s, isStart: true), b = text(e, isStart: false)
            return s.year == e.year && s.month == 1 && e.month == 12 ? a : "\(a)-\(b)"
        }
    }
}

/// Why a period's text could not be read.
public enum PeriodSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text does not have the shape of a period.
    case malformed(String)
    /// A year outside the plausible range.
    case impossibleYear(Int)
    /// A month outside 1 to 12.
    case impossibleMonth(Int)
    /// The start lies after the end.
    case endBeforeStart(String)

    /// The range of years AllianceGraph accepts in data files.
    public static let plausibleYears = 1950...2100

    /// What is wrong, as a catalogue message.
    public var message: Message {
        switch self {
        case .malformed(let text):
            Message(ValidationMessage.periodMalformed, ["text": .text(text)])
        case .impossibleYear(let year):
            Message(ValidationMessage.periodImpossibleYear, ["year": .int(year), "min": .int(Self.plausibleYears.lowerBound),
                                                            "max": .int(Self.plausibleYears.upperBound)])
        case .impossibleMonth(let month):
            Message(ValidationMessage.periodImpossibleMonth, ["month": .int(month)])
        case .endBeforeStart(let text):
            Message(ValidationMessage.periodEndBeforeStart, ["text": .text(text)])
        }
    }

    /// ``message`` in German, the default language.
    public var description: String { message.text(.de) }
}

extension Period {
    /// Reads the period syntax of the data files.
    ///
    /// Accepted: `2021`, `2020-2022`, `2021-`, `-2021`, `06/2022`, `2020-06/2022`,
    /// `07/2022-`. An en dash may stand for the hyphen, and blanks around it are ignored.
    public static func parse(_ raw: String) throws(PeriodSyntaxError) -> Period {
        let text = String(raw.map { $0 == "–" ? "-" : $0 }.filter { !$0.isWhitespace })
        guard !text.isEmpty else { throw .malformed(raw) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func point(_ part: String, isStart: Bool) throws(PeriodSyntaxError) -> YearMonth {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            let year: Int, month: Int
            switch pieces.count {
            case 1:
                guard pieces[0].count == 4, let y = Int(pieces[0]) else { throw .malformed(raw) }
                year = y
                month = isStart ? 1 : 12
            case 2:
                guard (1...2).contains(pieces[0].count), pieces[1].count == 4,
                      let m = Int(pieces[0]), let y = Int(pieces[1]) else { throw .malformed(raw) }
                year = y
                month = m
            default:
                throw .malformed(raw)
            }
            guard plausibleYearRange.contains(year) else { throw .impossibleYear(year) }
            guard (1...12).contains(month) else { throw .impossibleMonth(month) }
            return YearMonth(year, month)
        }
        switch parts.count {
        case 1:
            let s = try point(parts[0], isStart: true)
            let e = try point(parts[0], isStart: false)
            return Period(start: s, end: e)
        case 2:
            guard !(parts[0].isEmpty && parts[1].isEmpty) else { throw .malformed(raw) }
            let s = parts[0].isEmpty ? nil : try point(parts[0], isStart: true)
            let e = parts[1].isEmpty ? nil : try point(parts[1], isStart: false)
            if let s, let e, e < s { throw .endBeforeStart(raw) }
            return Period(start: s, end: e)
        default:
            throw .malformed(raw)
        }
    }

    private static var plausibleYearRange: ClosedRange<Int> { PeriodSyntaxError.plausibleYears }
}

extension Array where Element == Period {
    /// Whether any period of the list overlaps calendar year `year`.
    public func contains(year: Int) -> Bool { contains { $0.contains(year: year) } }

    /// The sorted years within `frame` that any period of the list touches.
    public func years(in frame: ClosedRange<Int>) -> [Int] {
        let all: [Int] = flatMap { (period: Period) -> [Int] in period.years(in: frame) }
        return Array<Int>(Set<Int>(all)).sorted()
    }
}
