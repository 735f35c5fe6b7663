/// The level at which an interface is worked on.
public enum AnalysisLevel: String, LabelledTerm, Codable {
    /// Laws and state programmes (AufenthG, SGB II/III/VIII, DiAA, KIM).
    case macro
    /// Local organisational arrangements: the alliance, its core group, its agreements.
    case meso
    /// Case work with the young people.
    case micro

    public var label: Label {
        switch self {
        case .macro: Label(de: "Makroebene", en: "Macro level")
        case .meso: Label(de: "Mesoebene", en: "Meso level")
        case .micro: Label(de: "Mikroebene", en: "Micro level")
        }
    }

    /// What is found on this level.
    public var explanation: Label {
        switch self {
        case .macro: Label(de: "Gesetze und Landesprogramme", en: "Laws and state programmes")
        case .meso: Label(de: "Lokale organisatorische Arrangements: Bündnis, Kerngruppe, Vereinbarungen", en: "Local organisational arrangements: alliance, core group, agreements")
        case .micro: Label(de: "Fallarbeit mit den jungen Menschen", en: "Case work with the young people")
        }
    }
}
