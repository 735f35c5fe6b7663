/// A failure inside Graphviz, carrying the messages Graphviz reported.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step that failed.
    public enum Stage: String, Sendable, Equatable {
        /// Parsing the DOT text.
        case parse
        /// Computing the layout.
        case layout
        /// Producing the output format.
        case render
        /// Graphviz refuses work after an earlier failed layout in the same process.
        case unavailable
    }

    /// The step that failed.
    public var stage: Stage
    /// Graphviz's messages, one per entry, without trailing newlines (may be empty).
    public var messages: [String]

    /// Creates an error.
    public init(stage: Stage, messages: [String]) {
        self.stage = stage
        self.messages = messages
    }

    /// All messages joined, or a generic text when Graphviz said nothing.
    public var message: String {
        messages.isEmpty ? "Graphviz failed without a message" : messages.joined(separator: "; ")
    }

    public var description: String { "Graphviz \(stage.rawValue) error: \(message)" }
}
