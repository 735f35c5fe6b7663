import Foundation

/// An interval of whole numbers with optional, inclusive bounds: an age range in years
/// (`14-17`, `18-`, `-17`, `16`) or a range of months since a programme started (`1-24`).
public struct WholeNumberInterval: Hashable, Sendable, CustomStringConvertible {
    /// The smallest value included; `nil` means no lower bound.
    public var lowerBound: Int?
    /// The largest value included; `nil` means no upper bound.
    public var upperBound: Int?

    /// Creates an interval; both bounds are inclusive.
    public init(from lowerBound: Int? = nil, through upperBound: Int? = nil) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// Whether `value` lies in the interval.
    public func contains(_ value: Int) -> Bool {
        (lowerBound.map { value >= $0 } ?? true) && (upperBound.map { value <= $0 } ?? true)
    }

    /// Whether the interval holds no value (its lower bound lies above its upper bound).
    public var isEmpty: Bool {
        guard let lowerBound, let upperBound else { return false }
        return lowerBound > upperBound
    }

    /// Whether some value lies in both intervals.
    public func overlaps(_ other: WholeNumberInterval) -> Bool {
        !intersection(other).isEmpty
    }

    /// The values in both intervals (possibly ``isEmpty``).
    public func intersection(_ other: WholeNumberInterval) -> WholeNumberInterval {
        let lower = [lowerBound, other.lowerBound].compactMap { $0 }.max()
        let upper = [upperBound, other.upperBound].compactMap { $0 }.min()
        return WholeNumberInterval(from: lower, through: upper)
    }

    /// The file syntax: `14-17`, `18-`, `-17` or `16`.
    public var description: String {
        switch (lowerBound, upperBound) {
        case let (lower?, upper?) where lower == upper: "\(lower)"
        case let (lower?, upper?): "\(lower)-\(upper)"
        case let (lower?, nil): "\(lower)-"
        case let (nil, upper?): "-\(upper)"
        case (nil, nil): "-"
        }
    }

    /// Reads the file syntax (``description``); `nil` if `text` is not of that form or the
    /// lower bound lies above the upper bound.
    public static func parse(_ text: String) -> WholeNumberInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func number(_ part: Substring) -> Int?? {
            let part = part.trimmingCharacters(in: .whitespaces)
            if part.isEmpty { return .some(nil) }
            guard part.allSatisfy(\.isASCII), let value = Int(part), value >= 0 else { return nil }
            return .some(value)
        }
        let parts = trimmed.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let interval: WholeNumberInterval
        if parts.count == 1 {
            guard case let value?? = number(parts[0]) else { return nil }
            interval = WholeNumberInterval(from: value, through: value)
        } else {
            guard case let lower? = number(parts[0]), case let upper? = number(parts[1]), lower != nil || upper != nil else { return nil }
            interval = WholeNumberInterval(from: lower, through: upper)
        }
        return interval.isEmpty ? nil : interval
    }
}
