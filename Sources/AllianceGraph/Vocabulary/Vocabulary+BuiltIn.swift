extension Vocabulary {
    /// The catalogue shipped with AllianceGraph: every actor of the report's Table 2 and the
    /// other actors, formats and topics the initiative's alliances work with. Each mandate, with its
    /// period and condition, is checked against the report in docs/MANDATES.md.
    public static let builtIn = Vocabulary(
        actorKinds: BuiltIn.actorKinds, formats: BuiltIn.formats, topics: BuiltIn.topics,
        situationKinds: BuiltIn.situationKinds, residenceStatuses: BuiltIn.residenceStatuses,
        legalBases: BuiltIn.legalBases, observationCodes: BuiltIn.observationCodes)
}

/// The data behind ``Vocabulary/builtIn``.
enum BuiltIn {
    private static func kind(_ id: String, _ de: String, _ en: String, _ abbreviation: String? = nil,
                             _ area: PolicyArea, _ mandates: [CoreMandate] = []) -> ActorKind {
        ActorKind(id: ActorKindID(id), label: Label(de: de, en: en, abbreviation: abbreviation),
                  area: area, mandates: mandates)
    }
    private static func mandate(_ topic: String, _ period: String? = nil, when condition: ResponsibilityCondition? = nil) -> CoreMandate {
        CoreMandate(TopicID(topic), period: period.map { try! Period.parse($0) }, condition: condition)
    }
    /// A condition of a built-in mandate (docs/MANDATES.md gives the report's lines for each).
    private static func condition(age: String? = nil, residence: [ResidenceStatusID]? = nil,
                                  legalBasis: [LegalBasisID]? = nil) -> ResponsibilityCondition {
        ResponsibilityCondition(age: age.map { WholeNumberInterval.parse($0)! }, residence: residence, legalBasis: legalBasis)
    }
    /// The insecure residence statuses of the initiative's target group (Duldung, Gestattung).
    private static let insecureStatuses: [ResidenceStatusID] = [
        "permission_to_reside", "toleration", "training_toleration", "employment_toleration", "toleration_unclear_identity",
    ]
    /// The target group of participation management and of DiAA: tolerated and permitted young adults of 18 to 27.
    private static let targetGroup = condition(age: "18-26", residence: insecureStatuses)
    /// Youth welfare (SGB VIII) up to 27.
    private static let youthWelfareAge = condition(age: "-26")

