/// A cooperation between two or more actors of an alliance, in the years it holds.
public struct Relation: Hashable, Sendable, Identifiable {
    /// Id, unique within the alliance. Files may leave it out; the reader then derives one.
    public var id: RelationID
    /// Who is involved, and in which direction.
    public var ends: RelationEnds
    /// The format, e.g. `case_conference`.
    public var format: FormatID
    /// The coded coordination mechanism with its sub-form, if coded.
    public var mechanism: CodedMechanism?
    /// The formalisation; `nil` means the format's default.
    public var formalisation: Formalisation?
    /// Where the relation stands; `nil` means established.
    public var status: RelationStatus?
    /// When it holds; `nil` means all the alliance's years.
    public var periods: [Period]?
    /// The topic it deals with, if one.
    public var topic: TopicID?
    /// A free note.
    public var note: String?
    /// Where the information comes from (e.g. "AH-S 2021", "interview").
    public var source: String?
    /// The relation that took this one's place when it was changed or replaced (e.g. an
    /// agreement replaced by a new one for KIM); the file's `replaced_by:`. Comparisons of two
    /// years report the pair as one replacement (see ``RelationCorrespondence``).
    public var replacedBy: RelationID?
    /// Observed behaviours (the file's `observations:`), from which the mechanism rules infer the
    /// coordination mechanism beyond the format.
    public var observations: [Observation]

    /// Creates a relation.
    public init(id: RelationID, ends: RelationEnds, format: FormatID, mechanism: CodedMechanism? = nil,
                formalisation: Formalisation? = nil, status: RelationStatus? = nil, periods: [Period]? = nil,
                topic: TopicID? = nil, note: String? = nil, source: String? = nil, replacedBy: RelationID? = nil,
                observations: [Observation] = []) {
        self.observations = observations
        self.id = id
        self.ends = ends
        self.format = format
        self.mechanism = mechanism
        self.formalisation = formalisation
        self.status = status
        self.periods = periods
        self.topic = topic
        self.note = note
        self.source = source
        self.replacedBy = replacedBy
    }

    /// All actors involved, each once, in the order written; empty for the core group
    /// (``RelationEnds/coreGroup``), whose members depend on the year (``Alliance/ends(of:in:)``).
    public var actors: [ActorID] { ends.actors }

    /// Whether the relation holds in calendar year `year`.
    public func holds(in year: Int) -> Bool { periods?.contains(year: year) ?? true }

    /// The formalisation in force: the coded one, else the format's default.
    public func effectiveFormalisation(in vocabulary: Vocabulary) -> Formalisation? {
        formalisation ?? vocabulary.format(format)?.defaultFormalisation
    }

    /// The status in force: the coded one, else established.
    public var effectiveStatus: RelationStatus { status ?? .established }
}

/// The actors of a relation: a group without direction, sources and targets, or the alliance's
/// core group.
public enum RelationEnds: Hashable, Sendable {
    /// All actors take part alike (a case conference, a working group).
    case undirected([ActorID])
    /// Something runs from `from` to `to` (a referral, a hand-over, a participation check).
    case directed(from: [ActorID], to: [ActorID])
    /// The alliance's core group (*Bündniskerngruppe*) as it stands in each year: the actors whose
    /// `core_group:` periods include the year and who take part then. The members are not stored
    /// with the relation: the actors' core-group membership is their one source, and
    /// ``AllianceYear/relations`` gives the relation with the year's members as ``undirected(_:)``
    /// (see ``Alliance/ends(of:in:)``). A `core_group` relation written without `actors` reads as this.
    case coreGroup

    /// All actors involved, each once, in the order written; empty for ``coreGroup``, whose
    /// members depend on the year (``Alliance/ends(of:in:)``, ``Alliance/members(of:)``).
    public var actors: [ActorID] {
        var seen = Set<ActorID>()
        let all: [ActorID]
        switch self {
        case .undirected(let list): all = list
        case .directed(let from, let to): all = from + to
        case .coreGroup: all = []
        }
        return all.filter { seen.insert($0).inserted }
    }

    /// Whether the relation has a direction.
    public var isDirected: Bool {
        if case .directed = self { true } else { false }
    }

    /// Whether both connect the same actors the same way (order within a side ignored).
    public func isSame(as other: RelationEnds) -> Bool {
        switch (self, other) {
        case let (.undirected(a), .undirected(b)): Set(a) == Set(b)
        case let (.directed(f1, t1), .directed(f2, t2)): Set(f1) == Set(f2) && Set(t1) == Set(t2)
        case (.coreGroup, .coreGroup): true
        default: false
        }
    }

    /// The pairs of actors the relation connects: every pair for a group,
    /// every source with every target for a directed relation; none for ``coreGroup`` (take the
    /// year's ends from ``Alliance/ends(of:in:)``).
    public var pairs: [(ActorID, ActorID)] {
        switch self {
        case .coreGroup:
            return []
        case .undirected:
            let list = actors
            var result: [(ActorID, ActorID)] = []
            for i in list.indices { for j in list.indices where j > i { result.append((list[i], list[j])) } }
            return result
        case .directed(let from, let to):
            return from.flatMap { f in to.filter { $0 != f }.map { (f, $0) } }
        }
    }
}
