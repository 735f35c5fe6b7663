/// Captions drawn as a number at their line, listed in full in the legend: the last resort of the
/// compact layout (``CompactLayout``) for the few captions of a dense drawing that find no free
/// place beside their own line (issue 15: "no edge through a label", and text at 8 pt on A4).
///
/// A caption like "Prüfung der Teilnahmevoraussetzungen" is some 190 points wide; between the
/// crowded actors of a 40-actor alliance no spot beside its line may be free of other lines, so
/// the whole drawing fell back to `dot`'s layout, printed at 3.5–5.5 pt. A number in brackets
/// ("(1)") is about 15 points wide and finds a place where the text did not; the legend's row
/// "Nummer an der Linie" lists "(1) Prüfung der Teilnahmevoraussetzungen". Lines with the same
/// caption share its number. The compact drawing is otherwise unchanged: the same positions
/// (``CompactLayout/pinned(_:geometry:page:spread:title:)`` places from the same first layout)
/// and the same lines; only the legend gains its row.
///
/// To tell which caption belongs to which statement, every top-level edge of a pinned graph carries
/// its statement's index as `comment` (``commentPrefix``), which the layout hands back
/// (``LaidOutEdge/comment``); ``uncommented(_:)`` removes these keys from the text that is drawn.
enum CaptionKey {
    /// What an edge's `comment` starts with in a pinned graph, before the index of its statement.
    static let commentPrefix = "edge:"

    /// A caption the legend lists: the marker at its lines and its text on one line.
    struct Entry: Hashable, Sendable {
        var marker: String
        var text: String
    }

    /// The text at a line whose caption is keyed: its number in brackets.
    static func marker(_ number: Int) -> String { "(\(number))" }

    /// The indices of the statements (``commentPrefix``) of the lines of laid-out `geometry` whose
    /// caption has another line through it or overlaps a node, the graph's label or another
    /// caption (as ``CompactLayout/captionsAreClear(_:)`` tests them), in order.
    ///
    /// - Complexity: as ``CompactLayout/captionsAreClear(_:)``.
    static func conflicted(_ geometry: LayoutGeometry) -> [Int] {
        statements(of: CompactLayout.conflictedCaptions(geometry), in: geometry)
    }

    /// The indices of the statements (``commentPrefix``) of lines `edges` (indices into
    /// `geometry.edges`), in order, each once.
    ///
    /// - Complexity: O(`edges`).
    static func statements(of edges: [Int], in geometry: LayoutGeometry) -> [Int] {
        Array(Set(edges.compactMap { statementIndex(geometry.edges[$0].comment) })).sorted()
    }

    /// The statement index a pinned edge's `comment` names, or `nil`.
    static func statementIndex(_ comment: String) -> Int? {
        guard comment.hasPrefix(commentPrefix) else { return nil }
        return Int(comment.dropFirst(commentPrefix.count))
    }

    /// The legend's entries for keying the captions of `statements` (indices into `graph`'s
    /// statements; edges with a `label` only), one per caption text in the order of first use,
    /// and the number of each keyed statement. A caption of several lines is listed on one, its
    /// lines joined by " · ".
    ///
    /// - Complexity: O(statements).
    static func numbering(_ graph: DOTGraph, statements: Set<Int>) -> (entries: [Entry], numbers: [Int: Int]) {
        var numberOfText: [String: Int] = [:]
        var entries: [Entry] = []
        var numbers: [Int: Int] = [:]
        for index in statements.sorted() where graph.statements.indices.contains(index) {
            guard case .edge(_, _, let attributes) = graph.statements[index], let text = caption(attributes) else { continue }
            let number: Int
            if let known = numberOfText[text] {
                number = known
            } else {
                number = entries.count + 1
                numberOfText[text] = number
                entries.append(Entry(marker: marker(number), text: text.split(separator: "\n").joined(separator: " · ")))
            }
            numbers[index] = number
        }
        return (entries, numbers)
    }

    /// `graph` with the caption of every statement in `numbers` (statement index → number) replaced by its marker.
    ///
    /// - Complexity: O(statements).
    static func keyed(_ graph: DOTGraph, numbers: [Int: Int]) -> DOTGraph {
        var result = graph
        for (index, number) in numbers where result.statements.indices.contains(index) {
            guard case .edge(let from, let to, var attributes) = result.statements[index],
                  let position = attributes.firstIndex(where: { $0.name == "label" }) else { continue }
            attributes[position] = ("label", .label(marker(number)))
            result.statements[index] = .edge(from: from, to: to, attributes)
        }
        return result
    }

    /// `graph` without the statement keys (``commentPrefix``) on its edges.
    ///
    /// - Complexity: O(statements).
    static func uncommented(_ graph: DOTGraph) -> DOTGraph {
        var result = graph
        result.statements = graph.statements.map { statement in
            guard case .edge(let from, let to, let attributes) = statement else { return statement }
            return .edge(from: from, to: to, attributes.filter { attribute in
                guard attribute.name == "comment", case .text(let text) = attribute.value else { return true }
                return !text.hasPrefix(commentPrefix)
            })
        }
        return result
    }

    /// An edge's caption (`label`) as text, or `nil` when it has none.
    private static func caption(_ attributes: DOTAttributes) -> String? {
        guard let value = attributes.last(where: { $0.name == "label" })?.value else { return nil }
        switch value {
        case .text(let text), .label(let text): return text.isEmpty ? nil : text
        default: return nil
        }
    }
}
