/// Checks across the files read together: two files with the same alliance id, and with an
/// initiative file the roster (members without a file, files not in the roster, kinds that differ)
/// and each alliance's `reports:` against the programme's years, waves and questions.
public enum SurveyValidator {
    /// The problems across `results` (alliance and vocabulary files as loaded) and `initiative`,
    /// each attributed to the file and place it concerns.
    /// - Complexity: O(*f* + *r*) for *f* files and *r* reports, with dictionaries for the look-ups.
    public static func check(_ results: [LoadResult], initiative parsed: ParsedInitiativeFile?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var firstByID: [AllianceID: LoadResult] = [:]
        for result in results {
            guard let alliance = result.alliance, !alliance.id.rawValue.isEmpty else { continue }
            if let first = firstByID[alliance.id] {
                found.append(Diagnostic(.error, Message(SurveyMessage.duplicateAlliance, [
                    "id": .text(alliance.id.rawValue), "other": .text(first.file), "line": .int(first.sourceMap["id"]?.line ?? 1)]),
                                        at: result.sourceMap["id"], file: result.file))
            } else {
                firstByID[alliance.id] = result
            }
        }
        guard let parsed, let initiative = parsed.initiative else { return found }
        let file = parsed.file
        let roster = Dictionary(initiative.roster.map { ($0.alliance, $0) }, uniquingKeysWith: { a, _ in a })
        let rosterIDs = initiative.roster.map(\.alliance.rawValue)
        let indicatorIDs = initiative.allIndicators.map(\.id.rawValue)
        let years = "\(initiative.years.lowerBound)-\(initiative.years.upperBound)"
        for (index, entry) in initiative.roster.enumerated() where firstByID[entry.alliance] == nil && !entry.neverReported {
            found.append(Diagnostic(.warning, Message(SurveyMessage.rosterWithoutFile, ["id": .text(entry.alliance.rawValue)]),
                                    at: parsed.sourceMap["roster[\(index)].alliance"], file: file))
        }
        for result in results {
            guard let alliance = result.alliance, !alliance.id.rawValue.isEmpty else { continue }
            let map = result.sourceMap
            func add(_ severity: Severity, _ key: SurveyMessage, _ arguments: [String: MessageArgument], _ path: String) {
                found.append(Diagnostic(severity, Message(key, arguments), at: map[path], file: result.file))
            }
            if let entry = roster[alliance.id] {
                if entry.kind != alliance.kind {
                    add(.warning, .rosterKindDiffers, ["kind": .text(alliance.kind.id), "roster": .text(entry.kind.id), "file": .text(file)], "kind")
                }
            } else {
                add(.error, .notInRoster, ["id": .text(alliance.id.rawValue), "file": .text(file),
                                           "suggestion": Suggestion.phrase(for: alliance.id.rawValue, in: rosterIDs)], "id")
            }
            for (i, report) in (alliance.reports ?? []).enumerated() {
                let place = Message(SurveyMessage.placeReport, ["n": .int(i + 1)])
                guard initiative.years.contains(report.year) else {
                    add(.error, .reportOutsideProgramme, ["place": .message(place), "year": .int(report.year), "programme": .text(initiative.name),
                                                          "years": .text(years), "file": .text(file)], "reports[\(i)].year")
                    continue
                }
                guard let wave = initiative.wave(in: report.year) else {
                    add(.error, .reportNoWave, ["place": .message(place), "year": .int(report.year), "file": .text(file),
                                                "waves": .text(initiative.waves.map { String($0.year) }.joined(separator: ", "))],
                        "reports[\(i)].year")
                    continue
                }
                let asked = wave.questions.map(\.rawValue)
                for (j, q) in report.unanswered.enumerated() where !wave.questions.contains(q) {
                    add(.error, .questionNotAsked, ["place": .message(place), "wave": .text(wave.name), "question": .text(q.rawValue),
                                                    "suggestion": Suggestion.phrase(for: q.rawValue, in: asked),
                                                    "asked": .text(asked.isEmpty ? "–" : asked.joined(separator: ", "))],
                        "reports[\(i)].unanswered[\(j)]")
                }
                for id in report.answers.keys.sorted() where !indicatorIDs.contains(id.rawValue) {
                    add(.error, .unknownAnswer, ["place": .message(place), "indicator": .text(id.rawValue),
                                                 "suggestion": Suggestion.phrase(for: id.rawValue, in: indicatorIDs),
                                                 "known": .text(indicatorIDs.joined(separator: ", "))], "reports[\(i)].answers.\(id.rawValue)")
                }
            }
        }
        return found
    }

    /// `results` with the problems across files (``check(_:initiative:)``) added to the files they concern,
    /// and the initiative file's own result (its reading problems and the roster warnings) first.
    public static func merge(_ results: [LoadResult], initiative parsed: ParsedInitiativeFile?) -> [LoadResult] {
        let across = check(results, initiative: parsed)
        var merged = results.map { result -> LoadResult in
            var copy = result
            copy.diagnostics = (copy.diagnostics + across.filter { $0.file == result.file }).sortedForDisplay()
            return copy
        }
        if let parsed {
            var own = LoadResult(file: parsed.file, alliance: nil, sourceMap: parsed.sourceMap,
                                 diagnostics: (parsed.diagnostics + across.filter { $0.file == parsed.file }).sortedForDisplay())
            own.isInitiativeFile = true
            merged.insert(own, at: merged.firstIndex { !$0.isVocabularyFile } ?? merged.endIndex)
        }
        return merged
    }
}
