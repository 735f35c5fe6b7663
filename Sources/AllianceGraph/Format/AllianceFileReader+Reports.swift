import Foundation
import Yams

extension AllianceFileReader {
    /// The keys of a `reports:` item written as a mapping.
    static let reportKeys = ["year", "unanswered", "answers"]

    /// Reads `reports:`: the survey waves the alliance reported in, each a year (`2021`) or a
    /// mapping with `year`, `unanswered` (question ids) and `answers` (indicator id: true/false).
    /// `nil` when the file has no `reports:` (the alliance then counts as reporting in every year).
    func readReports(_ top: MappingReader, sink: DiagnosticSink, map: inout SourceMap) -> [SurveyReport]? {
        guard let node = top.value("reports") else { return nil }
        map["reports"] = sink.location(node.mark)
        guard case .sequence(let sequence) = node else {
            sink.error(.notAList, ["key": "reports", "shape": node.shapeName], at: node.mark)
            return []
        }
        var reports: [SurveyReport] = []
        for (index, item) in sequence.enumerated() {
            let path = "reports[\(index)]"
            let place = Message(SurveyMessage.placeReport, ["n": .int(index + 1)])
            map[path] = sink.location(item.mark)
            if case .scalar = item {
                guard let year = Self.readYear(item, place: place, sink: sink) else { continue }
                map["\(path).year"] = sink.location(item.mark)
                reports.append(SurveyReport(year: year))
                continue
            }
            guard let reader = MappingReader(item, what: place, allowed: Self.reportKeys, sink: sink) else { continue }
            guard let yearNode = reader.value("year") else {
                sink.error(.missingKey, ["place": .message(place), "key": "year"], at: reader.mark)
                continue
            }
            map["\(path).year"] = sink.location(yearNode.mark)
            guard let year = Self.readYear(yearNode, place: place, sink: sink) else { continue }
            var report = SurveyReport(year: year)
            for (j, q) in (reader.list("unanswered") ?? []).enumerated() {
                guard let id = identifierText(q, what: ValidationMessage.key("unanswered", of: place), sink: sink) else { continue }
                map["\(path).unanswered[\(j)]"] = sink.location(q.mark)
                report.unanswered.append(QuestionID(id))
            }
            if let answers = reader.value("answers") {
                if case .mapping(let mapping) = answers {
                    for (key, value) in mapping {
                        guard let id = identifierText(key, what: ValidationMessage.key("answers", of: place), sink: sink) else { continue }
                        map["\(path).answers.\(id)"] = sink.location(key.mark)
                        guard let flag = value.bool, case .scalar = value else {
                            sink.error(.notTrueOrFalse, ["key": .text(id), "place": .message(ValidationMessage.key("answers", of: place))],
                                       at: value.mark)
                            continue
                        }
                        report.answers[IndicatorID(id)] = flag
                    }
                } else {
                    sink.error(.notAMapping, ["place": .message(ValidationMessage.key("answers", of: place)), "shape": answers.shapeName],
                               at: answers.mark)
                }
            }
            reports.append(report)
        }
        return reports
    }

    /// A year written as a plain number, e.g. `2021`; reports anything else.
    static func readYear(_ node: Node, place: Message, sink: DiagnosticSink) -> Int? {
        guard let text = scalarText(node, what: place, sink: sink) else { return nil }
        guard let year = Int(text.trimmingCharacters(in: .whitespaces)), PeriodSyntaxError.plausibleYears.contains(year) else {
            sink.add(.error, Message(SurveyMessage.notAYear, ["place": .message(place), "value": .text(text)]), at: node.mark)
            return nil
        }
        return year
    }
}
