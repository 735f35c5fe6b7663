import Foundation

/// A chart of a table of `alliance compare`, drawn as SVG by ``svg(_:)`` in the visual language
/// of the report's figures: one bar per year with its count and N, or one bar per actor kind.
/// PNG and PDF are made from the SVG by librsvg and cairo (`AllianceGraphviz.ChartRenderer`).
public enum Chart: Sendable {
    /// Trend indicators: per indicator a group of bars, one per year (share of the alliances that
    /// answered, labelled `count/N`); with `byKind`, per year one bar per alliance kind.
    case trends([TrendCell], indicators: [Indicator], vocabulary: Vocabulary, byKind: [(AllianceKind, [TrendCell])] = [])
    /// The core-group composition: one horizontal bar per actor kind (share of the alliances),
    /// grouped by policy area; with `byKind`, one bar per alliance kind.
    case composition(CompositionTable, vocabulary: Vocabulary, byKind: Bool = false)
    /// The answers of one alliance to the trend indicators (the cells of a ``SurveyPanel`` of that
    /// alliance alone): per indicator a group of bars, one per year, full for yes and empty for no,
    /// labelled in words; where it gave no answer the reason (not reported, unanswered, not asked).
    case answers([TrendCell], indicators: [Indicator], vocabulary: Vocabulary)
}

extension Chart {
    /// The report's blues for the years, and three distinct colours for the alliance kinds.
    static let yearColours = ["#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"]
    static let kindColours = ["#08519c", "#e6550d", "#31a354"]
    static let font = "DejaVu Sans, Arial, Helvetica, sans-serif"

    /// The chart as an SVG document with labels in `language`.
    /// - Complexity: O(*c*) in the number of cells or rows.
    public func svg(_ language: Language) -> String {
        switch self {
        case let .trends(cells, indicators, vocabulary, byKind):
            return trendsSVG(cells, indicators: indicators, vocabulary: vocabulary, byKind: byKind, language)
        case let .answers(cells, indicators, vocabulary):
            return trendsSVG(cells, indicators: indicators, vocabulary: vocabulary, byKind: [], answers: true, language)
        case let .composition(table, vocabulary, byKind):
            return compositionSVG(table, vocabulary: vocabulary, byKind: byKind, language)
        }
    }

