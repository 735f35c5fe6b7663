/// The German and English wording of one catalogue entry, with `{name}` placeholders.
public struct MessageTemplate: Hashable, Sendable {
    /// The German text.
    public let de: String
    /// The English text.
    public let en: String

    /// Creates a template.
    public init(de: String, en: String) {
        self.de = de
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .de: de
        case .en: en
        }
    }
}

/// One area's table of user-facing messages: an enum whose cases are the message ids and whose
/// ``template`` gives each its German and English text (see <doc:Messages>).
///
/// Every area (``CommonMessage``, …) is one such enum in
/// `Sources/AllianceGraph/Text`; ``MessageCatalogues/all`` lists them, and the tests check that each entry has
/// German and English text with the same placeholders.
public protocol MessageCatalogue: CaseIterable, Hashable, Sendable {
    /// The area's prefix of the ids, e.g. `validation`.
    static var area: String { get }
    /// The entry's name within the area, e.g. `unknown-key`.
    var name: String { get }
    /// The entry's German and English text.
    var template: MessageTemplate { get }
}

extension MessageCatalogue where Self: RawRepresentable, RawValue == String {
    public var name: String { rawValue }
}

extension MessageCatalogue {
    /// The stable id, `area.name`.
    public var id: String { "\(Self.area).\(name)" }

    /// The entry in `language` with `arguments` filled in.
    public func text(_ language: Language, _ arguments: [String: MessageArgument] = [:]) -> String {
        Message(self, arguments).text(language)
    }

    /// Every entry of this catalogue as `(id, template)`.
    public static var entries: [(id: String, template: MessageTemplate)] { allCases.map { ($0.id, $0.template) } }
}

/// Every area's catalogue, for checks over all messages (each new area adds its enum here).
public enum MessageCatalogues {
    /// The catalogue enums, one per area.
    public static var all: [any MessageCatalogue.Type] {
        [CommonMessage.self, ValidationMessage.self, CommandMessage.self, OutputMessage.self, HelpMessage.self, RenderMessage.self, TableMessage.self, DiagramMessage.self, MetricMessage.self, ClassificationMessage.self, ReportMessage.self, ClassificationReportMessage.self, MechanismRuleMessage.self, SurveyMessage.self, EvaluationMessage.self, ExportMessage.self, HandoutMessage.self, SpreadsheetMessage.self, ServeMessage.self, StyleMessage.self, FileCommentMessage.self]
    }
}

/// Words shared by several areas.
public enum CommonMessage: String, MessageCatalogue {
    /// The word joining the last two items of a list.
    case and
    /// Every year, the whole period ("(all)" in tables).
    case allYears = "all-years"
    /// " und " between every two items of a list.
    case andSpaced = "and-spaced"
    /// " oder " between every two items of a list.
    case orSpaced = "or-spaced"
    /// A paper size that is not one of the sizes there are (`text`: what was written, `allowed`).
    case unknownPaper = "unknown-paper"

    public static let area = "common"

    public var template: MessageTemplate {
        switch self {
        case .and: MessageTemplate(de: "und", en: "and")
        case .allYears: MessageTemplate(de: "(alle)", en: "(all)")
        case .andSpaced: MessageTemplate(de: " und ", en: " and ")
        case .orSpaced: MessageTemplate(de: " oder ", en: " or ")
        case .unknownPaper:
            MessageTemplate(de: "unbekanntes Papierformat '{text}': schreiben Sie eines von {allowed}",
                            en: "unknown paper size '{text}': write one of {allowed}")
        }
    }
}
