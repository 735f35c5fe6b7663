import AllianceGraph

/// Which interfaces a single-year or difference diagram draws, each as a hexagon joined to its
/// actors, labelled with its type and topic and coloured by whether its matching strategy is in
/// place (see `docs/CLASSIFICATION.md`). The coverage is computed on the whole alliance, before
/// any diagram filter, so a filter never makes an interface look uncovered.
///
/// The difference view draws the interfaces of the later year with their coverage then, and marks
/// those existing in both years whose coverage changed (``CoverageChange``).
public enum InterfaceOverlay: String, Hashable, Sendable, CaseIterable, Codable {
    /// No interfaces (the default).
    case none
    /// The interfaces coded in the data.
    case coded
    /// Coded and discovered interfaces.
    case all

    /// The colour of an interface with coverage `status`: blue covered, purple partly, magenta
    /// not covered, dark grey without a type. In every view these differ from the colours of
    /// change (green, red, orange, grey in the difference view), so that a hexagon and its lines
    /// never read as a new, ended or changed relation (one meaning per mark).
    public static func color(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "#2166AC"
        case .partial: "#8E63B5"
        case .uncovered: "#C51B7D"
        case .unclassified: "#5E5E5E"
        }
    }

}

/// How the coverage of an interface existing in both years of a difference view changed.
enum CoverageChange: CaseIterable, Hashable, Sendable {
    /// Covered in the later year, not (or only partly) in the earlier one.
    case newlyCovered
    /// Covered in the earlier year, not (or only partly) in the later one.
    case noLongerCovered

    /// The change from `old` to `new`, if it is one the diagram marks.
    init?(from old: CoverageStatus, to new: CoverageStatus) {
        if old != .covered && new == .covered { self = .newlyCovered }
        else if old == .covered && new != .covered { self = .noLongerCovered }
        else { return nil }
    }

    /// The mark written into the hexagon.
    var label: DiagramMessage {
        switch self {
        case .newlyCovered: .newlyCovered
        case .noLongerCovered: .noLongerCovered
        }
    }

    /// The legend's explanation of the mark.
    func legend(from: Int, to: Int) -> Message {
        Message(self == .newlyCovered ? DiagramMessage.newlyCoveredLegend : .noLongerCoveredLegend, ["from": .int(from), "to": .int(to)])
    }
}

extension DiagramOptions {
    /// The strategy coverage of `year` that ``interfaces`` asks to draw (`nil`: none), computed on
    /// the whole, unfiltered `alliance`.
    func interfaceCoverage(of alliance: Alliance, year: Int) -> StrategyCoverage? {
        guard interfaces != .none else { return nil }
        return StrategyCoverage(context: ClassificationContext(alliance: alliance), year: year,
                                discover: interfaces == .all)
    }
}

extension DiagramBuilder {
    static func interfaceNodeID(_ id: InterfaceID) -> String { "i:" + id.rawValue }

    /// Statements drawing the interfaces of `coverage` whose actors include at least two drawn actors.
    /// - Parameter previous: in a difference view, the coverage of the earlier year; interfaces
    ///   existing in both years whose coverage changed are marked (``CoverageChange``).
    mutating func interfaceStatements(_ coverage: StrategyCoverage, actors: Set<ActorID>,
                                      previous: StrategyCoverage? = nil) -> [DOTStatement] {
        let context = ClassificationContext(alliance: alliance)
        var result: [DOTStatement] = []
        for item in coverage.interfaces {
            let c = item.classification
            let members = c.order.filter(actors.contains)
            guard Set(members).count >= 2 else { continue }
            usage.interfaceStatuses.append(item.status)
            if item.isWarningSign { usage.hasInterfaceWarning = true }
            let color = InterfaceOverlay.color(item.status)
            let type = c.types.isEmpty ? DiagramMessage.untyped.text(language) : c.types.map { $0.label.text(language) }.joined(separator: " + ")
            var lines = [(item.isWarningSign ? "⚠ " : "") + type]
            if let topic = c.interface.topic { lines.append(vocabulary.label(of: topic).text(language)) }
            if c.types.contains(.transition) {
                lines.append(members.map { context.name($0, language) }.joined(separator: " → "))
            }
            lines.append(item.status.label.text(language))
            let before = previous?.interfaces.first { $0.classification.interface.id == c.interface.id }
            if let before, let change = CoverageChange(from: before.status, to: item.status) {
                if !usage.coverageChanges.contains(change) { usage.coverageChanges.append(change) }
                lines.append(change.label.text(language))
            }
            let node = Self.interfaceNodeID(c.interface.id)
            result.append(.node(id: node, [
                ("label", .label(lines.joined(separator: "\n"))), ("shape", .text("hexagon")),
                ("style", .text("filled")), ("fillcolor", .text("#FFFFFF")), ("color", .text(color)),
                ("fontcolor", .text(color)), ("penwidth", .number(item.status == .covered ? 1.5 : 2.5)),
                ("fontsize", .number(9)), ("margin", .text("0.05,0.02")),
            ]))
            // In a difference view green and red lines mean "new" and "gone": there the lines to the
            // interface's actors end in a small circle, so they do not read as relations.
            let end: DOTAttributes = previous == nil ? [("dir", .text("none"))]
                : [("dir", .text("forward")), ("arrowhead", .text("odot")), ("arrowsize", .number(0.6))]
            if previous != nil { usage.hasInterfaceConnectorMark = true }
            for actor in members {
                result.append(.edge(from: node, to: Self.actorNodeID(actor), [
                    ("style", .text("solid")), ("color", .text(color)), ("penwidth", .number(0.9)),
                ] + end))
            }
        }
        return result
    }
}
