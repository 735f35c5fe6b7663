/// The tables of a ``ClassificationReport`` (names in its ``TableDocument``, values of `--table`).
public enum ClassificationTable: String, Sendable, CaseIterable, Codable {
    /// One row per interface and year (the default for CSV).
    case interfaces
    /// One row per relation (or contextual finding) and year.
    case mechanisms
    /// One row per chain link and year.
    case chains
    /// One row per alliance and year: counts, rate and change, by interface type too.
    case rates
}
