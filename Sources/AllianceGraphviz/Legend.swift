import AllianceGraph
import Foundation

/// The legend of every diagram: a compact panel (one row per encoding, its entries side by side)
/// explaining exactly the encodings the diagram uses (area colours, line styles per mechanism,
/// change colours, interfaces, marks). Every view shows it below the title, outside the layout
/// (``DiagramBuilder/header(_:scale:)``); the years side by side enlarge it with their title.
enum Legend {
    /// The id of the legend's table (`id` of its group in SVG).
    static let nodeID = "legend"
    /// Entries with a sample per line of a row before it wraps: the five policy areas fit on one line.
    static let entriesPerLine = 5
    /// Notes (entries without a sample, longer) per line of a row before it wraps.
    static let notesPerLine = 3
    /// The most characters on a line of a row on a landscape sheet or without one (a longer
    /// first entry stands alone), counting an entry's text, its sample (``sampleCharacters``) and
    /// the gap before it (``gapCharacters``): the five policy areas fit on one line, and the legend
    /// stays about as wide as a compact drawing (``CompactLayout``), which it would otherwise widen
    /// and so shrink on the sheet; the four colours of a difference's changes fit on one line too
    /// ("Grau: unverändert" kept short for that).
    static let lineCharacters = 160
    /// The most characters on a line of a row on a portrait sheet (``lineCharacters(on:)``).
    static let portraitLineCharacters = 100

    /// The most characters on a line of a row for a diagram printed on `page` (`nil`: its natural
    /// size, shaped for A4 landscape): ``portraitLineCharacters`` on a portrait sheet, else
    /// ``lineCharacters``. A portrait sheet is 0.71 times as wide: with 160 characters the legend
    /// alone was wider than an A4 portrait sheet allows for text at 8 pt, and 30 of the 36 years of
    /// Graphs/ (8 of 9 differences) kept `dot`'s layout at 3.6–7 pt; with 100 none does
    /// (BENCHMARKS.md). Landscape keeps 160: narrower, the legend grows taller than it saves.
    static func lineCharacters(on page: PaperSize?) -> Int {
        page.map { $0.isLandscape ? lineCharacters : portraitLineCharacters } ?? lineCharacters
    }
    /// The width of a sample (a colour block or a line glyph and its space) in characters of text.
    static let sampleCharacters = 3
    /// The gap between two entries on a line: six spaces.
    static let gapCharacters = 6
    /// The legend's font size, in points.
    static let fontSize = 10
    /// What follows a row's heading in its cell: two no-break spaces, because Graphviz sizes the cell
    /// for upright text and the italic heading ran into the row's first sample.
    static let headingGap = "&#160;&#160;"

    /// One entry: a sample (a coloured block or a line glyph in a colour; none for a note) and its text.
    struct Entry {
        var sample: String?
        var text: String
        /// Sample and text as HTML-like text, the text in a `<FONT>` of its own.
        var html: String {
            (sample.map { $0 + " " } ?? "") + "<FONT>" + DOTEscaping.html(text) + "</FONT>"
        }
        var isNote: Bool { sample == nil }
        /// The entry's width on a line in characters of text (``lineCharacters``).
        var characters: Int { text.count + (isNote ? 0 : sampleCharacters) }
    }

    static func swatch(_ color: String) -> String { glyph("██", color) }

    /// `entries` wrapped into lines (ranges of `entries`, in order): each line filled while it
    /// stays within `limit` characters (``Entry/characters`` and ``gapCharacters`` between
    /// entries; a longer entry stands alone) and holds at most ``entriesPerLine`` entries, or
    /// ``notesPerLine`` when it starts with a note (notes are longer).
    ///
    /// - Complexity: O(entries).
    static func wrapped(_ entries: [Entry], limit: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var index = 0
        while index < entries.count {
            let count = entries[index].isNote ? notesPerLine : entriesPerLine
            var end = index + 1, characters = entries[index].characters
            while end < min(entries.count, index + count), characters + gapCharacters + entries[end].characters <= limit {
                characters += gapCharacters + entries[end].characters
                end += 1
            }
            lines.append(index..<end)
            index = end
        }
        return lines
    }

    /// `entries` on as few lines as ``wrapped(_:limit:)`` needs within `limit`, as evenly filled
    /// as they can be: wrapped within the narrowest limit that needs no more lines. A row's lines
    /// keep their number, so the legend keeps its height, and it grows no wider than its widest
    /// row needs (five notes on two lines of about equal width, not a first line filled up to
    /// `limit` and a short second one), which would otherwise widen a small drawing's canvas and
    /// print it smaller.
    ///
    /// - Complexity: O(entries × `limit`).
    static func balanced(_ entries: [Entry], limit: Int) -> [Range<Int>] {
        var best = wrapped(entries, limit: limit)
        let narrowest = entries.map(\.characters).max() ?? 0
        var width = limit - 1
        while width >= narrowest {
            let trial = wrapped(entries, limit: width)
            if trial.count > best.count { break }
            best = trial
            width -= 1
        }
        return best
    }

