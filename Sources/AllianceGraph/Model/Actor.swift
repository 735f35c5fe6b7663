/// An organisation taking part in an alliance, e.g. the town's immigration office.
public struct Actor: Hashable, Sendable, Identifiable {
    /// Short id, unique within the alliance, e.g. `abh`.
    public var id: ActorID
    /// The catalogue kind, e.g. `abh` for an immigration office.
    public var kind: ActorKindID
    /// The organisation's own name, if it should be shown instead of the kind's label.
    public var name: String?
    /// The policy area, when it differs from the kind's usual area.
    public var area: PolicyArea?
    /// Roles held in the alliance, each with the periods in which it is held.
    public var roles: [ActorRole: [Period]]
    /// The organisation this one belongs to (e.g. a job centre's integration point), if any.
    public var parent: ActorID?
    /// When the actor takes part; `nil` means all the alliance's years.
    public var periods: [Period]?
    /// Core mandates that replace the kind's defaults in this alliance; `nil` keeps the defaults.
    public var mandates: [CoreMandate]?
    /// A free note.
    public var note: String?

    /// Creates an actor.
    public init(id: ActorID, kind: ActorKindID, name: String? = nil, area: PolicyArea? = nil,
                roles: [ActorRole: [Period]] = [:], parent: ActorID? = nil, periods: [Period]? = nil,
                mandates: [CoreMandate]? = nil, note: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.area = area
        self.roles = roles
        self.parent = parent
        self.periods = periods
        self.mandates = mandates
        self.note = note
    }

    /// Whether the actor holds `role` in calendar year `year`.
    public func holds(_ role: ActorRole, in year: Int) -> Bool {
        roles[role]?.contains(year: year) ?? false
    }

    /// Whether the actor takes part in calendar year `year`.
    public func isPresent(in year: Int) -> Bool {
        periods?.contains(year: year) ?? true
    }

    /// The policy area: the actor's own, else its kind's, else `nil` for an unknown kind.
    public func policyArea(in vocabulary: Vocabulary) -> PolicyArea? {
        area ?? vocabulary.actorKind(kind)?.area
    }

    /// The core mandates in force for this actor: its own if given, else its kind's.
    public func coreMandates(in vocabulary: Vocabulary) -> [CoreMandate] {
        mandates ?? vocabulary.actorKind(kind)?.mandates ?? []
    }

    /// The name to show: the own name, else the kind's abbreviation or label.
    public func displayName(in vocabulary: Vocabulary, language: Language) -> String {
        name ?? vocabulary.label(of: kind).short(language)
    }
}
