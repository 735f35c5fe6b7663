import Foundation

/// Plain text and Markdown renderings of a ``ClassificationReport``.
extension ClassificationReport {
    /// A readable report: per alliance and year the coverage rate, every interface with type,
    /// problem, strategy, rule and coverage, the warning signs, the mechanisms and the chains;
    /// then the rates across years.
    public func text(_ language: Language) -> String {
        let t = { (de: String, en: String) in ReportWords.t(language, de, en) }
        var out: [String] = []
        for a in alliances {
            for y in a.years {
                let r = y.rates
                out.append("\(a.name) (\(a.id)) – \(y.year)")
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
                out.append("")
            }
            if a.years.count > 1 {
                out.append("\(a.name) – " + t("Abdeckung im Zeitverlauf", "coverage across years"))
                for y in a.years {
                    out.append("  \(y.year): \(y.rates.covered)/\(y.rates.classified) (\(ReportWords.percent(y.rates.rate, language))), "
                               + t("Veränderung", "change") + " \(ReportWords.points(y.rateChange, language)), "
                               + t("Warnsignale", "warning signs") + " \(y.rates.warningSigns)")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    /// The report as Markdown: a rates table, then per alliance-year tables of interfaces and
    /// mechanisms and a list of chain checks. Table cells have `|` escaped.
    public func markdown(_ language: Language) -> String {
        let t = { (de: String, en: String) in ReportWords.t(language, de, en) }
        func cell(_ s: String?) -> String {
            (s ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        func row(_ cells: [String?]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
        var out: [String] = ["# " + t("Schnittstellen und Koordinationsmechanismen", "Interfaces and coordination mechanisms"), ""]
        out.append("## " + t("Abdeckung durch passende Strategien", "Coverage by matching strategies"))
        out.append("")
        out.append(row([t("Bündnis", "Alliance"), t("Jahr", "Year"), t("Schnittstellen", "Interfaces"), t("klassifiziert", "classified"),
                        t("abgedeckt", "covered"), t("teilweise", "partly"), t("nicht abgedeckt", "not covered"),
                        t("Warnsignale", "Warning signs"), t("Quote", "Rate"), t("Veränderung", "Change")]))
        out.append("|" + String(repeating: "---|", count: 10))
        for a in alliances {
            for y in a.years {
                let r = y.rates
                out.append(row([a.name, String(y.year), String(r.total), String(r.classified), String(r.covered), String(r.partial),
                                String(r.uncovered), String(r.warningSigns), ReportWords.percent(r.rate, language),
                                ReportWords.points(y.rateChange, language)]))
            }
        }
        out.append("")
        let records = interfaceRecords(language)
        let mechanisms = mechanismRecords(language)
        for a in alliances {
            for y in a.years {
                out.append("## \(a.name) – \(y.year)")
                out.append("")
                out.append("### " + t("Schnittstellen", "Interfaces"))
                out.append("")
                out.append(row(["Id", t("Akteure", "Actors"), t("Thema", "Topic"), t("Typ", "Type"), t("Quelle", "Source"),
                                t("Regel", "Rule"), t("Strategie", "Strategy"), t("Abdeckung", "Coverage"), t("Begründung", "Reason")]))
                out.append("|" + String(repeating: "---|", count: 9))
                for r in records where r.alliance == a.id.rawValue && r.year == y.year {
                    let coverage = (r.warningSign ? "⚠ " : "") + r.coverageLabel
                        + (r.coveredBy.isEmpty ? "" : " (\(r.coveredBy.joined(separator: ", ")))")
                    let reason = r.explanation + (r.disagreement.map { " **\(t("Abweichung", "Disagreement")):** \($0)" } ?? "")
                        + " " + r.coverageExplanation
                    out.append(row([r.id, r.actorNames.joined(separator: ", "), r.topicLabel, r.typeLabel,
                                    ResultSource.term(id: r.source)?.label.text(language), r.ruleLabel, r.strategyLabel, coverage, reason]))
                }
                out.append("")
                out.append("### " + t("Koordinationsmechanismen", "Coordination mechanisms"))
                out.append("")
                out.append(row([t("Beziehung", "Relation"), t("Format", "Format"), t("Akteure", "Actors"), t("Mechanismus", "Mechanism"),
                                t("Quelle", "Source"), t("Regel", "Rule"), t("Begründung", "Reason")]))
                out.append("|" + String(repeating: "---|", count: 7))
                for m in mechanisms where m.alliance == a.id.rawValue && m.year == y.year {
                    let who = m.actors.map { a.context.name(ActorID($0), language) }.joined(separator: ", ")
                        + (m.perspective.map { " → " + t("Sicht", "stance") + ": " + a.context.name(ActorID($0), language) } ?? "")
                    out.append(row([m.relation, m.formatLabel, who, (m.warningSign ? "⚠ " : "") + (m.label ?? "–"),
                                    ResultSource.term(id: m.source)?.label.text(language), m.rule,
                                    m.explanation + (m.disagreement.map { " **\(t("Abweichung", "Disagreement")):** \($0)" } ?? "")]))
                }
                out.append("")
                if !y.chains.isEmpty {
                    out.append("### " + t("Bildungs- und Integrationsketten", "Education and integration chains"))
                    out.append("")
                    for check in y.chains {
                        let state = check.firstBrokenLink.map { t("unterbrochen bei Glied", "broken at link") + " \($0.index)" }
                            ?? t("alle Glieder tragen", "all links work")
                        out.append("- **\(check.name)**: \(state)")
                        for link in check.links {
                            out.append("  \(link.index). \(link.status.label.text(language)) – \(link.explanation.text(language))")
                        }
                    }
                    out.append("")
                }
            }
        }
        return out.joined(separator: "\n")
    }
}
