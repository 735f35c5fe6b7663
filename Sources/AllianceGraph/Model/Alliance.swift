/// One municipality's local alliance with all its years: actors, relations, interfaces and chains.
public struct Alliance: Hashable, Sendable, Identifiable {
    /// Short id, e.g. `musterstadt`.
    public var id: AllianceID
    /// Display name, e.g. "Musterstadt".
    public var name: String
    /// Independent city, district, or municipality within a district.
    public var kind: AllianceKind
    /// The district a municipality belongs to (only for ``AllianceKind/municipality``).
    public var district: String?
    /// A region, e.g. an administrative region (Regierungsbezirk).
    public var region: String?
    /// The years the data covers, e.g. `2019...2022`.
    public var years: ClosedRange<Int>
    /// Whether the data is made up for illustration rather than taken from a real alliance.
    public var isIllustrative: Bool
    /// Where the data comes from.
    public var source: String?
    /// A free note.
    public var note: String?
    /// The actors. Changing them rebuilds the index behind ``actor(_:)``.
    public var actors: [Actor] {
        didSet { actorIndex = Self.firstIndices(actors.lazy.map(\.id)) }
    }
    /// The relations between actors. Changing them rebuilds the index behind ``relation(_:)``.
    public var relations: [Relation] {
        didSet { relationIndex = Self.firstIndices(relations.lazy.map(\.id)) }
    }
    /// The position of the first actor with each id (derived from ``actors``).
    private var actorIndex: [ActorID: Int]
    /// The position of the first relation with each id (derived from ``relations``).
    private var relationIndex: [RelationID: Int]
    /// Interfaces coded by researchers.
    public var interfaces: [Interface]
    /// Education and integration chains.
    public var chains: [Chain]
    /// The young person's situations, with each actor's condition of responsibility.
    public var situations: [Situation]
    /// The survey waves the alliance reported in (its file's `reports:`); `nil` when the file does
    /// not say, which means every year of ``years`` (see ``reported(in:)``).
    public var reports: [SurveyReport]? = nil
    /// Terms this file adds to the vocabulary (its `vocabulary:` section); the writer writes these back.
    /// Changing them resolves ``vocabulary`` again.
    public var terms: VocabularyExtension {
        didSet { vocabulary = Self.resolve(baseVocabulary, terms) }
    }
    /// The vocabulary the alliance was read against: the built-in vocabulary plus the user's
    /// vocabulary files, without the file's own ``terms``. Changing it resolves ``vocabulary`` again.
    public var baseVocabulary: Vocabulary {
        didSet { vocabulary = Self.resolve(baseVocabulary, terms) }
    }
    /// The effective vocabulary of this alliance: ``baseVocabulary`` plus the file's own ``terms``,
    /// resolved once when the alliance is made. Everything that works on the alliance (validation,
    /// classification, metrics, summaries, diagrams) looks terms up here.
    public private(set) var vocabulary: Vocabulary

    /// Creates an alliance whose effective ``vocabulary`` is `base` plus `terms`.
    ///
    /// `base` is the vocabulary in force for the user: ``Vocabulary/builtIn`` plus their
    /// vocabulary files (``VocabularyFileReader/read(files:extending:)``). It has no default so that a
    /// user's vocabulary is never dropped silently.
    public init(id: AllianceID, name: String, kind: AllianceKind, district: String? = nil, region: String? = nil,
                years: ClosedRange<Int>, isIllustrative: Bool = false, source: String? = nil, note: String? = nil,
                actors: [Actor] = [], relations: [Relation] = [], interfaces: [Interface] = [], chains: [Chain] = [],
                situations: [Situation] = [], terms: VocabularyExtension = VocabularyExtension(), vocabulary base: Vocabulary) {
        self.id = id
        self.name = name
        self.kind = kind
        self.district = district
        self.region = region
        self.years = years
        self.isIllustrative = isIllustrative
        self.source = source
        self.note = note
        self.actors = actors
        self.relations = relations
        self.actorIndex = Self.firstIndices(actors.lazy.map(\.id))
        self.relationIndex = Self.firstIndices(relations.lazy.map(\.id))
        self.interfaces = interfaces
        self.chains = chains
        self.situations = situations
        self.terms = terms
        self.baseVocabulary = base
        self.vocabulary = Self.resolve(base, terms)
    }

