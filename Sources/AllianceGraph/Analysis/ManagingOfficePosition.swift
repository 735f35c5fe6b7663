/// The managing office's position in the network.
public struct ManagingOfficePosition: Sendable, Hashable, Codable {
    /// The managing office's actor id.
    public var id: String
    /// Its degree.
    public var degree: Int
    /// Its normalised betweenness.
    public var betweenness: Double
    /// Its closeness.
    public var closeness: Double
    /// Its rank by betweenness among all actors (1 = highest; ties share the better rank).
    public var betweennessRank: Int
    /// Its rank by degree (1 = highest; ties share the better rank).
    public var degreeRank: Int
}
