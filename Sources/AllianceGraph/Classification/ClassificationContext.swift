/// What every classifier needs to know about one alliance: its actors, relations and the
/// vocabulary in force, plus helpers that name things in both languages.
public struct ClassificationContext: Sendable {
    /// The alliance being classified.
    public let alliance: Alliance
    /// The vocabulary in force: the alliance's effective ``Alliance/vocabulary``.
    public var vocabulary: Vocabulary { alliance.vocabulary }

    /// Creates a context for `alliance`.
    public init(alliance: Alliance) {
        self.alliance = alliance
    }

    /// The alliance's years.
    public var frame: ClosedRange<Int> { alliance.years }

    /// The months in which `actor` takes part in the alliance.
    public func presence(of actor: Actor) -> [MonthSpan] {
        (actor.periods ?? [Period(start: nil, end: nil)]).map { MonthSpan($0, in: frame) }
    }

    /// The months in which `actor` holds `topic` as a core mandate (Kernauftrag) while taking
    /// part in the alliance: the mandate's validity intersected with the actor's presence.
    /// Empty if the actor does not hold the topic at all.
    public func holding(_ actor: Actor, _ topic: TopicID) -> [MonthSpan] {
        let mandates = actor.coreMandates(in: vocabulary).filter { $0.topic == topic }
        let validity = mandates.map { MonthSpan($0.period ?? Period(start: nil, end: nil), in: frame) }
        return validity.clipped(to: presence(of: actor))
    }

    /// The core mandates `actor` holds at some point within `window`, each once, in catalogue order.
    public func mandateTopics(of actor: Actor, within window: [MonthSpan]) -> [TopicID] {
        var seen = Set<TopicID>()
        return actor.coreMandates(in: vocabulary).map(\.topic).filter { topic in
            !holding(actor, topic).clipped(to: window).isEmpty && seen.insert(topic).inserted
        }
    }

    /// The name of an actor in `language`; the raw id if the actor is unknown.
    public func name(_ id: ActorID, _ language: Language) -> String {
        alliance.actor(id)?.displayName(in: vocabulary, language: language) ?? id.rawValue
    }

    /// The names of several actors, joined for running text.
    public func names(_ ids: [ActorID], _ language: Language) -> String {
        namesArgument(ids).text(language)
    }

    /// An actor's name as a message argument: put into words in the message's language.
    public func nameArgument(_ id: ActorID) -> MessageArgument {
        .label(Label(de: name(id, .de), en: name(id, .en)))
    }

    /// Several actors' names as a message argument, joined "a, b und c" / "a, b and c".
    public func namesArgument(_ ids: [ActorID]) -> MessageArgument {
        .and(ids.map(nameArgument))
    }

    /// A topic's label as a message argument.
    public func topicArgument(_ topic: TopicID) -> MessageArgument { .label(topicLabel(topic)) }

    /// The bilingual label of a topic.
    public func topicLabel(_ topic: TopicID) -> Label { vocabulary.label(of: topic) }

    /// The bilingual labels of several topics, joined by commas.
    public func topicLabels(_ topics: [TopicID]) -> Label {
        Label(de: topics.map { topicLabel($0).de }.joined(separator: ", "),
              en: topics.map { topicLabel($0).en }.joined(separator: ", "))
    }

    /// The bilingual label of a format.
    public func formatLabel(_ format: FormatID) -> Label { vocabulary.label(of: format) }

    /// Whether the actor belongs to the migration policy area (e.g. the immigration office).
    func isMigrationAuthority(_ id: ActorID) -> Bool {
        alliance.actor(id)?.policyArea(in: vocabulary) == .migration
    }
}
