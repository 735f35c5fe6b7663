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

extension Identifier where Subject == RelationFormat {
    /// The format of the core group's meetings (*Bündniskerngruppe*): a relation of this format
    /// written without `actors` has the core group as its members (``RelationEnds/coreGroup``).
    public static let coreGroup: FormatID = "core_group"
}
