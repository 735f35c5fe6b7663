import OrderedCollections

/// The open vocabularies of AllianceGraph: actor kinds, relation formats, topics, and the terms
/// situations are described with (situation kinds, residence statuses, legal bases, observation codes).
///
/// Start from ``builtIn`` and add a user's own terms with ``adding(_:)``.
/// The closed vocabularies (mechanisms, interface types, …) are Swift enums.
public struct Vocabulary: Hashable, Sendable {
    /// Actor kinds by id, in catalogue order.
    public private(set) var actorKinds: OrderedDictionary<ActorKindID, ActorKind>
    /// Relation formats by id, in catalogue order.
    public private(set) var formats: OrderedDictionary<FormatID, RelationFormat>
    /// Topics by id, in catalogue order.
    public private(set) var topics: OrderedDictionary<TopicID, Topic>
    /// Situation kinds by id, in catalogue order.
    public private(set) var situationKinds: OrderedDictionary<SituationKindID, SituationKind>
    /// Residence statuses by id, in catalogue order.
    public private(set) var residenceStatuses: OrderedDictionary<ResidenceStatusID, ResidenceStatus>
    /// Legal bases by id, in catalogue order.
    public private(set) var legalBases: OrderedDictionary<LegalBasisID, LegalBasis>
    /// Observation codes by id, in catalogue order.
    public private(set) var observationCodes: OrderedDictionary<ObservationCodeID, ObservationCode>

    /// Creates a vocabulary from lists; later entries with the same id replace earlier ones.
    public init(actorKinds: [ActorKind], formats: [RelationFormat], topics: [Topic],
                situationKinds: [SituationKind] = [], residenceStatuses: [ResidenceStatus] = [],
                legalBases: [LegalBasis] = [], observationCodes: [ObservationCode] = []) {
        self.actorKinds = Self.indexed(actorKinds)
        self.formats = Self.indexed(formats)
        self.topics = Self.indexed(topics)
        self.situationKinds = Self.indexed(situationKinds)
        self.residenceStatuses = Self.indexed(residenceStatuses)
        self.legalBases = Self.indexed(legalBases)
        self.observationCodes = Self.indexed(observationCodes)
    }

