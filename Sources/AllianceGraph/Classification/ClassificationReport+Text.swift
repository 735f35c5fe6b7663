import Foundation

/// The readable presentation of a ``ClassificationReport`` (text and Markdown).
extension ClassificationReport {
    /// The report for a reader: per alliance and year the coverage rate, every interface with
    /// type, problem, strategy, rule and coverage, the warning signs, the mechanisms and the
    /// chains; then the rates across years. Each alliance-year is a heading and its lines.
    func blocks(_ language: Language) -> [TableDocument.Block] {
        func t(_ key: ClassificationReportMessage, _ arguments: [String: MessageArgument] = [:]) -> String { key.text(language, arguments) }
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
                out.append("  " + t(.coverageLine, [
                    "covered": .int(r.covered), "classified": .int(r.classified), "rate": .text(ReportWords.percent(r.rate, language)),
                    "partial": .int(r.partial), "uncovered": .int(r.uncovered), "untyped": .int(r.total - r.classified),
                    "warnings": .int(r.warningSigns), "change": .text(ReportWords.points(y.rateChange, language)),
                ]))
                let byType = InterfaceType.allCases.compactMap { type -> String? in
                    let rt = y.coverage.rates(for: type)
                    return rt.classified == 0 ? nil : "\(type.label.text(language)) \(rt.covered)/\(rt.classified)"
                }
                if !byType.isEmpty { out.append("  " + t(.coveredByType, ["types": .text(byType.joined(separator: ", "))])) }
                out.append("  " + t(.interfaces))
                if y.coverage.interfaces.isEmpty { out.append("    " + t(.none)) }
                for item in y.coverage.interfaces {
                    let c = item.classification
                    let topic = c.interface.topic.map { a.context.topicLabel($0).text(language) } ?? t(.noTopic)
                    out.append("    [\(c.interface.id)] \(a.context.names(c.interface.actors, language)) – \(topic) (\(c.origin.label.text(language)))")
                    if !c.types.isEmpty {
                        // One line per type in force, with the strongest finding giving it.
                        for type in c.types {
                            let finding = c.findings.first { $0.type == type }
                            let rule: MessageArgument = finding.map { .message(Message(ClassificationReportMessage.ruleSuffix, ["rule": .label($0.rule.label)])) } ?? ""
                            let confidence = c.codedTypes.isEmpty ? finding?.confidence ?? .weak : .coded
                            out.append("      " + t(.typeLine, ["type": .label(type.label), "source": .label(c.source.label), "rule": rule,
                                                            "confidence": .label(confidence.label)]))
                            out.append("      " + t(.typicalProblem, ["problem": .label(type.typicalProblem)]))
                            out.append("      " + t(.matchingStrategy, ["strategy": .label(type.strategy.label)]))
                        }
                    } else {
                        out.append("      " + t(.typeUndetermined))
                    }
                    out.append("      " + t(.reason, ["reason": .message(c.explanation)]))
                    if let d = c.disagreement { out.append("      ! " + t(.disagreement, ["text": .message(d)])) }
                    if let m = c.mechanism {
                        out.append("      \(m.mechanism.mechanism.needsCommunication ? "" : "! ")" + t(.observedMechanism, [
                            "mechanism": .label(Label(de: m.mechanism.text(.de), en: m.mechanism.text(.en))),
                            "observations": .joined(c.mechanisms.map { .message($0.explanation) }, separator: "; "),
                        ]))
                        if let conflict = c.mechanismConflict { out.append("      ! " + conflict.text(language)) }
                    }
                    let mark = item.isWarningSign ? "!! " : item.status == .covered ? "" : "! "
                    out.append("      \(mark)" + t(.strategyLine, ["status": .label(item.status.label), "reason": .message(item.explanation)]))
                }
                out.append("  " + t(.mechanisms))
                if y.coverage.mechanisms.isEmpty { out.append("    " + t(.noRelations)) }
                for m in y.coverage.mechanisms {
                    let label = m.effective?.text(language) ?? t(.undetermined)
                    let mark = m.isWarningSign ? "! " : ""
                    let confidence = m.confidence.map { "; " + t(.confidenceSuffix, ["confidence": .label($0.label)]) } ?? ""
                    out.append("    \(mark)[\(m.relation)] \(label) (\(m.source.label.text(language))\(confidence)) – \(m.explanation.text(language))")
                    if let d = m.disagreement { out.append("      ! " + t(.disagreement, ["text": .message(d)])) }
                    if let conflict = m.conflict { out.append("      ! " + conflict.text(language)) }
                }
                if !y.chains.isEmpty {
                    out.append("  " + t(.chains))
                    for check in y.chains {
                        let state = check.firstBrokenLink.map {
                            t(.brokenAt, ["index": .int($0.index), "reason": .message($0.explanation)])
                        } ?? t(.allLinksWork)
                        out.append("    [\(check.chain)] \(check.name): \(state)")
                        for link in check.links {
                            out.append("      \(link.index). \(link.status.label.text(language)) – \(link.explanation.text(language))")
                        }
                    }
                }
            }
            if a.years.count > 1 {
                heading("\(a.name) – " + t(.coverageAcrossYears))
                for y in a.years {
                    out.append("  " + t(.yearLine, [
                        "year": .int(y.year), "covered": .int(y.rates.covered), "classified": .int(y.rates.classified),
                        "rate": .text(ReportWords.percent(y.rates.rate, language)),
                        "change": .text(ReportWords.points(y.rateChange, language)), "warnings": .int(y.rates.warningSigns),
                    ]))
                }
            }
        }
        if !out.isEmpty { blocks.append(.lines(out)) }
        return blocks
    }
}
