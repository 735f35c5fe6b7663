/// A language AllianceGraph can label things in.
public enum Language: String, CaseIterable, Sendable, Codable {
    /// German, the default: most users read German.
    case de
    /// English.
    case en
}

/// A bilingual label with an optional abbreviation, as used in the report (e.g. "ABH").
public struct Label: Hashable, Sendable, Codable {
    /// The German label.
    public var de: String
    /// The English label.
    public var en: String
    /// A short form used in diagrams and tables, if one is customary.
    public var abbreviation: String?

    /// Creates a label.
    public init(de: String, en: String, abbreviation: String? = nil) {
        self.de = de
        self.en = en
        self.abbreviation = abbreviation
    }

    /// The label in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .de: de
        case .en: en
        }
    }

    /// The abbreviation if there is one, otherwise the label in `language`.
    public func short(_ language: Language) -> String {
        abbreviation ?? text(language)
    }
}

/// A closed vocabulary whose every entry has a stable machine id and a bilingual label.
public protocol LabelledTerm: Hashable, Sendable, CaseIterable {
    /// The stable machine id, as written in data files.
    var id: String { get }
    /// The bilingual label.
    var label: Label { get }
}

extension LabelledTerm where Self: RawRepresentable, RawValue == String {
    public var id: String { rawValue }
}

extension LabelledTerm {
    /// The entry whose id is `id`, if any.
    public static func term(id: String) -> Self? {
        allCases.first { $0.id == id }
    }

    /// All ids of this vocabulary, in their declared order.
    public static var ids: [String] { allCases.map(\.id) }
}