    private static func indexed<T: Identifiable>(_ terms: [T]) -> OrderedDictionary<T.ID, T> {
        OrderedDictionary(terms.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    /// This vocabulary with `other`'s terms added; a term with an existing id replaces it.
    public func adding(_ other: VocabularyExtension) -> Vocabulary {
        var copy = self
        for kind in other.actorKinds { copy.actorKinds[kind.id] = kind }
        for format in other.formats { copy.formats[format.id] = format }
        for topic in other.topics { copy.topics[topic.id] = topic }
        for kind in other.situationKinds { copy.situationKinds[kind.id] = kind }
        for status in other.residenceStatuses { copy.residenceStatuses[status.id] = status }
        for basis in other.legalBases { copy.legalBases[basis.id] = basis }
        for code in other.observationCodes { copy.observationCodes[code.id] = code }
        return copy
    }

    /// The actor kind `id`, if known.
    public func actorKind(_ id: ActorKindID) -> ActorKind? { actorKinds[id] }
    /// The format `id`, if known.
    public func format(_ id: FormatID) -> RelationFormat? { formats[id] }
    /// The topic `id`, if known.
    public func topic(_ id: TopicID) -> Topic? { topics[id] }
    /// The situation kind `id`, if known.
    public func situationKind(_ id: SituationKindID) -> SituationKind? { situationKinds[id] }
    /// The residence status `id`, if known.
    public func residenceStatus(_ id: ResidenceStatusID) -> ResidenceStatus? { residenceStatuses[id] }
    /// The legal basis `id`, if known.
    public func legalBasis(_ id: LegalBasisID) -> LegalBasis? { legalBases[id] }

    /// Whether legal bases `a` and `b` cannot apply to the same young person at the same time: one
    /// of them names the other in ``LegalBasis/excludes``. A basis never excludes itself; bases the
    /// vocabulary does not know exclude nothing.
    /// - Complexity: O(*e*) in the lengths of the two bases' `excludes` lists.
    public func legalBasesExclude(_ a: LegalBasisID, _ b: LegalBasisID) -> Bool {
        a != b && (legalBases[a]?.excludes.contains(b) == true || legalBases[b]?.excludes.contains(a) == true)
    }
    /// The observation code `id`, if known.
    public func observationCode(_ id: ObservationCodeID) -> ObservationCode? { observationCodes[id] }

    /// `topic` and its neighbouring topics (``Topic/neighbours``, read in both directions: a topic
    /// is a neighbour of those that name it), `topic` first, each once.
    /// - Complexity: O(*t*) in the number of topics.
    public func topicWithNeighbours(_ topic: TopicID) -> [TopicID] {
        var seen: Set<TopicID> = [topic]
        var result = [topic]
        for other in topics[topic]?.neighbours ?? [] where seen.insert(other).inserted { result.append(other) }
        for other in topics.values where other.neighbours.contains(topic) && seen.insert(other.id).inserted { result.append(other.id) }
        return result
    }

    /// Ids and labels of the actor kinds, for "did you mean" suggestions.
    var actorKindNames: [(text: String, id: String)] {
        actorKinds.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    /// Ids and labels of the formats, for "did you mean" suggestions.
    var formatNames: [(text: String, id: String)] {
        formats.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    /// Ids and labels of the topics, for "did you mean" suggestions.
    var topicNames: [(text: String, id: String)] {
        topics.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    /// Ids and labels of the situation kinds, for "did you mean" suggestions.
    var situationKindNames: [(text: String, id: String)] {
        situationKinds.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    /// Ids and labels of the residence statuses, for "did you mean" suggestions.
    var residenceStatusNames: [(text: String, id: String)] {
        residenceStatuses.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    /// Ids and labels of the legal bases, for "did you mean" suggestions.
    var legalBasisNames: [(text: String, id: String)] {
        legalBases.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    /// Ids and labels of the observation codes, for "did you mean" suggestions.
    var observationCodeNames: [(text: String, id: String)] {
        observationCodes.values.flatMap { Self.names($0.id.rawValue, $0.label) }
    }
    private static func names(_ id: String, _ label: Label) -> [(text: String, id: String)] {
        [(id, id), (label.de, id), (label.en, id)] + (label.abbreviation.map { [($0, id)] } ?? [])
    }

    /// The label of an actor kind, or the raw id when it is unknown.
    public func label(of kind: ActorKindID) -> Label {
        actorKinds[kind]?.label ?? Label(de: kind.rawValue, en: kind.rawValue)
    }
    /// The label of a format, or the raw id when it is unknown.
    public func label(of format: FormatID) -> Label {
        formats[format]?.label ?? Label(de: format.rawValue, en: format.rawValue)
    }
    /// The label of a topic, or the raw id when it is unknown.
    public func label(of topic: TopicID) -> Label {
        topics[topic]?.label ?? Label(de: topic.rawValue, en: topic.rawValue)
    }
}

/// Terms a user adds to the built-in vocabulary, read from a vocabulary file
/// or from the `vocabulary:` section of an alliance file.
public struct VocabularyExtension: Sendable, Hashable {
    /// Additional or replaced actor kinds.
    public var actorKinds: [ActorKind]
    /// Additional or replaced formats.
    public var formats: [RelationFormat]
    /// Additional or replaced topics.
    public var topics: [Topic]
    /// Additional or replaced situation kinds.
    public var situationKinds: [SituationKind]
    /// Additional or replaced residence statuses.
    public var residenceStatuses: [ResidenceStatus]
    /// Additional or replaced legal bases.
    public var legalBases: [LegalBasis]
    /// Additional or replaced observation codes.
    public var observationCodes: [ObservationCode]

    /// Creates an extension.
    public init(actorKinds: [ActorKind] = [], formats: [RelationFormat] = [], topics: [Topic] = [],
                situationKinds: [SituationKind] = [], residenceStatuses: [ResidenceStatus] = [],
                legalBases: [LegalBasis] = [], observationCodes: [ObservationCode] = []) {
        self.actorKinds = actorKinds
        self.formats = formats
        self.topics = topics
        self.situationKinds = situationKinds
        self.residenceStatuses = residenceStatuses
        self.legalBases = legalBases
        self.observationCodes = observationCodes
    }

    /// Whether the extension adds nothing.
    public var isEmpty: Bool {
        actorKinds.isEmpty && formats.isEmpty && topics.isEmpty && situationKinds.isEmpty
            && residenceStatuses.isEmpty && legalBases.isEmpty && observationCodes.isEmpty
    }
}
