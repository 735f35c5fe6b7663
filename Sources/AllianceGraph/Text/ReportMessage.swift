/// Words of the readable summaries: `alliance show` (``AllianceSummary``), `alliance vocab`
/// (``VocabularyListing``) and the labels of the trend indicators (``TrendIndicator``).
public enum ReportMessage: String, MessageCatalogue {
    // AllianceSummary
    case districtNamed = "district-named"
    case yearsLine = "years-line"
    case illustrativeNote = "illustrative-note"
    case sourceLine = "source-line"
    case managingOfficeLine = "managing-office-line"
    case coreGroupLine = "core-group-line"
    case actorsByArea = "actors-by-area"
    case relationsByFormat = "relations-by-format"
    case relationsByMechanism = "relations-by-mechanism"
    case interfaces
    case chains
    case notCoded = "not-coded"
    case unknownArea = "unknown-area"
    case inferredMark = "inferred-mark"
    case inferredCount = "inferred-count"
    // AllianceSummary: situations, conditions and observations
    case situations
    case topicDetail = "topic-detail"
    case codedTypes = "coded-types"
    case observedSuffix = "observed-suffix"
    case observedLine = "observed-line"
    case notResponsible = "not-responsible"
    case responsibleByMandate = "responsible-by-mandate"
    case responsibleAlways = "responsible-always"
    case responsibleWhen = "responsible-when"
    case withoutCondition = "without-condition"
    case conditionAge = "condition-age"
    case conditionResidence = "condition-residence"
    case conditionLegalBasis = "condition-legal-basis"
    case conditionProgrammeMonths = "condition-programme-months"
    case rangeFrom = "range-from"
    case rangeUpTo = "range-up-to"
    case or
    // VocabularyListing: section titles
    case areasTitle = "areas-title"
    case actorKindsTitle = "actor-kinds-title"
    case formatsTitle = "formats-title"
    case mechanismsTitle = "mechanisms-title"
    case subFormsTitle = "sub-forms-title"
    case interfaceTypesTitle = "interface-types-title"
    case strategiesTitle = "strategies-title"
    case formalisationsTitle = "formalisations-title"
    case statusesTitle = "statuses-title"
    case topicsTitle = "topics-title"
    case allianceKindsTitle = "alliance-kinds-title"
    case rolesTitle = "roles-title"
    case levelsTitle = "levels-title"
    case observationCodesTitle = "observation-codes-title"
    case situationKindsTitle = "situation-kinds-title"
    case residenceStatusesTitle = "residence-statuses-title"
    case legalBasesTitle = "legal-bases-title"
    // VocabularyListing: details of an entry
    case groupDetail = "group-detail"
    case areaDetail = "area-detail"
    case mandateDetail = "mandate-detail"
    case formalisationDetail = "formalisation-detail"
    case written
    case directed
    case communicationDetail = "communication-detail"
    case yes
    case no
    case subFormsDetail = "sub-forms-detail"
    case mechanismDetail = "mechanism-detail"
    case typicalProblemDetail = "typical-problem-detail"
    case strategyDetail = "strategy-detail"
    case crossCutting = "cross-cutting"
    case neighboursDetail = "neighbours-detail"
    case changeDetail = "change-detail"
    case defaultTopicDetail = "default-topic-detail"
    case mandateCondition = "mandate-condition"
    // Trend indicators
    case writtenAgreements = "written-agreements"
    case cooperationWith = "cooperation-with"
    case formWith = "format-with"

    public static let area = "report"

