import AllianceGraph
import ArgumentParser

/// Rejects, in `validate()`, a year no alliance file can hold (outside the range data files accept).
func validatePlausible(years: [Int?], _ language: Language) throws {
    for year in years.compactMap({ $0 }) where !PeriodSyntaxError.plausibleYears.contains(year) {
        throw ValidationError(CommandMessage.notPlausibleYear.text(language, ["year": .text(String(year))]))
    }
}
