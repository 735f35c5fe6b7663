import Foundation

/// A short, stable, hand-written id such as `abh` or `kk-2021`, typed by what it names.
///
/// The phantom `Subject` keeps an actor id from being passed where a format id is
/// expected, while the file format stays plain text.
public struct Identifier<Subject>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The id as written in the data file.
    public let rawValue: String

    /// Wraps a raw id.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a raw id.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Wraps a raw id from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Id of an ``Actor`` within its alliance.
public typealias ActorID = Identifier<Actor>
/// Id of a ``Relation`` within its alliance.
public typealias RelationID = Identifier<Relation>
/// Id of an ``Interface`` within its alliance.
public typealias InterfaceID = Identifier<Interface>
/// Id of a ``Chain`` within its alliance.
public typealias ChainID = Identifier<Chain>
/// Id of an ``Alliance``.
public typealias AllianceID = Identifier<Alliance>
/// Id of an ``ActorKind`` in the ``Vocabulary``.
public typealias ActorKindID = Identifier<ActorKind>
/// Id of a ``RelationFormat`` in the ``Vocabulary``.
public typealias FormatID = Identifier<RelationFormat>
/// Id of a ``Topic`` in the ``Vocabulary``.
public typealias TopicID = Identifier<Topic>
/// Id of a ``Situation`` within its alliance.
public typealias SituationID = Identifier<Situation>
/// Id of a ``SituationKind`` in the ``Vocabulary``.
public typealias SituationKindID = Identifier<SituationKind>
/// Id of an ``ObservationCode`` in the ``Vocabulary``.
public typealias ObservationCodeID = Identifier<ObservationCode>
/// Id of a ``ResidenceStatus`` in the ``Vocabulary``.
public typealias ResidenceStatusID = Identifier<ResidenceStatus>
/// Id of a ``LegalBasis`` in the ``Vocabulary``.
public typealias LegalBasisID = Identifier<LegalBasis>

extension Identifier where Subject == RelationFormat {
    /// The format of the core group's meetings (*Bündniskerngruppe*): a relation of this format
    /// written without `actors` has the core group as its members (``RelationEnds/coreGroup``).
    public static let coreGroup: FormatID = "core_group"
}

/// The rule every id written in a data file follows (docs/FORMAT.md, "Ids"; the `id` pattern of
/// docs/alliance.schema.json): letters `A`–`Z` and `a`–`z`, digits, `_`, `-` and `.`, starting with
/// a letter, a digit or `_`. No blanks, quotes, slashes, line breaks or other characters, so that an
/// id is safe in file names, DOT, CSV and the command line, and reads the same everywhere.
///
/// Relations and interfaces written without an id get one derived from their format (or topic) and
/// actors, e.g. `case_conference:ki+abh` or `referral:abh>thm#2`; such derived ids join checked ids
/// with `:`, `+`, `>` and `#`, which a written id cannot hold, so they never clash with one. A
/// relation's or interface's `id` and a `replaced_by` may also be written in this derived form
/// (``isValid(_:allowingDerivedForm:)``): `alliance show` prints it and ``AllianceFileWriter``
/// writes it back.
public enum IdentifierRule {
    /// The id pattern, as in the schema.
    public static let pattern = "^[A-Za-z0-9_][A-Za-z0-9_.-]*$"
    /// The pattern of an id that may also have the derived form, as in the schema's `derivedId`.
    public static let derivedPattern = "^[A-Za-z0-9_][A-Za-z0-9_.:+>#-]*$"

    /// Whether `text` is a valid id (or, with `allowingDerivedForm`, a valid id in derived form).
    /// - Complexity: O(*n*) in the length of `text`.
    public static func isValid(_ text: String, allowingDerivedForm: Bool = false) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, isInitial(first) else { return false }
        return scalars.dropFirst().allSatisfy { isInitial($0) || $0 == "." || $0 == "-" || (allowingDerivedForm && ":+>#".unicodeScalars.contains($0)) }
    }

    /// A valid id close to `text`, for the message: umlauts become `ae`, `oe`, `ue`, `ß` becomes `ss`,
    /// accents are dropped (`é` → `e`), every run of other characters becomes one `_`
    /// (`a b` → `a_b`), and `_`, `.` and `-` are trimmed from both ends (`../x` → `x`). `nil` when
    /// nothing of `text` is left (`''`).
    public static func suggestion(for text: String) -> String? {
        let german: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"]
        let spelled = text.map { german[$0] ?? String($0) }.joined()
            .folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        for scalar in spelled.unicodeScalars {
            if isInitial(scalar) || scalar == "." || scalar == "-" {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("_") {
                result += "_"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "_.-"))
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text` as it can be shown inside quotes on one line: line breaks, tabs and other control
    /// characters written as `\n`, `\t`, `\u{…}`.
    public static func shown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func isInitial(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
