/// The four groups of policy fields in which the report's Table 2 counts core-group members,
/// plus one for government and administration.
public enum PolicyAreaGroup: String, LabelledTerm, Codable {
    case migrationIntegration = "migration_integration"
    case education
    case social
    case labour
    case governance

    public var label: Label {
        switch self {
        case .migrationIntegration: Label(de: "Migration und Integration", en: "Migration and integration")
        case .education: Label(de: "Bildung und Sprache", en: "Education and language")
        case .social: Label(de: "Jugendhilfe, Gesundheit und Soziales", en: "Youth welfare, health and social affairs")
        case .labour: Label(de: "Arbeitsmarkt und Wirtschaft", en: "Labour market and economy")
        case .governance: Label(de: "Politik und Verwaltung", en: "Government and administration")
        }
    }
}

/// A policy area (Politikfeld). Migration policy (steering who may stay) and integration
/// policy (helping those who stay take part) are kept apart, though Table 2 groups them.
public enum PolicyArea: String, LabelledTerm, Codable {
    case migration
    case integration
    case education
    case social
    case labour
    case governance

    public var label: Label {
        switch self {
        case .migration: Label(de: "Migrationspolitik", en: "Migration policy")
        case .integration: Label(de: "Integrationspolitik", en: "Integration policy")
        // The other areas are their Table 2 group.
        case .education, .social, .labour, .governance: group.label
        }
    }

    /// The Table 2 group the area belongs to.
    public var group: PolicyAreaGroup {
        switch self {
        case .migration, .integration: .migrationIntegration
        case .education: .education
        case .social: .social
        case .labour: .labour
        case .governance: .governance
        }
    }
}