    static let actorKinds: [ActorKind] = [
        // Migration and integration
        kind("ki", "Kommunales Integrationszentrum", "Municipal integration centre", "KI", .integration,
             [mandate("integration_counselling"), mandate("integration_coordination"), mandate("measure_access")]),
        // The immigration office and the integration centre both decide whether a tolerated young person
        // can take part in an integration measure (residence law vs. support): the report's interference case.
        kind("abh", "Ausländerbehörde", "Immigration office", "ABH", .migration,
             [mandate("residence_status"), mandate("measure_access", when: condition(residence: insecureStatuses))]),
        kind("zab", "Zentrale Ausländerbehörde", "Central immigration office", "ZAB", .migration, [mandate("residence_status")]),
        kind("bamf", "Bundesamt für Migration und Flüchtlinge", "Federal Office for Migration and Refugees", "BAMF", .migration,
             [mandate("asylum_procedure")]),
        kind("jmd", "Jugendmigrationsdienst", "Youth migration service", "JMD", .integration, [mandate("integration_counselling")]),
        kind("integration_course", "Träger von (Jugend-)Integrationskursen", "Provider of (youth) integration courses", nil, .integration,
             [mandate("language")]),
        kind("integration_agency", "Integrationsagentur", "Integration agency", nil, .integration, [mandate("integration_counselling")]),
        kind("refugee_counselling", "Flüchtlingsberatung", "Refugee counselling", nil, .integration, [mandate("integration_counselling")]),
        kind("thm", "Teilhabemanagement", "Participation management", "THM", .integration,
             [mandate("case_management", "2020-06/2022", when: targetGroup)]),
        kind("kim", "KIM-Case-Management", "KIM case management", "KIM", .integration,
             [mandate("case_management", "07/2022-")]),
        kind("integration_commissioner", "Integrationsbeauftragte", "Integration commissioner", nil, .integration,
             [mandate("integration_counselling")]),
        kind("migrant_organisation", "Migrantenselbstorganisation", "Migrant organisation", "MSO", .integration),
        // Education and language
        kind("koko", "Kommunale Koordinierungsstelle KAoA", "Coordination office of the school-to-work programme (KAoA)", "KoKo", .education,
             [mandate("vocational_orientation")]),
        // General schools end with compulsory schooling (the school year of the 18th birthday, § 38 SchulG NRW).
        kind("general_school", "Allgemeinbildende Schule", "General school", nil, .education,
             [mandate("schooling", when: condition(age: "-17"))]),
        kind("vocational_college", "Berufskolleg", "Vocational college", "BK", .education, [mandate("schooling")]),
        kind("vhs", "Volkshochschule", "Adult education centre", "VHS", .education, [mandate("language")]),
        kind("school_authority", "Schulträger", "School authority", nil, .education, [mandate("schooling")]),
        kind("school_supervision", "Schulaufsicht / Schulrat", "School supervision", nil, .education),
        kind("education_provider", "Bildungsträger", "Education provider", nil, .education, [mandate("qualification")]),
        // Youth welfare, health and social affairs
        // Youth welfare by age, not by legal basis: SGB VIII help runs in parallel to SGB II or III.
        kind("youth_office", "Jugendamt", "Youth welfare office", "JA", .social, [mandate("youth_welfare", when: youthWelfareAge)]),
        kind("social_office", "Sozialamt / AsylbLG-Behörde", "Social welfare office (AsylbLG)", nil, .social,
             [mandate("subsistence", when: condition(legalBasis: ["asylblg"]))]),
        kind("youth_social_work", "Träger der Jugendsozialarbeit", "Youth social work provider", nil, .social,
             [mandate("youth_welfare", when: youthWelfareAge)]),
        kind("youth_vocational_aid", "Träger der Jugendberufshilfe", "Youth vocational aid provider", nil, .social,
             [mandate("youth_welfare", when: youthWelfareAge)]),
        kind("school_social_work", "Schulsozialarbeit", "School social work", nil, .social, [mandate("youth_welfare", when: youthWelfareAge)]),
        kind("youth_centre", "Jugendzentrum", "Youth centre", nil, .social),
        kind("housing_office", "Wohnungsamt", "Housing office", nil, .social, [mandate("housing")]),
        kind("health_service", "Gesundheitsamt", "Public health service", nil, .social, [mandate("health")]),
        kind("welfare_association", "Wohlfahrtsverband", "Welfare association", nil, .social),
        // Labour market and economy
        // Job centre and employment agency split by benefit law: responsibility moves between SGB II and
        // SGB III when the household's status changes, so they do not hold labour-market integration at once.
        // Basic income support under SGB II is the job centre's (Z. 279, 307-308); it excludes the
        // AsylbLG office's subsistence by the legal basis, so the two hand over instead of sharing.
        kind("jobcenter", "Jobcenter", "Job centre", "JC", .labour,
             [mandate("labour_market_integration", when: condition(legalBasis: ["sgb2"])),
              mandate("subsistence", when: condition(legalBasis: ["sgb2"]))]),
        kind("employment_agency", "Agentur für Arbeit", "Employment agency", "AA", .labour,
             [mandate("labour_market_integration", when: condition(legalBasis: ["sgb3"])), mandate("vocational_orientation")]),
        kind("integration_point", "Integration Point", "Integration Point", "IP", .labour, [mandate("labour_market_integration")]),
        kind("ihk", "Industrie- und Handelskammer", "Chamber of industry and commerce", "IHK", .labour, [mandate("apprenticeship")]),
        kind("hwk", "Handwerkskammer", "Chamber of crafts", "HWK", .labour, [mandate("apprenticeship")]),
        kind("employment_provider", "Träger der Bildungs- und Beschäftigungsförderung", "Provider of training and employment measures", nil, .labour,
             [mandate("qualification")]),
        kind("carrier", "Maßnahmenträger", "Carrier of measures", nil, .labour, [mandate("qualification")]),
        kind("coaching", "Coaching (DiAA Modul 1)", "Coaching (DiAA module 1)", nil, .labour,
             [mandate("transition_support", "2020-06/2023", when: targetGroup)]),
        kind("employer", "Arbeitgeber", "Employer", nil, .labour, [mandate("apprenticeship")]),
        kind("business_development", "Wirtschaftsförderung", "Business development", nil, .labour),
        // Government and administration
        kind("district", "Kreis", "District", nil, .governance),
        kind("municipality", "Kreisangehörige Kommune", "Municipality within the district", nil, .governance),
        kind("state_ministry", "Landesministerium", "State ministry", nil, .governance, [mandate("programme_steering")]),
        kind("district_government", "Bezirksregierung", "District government", nil, .governance, [mandate("programme_steering")]),
    ]

