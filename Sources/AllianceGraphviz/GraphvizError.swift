import AllianceGraph
import Foundation

/// A failure inside Graphviz, carrying the messages Graphviz reported, or the library's refusal
/// to hand something to Graphviz (then ``reason`` says why).
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The step that failed.
    public enum Stage: String, Sendable, Equatable {
        /// Parsing the DOT text.
        case parse
        /// Computing the layout.
        case layout
        /// Producing the output format.
        case render
        /// Graphviz is not used any more in this process, because an earlier parse or layout
        /// failed in it (see ``GraphvizContext/isUnavailable``); ``messages`` holds that earlier
        /// failure's first message. Render in a new process (``RenderWorkerPool`` does).
        case unavailable
        /// Refused before Graphviz read it: a quoted or HTML text of the DOT is longer than
        /// ``DOTEscaping/maximumTextLength`` bytes, which Graphviz's parser cannot read. The
        /// process stays usable; ``reason`` names the text and what to shorten.
        case oversizedText
    }

    /// The step that failed.
    public var stage: Stage
    /// Graphviz's messages, one per entry, without trailing newlines (may be empty).
    public var messages: [String]
    /// The library's own account of the failure, from the message catalogue, when there is one
    /// (``Stage/unavailable``, ``Stage/oversizedText``); ``text(_:)`` then gives it.
    public var reason: Message?

    /// Creates an error.
    public init(stage: Stage, messages: [String], reason: Message? = nil) {
        self.stage = stage
        self.messages = messages
        self.reason = reason
    }

    /// All messages joined, or a generic text when Graphviz said nothing (in English).
    public var message: String { message(.en) }

    /// All of Graphviz's messages joined (Graphviz writes English), or a generic text in `language`
    /// when Graphviz said nothing.
    public func message(_ language: Language) -> String {
        messages.isEmpty ? RenderMessage.graphvizSilent.text(language) : messages.joined(separator: "; ")
    }

    /// The failure in `language`: ``reason`` when there is one, else the stage that failed and
    /// Graphviz's messages.
    public func text(_ language: Language) -> String {
        if let reason { return reason.text(language) }
        return RenderMessage.graphvizFailed.text(language, ["stage": .message(Message(stage.word)), "details": .text(message(language))])
    }

    /// The failure for someone who drew a diagram from a file: ``text(_:)`` without Graphviz's
    /// references to lines of the DOT text (which the user never sees), followed by what to do
    /// for the stage that failed.
    public func explained(_ language: Language) -> String {
        if reason != nil { return text(language) }
        let cleaned = GraphvizError(stage: stage, messages: messages.map(Self.withoutDOTLines))
        // Graphviz reads HTML-like labels (titles, legend) with an XML parser during layout: its
        // complaints are about a text of the diagram, not about the layout.
        let aboutText = messages.contains { $0.contains("well-formed") || $0.contains("in label of") }
        let hint: RenderMessage? = switch stage {
        case _ where aboutText: .hintText
        case .parse: .hintParse
        case .layout: .hintLayout
        case .render: .hintRender
        case .unavailable, .oversizedText: nil
        }
        return cleaned.text(language) + (hint.map { "; " + $0.text(language) } ?? "")
    }

    /// `message` without "in line N" / "near line N" (lines of the DOT text) and the "Error: " prefix.
    static func withoutDOTLines(_ message: String) -> String {
        var text = message.replacingOccurrences(of: #"\s*\b(in|near|at) line \d+"#, with: "", options: .regularExpression)
        for prefix in ["Error: ", "Error:"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The failure in English (``text(_:)`` gives it in another language).
    public var description: String { text(.en) }
}

extension GraphvizError.Stage {
    /// The stage's word in the message catalogue.
    var word: RenderMessage {
        switch self {
        case .parse: .stageParse
        case .layout: .stageLayout
        case .render: .stageRender
        case .unavailable: .stageUnavailable
        case .oversizedText: .stageOversizedText
        }
    }
}

extension GraphvizError {
    /// The refusal of a text too long for Graphviz's parser; `place` says where it is
    /// (a line of DOT text, or an alliance's diagram).
    static func oversized(_ text: DOTEscaping.OversizedText, place: Message) -> GraphvizError {
        GraphvizError(stage: .oversizedText, messages: [], reason: Message(RenderMessage.textTooLong, [
            "place": .message(place), "length": .int(text.length), "limit": .int(DOTEscaping.maximumTextLength),
            "excerpt": .text(text.excerpt),
        ]))
    }
}
