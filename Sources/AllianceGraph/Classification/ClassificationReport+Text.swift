import Foundation

/// The readable presentation of a ``ClassificationReport`` (text and Markdown).
extension ClassificationReport {
    /// The report for a reader: per alliance and year the coverage rate, every interface with
    /// type, problem, strategy, rule and coverage, the warning signs, the mechanisms and the
    /// chains; then the rates across years. Each alliance-year is a heading and its lines.
    func blocks(_ language: Language) -> [TableDocument.Block] {
        let t = { (de: String, en: String) in ReportWords.t(language, de, en) }
        var blocks: [TableDocument.Block] = []
        var out: [String] = []
        func heading(_ text: String) {
            if !out.isEmpty { blocks.append(.lines(out)) }
            out = []
            blocks.append(.heading(text, level: 2))
        }
        for a in alliances {
            for y in a.years {
                let r = y.rates
                heading("\(a.name) (\(a.id)) – \(y.year)")
                out.append("  " + t("Abdeckung", "Coverage") + ": \(r.covered)/\(r.classified) "
                           + t("klassifizierten Schnittstellen abgedeckt", "classified interfaces covered")
                           + " (\(ReportWords.percent(r.rate, language))), " + t("teilweise", "partly") + " \(r.partial), "
                           + t("nicht", "not") + " \(r.uncovered), " + t("ohne Typ", "without type") + " \(r.total - r.classified); "
                           + t("Warnsignale", "warning signs") + ": \(r.warningSigns); "
                           + t("Veränderung zum Vorjahr", "change from the year before") + ": \(ReportWords.points(y.rateChange, language))")
                let byType = InterfaceType.allCases.compactMap { type -> String? in
                    let rt = y.coverage.rates(for: type)
                    return rt.classified == 0 ? nil : "\(type.label.text(language)) \(rt.covered)/\(rt.classified)"
                }
                if !byType.isEmpty { out.append("  " + t("Nach Typ abgedeckt", "Covered by type") + ": " + byType.joined(separator: ", ")) }
                out.append("  " + t("Schnittstellen", "Interfaces"))
                if y.coverage.interfaces.isEmpty { out.append("    " + t("(keine)", "(none)")) }
                for item in y.coverage.interfaces {
                    let c = item.classification
                    let topic = c.interface.topic.map { a.context.topicLabel($0).text(language) } ?? t("ohne Thema", "no topic")
                    out.append("    [\(c.interface.id)] \(a.context.names(c.interface.actors, language)) – \(topic) (\(c.origin.label.text(language)))")
                    if let type = c.type {
                        let rule = c.rule.map { ", " + t("Regel", "rule") + ": \($0.label.text(language))" } ?? ""
                        out.append("      " + t("Typ", "Type") + ": \(type.label.text(language)) (\(c.source.label.text(language))\(rule))")
                        out.append("      " + t("Typisches Problem", "Typical problem") + ": \(type.typicalProblem.text(language))")
                        out.append("      " + t("Passende Strategie", "Matching strategy") + ": \(type.strategy.label.text(language))")
                    } else {
                        out.append("      " + t("Typ", "Type") + ": " + t("nicht bestimmt", "undetermined"))
                    }
                    out.append("      " + t("Begründung", "Reason") + ": \(c.explanation.text(language))")
                    if let d = c.disagreement { out.append("      ! " + t("Abweichung", "Disagreement") + ": \(d.text(language))") }
                    let mark = item.isWarningSign ? "!! " : item.status == .covered ? "" : "! "
                    out.append("      \(mark)" + t("Strategie", "Strategy") + ": \(item.status.label.text(language)) – \(item.explanation.text(language))")
                }
                out.append("  " + t("Koordinationsmechanismen", "Coordination mechanisms"))
                if y.coverage.mechanisms.isEmpty { out.append("    " + t("(keine Beziehungen)", "(no relations)")) }
                for m in y.coverage.mechanisms {
                    let label = m.effective?.text(language) ?? t("unbestimmt", "undetermined")
                    let mark = m.isWarningSign ? "! " : ""
                    out.append("    \(mark)[\(m.relation)] \(label) (\(m.source.label.text(language))) – \(m.explanation.text(language))")
                    if let d = m.disagreement { out.append("      ! " + t("Abweichung", "Disagreement") + ": \(d.text(language))") }
                }
                if !y.chains.isEmpty {
                    out.append("  " + t("Bildungs- und Integrationsketten", "Education and integration chains"))
                    for check in y.chains {
                        let state = check.firstBrokenLink.map {
                            t("unterbrochen bei Glied", "broken at link") + " \($0.index): \($0.explanation.text(language))"
                        } ?? t("alle Glieder tragen", "all links work")
                        out.append("    [\(check.chain)] \(check.name): \(state)")
                        for link in check.links {
                            out.append("      \(link.index). \(link.status.label.text(language)) – \(link.explanation.text(language))")
                        }
                    }
                }
            }
            if a.years.count > 1 {
                heading("\(a.name) – " + t("Abdeckung im Zeitverlauf", "coverage across years"))
                for y in a.years {
                    out.append("  \(y.year): \(y.rates.covered)/\(y.rates.classified) (\(ReportWords.percent(y.rates.rate, language))), "
                               + t("Veränderung", "change") + " \(ReportWords.points(y.rateChange, language)), "
                               + t("Warnsignale", "warning signs") + " \(y.rates.warningSigns)")
                }
            }
        }
        if !out.isEmpty { blocks.append(.lines(out)) }
        return blocks
    }
}
