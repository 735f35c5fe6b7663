import AllianceGraph

/// The legend drawn inside every diagram: one HTML-like table explaining each encoding the
/// diagram actually uses (area colours, managing office, line styles, arrows, boxes, change marks).
enum Legend {
    /// The node id of the legend.
    static let nodeID = "legend"

    static func node(_ usage: LegendUsage, language: Language, extra: DOTAttributes = []) -> DOTStatement {
        .node(id: nodeID, [("shape", .text("plain")), ("style", .text("")), ("label", .html(table(usage, language: language))),
                                   ("tooltip", .text(DiagramMessage.legend.text(language)))] + extra)
    }

    static func table(_ usage: LegendUsage, language: Language) -> String {
        var rows: [String] = []
        func heading(_ message: DiagramMessage) {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>" + DOTEscaping.html(message.text(language)) + "</I></TD></TR>")
        }
        func note(_ text: String) {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + DOTEscaping.html(text) + "</TD></TR>")
        }
        rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\" FACE=\"\(DiagramStyle.boldFontName)\">"
                    + DOTEscaping.html(DiagramMessage.legend.text(language)) + "</FONT></TD></TR>")
        let areas = (PolicyArea.allCases.map { Optional($0) } + [nil]).filter(usage.areas.contains)
        if !areas.isEmpty {
            heading(.areas)
            for area in areas {
                let name = area?.label.text(language) ?? DiagramMessage.otherArea.text(language)
                rows.append("<TR><TD BGCOLOR=\"\(DiagramStyle.nodeFill(area))\" BORDER=\"1\" WIDTH=\"30\" FIXEDSIZE=\"FALSE\"> </TD>"
                            + "<TD ALIGN=\"LEFT\">" + DOTEscaping.html(name) + "</TD></TR>")
            }
        }
        let mechanisms = (Mechanism.allCases.map { Optional($0) } + [nil]).filter(usage.mechanisms.contains)
        if !mechanisms.isEmpty || !usage.inferredMechanisms.isEmpty {
            heading(.mechanisms)
            func row(_ line: LineStyle, _ name: String, inferred: Bool) {
                var sampleColor = usage.difference == nil ? line.color : DiagramStyle.unchangedColor
                if inferred && usage.difference != nil { sampleColor = DiagramStyle.inferredColor(sampleColor) }
                rows.append("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(sampleColor)\">\(line.sample)</FONT></TD>"
                            + "<TD ALIGN=\"LEFT\">" + DOTEscaping.html(name) + "</TD></TR>")
            }
            for mechanism in mechanisms {
                row(DiagramStyle.line(for: mechanism),
                    mechanism?.label.text(language) ?? DiagramMessage.uncoded.text(language), inferred: false)
            }
            // Thinner, lighter lines: the mechanism was inferred from format and direction.
            for mechanism in Mechanism.allCases where usage.inferredMechanisms.contains(mechanism) {
                row(DiagramStyle.line(for: mechanism).inferred,
                    mechanism.label.text(language) + " (" + DiagramMessage.inferred.text(language) + ")", inferred: true)
            }
        }
        if let difference = usage.difference {
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(DiagramStyle.addedColor)\">━━━━</FONT></TD><TD ALIGN=\"LEFT\">"
                        + DOTEscaping.html(DiagramMessage.added.text(language, ["year": .int(difference.to)])) + "</TD></TR>")
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(DiagramStyle.removedColor)\">╌╌╌╌</FONT></TD><TD ALIGN=\"LEFT\">"
                        + DOTEscaping.html(DiagramMessage.removed.text(language, ["year": .int(difference.to)])) + "</TD></TR>")
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(DiagramStyle.changedColor)\">━━━━</FONT></TD><TD ALIGN=\"LEFT\">"
                        + DOTEscaping.html(DiagramMessage.changed.text(language)) + "</TD></TR>")
            note(DiagramMessage.unchanged.text(language))
        }
        if !usage.interfaceStatuses.isEmpty {
            heading(.interfacesHeading)
            for status in CoverageStatus.allCases where usage.interfaceStatuses.contains(status) {
                rows.append("<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(InterfaceOverlay.color(status))\">⬡</FONT></TD>"
                            + "<TD ALIGN=\"LEFT\">" + DOTEscaping.html(status.label.text(language)) + "</TD></TR>")
            }
            if usage.hasInterfaceWarning { note(DiagramMessage.interfaceWarningNote.text(language)) }
            if usage.hasInterfaceConnectorMark { note(DiagramMessage.connectorNote.text(language)) }
            if let difference = usage.difference {
                for change in CoverageChange.allCases where usage.coverageChanges.contains(change) {
                    note(change.legend(from: difference.from, to: difference.to).text(language))
                }
            }
        }
        if usage.hasManagingOffice { note(DiagramMessage.managingOffice.text(language)) }
        if usage.hasDirected { note(DiagramMessage.directed.text(language)) }
        if usage.hasHub { note(DiagramMessage.hub.text(language)) }
        if usage.hasFormatLabels { note(DiagramMessage.formatLabel.text(language)) }
        if usage.hasAbsent { note(DiagramMessage.absent.text(language)) }
        return "<TABLE BORDER=\"1\" COLOR=\"#8C8C8C\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"#FFFFFF\">"
            + rows.joined() + "</TABLE>"
    }
}
