/// Where each part of an alliance was written in its file, so that checks on the model
/// can point at the exact line and column.
///
/// Keys are paths such as `relations[3].actors[1]` or `actors[0].kind`.
public struct SourceMap: Sendable, Hashable {
    /// The file the alliance was read from.
    public var file: String
    private var locations: [String: SourceLocation] = [:]

    /// Creates an empty map for `file`.
    public init(file: String) { self.file = file }

    /// Whether a location was recorded for exactly `path` (e.g. whether an `id` was written).
    public func hasEntry(_ path: String) -> Bool { locations[path] != nil }

    /// The location recorded for `path`, else for the nearest enclosing path that has one.
    public subscript(path: String) -> SourceLocation? {
        get {
            var key = path
            while true {
                if let found = locations[key] { return found }
                guard let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
                key = String(key[..<cut])
            }
        }
        set { locations[path] = newValue }
    }
}
