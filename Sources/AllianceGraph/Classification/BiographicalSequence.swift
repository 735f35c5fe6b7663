/// An ordered sequence of topics a young person passes through: each step hands responsibility
/// on to the actors holding the next topic (a biographical step or a change of legal status).
///
/// The classifier uses these sequences for the transition rule "biographical step" when an
/// interface's actors hold different core mandates along the same path.
public struct BiographicalSequence: Hashable, Sendable, Identifiable {
    /// Stable id, e.g. `education_and_work`.
    public var id: String
    /// What the path is, in both languages.
    public var label: Label
    /// The topics in the order a person passes through them.
    public var topics: [TopicID]

    /// Creates a sequence.
    public init(id: String, label: Label, topics: [TopicID]) {
        self.id = id
        self.label = label
        self.topics = topics
    }

    /// The position of `topic` on the path, if it is on it.
    public func stage(of topic: TopicID) -> Int? { topics.firstIndex(of: topic) }

    /// The built-in paths, following the report's chapter 2.1: from first counselling through
    /// language learning, school and vocational orientation, qualification and apprenticeship
    /// into work; and from the asylum procedure to a residence status.
    public static let builtIn: [BiographicalSequence] = [
        BiographicalSequence(
            id: "education_and_work",
            label: Label(de: "Weg von der Erstberatung in Ausbildung und Arbeit", en: "Path from first counselling into training and work"),
            topics: ["integration_counselling", "language", "schooling", "vocational_orientation", "qualification",
                     "apprenticeship", "labour_market_integration"]),
        BiographicalSequence(
            id: "legal_status",
            label: Label(de: "Wechsel im Rechtsstatus", en: "Change of legal status"),
            topics: ["asylum_procedure", "residence_status"]),
    ]
}
