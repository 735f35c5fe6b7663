/// The kind of municipality an alliance belongs to.
public enum AllianceKind: String, LabelledTerm, Codable {
    /// Kreisfreie Stadt.
    case independentCity = "independent_city"
    /// Kreis.
    case district
    /// Kreisangehörige Kommune: a municipality within a district.
    case municipality

    public var label: Label {
        switch self {
        case .independentCity: Label(de: "Kreisfreie Stadt", en: "Independent city")
        case .district: Label(de: "Kreis", en: "District")
        case .municipality: Label(de: "Kreisangehörige Kommune", en: "Municipality within a district")
        }
    }
}

/// How formal a relation is, from informal to written.
public enum Formalisation: String, LabelledTerm, Codable, Comparable {
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
