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
