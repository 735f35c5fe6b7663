import AllianceGraph

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

    /// All messages joined, or a generic text when Graphviz said nothing (in English).
    public var message: String { message(.en) }

    /// All of Graphviz's messages joined (Graphviz writes English), or a generic text in `language`
    /// when Graphviz said nothing.
    public func message(_ language: Language) -> String {
        messages.isEmpty ? RenderMessage.graphvizSilent.text(language) : messages.joined(separator: "; ")
    }

    /// The failure in `language`: the stage that failed and Graphviz's messages.
    public func text(_ language: Language) -> String {
        let stage: RenderMessage = switch self.stage {
        case .parse: .stageParse
        case .layout: .stageLayout
        case .render: .stageRender
        case .unavailable: .stageUnavailable
        }
        return RenderMessage.graphvizFailed.text(language, ["stage": .message(Message(stage)), "details": .text(message(language))])
    }

    /// The failure in English (``text(_:)`` gives it in another language).
    public var description: String { text(.en) }
}