    public var template: MessageTemplate {
        switch self {
        case .districtNamed: MessageTemplate(de: "Kreis {district}", en: "district {district}")
        case .yearsLine: MessageTemplate(de: "Jahre: {years}", en: "Years: {years}")
        case .illustrativeNote: MessageTemplate(de: " – illustrative Daten, keine reale Kommune",
                                                en: " – illustrative data, not a real municipality")
        case .sourceLine: MessageTemplate(de: "Quelle: {source}", en: "Source: {source}")
        case .managingOfficeLine: MessageTemplate(de: "Geschäftsführende Stelle: {actors}", en: "Managing office: {actors}")
        case .coreGroupLine: MessageTemplate(de: "Bündniskerngruppe ({count}): {actors}", en: "Core group ({count}): {actors}")
        case .actorsByArea: MessageTemplate(de: "Akteure nach Politikfeld:", en: "Actors by policy area:")
        case .relationsByFormat: MessageTemplate(de: "Kooperationen nach Format:", en: "Relations by format:")
        case .relationsByMechanism: MessageTemplate(de: "Kooperationen nach Koordinationsmechanismus:",
                                                    en: "Relations by coordination mechanism:")
        case .interfaces: MessageTemplate(de: "Schnittstellen:", en: "Interfaces:")
        case .chains: MessageTemplate(de: "Bildungs- und Integrationsketten:", en: "Education and integration chains:")
        case .notCoded: MessageTemplate(de: "nicht codiert", en: "not coded")
        case .unknownArea: MessageTemplate(de: "unbekannter Bereich", en: "unknown area")
        case .inferredMark: MessageTemplate(de: " (erschlossen)", en: " (inferred)")
        case .inferredCount: MessageTemplate(de: " ({count} erschlossen)", en: " ({count} inferred)")
        case .situations: MessageTemplate(de: "Situationen:", en: "Situations:")
        case .topicDetail: MessageTemplate(de: "Thema: {topic}", en: "topic: {topic}")
        case .codedTypes: MessageTemplate(de: " – codiert: {types}", en: " – coded: {types}")
        case .observedSuffix: MessageTemplate(de: " – beobachtet: {observations}", en: " – observed: {observations}")
        case .observedLine: MessageTemplate(de: "beobachtet: {observations}", en: "observed: {observations}")
        case .notResponsible: MessageTemplate(de: "beteiligt, nicht zuständig", en: "involved, not responsible")
        case .responsibleByMandate: MessageTemplate(de: "zuständig nach Kernauftrag", en: "responsible by its core mandates")
        case .responsibleAlways: MessageTemplate(de: "zuständig ohne Bedingung", en: "responsible without condition")
        case .responsibleWhen: MessageTemplate(de: "zuständig bei {condition}", en: "responsible for {condition}")
        case .withoutCondition: MessageTemplate(de: "ohne Bedingung", en: "without condition")
        case .conditionAge: MessageTemplate(de: "Alter {range}", en: "age {range}")
        case .conditionResidence: MessageTemplate(de: "Aufenthaltsstatus {statuses}", en: "residence status {statuses}")
        case .conditionLegalBasis: MessageTemplate(de: "Hilfe nach {bases}", en: "help under {bases}")
        case .conditionProgrammeMonths: MessageTemplate(de: "Programmmonat {range}", en: "programme month {range}")
        case .rangeFrom: MessageTemplate(de: "ab {value}", en: "{value} and over")
        case .rangeUpTo: MessageTemplate(de: "bis {value}", en: "up to {value}")
        case .or: MessageTemplate(de: " oder ", en: " or ")
        case .areasTitle: MessageTemplate(de: "Politikfelder", en: "Policy areas")
        case .actorKindsTitle: MessageTemplate(de: "Akteursarten", en: "Actor kinds")
        case .formatsTitle: MessageTemplate(de: "Kooperationsformate", en: "Relation formats")
        case .mechanismsTitle: MessageTemplate(de: "Koordinationsmechanismen", en: "Coordination mechanisms")
        case .subFormsTitle: MessageTemplate(de: "Unterformen der Mechanismen", en: "Mechanism sub-forms")
        case .interfaceTypesTitle: MessageTemplate(de: "Schnittstellentypen", en: "Interface types")
        case .strategiesTitle: MessageTemplate(de: "Bearbeitungsstrategien", en: "Solution strategies")
        case .formalisationsTitle: MessageTemplate(de: "Formalisierung", en: "Formalisation")
        case .statusesTitle: MessageTemplate(de: "Status einer Kooperation", en: "Relation status")
        case .topicsTitle: MessageTemplate(de: "Themen und Kernaufträge", en: "Topics and core mandates")
        case .allianceKindsTitle: MessageTemplate(de: "Arten von Bündnissen", en: "Alliance kinds")
        case .rolesTitle: MessageTemplate(de: "Rollen im Bündnis", en: "Roles in the alliance")
        case .levelsTitle: MessageTemplate(de: "Analyseebenen", en: "Levels of analysis")
        case .observationCodesTitle: MessageTemplate(de: "Beobachtungscodes", en: "Observation codes")
        case .situationKindsTitle: MessageTemplate(de: "Situationen junger Menschen", en: "Situations of young people")
        case .residenceStatusesTitle: MessageTemplate(de: "Aufenthaltsstatus", en: "Residence statuses")
        case .legalBasesTitle: MessageTemplate(de: "Rechtsgrundlagen", en: "Legal bases")
        case .groupDetail: MessageTemplate(de: "Gruppe: {group}", en: "group: {group}")
        case .areaDetail: MessageTemplate(de: "Bereich: {area}", en: "area: {area}")
        case .mandateDetail: MessageTemplate(de: "Kernauftrag: {topic}", en: "core mandate: {topic}")
        case .formalisationDetail: MessageTemplate(de: "Formalisierung: {formalisation}", en: "formalisation: {formalisation}")
        case .written: MessageTemplate(de: "schriftlich", en: "written")
        case .directed: MessageTemplate(de: "gerichtet", en: "directed")
        case .communicationDetail: MessageTemplate(de: "Kommunikation: {answer}", en: "communication: {answer}")
        case .yes: MessageTemplate(de: "ja", en: "yes")
        case .no: MessageTemplate(de: "nein", en: "no")
        case .subFormsDetail: MessageTemplate(de: "Unterformen: {ids}", en: "sub-forms: {ids}")
        case .mechanismDetail: MessageTemplate(de: "Mechanismus: {mechanism}", en: "mechanism: {mechanism}")
        case .typicalProblemDetail: MessageTemplate(de: "typisches Problem: {problem}", en: "typical problem: {problem}")
        case .strategyDetail: MessageTemplate(de: "Strategie: {strategy}", en: "strategy: {strategy}")
        case .crossCutting: MessageTemplate(de: "Querschnittsaufgabe", en: "cross-cutting goal")
        case .neighboursDetail: MessageTemplate(de: "Nachbarthemen: {ids}", en: "neighbouring topics: {ids}")
        case .changeDetail: MessageTemplate(de: "Wechsel: {dimension}", en: "change: {dimension}")
        case .defaultTopicDetail: MessageTemplate(de: "Thema: {topic}", en: "topic: {topic}")
        case .mandateCondition: MessageTemplate(de: " bei {condition}", en: " for {condition}")
        case .writtenAgreements: MessageTemplate(de: "Schriftliche Vereinbarungen", en: "Written agreements")
        case .cooperationWith: MessageTemplate(de: "Kooperation mit {partner}", en: "Cooperation with {partner}")
        case .formWith: MessageTemplate(de: "{format} mit {partner}", en: "{format} with {partner}")
        }
    }
}