    private static func format(_ id: String, _ de: String, _ en: String, _ formalisation: Formalisation,
                               written: Bool = false, directed: Bool = false) -> RelationFormat {
        RelationFormat(id: FormatID(id), label: Label(de: de, en: en), defaultFormalisation: formalisation,
                       isWritten: written, isDirected: directed)
    }

    static let formats: [RelationFormat] = [
        format("core_group", "Bündniskerngruppe", "Core group", .regular),
        format("exchange_round", "Austauschrunde", "Exchange round", .regular),
        format("working_group", "Arbeitsgruppe", "Working group", .regular),
        format("steering_group", "Steuerungsgruppe", "Steering group", .regular),
        format("case_conference", "Fallkonferenz", "Case conference", .onDemand),
        format("cooperation_agreement", "Kooperationsvereinbarung", "Cooperation agreement", .written, written: true),
        format("letter_of_intent", "Absichtserklärung", "Letter of intent", .written, written: true),
        format("forwarding_contract", "Weiterleitungsvertrag", "Forwarding contract", .written, written: true, directed: true),
        format("referral", "Verweisberatung", "Referral", .onDemand, directed: true),
        format("contact_data", "Weitergabe von Kontaktdaten", "Passing on contact data", .onDemand, directed: true),
        format("contact_person", "Feste Ansprechperson", "Fixed contact person", .regular),
        format("participation_check", "Prüfung der Teilnahmevoraussetzungen", "Participation check", .onDemand, directed: true),
        format("handover", "Begleitete Übergabe", "Prepared hand-over", .regular, directed: true),
        format("joint_offer", "Gemeinsames Angebot", "Joint offer", .regular),
        format("supervision", "Supervision (Fachkräfte)", "Supervision (professionals)", .regular, directed: true),
        format("reporting", "Berichtswesen", "Reporting", .regular, directed: true),
        format("forum", "Fachforum", "Forum", .onDemand),
    ]

    private static func topic(_ id: String, _ de: String, _ en: String, crossCutting: Bool = false) -> Topic {
        Topic(id: TopicID(id), label: Label(de: de, en: en), isCrossCutting: crossCutting)
    }

    static let topics: [Topic] = [
        topic("residence_status", "Aufenthaltsstatus", "Residence status"),
        topic("measure_access", "Zugang zu Integrationsmaßnahmen (Aufenthaltsrecht und Förderung)",
              "Access to integration measures (residence law and support)"),
        topic("asylum_procedure", "Asylverfahren", "Asylum procedure"),
        topic("integration_counselling", "Integrationsberatung", "Integration counselling"),
        topic("integration_coordination", "Kommunale Integrationskoordination", "Municipal integration coordination"),
        topic("case_management", "Fallbegleitung (Case-Management)", "Case management"),
        topic("language", "Spracherwerb", "Language learning"),
        topic("schooling", "Schulische Bildung", "Schooling"),
        topic("vocational_orientation", "Berufsorientierung", "Vocational orientation"),
        topic("qualification", "Qualifizierung und Maßnahmen", "Qualification and measures"),
        topic("apprenticeship", "Berufsausbildung", "Apprenticeship"),
        topic("labour_market_integration", "Arbeitsmarktintegration", "Labour-market integration"),
        topic("transition_support", "Begleitung in Ausbildung und Arbeit", "Support into training and work"),
        topic("youth_welfare", "Jugendhilfe", "Youth welfare"),
        topic("subsistence", "Existenzsicherung", "Subsistence"),
        topic("housing", "Wohnen", "Housing"),
        topic("health", "Gesundheit", "Health"),
        topic("programme_steering", "Programmsteuerung", "Programme steering"),
        topic("integration", "Integration als Querschnittsaufgabe", "Integration as a cross-cutting goal", crossCutting: true),
        topic("anti_discrimination", "Diskriminierungsschutz", "Protection against discrimination", crossCutting: true),
    ]
}
