import AllianceGraph
import ArgumentParser

/// Rejects, in `validate()`, a year no alliance file can hold (outside the range data files accept).
func validatePlausible(years: [Int?]) throws {
    for year in years.compactMap({ $0 }) where !PeriodSyntaxError.plausibleYears.contains(year) {
        throw ValidationError("\(year) is not a plausible year; give one such as 2021.")
    }
}
