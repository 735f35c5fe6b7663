/// The reasons of the rows of the mechanism rule table (``MechanismRules``), keyed by the rule's id:
/// the table holds the decisions (format, condition, mechanism), this catalogue their words.
public enum MechanismRuleMessage: String, MessageCatalogue {
    case formatCoreGroup = "format.core_group"
    case formatExchangeRound = "format.exchange_round"
    case formatForum = "format.forum"
    case formatWorkingGroup = "format.working_group"
    case formatSteeringGroup = "format.steering_group"
    case formatLetterOfIntent = "format.letter_of_intent"
    case formatContactPerson = "format.contact_person"
    case formatReporting = "format.reporting"
    case formatCaseConference = "format.case_conference"
    case formatJointOffer = "format.joint_offer"
    case formatHandover = "format.handover"
    case formatForwardingContract = "format.forwarding_contract"
    case formatContactData = "format.contact_data"
    case formatCooperationAgreementDirected = "format.cooperation_agreement.directed"
    case formatCooperationAgreement = "format.cooperation_agreement"
    case formatParticipationCheckMigration = "format.participation_check.migration"
    case formatSupervision = "format.supervision"
    case formatReferral = "format.referral"
    case contextAcceptedExclusions = "context.accepted_exclusions"

    public static let area = "mechanism-rule"

    public var template: MessageTemplate {
        switch self {
        case .formatCoreGroup:
            MessageTemplate(de: "Die Bündniskerngruppe ist ein Gremium gegenseitiger Information: Austausch und Lernen.",
                            en: "The core group is a body for mutual information: exchange and learning.")
        case .formatExchangeRound:
            MessageTemplate(de: "Eine Austauschrunde baut Wissen und Vertrauen auf: Austausch und Lernen.",
                            en: "An exchange round builds knowledge and trust: exchange and learning.")
        case .formatForum:
            MessageTemplate(de: "Ein Fachforum dient der gegenseitigen Information: Austausch und Lernen.",
                            en: "A forum serves mutual information: exchange and learning.")
        case .formatWorkingGroup:
            MessageTemplate(de: "Eine Arbeitsgruppe ist ein Gremium; ohne Weiteres verbindet sie noch keine Leistungen: Austausch und Lernen.",
                            en: "A working group is a body; by itself it does not yet join services: exchange and learning.")
        case .formatSteeringGroup:
            MessageTemplate(de: "Eine Steuerungsgruppe ist ein Gremium gegenseitiger Abstimmung über das Bündnis, nicht über Einzelfälle: Austausch und Lernen.",
                            en: "A steering group is a body agreeing on the alliance, not on cases: exchange and learning.")
        case .formatLetterOfIntent:
            MessageTemplate(de: "Eine Absichtserklärung hält gemeinsame Ziele fest, verbindet aber noch keine Beiträge: Austausch und Lernen.",
                            en: "A letter of intent records shared goals but does not yet join contributions: exchange and learning.")
        case .formatContactPerson:
            MessageTemplate(de: "Feste Ansprechpersonen schaffen einen ständigen Informationsweg: Austausch und Lernen.",
                            en: "Fixed contact persons open a standing channel of information: exchange and learning.")
        case .formatReporting:
            MessageTemplate(de: "Berichtswesen gibt Information weiter, ohne Leistungen zu verbinden: Austausch und Lernen.",
                            en: "Reporting passes information on without joining services: exchange and learning.")
        case .formatCaseConference:
            MessageTemplate(de: "In der Fallkonferenz planen mehrere Stellen gemeinsam im Einzelfall: positive Koordination, Verknüpfung (simultane Strategie).",
                            en: "In a case conference several institutions plan a case together: positive coordination, linking (simultaneous strategy).")
        case .formatJointOffer:
            MessageTemplate(de: "Ein gemeinsames Angebot verbindet Beiträge mehrerer Felder zugleich: positive Koordination, Verknüpfung.",
                            en: "A joint offer joins contributions of several fields at once: positive coordination, linking.")
        case .formatHandover:
            MessageTemplate(de: "Bei der begleiteten Übergabe bereiten abgebende und aufnehmende Stelle den Übergang gemeinsam vor: positive Koordination, Überleitung (sukzessive Strategie).",
                            en: "In a prepared hand-over the releasing and the receiving institution prepare the step together: positive coordination, transfer (successive strategy).")
        case .formatForwardingContract:
            MessageTemplate(de: "Ein Weiterleitungsvertrag regelt schriftlich, wie Personen an die nächste Stelle gelangen: positive Koordination, Überleitung.",
                            en: "A forwarding contract lays down in writing how people reach the next institution: positive coordination, transfer.")
        case .formatContactData:
            MessageTemplate(de: "Die Weitergabe von Kontaktdaten lässt die aufnehmende Stelle auf die Person zugehen: positive Koordination, Überleitung (einfachste Form).",
                            en: "Passing on contact data lets the receiving institution approach the person: positive coordination, transfer (its simplest form).")
        case .formatCooperationAgreementDirected:
            MessageTemplate(de: "Eine gerichtete Kooperationsvereinbarung regelt den Übergang von einer Stelle zur nächsten: positive Koordination, Überleitung.",
                            en: "A directed cooperation agreement lays down the step from one institution to the next: positive coordination, transfer.")
        case .formatCooperationAgreement:
            MessageTemplate(de: "Eine Kooperationsvereinbarung mehrerer Stellen verbindet ihre Beiträge verbindlich: positive Koordination, Verknüpfung.",
                            en: "A cooperation agreement among several institutions joins their contributions bindingly: positive coordination, linking.")
        case .formatParticipationCheckMigration:
            MessageTemplate(de: "Die Ausländerbehörde prüft die Teilnahmevoraussetzungen und bindet das andere Feld an aufenthaltsrechtliche Vorgaben: Intervention, Eingriff.",
                            en: "The immigration office checks participation prerequisites and binds the other field to residence law: intervention, encroachment.")
        case .formatSupervision:
            MessageTemplate(de: "In der Supervision reflektieren Fachkräfte ihre Arbeit mit einer externen Fachperson: Austausch und Lernen.",
                            en: "In supervision professionals reflect on their work with an outside expert: exchange and learning.")
        case .formatReferral:
            MessageTemplate(de: "Die vereinbarte Verweisberatung weist die Person auf das Angebot einer anderen Stelle hin; sie gehört zu den Wegen des Austauschs zwischen den Stellen: Austausch und Lernen.",
                            en: "An agreed referral points the person to another institution's offer; it is one of the channels of exchange between the institutions: exchange and learning.")
        case .contextAcceptedExclusions:
            MessageTemplate(de: "Die aufnehmende Stelle nimmt die Ausschlüsse der Ausländerbehörde hin, ohne in diesem Jahr einen Austausch- oder Abstimmungsweg mit ihr zu haben, über den Spielräume geklärt werden könnten: negative Koordination, Anpassung.",
                            en: "The receiving actor accepts the immigration office's exclusions without any exchange or coordination channel with it that year through which leeway could be clarified: negative coordination, adaptation.")
        }
    }
}
