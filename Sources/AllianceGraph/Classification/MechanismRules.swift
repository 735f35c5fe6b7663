/// When a mechanism rule applies to a relation, beyond its format.
public enum MechanismRuleCondition: Hashable, Sendable {
    /// Any relation of the format.
    case any
    /// Only a directed relation (from … to …).
    case directed
    /// Only an undirected relation (a group).
    case undirected
    /// Only a directed relation with at least one source of this policy area,
    /// e.g. a participation check run by the immigration office (migration policy).
    case directedFrom(PolicyArea)

    /// Whether `relation` meets the condition.
    func holds(for relation: Relation, in context: ClassificationContext) -> Bool {
        switch (self, relation.ends) {
        case (.any, _): true
        case (.directed, .directed), (.undirected, .undirected), (.undirected, .coreGroup): true
        case (.directedFrom(let area), .directed(let from, _)):
            from.contains { context.alliance.actor($0)?.policyArea(in: context.vocabulary) == area }
        default: false
        }
    }

    /// The condition in words.
    public var label: Label {
        switch self {
        case .any: Label(de: "jede Richtung", en: "any direction")
        case .directed: Label(de: "gerichtet", en: "directed")
        case .undirected: Label(de: "ungerichtet", en: "undirected")
        case .directedFrom(let area): Label(de: "gerichtet, ausgehend von: \(area.label.de)", en: "directed, from: \(area.label.en)")
        }
    }
}

/// One row of the rule table that infers a relation's coordination mechanism from its format
/// (and, where needed, its direction and the policy area of its source).
public struct MechanismRule: Hashable, Sendable, Identifiable {
    /// Stable rule id, shown with every inferred result, e.g. `format.case_conference`.
    public let id: String
    /// The format the rule is about.
    public let format: FormatID
    /// The extra condition.
    public let condition: MechanismRuleCondition
    /// The mechanism (and sub-form) inferred.
    public let result: CodedMechanism
    /// Why, in words, with reference to the report's heuristic (chapter 2.1).
    public let reason: Label

    init(_ id: String, _ format: FormatID, _ condition: MechanismRuleCondition = .any,
         _ mechanism: Mechanism, _ subForm: MechanismSubForm? = nil, de: String, en: String) {
        self.id = id
        self.format = format
        self.condition = condition
        self.result = CodedMechanism(mechanism, subForm)
        self.reason = Label(de: de, en: en)
    }
}

