extension SurveyPanel {
    /// The trend indicators shown when none is chosen (`compare --table trends`, the handout's
    /// overview): with an initiative file the report's four trends first, then the file's own
    /// indicators; without one the built-in ``TrendIndicator/reportDefaults``.
    public var defaultTrendIndicators: [Indicator] {
        guard let initiative else { return TrendIndicator.reportDefaults.map(Indicator.init) }
        return Indicator.reportTrends.compactMap { id in indicators.first { $0.id == id } }
            + initiative.indicators.filter { !Indicator.reportTrends.contains($0.id) }
    }

    /// The years the trends of `indicators` are shown for when none are chosen: with an initiative
    /// file the survey waves that ask for one of them, else every year from the first to the last
    /// any alliance covers.
    public func defaultTrendYears(for indicators: [Indicator]) -> [Int] {
        if let initiative {
            return initiative.waves.map(\.year).filter { year in indicators.contains { asks($0.question, in: year) } }
        }
        let years = alliances.flatMap { Array($0.years) }
        return Array((years.min() ?? 2019)...(years.max() ?? 2019))
    }
}
