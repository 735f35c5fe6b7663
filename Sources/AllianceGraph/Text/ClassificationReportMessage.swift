/// The words of the readable classification report (`alliance classify`, text and Markdown).
public enum ClassificationReportMessage: String, MessageCatalogue {
    case coverageLine = "coverage-line"
    case coveredByType = "covered-by-type"
    case interfaces
    case none
    case noTopic = "no-topic"
    case ruleSuffix = "rule-suffix"
    case typeLine = "type-line"
    case observedMechanism = "observed-mechanism"
    case confidenceSuffix = "confidence-suffix"
    case typicalProblem = "typical-problem"
    case matchingStrategy = "matching-strategy"
    case typeUndetermined = "type-undetermined"
    case reason
    case disagreement
    case strategyLine = "strategy-line"
    case mechanisms
    case noRelations = "no-relations"
    case undetermined
    case chains
    case brokenAt = "broken-at"
    case allLinksWork = "all-links-work"
    case coverageAcrossYears = "coverage-across-years"
    case yearLine = "year-line"
    case percent
    case points
    case decimalSeparator = "decimal-separator"

    public static let area = "classification-report"

    public var template: MessageTemplate {
        switch self {
        case .coverageLine:
            MessageTemplate(de: "Abdeckung: {covered}/{classified} klassifizierten Schnittstellen abgedeckt ({rate}), teilweise {partial}, nicht {uncovered}, ohne Typ {untyped}; Warnsignale: {warnings}; Veränderung zum Vorjahr: {change}",
                            en: "Coverage: {covered}/{classified} classified interfaces covered ({rate}), partly {partial}, not {uncovered}, without type {untyped}; warning signs: {warnings}; change from the year before: {change}")
        case .coveredByType: MessageTemplate(de: "Nach Typ abgedeckt: {types}", en: "Covered by type: {types}")
        case .interfaces: MessageTemplate(de: "Schnittstellen", en: "Interfaces")
        case .none: MessageTemplate(de: "(keine)", en: "(none)")
        case .noTopic: MessageTemplate(de: "ohne Thema", en: "no topic")
        case .ruleSuffix: MessageTemplate(de: ", Regel: {rule}", en: ", rule: {rule}")
        case .typeLine: MessageTemplate(de: "Typ: {type} ({source}{rule}; Sicherheit: {confidence})", en: "Type: {type} ({source}{rule}; confidence: {confidence})")
        case .observedMechanism: MessageTemplate(de: "Beobachteter Mechanismus: {mechanism} – {observations}", en: "Observed mechanism: {mechanism} – {observations}")
        case .confidenceSuffix: MessageTemplate(de: "Sicherheit: {confidence}", en: "confidence: {confidence}")
        case .typicalProblem: MessageTemplate(de: "Typisches Problem: {problem}", en: "Typical problem: {problem}")
        case .matchingStrategy: MessageTemplate(de: "Passende Strategie: {strategy}", en: "Matching strategy: {strategy}")
        case .typeUndetermined: MessageTemplate(de: "Typ: nicht bestimmt", en: "Type: undetermined")
        case .reason: MessageTemplate(de: "Begründung: {reason}", en: "Reason: {reason}")
        case .disagreement: MessageTemplate(de: "Abweichung: {text}", en: "Disagreement: {text}")
        case .strategyLine: MessageTemplate(de: "Strategie: {status} – {reason}", en: "Strategy: {status} – {reason}")
        case .mechanisms: MessageTemplate(de: "Koordinationsmechanismen", en: "Coordination mechanisms")
        case .noRelations: MessageTemplate(de: "(keine Beziehungen)", en: "(no relations)")
        case .undetermined: MessageTemplate(de: "unbestimmt", en: "undetermined")
        case .chains: MessageTemplate(de: "Bildungs- und Integrationsketten", en: "Education and integration chains")
        case .brokenAt: MessageTemplate(de: "unterbrochen bei Glied {index}: {reason}", en: "broken at link {index}: {reason}")
        case .allLinksWork: MessageTemplate(de: "alle Glieder tragen", en: "all links work")
        case .coverageAcrossYears: MessageTemplate(de: "Abdeckung im Zeitverlauf", en: "coverage across years")
        case .yearLine:
            MessageTemplate(de: "{year}: {covered}/{classified} ({rate}), Veränderung {change}, Warnsignale {warnings}",
                            en: "{year}: {covered}/{classified} ({rate}), change {change}, warning signs {warnings}")
        case .percent: MessageTemplate(de: "{value} %", en: "{value}%")
        case .points: MessageTemplate(de: "{value} Prozentpunkte", en: "{value} percentage points")
        case .decimalSeparator: MessageTemplate(de: ",", en: ".")
        }
    }
}
