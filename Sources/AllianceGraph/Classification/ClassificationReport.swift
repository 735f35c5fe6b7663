/// Everything `alliance classify` reports: per alliance and year the classified interfaces with
/// their strategy coverage, the coordination mechanisms, the chain checks, the coverage rates and
/// their change from the year before.
///
/// Render it through ``document(_:)`` (text, Markdown, JSON, CSV) or take one ``table(_:_:)``.
public struct ClassificationReport: Sendable {
    /// One year of one alliance.
    public struct YearResult: Sendable {
        /// The year.
        public var year: Int
        /// Interfaces, their classification and coverage, and the year's mechanisms.
        public var coverage: StrategyCoverage
        /// The chains applying in the year, checked link by link.
        public var chains: [ChainCheck]
        /// Change of the coverage rate from the previous reported year (`0...1` scale), if both are known.
        public var rateChange: Double?
        /// Counts and rate over all interfaces.
        public var rates: CoverageRates { coverage.rates }
    }

    /// One alliance with its reported years.
    public struct AllianceResult: Sendable {
        /// The alliance's id.
        public var id: AllianceID
        /// The alliance's name.
        public var name: String
        /// The context used (alliance and vocabulary), for naming actors.
        public var context: ClassificationContext
        /// The years, in order.
        public var years: [YearResult]
    }

    /// The alliances, in the order given.
    public var alliances: [AllianceResult]
    /// Whether uncoded interfaces were discovered.
    public var discover: Bool

    /// Classifies `alliances` in `years` (each alliance's own years if `nil`; years outside an
    /// alliance's range are skipped for it).
    public init(alliances: [Alliance], years: [Int]? = nil, discover: Bool = true) {
        self.discover = discover
        self.alliances = alliances.map { alliance in
            let context = ClassificationContext(alliance: alliance)
            let list = (years ?? Array(alliance.years)).filter(alliance.years.contains).sorted()
            var results: [YearResult] = []
            for year in list {
                let coverage = StrategyCoverage(context: context, year: year, discover: discover)
                let previous = results.last?.rates.rate
                let change = previous.flatMap { p in coverage.rates.rate.map { $0 - p } }
                results.append(YearResult(year: year, coverage: coverage, chains: ChainCheck.checkAll(context: context, year: year, mechanisms: coverage.mechanisms),
                                          rateChange: change))
            }
            return AllianceResult(id: alliance.id, name: alliance.name, context: context, years: results)
        }
    }
}

/// Numbers in the report's words (``ReportMessage``).
enum ReportWords {
    /// A rate as a whole percentage, e.g. "40 %" / "40%".
    static func percent(_ rate: Double?, _ language: Language) -> String {
        guard let rate else { return "–" }
        return ClassificationReportMessage.percent.text(language, ["value": .int(Int((rate * 100).rounded()))])
    }

    /// A change of rate in percentage points with one decimal, e.g. "+6.7".
    static func points(_ change: Double?, _ language: Language) -> String {
        guard let change else { return "–" }
        let tenths = Int((change * 1000).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        let magnitude = abs(tenths)
        let text = "\(magnitude / 10)" + ClassificationReportMessage.decimalSeparator.text(language) + "\(magnitude % 10)"
        return ClassificationReportMessage.points.text(language, ["value": .text(sign + text)])
    }
}
