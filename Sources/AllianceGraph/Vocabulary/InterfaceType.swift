/// The solution strategy that matches an interface type.
public enum Strategy: String, LabelledTerm, Codable {
    /// Hand-over prepared and accompanied by the releasing and the receiving institution.
    case successive
    /// Early, case-by-case joint planning by institutions responsible at the same time.
    case simultaneous
    /// Every field works with the cross-cutting goal in mind.
    case sensitive

    public var label: Label {
        switch self {
        case .successive: Label(de: "Sukzessive Bearbeitungsstrategie", en: "Successive strategy")
        case .simultaneous: Label(de: "Simultane Bearbeitungsstrategie", en: "Simultaneous strategy")
        case .sensitive: Label(de: "Sensible Bearbeitungsstrategie", en: "Sensitive strategy")
        }
    }

    /// What the strategy asks of the actors.
    public var explanation: Label {
        switch self {
        case .successive:
            Label(de: "Abgebende und aufnehmende Stelle bereiten den Übergang gemeinsam vor und begleiten ihn (Bildungs- und Integrationsketten).",
                  en: "Releasing and receiving institution prepare and accompany the step together (education and integration chains).")
        case .simultaneous:
            Label(de: "Frühe, einzelfallbezogene gemeinsame Planung, z. B. in Fallkonferenzen.",
                  en: "Early joint planning case by case, e.g. in case conferences.")
        case .sensitive:
            Label(de: "Jedes beteiligte Feld arbeitet z. B. integrationssensibel.",
                  en: "Each field involved works e.g. with integration in mind.")
        }
    }
}

/// The type of an interface (Schnittstelle) between actors.
public enum InterfaceType: String, LabelledTerm, Codable {
    /// Responsibility passes from one institution to another.
    case transition
    /// Responsibilities overlap: the topic is a core mandate of several institutions at once.
    case interference
    /// Responsibility is spread or unclear: a cross-cutting goal outside the actors' core mandates.
    case diffusion

    public var label: Label {
        switch self {
        case .transition: Label(de: "Transition", en: "Transition")
        case .interference: Label(de: "Interferenz", en: "Interference")
        case .diffusion: Label(de: "Diffusion", en: "Diffusion")
        }
    }

    /// The constellation that makes an interface of this type.
    public var constellation: Label {
        switch self {
        case .transition:
            Label(de: "Die zuständige Stelle wechselt (biografischer Schritt, neuer Rechtsstatus, Ende eines Programms).",
                  en: "The responsible institution changes (a biographical step, a new legal status, a programme ending).")
        case .interference:
            Label(de: "Mehrere Stellen sind zugleich im Kern zuständig.",
                  en: "Several institutions hold the topic as a core mandate at the same time.")
        case .diffusion:
            Label(de: "Zuständigkeit ist verteilt oder unklar; das Ziel gehört nicht zum Kernauftrag der Beteiligten.",
                  en: "Responsibility is spread or unclear; the goal is not in the core mandate of those involved.")
        }
    }

    /// The problem typical of this constellation.
    public var typicalProblem: Label {
        switch self {
        case .transition: Label(de: "Lücken und Brüche in der Unterstützung", en: "Gaps and breaks in support")
        case .interference: Label(de: "Konflikte und widersprüchliche Bearbeitung", en: "Conflicts and contradictory handling")
        case .diffusion: Label(de: "Vernachlässigte Ziele, verschobene Probleme", en: "Neglected goals, problems shifted elsewhere")
        }
    }

    /// The strategy that matches this type.
    public var strategy: Strategy {
        switch self {
        case .transition: .successive
        case .interference: .simultaneous
        case .diffusion: .sensitive
        }
    }
}