/// THE rule table for coordination mechanisms (Koordinationsmechanismen).
///
/// Read top to bottom; the first row whose format and condition match a relation wins.
/// A mechanism coded in the data always wins over the table; the table only fills gaps
/// and is used to report where coded and inferred values disagree.
/// Formats without a row (e.g. a user's own formats, a participation check not run by
/// the immigration office) stay unclassified: the format alone does not tell.
///
/// Below the table, ``adaptation`` is the one contextual rule: it reads a whole
/// alliance-year, not a single relation.
public enum MechanismRules {
    /// The table.
    public static let table: [MechanismRule] = [
        // — Exchange and learning (Austausch und Lernen): bodies and forums that build knowledge and trust.
        MechanismRule("format.core_group", "core_group", .any, .exchange,
                      de: "Die Bündniskerngruppe ist ein Gremium gegenseitiger Information: Austausch und Lernen.",
                      en: "The core group is a body for mutual information: exchange and learning."),
        MechanismRule("format.exchange_round", "exchange_round", .any, .exchange,
                      de: "Eine Austauschrunde baut Wissen und Vertrauen auf: Austausch und Lernen.",
                      en: "An exchange round builds knowledge and trust: exchange and learning."),
        MechanismRule("format.forum", "forum", .any, .exchange,
                      de: "Ein Fachforum dient der gegenseitigen Information: Austausch und Lernen.",
                      en: "A forum serves mutual information: exchange and learning."),
        MechanismRule("format.working_group", "working_group", .any, .exchange,
                      de: "Eine Arbeitsgruppe ist ein Gremium; ohne Weiteres verbindet sie noch keine Leistungen: Austausch und Lernen.",
                      en: "A working group is a body; by itself it does not yet join services: exchange and learning."),
        MechanismRule("format.steering_group", "steering_group", .any, .exchange,
                      de: "Eine Steuerungsgruppe ist ein Gremium gegenseitiger Abstimmung über das Bündnis, nicht über Einzelfälle: Austausch und Lernen.",
                      en: "A steering group is a body agreeing on the alliance, not on cases: exchange and learning."),
        MechanismRule("format.letter_of_intent", "letter_of_intent", .any, .exchange,
                      de: "Eine Absichtserklärung hält gemeinsame Ziele fest, verbindet aber noch keine Beiträge: Austausch und Lernen.",
                      en: "A letter of intent records shared goals but does not yet join contributions: exchange and learning."),
        MechanismRule("format.contact_person", "contact_person", .any, .exchange,
                      de: "Feste Ansprechpersonen schaffen einen ständigen Informationsweg: Austausch und Lernen.",
                      en: "Fixed contact persons open a standing channel of information: exchange and learning."),
        MechanismRule("format.reporting", "reporting", .any, .exchange,
                      de: "Berichtswesen gibt Information weiter, ohne Leistungen zu verbinden: Austausch und Lernen.",
                      en: "Reporting passes information on without joining services: exchange and learning."),
        // — Positive coordination (positive Koordination): linking (simultaneous or sensitive) or transfer (successive).
        MechanismRule("format.case_conference", "case_conference", .any, .positive, .linking,
                      de: "In der Fallkonferenz planen mehrere Stellen gemeinsam im Einzelfall: positive Koordination, Verknüpfung (simultane Strategie).",
                      en: "In a case conference several institutions plan a case together: positive coordination, linking (simultaneous strategy)."),
        MechanismRule("format.joint_offer", "joint_offer", .any, .positive, .linking,
                      de: "Ein gemeinsames Angebot verbindet Beiträge mehrerer Felder zugleich: positive Koordination, Verknüpfung.",
                      en: "A joint offer joins contributions of several fields at once: positive coordination, linking."),
        MechanismRule("format.handover", "handover", .any, .positive, .transfer,
                      de: "Bei der begleiteten Übergabe bereiten abgebende und aufnehmende Stelle den Übergang gemeinsam vor: positive Koordination, Überleitung (sukzessive Strategie).",
                      en: "In a prepared hand-over the releasing and the receiving institution prepare the step together: positive coordination, transfer (successive strategy)."),
        MechanismRule("format.forwarding_contract", "forwarding_contract", .any, .positive, .transfer,
                      de: "Ein Weiterleitungsvertrag regelt schriftlich, wie Personen an die nächste Stelle gelangen: positive Koordination, Überleitung.",
                      en: "A forwarding contract lays down in writing how people reach the next institution: positive coordination, transfer."),
        MechanismRule("format.contact_data", "contact_data", .any, .positive, .transfer,
                      de: "Die Weitergabe von Kontaktdaten lässt die aufnehmende Stelle auf die Person zugehen: positive Koordination, Überleitung (einfachste Form).",
                      en: "Passing on contact data lets the receiving institution approach the person: positive coordination, transfer (its simplest form)."),
        MechanismRule("format.cooperation_agreement.directed", "cooperation_agreement", .directed, .positive, .transfer,
                      de: "Eine gerichtete Kooperationsvereinbarung regelt den Übergang von einer Stelle zur nächsten: positive Koordination, Überleitung.",
                      en: "A directed cooperation agreement lays down the step from one institution to the next: positive coordination, transfer."),
        MechanismRule("format.cooperation_agreement", "cooperation_agreement", .undirected, .positive, .linking,
                      de: "Eine Kooperationsvereinbarung mehrerer Stellen verbindet ihre Beiträge verbindlich: positive Koordination, Verknüpfung.",
                      en: "A cooperation agreement among several institutions joins their contributions bindingly: positive coordination, linking."),
        // — Intervention: acting upon another field without agreeing on it.
        MechanismRule("format.participation_check.migration", "participation_check", .directedFrom(.migration), .intervention, .encroachment,
                      de: "Die Ausländerbehörde prüft die Teilnahmevoraussetzungen und bindet das andere Feld an aufenthaltsrechtliche Vorgaben: Intervention, Eingriff.",
                      en: "The immigration office checks participation prerequisites and binds the other field to residence law: intervention, encroachment."),
        MechanismRule("format.supervision", "supervision", .directed, .intervention, .encroachment,
                      de: "Aufsicht verpflichtet die beaufsichtigte Stelle durch Vorgaben: Intervention, Eingriff.",
                      en: "Supervision binds the supervised institution by requirements: intervention, encroachment."),
        MechanismRule("format.referral", "referral", .any, .intervention, .shifting,
                      de: "Bei der Verweisberatung wird eine andere Stelle für zuständig erklärt, ohne den Übergang zu begleiten: Intervention, Verschiebung.",
                      en: "A referral declares another institution responsible without accompanying the step: intervention, shifting."),
    ]

    /// The first rule matching `relation`, if any.
    public static func rule(for relation: Relation, in context: ClassificationContext) -> MechanismRule? {
        table.first { $0.format == relation.format && $0.condition.holds(for: relation, in: context) }
    }

    /// The contextual rule for negative coordination by adaptation (Anpassung).
    ///
    /// When the immigration office checks participation prerequisites (a relation whose
    /// mechanism is intervention by encroachment) and a receiving actor has no relation with
    /// the office in the same year whose mechanism needs communication (exchange and learning
    /// or positive coordination), the receiving actor accepts the exclusions without any
    /// channel to clarify the leeway: negative coordination, adaptation (report, section 3.3).
    public static let adaptation = MechanismRule(
        "context.accepted_exclusions", "participation_check", .directedFrom(.migration), .negative, .adaptation,
        de: "Die aufnehmende Stelle nimmt die Ausschlüsse der Ausländerbehörde hin, ohne in diesem Jahr einen Austausch- oder Abstimmungsweg mit ihr zu haben, über den Spielräume geklärt werden könnten: negative Koordination, Anpassung.",
        en: "The receiving actor accepts the immigration office's exclusions without any exchange or coordination channel with it that year through which leeway could be clarified: negative coordination, adaptation.")
}
