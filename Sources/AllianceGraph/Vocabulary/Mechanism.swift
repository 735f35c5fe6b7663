/// A coordination mechanism between actors of different policy fields.
public enum Mechanism: String, LabelledTerm, Codable {
    /// Mutual information that builds knowledge and trust: forums, core groups, exchange rounds.
    case exchange
    /// Acting upon another field: appeal, encroachment or shifting.
    case intervention
    /// Staying within one's own limits without agreeing with others: adaptation or demarcation.
    case negative
    /// Joining contributions across fields: linking or transfer.
    case positive

    public var label: Label {
        switch self {
        case .exchange: Label(de: "Austausch und Lernen", en: "Exchange and learning")
        case .intervention: Label(de: "Intervention", en: "Intervention")
        case .negative: Label(de: "Negative Koordination", en: "Negative coordination")
        case .positive: Label(de: "Positive Koordination", en: "Positive coordination")
        }
    }

    /// Whether the mechanism works through communication between the actors.
    /// Mechanisms that do without it are the warning signs.
    public var needsCommunication: Bool {
        switch self {
        case .exchange, .positive: true
        case .intervention, .negative: false
        }
    }

    /// The sub-forms of this mechanism (none for exchange and learning).
    public var subForms: [MechanismSubForm] {
        MechanismSubForm.allCases.filter { $0.mechanism == self }
    }

    /// What the mechanism means, in short.
    public var explanation: Label {
        switch self {
        case .exchange:
            Label(de: "Wechselseitige Information baut Wissen und Vertrauen auf; Grundlage für alles Weitere.",
                  en: "Mutual information builds knowledge and trust; the ground for everything else.")
        case .intervention:
            Label(de: "Ein Akteur wirkt ohne Abstimmung auf ein anderes Feld ein.",
                  en: "One actor acts upon another field without agreeing on it.")
        case .negative:
            Label(de: "Akteure bleiben ohne Klärung in den Grenzen ihres Feldes.",
                  en: "Actors stay within their own field's limits without clarifying them.")
        case .positive:
            Label(de: "Akteure verbinden ihre Beiträge über Feldgrenzen hinweg.",
                  en: "Actors join their contributions across field boundaries.")
        }
    }
}

/// The sub-forms of intervention, negative and positive coordination.
public enum MechanismSubForm: String, LabelledTerm, Codable {
    case appeal
    case encroachment
    case shifting
    case adaptation
    case demarcation
    case linking
    case transfer

    public var label: Label {
        switch self {
        case .appeal: Label(de: "Appell", en: "Appeal")
        case .encroachment: Label(de: "Eingriff", en: "Encroachment")
        case .shifting: Label(de: "Verschiebung", en: "Shifting")
        case .adaptation: Label(de: "Anpassung", en: "Adaptation")
        case .demarcation: Label(de: "Abgrenzung", en: "Demarcation")
        case .linking: Label(de: "Verknüpfung", en: "Linking")
        case .transfer: Label(de: "Überleitung", en: "Transfer")
        }
    }

    /// The mechanism this is a form of.
    public var mechanism: Mechanism {
        switch self {
        case .appeal, .encroachment, .shifting: .intervention
        case .adaptation, .demarcation: .negative
        case .linking, .transfer: .positive
        }
    }

    /// What the sub-form means, in short.
    public var explanation: Label {
        switch self {
        case .appeal:
            Label(de: "Andere werden zum Handeln aufgerufen.", en: "Others are called upon to act.")
        case .encroachment:
            Label(de: "Andere werden durch rechtliche Vorgaben gebunden.", en: "Others are bound by legal requirements.")
        case .shifting:
            Label(de: "Ein anderer Akteur wird für zuständig erklärt.", en: "Another actor is declared responsible.")
        case .adaptation:
            Label(de: "Grenzen eines anderen Feldes werden ungeprüft hingenommen.", en: "Another field's limits are accepted without clarifying them.")
        case .demarcation:
            Label(de: "Eigene Mittel werden ohne Rücksprache eingesetzt.", en: "One's own means are used without consulting others.")
        case .linking:
            Label(de: "Beiträge werden gleichzeitig oder sensibel verbunden.", en: "Contributions are joined at the same time or sensitively.")
        case .transfer:
            Label(de: "Zuständigkeit wird vorbereitet und begleitet übergeben.", en: "Responsibility is handed over, prepared and accompanied.")
        }
    }
}

/// A mechanism together with its sub-form, as coded for a relation.
public struct CodedMechanism: Hashable, Sendable, CustomStringConvertible {
    /// The mechanism.
    public var mechanism: Mechanism
    /// The sub-form, if known; always one of `mechanism.subForms`.
    public var subForm: MechanismSubForm?

    /// Creates a coded mechanism. Use ``parse(_:)`` for file text.
    public init(_ mechanism: Mechanism, _ subForm: MechanismSubForm? = nil) {
        self.mechanism = mechanism
        self.subForm = subForm
    }

    /// The file syntax: `positive`, `positive/linking` or just `linking`.
    public var description: String {
        subForm.map { "\(mechanism.id)/\($0.id)" } ?? mechanism.id
    }

    /// The label in `language`, e.g. "Positive Koordination (Verknüpfung)".
    public func text(_ language: Language) -> String {
        let main = mechanism.label.text(language)
        return subForm.map { "\(main) (\($0.label.text(language)))" } ?? main
    }
}
