/// A role an actor holds in its alliance, year by year.
public enum ActorRole: String, LabelledTerm, Codable {
    /// Geschäftsführende Stelle (GfS): runs the alliance.
    case managingOffice = "managing_office"
    /// Member of the Bündniskerngruppe (BKG).
    case coreGroup = "core_group"

    public var label: Label {
        switch self {
        case .managingOffice: Label(de: "Geschäftsführende Stelle", en: "Managing office", abbreviation: "GfS")
        case .coreGroup: Label(de: "Bündniskerngruppe", en: "Core group", abbreviation: "BKG")
        }
    }
}
