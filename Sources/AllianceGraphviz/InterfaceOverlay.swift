import AllianceGraph

/// Which interfaces a single-year diagram draws, each as a hexagon joined to its actors,
/// labelled with its type and topic and coloured by whether its matching strategy is in place
/// (see `docs/CLASSIFICATION.md`). The coverage is computed on the whole alliance, before any
/// diagram filter, so a filter never makes an interface look uncovered.
public enum InterfaceOverlay: String, Hashable, Sendable, CaseIterable, Codable {
    /// No interfaces (the default).
    case none
    /// The interfaces coded in the data.
    case coded
    /// Coded and discovered interfaces.
    case all

    /// The colour of an interface with coverage `status`.
    public static func color(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: "#1A9641"
        case .partial: "#F28E2B"
        case .uncovered: "#D7191C"
        case .unclassified: "#8C8C8C"
        }
    }

    static let legendHeading = Label(de: "Schnittstellen (Sechseck): passende Strategie", en: "Interfaces (hexagon): matching strategy")
    static let legendNote = Label(de: "⚠: nur Mechanismen ohne Kommunikation (Warnsignal)",
                                  en: "⚠: only mechanisms without communication (warning sign)")
    static let untyped = Label(de: "Typ unbestimmt", en: "type undetermined")
}

extension DiagramBuilder {
    static func interfaceNodeID(_ id: InterfaceID) -> String { "i:" + id.rawValue }

    /// Statements drawing the interfaces of `coverage` whose actors include at least two drawn actors.
    mutating func interfaceStatements(_ coverage: StrategyCoverage, actors: Set<ActorID>) -> [DOTStatement] {
        let context = ClassificationContext(alliance: alliance, vocabulary: vocabulary)
        var result: [DOTStatement] = []
        for item in coverage.interfaces {
            let c = item.classification
            let members = c.order.filter(actors.contains)
            guard Set(members).count >= 2 else { continue }
            usage.interfaceStatuses.append(item.status)
            if item.isWarningSign { usage.hasInterfaceWarning = true }
            let color = InterfaceOverlay.color(item.status)
            let type = c.type?.label.text(language) ?? InterfaceOverlay.untyped.text(language)
            var lines = [(item.isWarningSign ? "⚠ " : "") + type]
            if let topic = c.interface.topic { lines.append(vocabulary.label(of: topic).text(language)) }
            if c.type == .transition {
                lines.append(members.map { context.name($0, language) }.joined(separator: " → "))
            }
            lines.append(item.status.label.text(language))
            let node = Self.interfaceNodeID(c.interface.id)
            result.append(.node(id: node, [
                ("label", .label(lines.joined(separator: "\n"))), ("shape", .text("hexagon")),
                ("style", .text("filled")), ("fillcolor", .text("#FFFFFF")), ("color", .text(color)),
                ("fontcolor", .text(color)), ("penwidth", .number(item.status == .covered ? 1.5 : 2.5)),
                ("fontsize", .number(9)), ("margin", .text("0.05,0.02")),
            ]))
            for actor in members {
                result.append(.edge(from: node, to: Self.actorNodeID(actor), [
                    ("style", .text("solid")), ("color", .text(color)), ("penwidth", .number(0.9)),
                    ("dir", .text("none")),
                ]))
            }
        }
        return result
    }
}
