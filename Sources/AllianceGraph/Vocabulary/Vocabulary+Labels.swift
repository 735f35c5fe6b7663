import Foundation

/// Labels and abbreviations where a vocabulary id belongs (issue 12 item 3): a managing office may
/// write `Fallkonferenz`, `KI`, `Kreis` or `schriftlich`; the reader takes the id, notes it, and
/// the writer writes the id.
extension Label {
    /// Whether `text` is this label's German or English text or its abbreviation, ignoring case and
    /// blanks around it.
    public func names(_ text: String) -> Bool {
        let t = Self.folded(text)
        return t == Self.folded(de) || t == Self.folded(en) || abbreviation.map { Self.folded($0) == t } == true
    }

    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

extension LabelledTerm {
    /// The term whose label or abbreviation is `text` (``Label/names(_:)``), if exactly one.
    public static func term(labelled text: String) -> Self? {
        let found = allCases.filter { $0.label.names(text) }
        return found.count == 1 ? found.first : nil
    }

    /// Ids, German and English labels and abbreviations, for "did you mean" suggestions.
    static var names: [(text: String, id: String)] {
        allCases.flatMap { term in
            [(term.id, term.id), (term.label.de, term.id), (term.label.en, term.id)] + (term.label.abbreviation.map { [($0, term.id)] } ?? [])
        }
    }
}

extension Vocabulary {
    /// The actor kind whose label or abbreviation is `text`, if exactly one.
    public func actorKind(labelled text: String) -> ActorKindID? {
        Self.only(actorKinds.values.filter { $0.label.names(text) }.map(\.id))
    }

    /// The format whose label or abbreviation is `text`, if exactly one.
    public func format(labelled text: String) -> FormatID? {
        Self.only(formats.values.filter { $0.label.names(text) }.map(\.id))
    }

    /// The topic whose label or abbreviation is `text`, if exactly one.
    public func topic(labelled text: String) -> TopicID? {
        Self.only(topics.values.filter { $0.label.names(text) }.map(\.id))
    }

    private static func only<T>(_ list: [T]) -> T? { list.count == 1 ? list[0] : nil }
}