    private func trendsSVG(_ cells: [TrendCell], indicators: [Indicator], vocabulary: Vocabulary,
                           byKind: [(AllianceKind, [TrendCell])], answers: Bool = false, _ l: Language) -> String {
        let years = Array(Set(cells.map(\.year))).sorted()
        var ids: [String] = []
        for c in cells where !ids.contains(c.indicator) { ids.append(c.indicator) }
        func cell(_ list: [TrendCell], _ id: String, _ year: Int) -> TrendCell? { list.first { $0.indicator == id && $0.year == year } }
        let series: [(label: String, colour: String, cells: [TrendCell])] = byKind.isEmpty
            ? [("", "", cells)]
            : byKind.enumerated().map { ($0.element.0.label.text(l), Self.kindColours[$0.offset % 3], $0.element.1) }
        let barWidth = byKind.isEmpty ? 46.0 : 34.0
        let slot = barWidth * Double(series.count) + 14
        let groupWidth = max(170, slot * Double(years.count) + 20)
        let left = 60.0, top = 70.0, plotHeight = 260.0
        let width = left + groupWidth * Double(max(ids.count, 1)) + 20
        let legendHeight = byKind.isEmpty ? 0.0 : 30.0
        let height = top + plotHeight + 110 + legendHeight
        var svg = SVGWriter(width: width, height: height)
        svg.text(SurveyMessage.chartTrendsTitle.text(l), x: left, y: 30, size: 16, weight: "bold")
        // Axis with percent ticks.
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = top + plotHeight * (1 - Double(tick) / 100)
            svg.line(x1: left, y1: y, x2: width - 20, y2: y, colour: tick == 0 ? "#333333" : "#dddddd")
            svg.text("\(tick) %", x: left - 8, y: y + 4, size: 11, anchor: "end", colour: "#555555")
        }
        for (g, id) in ids.enumerated() {
            let x0 = left + groupWidth * Double(g) + 10
            let indicator = indicators.first { $0.id.rawValue == id } ?? Indicator.named(id, among: [])
            let label = indicator?.label(l, vocabulary: vocabulary) ?? id
            for (lineIndex, line) in SVGWriter.wrap(label, width: Int(groupWidth / 7.2)).prefix(3).enumerated() {
                svg.text(line, x: x0 + (groupWidth - 20) / 2, y: top + plotHeight + 50 + Double(lineIndex) * 15, size: 12,
                         anchor: "middle", weight: "bold")
            }
            for (yi, year) in years.enumerated() {
                let xs = x0 + 10 + slot * Double(yi)
                svg.text(String(year), x: xs + barWidth * Double(series.count) / 2, y: top + plotHeight + 18, size: 12, anchor: "middle")
                for (si, s) in series.enumerated() {
                    let bx = xs + barWidth * Double(si)
                    let found = cell(s.cells, id, year)
                    // One alliance that gave no answer: the reason instead of an empty 0/0 bar.
                    let silent = answers && found.map { $0.asked && $0.of == 0 } == true
                    guard let c = found, c.asked, !silent else {
                        if si == 0 {
                            let reason: SurveyMessage = !silent ? .chartNotAsked : (found?.unanswered ?? 0) > 0 ? .unanswered : .notReported
                            for (k, word) in reason.text(l).split(separator: " ").enumerated() {
                                svg.text(String(word), x: xs + barWidth * Double(series.count) / 2, y: top + plotHeight - 18 + Double(k) * 11,
                                         size: 9, anchor: "middle", colour: "#888888")
                            }
                        }
                        continue
                    }
                    let share = c.share ?? 0
                    let h = plotHeight * share
                    let colour = byKind.isEmpty ? Self.yearColours[min(yi, Self.yearColours.count - 1)] : s.colour
                    svg.rect(x: bx + 2, y: top + plotHeight - h, width: barWidth - 4, height: h, fill: colour)
                    let label = !answers ? "\(c.count)/\(c.of)" : (c.count > 0 ? ReportMessage.yes : ReportMessage.no).text(l)
                    svg.text(label, x: bx + barWidth / 2, y: top + plotHeight - h - 5, size: byKind.isEmpty ? 12 : 9,
                             anchor: "middle", weight: "bold")
                }
                if byKind.isEmpty, !answers, let c = cell(cells, id, year), c.asked {
                    svg.text("n=\(c.of)", x: xs + barWidth / 2, y: top + plotHeight + 32, size: 10, anchor: "middle", colour: "#555555")
                }
            }
        }
        if !byKind.isEmpty { legend(&svg, series.map { ($0.label, $0.colour) }, x: left, y: height - 20) }
        return svg.document
    }

    private func compositionSVG(_ table: CompositionTable, vocabulary: Vocabulary, byKind: Bool, _ l: Language) -> String {
        let kinds = AllianceKind.allCases
        let rows = table.rows
        let barHeight = byKind ? 7.0 : 16.0
        let rowHeight = byKind ? barHeight * Double(kinds.count) + 8 : 22.0
        let labelWidth = 330.0, plotWidth = 420.0, top = 60.0
        var height = top + 40
        for r in rows { height += r.isAreaTotal ? 28 : rowHeight }
        height += byKind ? 40 : 10
        let width = labelWidth + plotWidth + 90
        var svg = SVGWriter(width: width, height: height)
        let title = SurveyMessage.chartCompositionTitle.text(l, ["year": .text(String(table.year)), "n": .int(table.alliances)])
        svg.text(title, x: 20, y: 30, size: 16, weight: "bold")
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + plotWidth * Double(tick) / 100
            svg.line(x1: x, y1: top, x2: x, y2: height - (byKind ? 40 : 10), colour: tick == 0 ? "#333333" : "#dddddd")
            svg.text("\(tick) %", x: x, y: top - 6, size: 11, anchor: "middle", colour: "#555555")
        }
        var y = top + 10
        for r in rows {
            if r.isAreaTotal {
                y += 8
                svg.text(PolicyAreaGroup.term(id: r.group)?.label.text(l) ?? r.group, x: 20, y: y + 12, size: 12, weight: "bold")
                y += 20
                continue
            }
            let label = vocabulary.label(of: ActorKindID(r.id)).text(l)
            svg.text(label.count > 54 ? String(label.prefix(53)) + "…" : label, x: labelWidth - 10, y: y + rowHeight / 2 + 4, size: 11, anchor: "end")
            if byKind {
                for (k, kind) in kinds.enumerated() {
                    let n = table.alliancesByKind[kind.id] ?? 0, v = r.byAllianceKind[kind.id] ?? 0
                    let share = CompositionTable.share(v, of: n) ?? 0
                    let by = y + 4 + barHeight * Double(k)
                    svg.rect(x: labelWidth, y: by, width: plotWidth * share, height: barHeight - 1, fill: Self.kindColours[k])
                    svg.text("\(v)/\(n)", x: labelWidth + plotWidth * share + 4, y: by + barHeight - 1, size: 7)
                }
            } else {
                let share = CompositionTable.share(r.total, of: table.alliances) ?? 0
                svg.rect(x: labelWidth, y: y + 3, width: plotWidth * share, height: barHeight, fill: Self.yearColours[3])
                svg.text("\(r.total)/\(table.alliances)", x: labelWidth + plotWidth * share + 5, y: y + 3 + barHeight - 4, size: 11)
            }
            y += rowHeight
        }
        if byKind {
            legend(&svg, kinds.enumerated().map { ($0.element.label.text(l) + " (N=\(table.alliancesByKind[$0.element.id] ?? 0))",
                                                   Self.kindColours[$0.offset]) }, x: 20, y: height - 15)
        }
        return svg.document
    }

    private func legend(_ svg: inout SVGWriter, _ items: [(String, String)], x: Double, y: Double) {
        var cx = x
        for (label, colour) in items {
            svg.rect(x: cx, y: y - 10, width: 12, height: 12, fill: colour)
            svg.text(label, x: cx + 17, y: y, size: 11)
            cx += 17 + Double(label.count) * 6.5 + 20
        }
    }
}

/// A minimal SVG writer: rectangles, lines and text, escaped for XML.
struct SVGWriter {
    let width: Double
    let height: Double
    private var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// `text` broken into lines of at most about `width` characters at blanks.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String) {
        body += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" "
            + "height=\"\(Self.number(max(height, 0)))\" fill=\"\(fill)\"/>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: String) {
        body += "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" "
            + "stroke=\"\(colour)\" stroke-width=\"1\"/>\n"
    }

    mutating func text(_ text: String, x: Double, y: Double, size: Double, anchor: String = "start", weight: String = "normal",
                       colour: String = "#222222") {
        body += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" text-anchor=\"\(anchor)\" "
            + "font-weight=\"\(weight)\" fill=\"\(colour)\">\(InlineSVG.escape(text))</text>\n"
    }

    var document: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
            + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"\(Chart.font)\">\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#ffffff\"/>\n"
            + body + "</svg>\n"
    }
}