    static func glyph(_ text: String, _ color: String) -> String {
        "<FONT COLOR=\"\(color)\">\(text)</FONT>"
    }

    /// The legend as an HTML-like table; `scale` enlarges its text (posters). Colours, line widths
    /// and fonts are those of `style` (``DiagramOptions/style``); actor kinds and formats that
    /// `style` colours get rows of their own, named from `vocabulary`.
    ///
    /// With `areasTitled` (the actors stand in policy-area regions that carry the area's name:
    /// engines that draw clusters) the areas' colours get no row: the regions name them. `nil`
    /// when no row is left: the diagram then has no legend. A row's entries wrap after
    /// `lineCharacters` (``lineCharacters(on:)`` for the diagram's sheet).
    static func table(_ usage: LegendUsage, language: Language, scale: Double = 1, style: DiagramStyleSheet = .empty,
                      vocabulary: Vocabulary = .builtIn, areasTitled: Bool = false,
                      lineCharacters: Int = Legend.lineCharacters) -> String? {
        let fontSize = Int((style.size(.legend, Double(Self.fontSize)) * scale).rounded())
        var rows: [(heading: String, entries: [Entry])] = []
        let areas = areasTitled ? [] : (PolicyArea.allCases.map { Optional($0) } + [nil]).filter(usage.areas.contains)
        if !areas.isEmpty {
            rows.append((DiagramMessage.areas.text(language), areas.map { area in
                Entry(sample: swatch(style.nodeFill(area)),
                      text: area?.label.text(language) ?? DiagramMessage.otherArea.text(language))
            }))
        }
        if !usage.styledKinds.isEmpty {
            rows.append((StyleMessage.kindsHeading.text(language), usage.styledKinds.map { kind in
                Entry(sample: swatch(style.nodeFill(nil, kind: kind)), text: vocabulary.label(of: kind).text(language))
            }))
        }
        let mechanisms = (Mechanism.allCases.map { Optional($0) } + [nil]).filter(usage.mechanisms.contains)
        if !mechanisms.isEmpty || !usage.inferredMechanisms.isEmpty {
            func entry(_ line: LineStyle, _ name: String, inferred: Bool) -> Entry {
                var color = usage.difference == nil ? line.color : style.color(.unchanged)
                if inferred && usage.difference != nil { color = DiagramStyle.inferredColor(color) }
                return Entry(sample: glyph(line.sample, color), text: name)
            }
            var entries = mechanisms.map { mechanism in
                entry(style.line(for: mechanism), mechanism?.label.text(language) ?? DiagramMessage.uncoded.text(language),
                      inferred: false)
            }
            // Thinner, lighter lines: the mechanism was inferred from format and direction.
            for mechanism in Mechanism.allCases where usage.inferredMechanisms.contains(mechanism) {
                entries.append(entry(style.line(for: mechanism).inferred,
                                     mechanism.label.text(language) + " (" + DiagramMessage.inferredShort.text(language) + ")", inferred: true))
            }
            rows.append((DiagramMessage.mechanisms.text(language), entries))
        }
        if !usage.styledFormats.isEmpty {
            rows.append((StyleMessage.formatsHeading.text(language), usage.styledFormats.map { format in
                Entry(sample: glyph("━━━━", style.formatColours[format] ?? style.lineColor), text: vocabulary.label(of: format).text(language))
            }))
        }
        if let difference = usage.difference {
            var entries: [Entry] = []
            // The built-in texts name the built-in colour ("Grün: neu in 2022"); a colour the style chose is not named.
            func text(_ change: DiagramStyleSheet.Change, _ builtIn: DiagramMessage, _ own: StyleMessage) -> String {
                let arguments: [String: MessageArgument] = ["year": .int(difference.to)]
                return style.changeColours[change] == nil ? builtIn.text(language, arguments) : own.text(language, arguments)
            }
            if usage.changes.contains(.added) {
                entries.append(Entry(sample: glyph("━━━━", style.color(.added)), text: text(.added, .added, .added)))
            }
            if usage.changes.contains(.removed) {
                entries.append(Entry(sample: glyph("━━━━", style.color(.removed)), text: text(.removed, .removed, .removed)))
            }
            if usage.changes.contains(.changed) {
                entries.append(Entry(sample: glyph("━━━━", style.color(.changed)), text: text(.changed, .changed, .changed)))
            }
            if usage.changes.contains(.unchanged) {
                entries.append(Entry(sample: glyph("━━━━", style.color(.unchanged)), text: text(.unchanged, .unchanged, .unchanged)))
            }
            if !entries.isEmpty { rows.append((DiagramMessage.changeHeading.text(language), entries)) }
        }
        if !usage.interfaceStatuses.isEmpty {
            var entries = CoverageStatus.allCases.filter(usage.interfaceStatuses.contains).map { status in
                Entry(sample: glyph("⬡", InterfaceOverlay.color(status)), text: status.label.text(language))
            }
            if usage.hasInterfaceWarning { entries.append(Entry(text: DiagramMessage.interfaceWarningNote.text(language))) }
            if usage.hasInterfaceConnectorMark { entries.append(Entry(text: DiagramMessage.connectorNote.text(language))) }
            if let difference = usage.difference {
                for change in CoverageChange.allCases where usage.coverageChanges.contains(change) {
                    entries.append(Entry(text: change.legend(from: difference.from, to: difference.to).text(language)))
                }
            }
            rows.append((DiagramMessage.interfacesHeading.text(language), entries))
        }
        if !usage.captionKey.isEmpty {
            // The number is the entry's sample, so that short entries share a line as the areas do.
            rows.append((DiagramMessage.captionKeyHeading.text(language), usage.captionKey.map { entry in
                Entry(sample: "<FONT>" + DOTEscaping.html(entry.marker) + "</FONT>", text: entry.text)
            }))
        }
        var marks: [Entry] = []
        if usage.hasManagingOffice { marks.append(Entry(text: DiagramMessage.managingOffice.text(language))) }
        if let core = usage.coreGroup {
            marks.append(Entry(sample: glyph(DiagramStyle.coreGroupBadge, style.lineColor),
                               text: DiagramMessage.coreGroupBadge.text(language, ["format": .text(core)])))
        }
        if let size = usage.size {
            func number(_ value: Double) -> String {
                value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
            }
            marks.append(Entry(text: DiagramMessage.sizeBy.text(language, [
                "metric": .text(size.metric), "low": .text(number(size.low)), "high": .text(number(size.high))])))
        }
        if usage.hasEgoFocus { marks.append(Entry(text: DiagramMessage.egoFocus.text(language))) }
        if usage.hasEgoFaded { marks.append(Entry(text: DiagramMessage.egoFaded.text(language))) }
        if usage.hasDirected { marks.append(Entry(text: DiagramMessage.directed.text(language))) }
        if usage.hasHub { marks.append(Entry(text: DiagramMessage.hub.text(language))) }
        if usage.hasFormatLabels { marks.append(Entry(text: DiagramMessage.formatLabel.text(language))) }
        if usage.hasAbsent { marks.append(Entry(text: DiagramMessage.absent.text(language))) }
        if !marks.isEmpty { rows.append((DiagramMessage.marksHeading.text(language), marks)) }

        // Nothing to explain (one area's actors, no lines, the region naming the area): no legend.
        guard !rows.isEmpty else { return nil }
        var cells: [String] = []
        for row in rows {
            // Entries side by side on as few lines as `lineCharacters` allows, evenly filled.
            let lines = balanced(row.entries, limit: lineCharacters).map { range in
                row.entries[range].map(\.html).joined(separator: String(repeating: " ", count: gapCharacters))
            }
            // One table row per line, so that Graphviz sizes each line itself: lines joined by
            // <BR/> in one cell came out too close, the second over the next row in PNG.
            for (number, line) in lines.enumerated() {
                var cell = ""
                if number == 0 {
                    cell += "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" ROWSPAN=\"\(lines.count)\"><I>" + DOTEscaping.html(row.heading) + "</I>" + headingGap + "</TD>"
                }
                cells.append(cell + "<TD ALIGN=\"LEFT\">" + line + "</TD>")
            }
        }
        // No heading row ("Legende"): the framed panel under the title with its row headings is
        // plainly the legend, and the row took a sixth of its height (the panel's tooltip names it).
        let html = cells.map { "<TR>" + $0 + "</TR>" }.joined()
        return "<TABLE ID=\"\(nodeID)\" HREF=\"#\(nodeID)\" TOOLTIP=\"\(DOTEscaping.html(DiagramMessage.legend.text(language)))\" "
            + "BORDER=\"1\" COLOR=\"#B4B4B4\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=\"#FFFFFF\">"
            + "<TR><TD><FONT POINT-SIZE=\"\(fontSize)\"><TABLE BORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">" + html
            + "</TABLE></FONT></TD></TR></TABLE>"
    }
}
