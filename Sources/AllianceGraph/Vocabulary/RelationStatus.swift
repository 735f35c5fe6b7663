/// Where a relation stands in its life.
public enum RelationStatus: String, LabelledTerm, Codable {
    case planned
    case established
    case continued
    /// Changed or replaced, e.g. by KIM case management.
    case changed
    case ended

    public var label: Label {
        switch self {
        case .planned: Label(de: "Geplant", en: "Planned")
        case .established: Label(de: "Aufgebaut", en: "Established")
        case .continued: Label(de: "Fortgeführt", en: "Continued")
        case .changed: Label(de: "Verändert oder ersetzt", en: "Changed or replaced")
        case .ended: Label(de: "Beendet", en: "Ended")
        }
    }

    /// Other words accepted in data files for a status.
    public static let aliases: [String: RelationStatus] = ["replaced": .changed]
}
