import OrderedCollections

/// The open vocabularies of AllianceGraph: actor kinds, relation formats and topics.
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

    /// Creates a vocabulary from lists; later entries with the same id replace earlier ones.
    public init(actorKinds: [ActorKind], formats: [RelationFormat], topics: [Topic]) {
        self.actorKinds = OrderedDictionary(actorKinds.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.formats = OrderedDictionary(formats.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.topics = OrderedDictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    /// This vocabulary with `other`'s terms added; a term with an existing id replaces it.
    public func adding(_ other: VocabularyExtension) -> Vocabulary {
        var copy = self
        for kind in other.actorKinds { copy.actorKinds[kind.id] = kind }
        for format in other.formats { copy.formats[format.id] = format }
        for topic in other.topics { copy.topics[topic.id] = topic }
        return copy
    }

    /// The actor kind `id`, if known.
    public func actorKind(_ id: ActorKindID) -> ActorKind? { actorKinds[id] }
    /// The format `id`, if known.
    public func format(_ id: FormatID) -> RelationFormat? { formats[id] }
    /// The topic `id`, if known.
    public func topic(_ id: TopicID) -> Topic? { topics[id] }

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

    /// Creates an extension.
    public init(actorKinds: [ActorKind] = [], formats: [RelationFormat] = [], topics: [Topic] = []) {
        self.actorKinds = actorKinds
        self.formats = formats
        self.topics = topics
    }

    /// Whether the extension adds nothing.
    public var isEmpty: Bool { actorKinds.isEmpty && formats.isEmpty && topics.isEmpty }
}
