/// The reasons the classification rules give (interface types, strategy coverage, mechanisms,
/// chains). A rule returns its rule id and a ``Message`` of this catalogue whose arguments are the
/// facts it used (actors, topics, periods, relations); the words are made where the report is written.
public enum ClassificationMessage: String, MessageCatalogue {
    // Interface types (InterfaceClassifier)
    case codedType = "interface-coded-type"
    case sharedMandate = "interface-shared-mandate"
    case holderSpans = "interface-holder-spans"
    case consecutiveMandates = "interface-consecutive-mandates"
    case consecutiveStep = "interface-consecutive-step"
    case gapMonths = "interface-gap-months"
    case crossCuttingGoal = "interface-cross-cutting-goal"
    case onlyHolder = "interface-only-holder"
    case topicOutsideMandates = "interface-topic-outside-mandates"
    case explicitChain = "interface-explicit-chain"
    case withNote = "with-note"
    case biographicalStep = "interface-biographical-step"
    case actorMandates = "interface-actor-mandates"
    case noCoreMandate = "interface-no-core-mandate"
    case noRuleWithoutTopic = "interface-no-rule-without-topic"
    case noRule = "interface-no-rule"
    case typeDisagreement = "interface-type-disagreement"

    public static let area = "classification"

    public var template: MessageTemplate {
        switch self {
        case .codedType:
            MessageTemplate(de: "In den Daten als {type} kodiert. Ableitung: {inference}", en: "Coded in the data as {type}. Inference: {inference}")
        case .sharedMandate:
            MessageTemplate(de: "„{topic}“ ist im Jahr {year} zugleich Kernauftrag von {holders}: Zuständigkeiten überlappen (Interferenz).",
                            en: "“{topic}” is a core mandate of {holders} at the same time in {year}: responsibilities overlap (interference).")
        case .holderSpans: MessageTemplate(de: "{actor} ({spans})", en: "{actor} ({spans})")
        case .consecutiveMandates:
            MessageTemplate(de: "{steps}: Die Zuständigkeit geht von einer Stelle auf die nächste über (Transition).",
                            en: "{steps}: responsibility passes from one institution to the next (transition).")
        case .consecutiveStep:
            MessageTemplate(de: "{from} hält „{topic}“ bis {until}, {to} ab {start}{gap}", en: "{from} holds “{topic}” until {until}, {to} from {start}{gap}")
        case .gapMonths: MessageTemplate(de: " (Lücke von {months} Monaten)", en: " (a gap of {months} months)")
        case .crossCuttingGoal:
            MessageTemplate(de: "„{topic}“ ist ein Querschnittsziel, das nicht zu den Kernaufträgen der Beteiligten gehört ({mandates}).{holders} Zuständigkeit ist verteilt (Diffusion).",
                            en: "“{topic}” is a cross-cutting goal outside the core mandates of those involved ({mandates}).{holders} Responsibility is spread (diffusion).")
        case .onlyHolder: MessageTemplate(de: " Nur {names} hält es als Kernauftrag.", en: " Only {names} holds it as a core mandate.")
        case .topicOutsideMandates:
            MessageTemplate(de: "„{topic}“ gehört im Jahr {year} zu keinem Kernauftrag der Beteiligten ({mandates}): Zuständigkeit ist nicht eindeutig zugeordnet (Diffusion).",
                            en: "“{topic}” is in no core mandate of those involved in {year} ({mandates}): responsibility is not clearly assigned (diffusion).")
        case .explicitChain:
            MessageTemplate(de: "In der Kette „{chain}“ folgen die Schritte {steps} aufeinander: Die Zuständigkeit geht weiter (Transition).",
                            en: "In the chain “{chain}” the steps {steps} follow one another: responsibility passes on (transition).")
        case .withNote: MessageTemplate(de: "{item} ({note})", en: "{item} ({note})")
        case .biographicalStep:
            MessageTemplate(de: "Biografischer Schritt ({sequence}): {steps}; nur {holder} hält „{topic}“ als Kernauftrag. Die Zuständigkeit geht weiter (Transition).",
                            en: "Biographical step ({sequence}): {steps}; only {holder} holds “{topic}” as a core mandate. Responsibility passes on (transition).")
        case .actorMandates: MessageTemplate(de: "{actor}: {mandates}", en: "{actor}: {mandates}")
        case .noCoreMandate: MessageTemplate(de: "kein Kernauftrag", en: "no core mandate")
        case .noRuleWithoutTopic:
            MessageTemplate(de: "Keine Regel greift: Die Schnittstelle hat kein Thema und ihre Akteure bilden keine Kette; der Typ muss kodiert werden.",
                            en: "No rule fires: the interface has no topic and its actors form no chain; the type has to be coded.")
        case .noRule:
            MessageTemplate(de: "Keine Regel greift für „{topic}“ ({mandates}): weder gleichzeitiger noch aufeinanderfolgender Kernauftrag, kein Querschnittsziel, kein gemeinsamer biografischer Weg; der Typ muss kodiert werden.",
                            en: "No rule fires for “{topic}” ({mandates}): no shared or consecutive core mandate, no cross-cutting goal, no common biographical path; the type has to be coded.")
        case .typeDisagreement:
            MessageTemplate(de: "Kodiert als {coded}, Regel „{rule}“ ergäbe {inferred}. Die Kodierung gilt.",
                            en: "Coded as {coded}, rule “{rule}” would give {inferred}. The coded type is used.")
        }
    }
}
