/// How formal a relation is, from informal to written.
public enum Formalisation: String, LabelledTerm, Codable, Comparable {
    /// Short German words read as the id (with a note): `schriftlich`, `regelmäßig`, `auf Zuruf`, `bei Bedarf`.
    public static let words: [String: Formalisation] = ["schriftlich": .written, "regelmäßig": .regular,
                                                         "auf Zuruf": .onDemand, "bei Bedarf": .onDemand]

    /// Informal, on demand ("auf Zuruf").
    case onDemand = "on_demand"
    /// Regular, at agreed intervals.
    case regular
    /// Laid down in writing.
    case written

    public var label: Label {
        switch self {
        case .onDemand: Label(de: "Bei Bedarf (auf Zuruf)", en: "On demand")
        case .regular: Label(de: "Regelmäßig", en: "Regular")
        case .written: Label(de: "Schriftlich vereinbart", en: "Written")
        }
    }

    /// 0 for on demand, 1 for regular, 2 for written.
    public var rank: Int {
        switch self {
        case .onDemand: 0
        case .regular: 1
        case .written: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
