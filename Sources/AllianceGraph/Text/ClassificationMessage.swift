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
    case situationChange = "interface-situation-change"
    case actorMandates = "interface-actor-mandates"
    case noCoreMandate = "interface-no-core-mandate"
    case noRuleWithoutTopic = "interface-no-rule-without-topic"
    case noRule = "interface-no-rule"
    case typeDisagreement = "interface-type-disagreement"
    case severalFindings = "interface-several-findings"
    case exclusiveConditions = "interface-exclusive-conditions"
    case conditionAge = "condition-age"
    case conditionProgrammeMonths = "condition-programme-months"
    // Strategy coverage (StrategyCoverage) and chains (ChainCheck)
    case relationRef = "relation-ref"
    case noType = "coverage-no-type"
    case simultaneousMissing = "coverage-simultaneous-missing"
    case simultaneousInPlace = "coverage-simultaneous-in-place"
    case simultaneousPartial = "coverage-simultaneous-partial"
    case onlyOneActor = "coverage-only-one-actor"
    case successiveMissing = "coverage-successive-missing"
    case successiveInPlace = "coverage-successive-in-place"
    case theGoal = "coverage-the-goal"
    case sensitiveNotNeeded = "coverage-sensitive-not-needed"
    case sensitiveInPlace = "coverage-sensitive-in-place"
    case sensitiveMissing = "coverage-sensitive-missing"
    case warningSign = "coverage-warning-sign"
    case chainPair = "chain-pair"
    case chainActorMissing = "chain-actor-missing"
    case chainCarried = "chain-carried"
    case chainNoRelation = "chain-no-relation"
    case chainNoTransfer = "chain-no-transfer"
    case relationMechanism = "chain-relation-mechanism"
    case mechanismUndetermined = "mechanism-undetermined"
    // Mechanisms (MechanismClassifier)
    case mechanismCoded = "mechanism-coded"
    case mechanismRule = "mechanism-rule"
    case mechanismNoRule = "mechanism-no-rule"
    case mechanismAdaptation = "mechanism-adaptation"
    case mechanismDisagreement = "mechanism-disagreement"
    case mechanismObservation = "mechanism-observation"
    case mechanismObserved = "mechanism-observed"
    case mechanismConflict = "mechanism-conflict"
    case observedBy = "observed-by"
    case conditionAny = "condition-any"
    case conditionDirected = "condition-directed"
    case conditionUndirected = "condition-undirected"
    case conditionDirectedFrom = "condition-directed-from"

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
        case .situationChange:
            MessageTemplate(de: "Die Situation ({kind}) ist ein Schritt {steps}: Die Zuständigkeit geht weiter, Auslöser: {change} (Transition).",
                            en: "The situation ({kind}) is a step {steps}: responsibility passes on, trigger: {change} (transition).")
        case .actorMandates: MessageTemplate(de: "{actor}: {mandates}", en: "{actor}: {mandates}")
        case .noCoreMandate: MessageTemplate(de: "kein Kernauftrag", en: "no core mandate")
        case .noRuleWithoutTopic:
            MessageTemplate(de: "Keine Regel greift: Die Schnittstelle hat kein Thema und ihre Akteure bilden keine Kette; der Typ muss kodiert werden.",
                            en: "No rule fires: the interface has no topic and its actors form no chain; the type has to be coded.")
        case .noRule:
            MessageTemplate(de: "Keine Regel greift für „{topic}“ ({mandates}): weder gleichzeitiger noch aufeinanderfolgender Kernauftrag, kein Querschnittsziel, kein gemeinsamer biografischer Weg; der Typ muss kodiert werden.",
                            en: "No rule fires for “{topic}” ({mandates}): no shared or consecutive core mandate, no cross-cutting goal, no common biographical path; the type has to be coded.")
        case .severalFindings: MessageTemplate(de: "{findings}", en: "{findings}")
        case .exclusiveConditions:
            MessageTemplate(de: "Für „{topic}“ sind {holders} unter Bedingungen zuständig, die sich ausschließen: Die Zuständigkeit geht über, Auslöser: {change} (Transition).",
                            en: "For “{topic}” {holders} are responsible under conditions that exclude each other: responsibility passes on, trigger: {change} (transition).")
        case .conditionAge: MessageTemplate(de: "Alter {range}", en: "age {range}")
        case .conditionProgrammeMonths: MessageTemplate(de: "Programmmonat {range}", en: "programme month {range}")
        case .relationRef: MessageTemplate(de: "{format} [{id}]", en: "{format} [{id}]")
        case .noType:
            MessageTemplate(de: "Ohne Typ lässt sich keine passende Strategie prüfen.", en: "Without a type no matching strategy can be checked.")
        case .simultaneousMissing:
            MessageTemplate(de: "Simultane Strategie fehlt: keine verknüpfende Beziehung (z. B. Fallkonferenz) zwischen {actors}.",
                            en: "Simultaneous strategy missing: no linking relation (e.g. a case conference) among {actors}.")
        case .simultaneousInPlace:
            MessageTemplate(de: "Simultane Strategie vorhanden: {actors} sind verknüpft durch {relations}.",
                            en: "Simultaneous strategy in place: {actors} are linked through {relations}.")
        case .simultaneousPartial:
            MessageTemplate(de: "Simultane Strategie nur teilweise: {relations}; nicht einbezogen: {missing}.",
                            en: "Simultaneous strategy only in part: {relations}; not included: {missing}.")
        case .onlyOneActor:
            MessageTemplate(de: "Die Schnittstelle nennt nur einen Akteur; es gibt keinen Schritt, der zu prüfen wäre.",
                            en: "The interface names only one actor; there is no step to check.")
        case .successiveMissing:
            MessageTemplate(de: "Sukzessive Strategie fehlt beim Schritt von {from} zu {to}: keine Überleitung und keine begleitete Übergabe.",
                            en: "Successive strategy missing at the step from {from} to {to}: no transfer and no prepared hand-over.")
        case .successiveInPlace:
            MessageTemplate(de: "Sukzessive Strategie vorhanden: {relations}.", en: "Successive strategy in place: {relations}.")
        case .theGoal: MessageTemplate(de: "das Ziel", en: "the goal")
        case .sensitiveNotNeeded:
            MessageTemplate(de: "Alle Beteiligten halten „{topic}“ als Kernauftrag; eine sensible Strategie ist nicht nötig.",
                            en: "Everyone involved holds “{topic}” as a core mandate; no sensitive strategy is needed.")
        case .sensitiveInPlace:
            MessageTemplate(de: "Sensible Strategie vorhanden: {actors} sind zu „{topic}“ eingebunden durch {relations}.",
                            en: "Sensitive strategy in place: {actors} are involved on “{topic}” through {relations}.")
        case .sensitiveMissing:
            MessageTemplate(de: "Sensible Strategie fehlt für {missing}: keine verknüpfende Beziehung zu „{topic}“ mit den anderen Beteiligten.",
                            en: "Sensitive strategy missing for {missing}: no linking relation on “{topic}” with the others involved.")
        case .warningSign:
            MessageTemplate(de: "{reason} Warnsignal: Zwischen den Beteiligten wirken nur Mechanismen ohne Kommunikation ({mechanisms}).",
                            en: "{reason} Warning sign: only mechanisms without communication work among those involved ({mechanisms}).")
        case .chainPair: MessageTemplate(de: "{from} → {to}", en: "{from} → {to}")
        case .chainActorMissing:
            MessageTemplate(de: "{pair}: {actors} nimmt {year} nicht am Bündnis teil.", en: "{pair}: {actors} does not take part in the alliance in {year}.")
        case .chainCarried: MessageTemplate(de: "{pair}: getragen von {relations}.", en: "{pair}: carried by {relations}.")
        case .chainNoRelation:
            MessageTemplate(de: "{pair}: keine Beziehung zwischen beiden im Jahr {year} – hier können junge Menschen verloren gehen.",
                            en: "{pair}: no relation between the two in {year} – young people can get lost here.")
        case .chainNoTransfer:
            MessageTemplate(de: "{pair}: Beziehungen vorhanden ({relations}), aber keine Überleitung und keine begleitete Übergabe.",
                            en: "{pair}: relations exist ({relations}), but no transfer and no prepared hand-over.")
        case .relationMechanism: MessageTemplate(de: "{relation}: {mechanism}", en: "{relation}: {mechanism}")
        case .mechanismUndetermined: MessageTemplate(de: "Mechanismus unbestimmt", en: "mechanism undetermined")
        case .mechanismCoded:
            MessageTemplate(de: "{format} ({actors}): in den Daten kodiert als {mechanism}.", en: "{format} ({actors}): coded in the data as {mechanism}.")
        case .mechanismRule:
            MessageTemplate(de: "{format} ({actors}) – Vorgabe aus dem Format, Regel {rule}: {reason}",
                            en: "{format} ({actors}) – default from the format, rule {rule}: {reason}")
        case .mechanismObservation:
            MessageTemplate(de: "Regel {rule}: beobachtet „{code}“{by}: {mechanism}", en: "rule {rule}: observed “{code}”{by}: {mechanism}")
        case .mechanismObserved: MessageTemplate(de: "{format} ({actors}) – {observations}.", en: "{format} ({actors}) – {observations}.")
        case .mechanismConflict:
            MessageTemplate(de: "Beobachtungen nennen verschiedene Mechanismen ({observed}); nach der Rangfolge (positive Koordination, Intervention, negative Koordination, Austausch) gilt {used} (Regel {rule}).",
                            en: "Observations name different mechanisms ({observed}); by precedence (positive coordination, intervention, negative coordination, exchange) {used} is used (rule {rule}).")
        case .observedBy: MessageTemplate(de: " (von {actor})", en: " (by {actor})")
        case .mechanismNoRule:
            MessageTemplate(de: "{format} ({actors}): keine Regel für dieses Format in dieser Richtung; der Mechanismus muss kodiert werden.",
                            en: "{format} ({actors}): no rule for this format in this direction; the mechanism has to be coded.")
        case .mechanismAdaptation:
            MessageTemplate(de: "{receiver} gegenüber der Teilnahmeprüfung durch {checkers} – Regel {rule}: {reason}",
                            en: "{receiver} towards the participation check by {checkers} – rule {rule}: {reason}")
        case .mechanismDisagreement:
            MessageTemplate(de: "Kodiert: {coded}; Regel {rule} ergäbe: {inferred}. Die Kodierung gilt.",
                            en: "Coded: {coded}; rule {rule} would give: {inferred}. The coded value is used.")
        case .conditionAny: MessageTemplate(de: "jede Richtung", en: "any direction")
        case .conditionDirected: MessageTemplate(de: "gerichtet", en: "directed")
        case .conditionUndirected: MessageTemplate(de: "ungerichtet", en: "undirected")
        case .conditionDirectedFrom: MessageTemplate(de: "gerichtet, ausgehend von: {area}", en: "directed, from: {area}")
        case .typeDisagreement:
            MessageTemplate(de: "Kodiert als {coded}, Regel „{rule}“ ergäbe {inferred}. Die Kodierung gilt.",
                            en: "Coded as {coded}, rule “{rule}” would give {inferred}. The coded type is used.")
        }
    }
}

extension CodedMechanism {
    /// The mechanism (and sub-form) in words, as a message argument.
    var argument: MessageArgument { .label(Label(de: text(.de), en: text(.en))) }
}