    private static func resolve(_ base: Vocabulary, _ terms: VocabularyExtension) -> Vocabulary {
        terms.isEmpty ? base : base.adding(terms)
    }

    /// Where each id first occurs in `ids` (a later duplicate, an error the validator reports,
    /// keeps the first one's place, as a search from the front would).
    private static func firstIndices<ID: Hashable, S: Sequence>(_ ids: S) -> [ID: Int] where S.Element == ID {
        var index: [ID: Int] = [:]
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }

    /// The actor `id`, if present (the first one, should the id occur twice).
    /// - Complexity: O(1): the alliance keeps an index of its actors' ids.
    public func actor(_ id: ActorID) -> Actor? { actorIndex[id].map { actors[$0] } }

    /// The relation `id`, if present (the first one, should the id occur twice).
    /// - Complexity: O(1): the alliance keeps an index of its relations' ids.
    public func relation(_ id: RelationID) -> Relation? { relationIndex[id].map { relations[$0] } }

    /// The alliance as it stood in calendar year `year`: actors present and relations holding then.
    public func snapshot(year: Int) -> AllianceYear {
        AllianceYear(alliance: self, year: year)
    }

    /// The actors holding `role` in `year`, in file order.
    public func actors(holding role: ActorRole, in year: Int) -> [Actor] {
        actors.filter { $0.holds(role, in: year) }
    }

    /// The members of the core group in `year` who take part then, in file order: the members
    /// of a ``RelationEnds/coreGroup`` relation in that year.
    public func coreGroupMembers(in year: Int) -> [ActorID] {
        actors.filter { $0.holds(.coreGroup, in: year) && $0.isPresent(in: year) }.map(\.id)
    }

    /// The ends of `relation` in `year`: its own, or for ``RelationEnds/coreGroup`` the core
    /// group's members in that year as a group.
    public func ends(of relation: Relation, in year: Int) -> RelationEnds {
        if case .coreGroup = relation.ends { return .undirected(coreGroupMembers(in: year)) }
        return relation.ends
    }

    /// Every actor `relation` involves in any of the alliance's years it holds, each once, in
    /// file order for ``RelationEnds/coreGroup`` and as written otherwise.
    public func members(of relation: Relation) -> [ActorID] {
        guard case .coreGroup = relation.ends else { return relation.actors }
        let holding = years.filter(relation.holds(in:))
        return actors.filter { actor in holding.contains { actor.holds(.coreGroup, in: $0) && actor.isPresent(in: $0) } }.map(\.id)
    }
}

/// One year of an alliance: the actors taking part and the relations holding in that year.
public struct AllianceYear: Hashable, Sendable {
    /// The whole alliance.
    public let alliance: Alliance
    /// The calendar year.
    public let year: Int

    /// Actors taking part in the year, in file order.
    public var actors: [Actor] { alliance.actors.filter { $0.isPresent(in: year) } }
    /// Relations holding in the year, in file order, each with its ends in the year: a
    /// ``RelationEnds/coreGroup`` relation has the year's core-group members as an undirected group.
    public var relations: [Relation] {
        alliance.relations.filter { $0.holds(in: year) }.map { relation in
            guard case .coreGroup = relation.ends else { return relation }
            var resolved = relation
            resolved.ends = alliance.ends(of: relation, in: year)
            return resolved
        }
    }
    /// Interfaces existing in the year, in file order.
    public var interfaces: [Interface] { alliance.interfaces.filter { $0.exists(in: year) } }
    /// Chains applying in the year, in file order.
    public var chains: [Chain] { alliance.chains.filter { $0.applies(in: year) } }
    /// The situations occurring in the year.
    public var situations: [Situation] { alliance.situations.filter { $0.occurs(in: year) } }
    /// The core group in the year.
    public var coreGroup: [Actor] { alliance.actors(holding: .coreGroup, in: year) }
    /// The managing office(s) in the year; normally one.
    public var managingOffices: [Actor] { alliance.actors(holding: .managingOffice, in: year) }
}
