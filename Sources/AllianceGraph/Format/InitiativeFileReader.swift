import Foundation
import Yams

/// What reading an initiative file gave: the initiative (if it could be built), where its parts
/// stand, and the problems found.
public struct ParsedInitiativeFile: Sendable {
    /// The file as named.
    public var file: String
    /// The initiative, or `nil` when the file is too broken to build one.
    public var initiative: Initiative?
    /// Positions: `roster[3]`, `roster[3].alliance`, `waves[1].questions[0]`, `indicators[0].rule.formats[1]`, …
    public var sourceMap: SourceMap
    /// Problems found.
    public var diagnostics: [Diagnostic]
}

/// Reads the initiative file (docs/SURVEYS.md, schema docs/initiative.schema.json): the programme,
/// its roster of member alliances, its survey waves with the questions asked, and its own
/// questions and indicators. Unknown keys and terms are reported at file:line:column with a
/// suggestion, as in alliance files.
///
/// ```yaml
/// programme: {name: "Gemeinsam klappt's", years: 2019-2022}
/// waves:
///   - {year: 2021, name: AH 2021, questions: [agreements, abh_cooperation, case_conferences]}
/// roster:
///   - {alliance: rheinstadt, kind: independent_city}
/// ```
public struct InitiativeFileReader: Sendable {
    static let topLevelKeys = ["programme", "questions", "waves", "roster", "indicators", "note"]
    static let programmeKeys = ["name", "years", "source", "note"]
    static let questionKeys = ["id", "de", "en"]
    static let waveKeys = ["year", "name", "questions", "note"]
    static let rosterKeys = ["alliance", "name", "kind", "district", "never_reported", "note"]
    static let indicatorKeys = ["id", "de", "en", "question", "rule", "note"]
    static let ruleKeys = ["formats", "with", "status", "formalisation", "mechanisms", "chains", "core_group", "answer"]

    /// The user's vocabulary, against which the formats and actor kinds of rules are checked.
    public var vocabulary: Vocabulary

    /// Creates a reader checking rules against `vocabulary`.
    public init(vocabulary: Vocabulary = .builtIn) {
        self.vocabulary = vocabulary
    }

    /// Whether `text` is an initiative file: a mapping with the top-level key `programme` (an
    /// alliance file never has one).
    public static func isInitiativeFile(text: String) -> Bool {
        guard text.mentions("programme"), let keys = YAMLDocument.composedTopLevelKeys(text) else { return false }
        return isInitiativeFile(keys: keys)
    }

    /// Whether a mapping with the top-level `keys` is an initiative file (``isInitiativeFile(text:)``).
    static func isInitiativeFile(keys: [String]) -> Bool {
        keys.contains("programme")
    }

    /// Reads the file at `path`.
    public func read(path: String) -> ParsedInitiativeFile {
        do {
            return read(text: try TextFile.read(path), file: path)
        } catch {
            return ParsedInitiativeFile(file: path, initiative: nil, sourceMap: SourceMap(file: path), diagnostics: [error.diagnostic(path)])
        }
    }

    /// Reads `text` as the content of `file`.
    public func read(text: String, file: String) -> ParsedInitiativeFile {
        let sink = DiagnosticSink(file: file)
        var map = SourceMap(file: file)
        var initiative: Initiative?
        do {
            if let root = try YAMLDocument.compose(text) {
                initiative = readInitiative(root, sink: sink, map: &map)
            } else {
                sink.add(.error, Message(SurveyMessage.initiativeFileEmpty), at: nil)
            }
        } catch let error as YamlError {
            AllianceFileReader.reportYAMLError(error, text: text, sink: sink)
        } catch {
            sink.error(.malformedYAML, ["problem": .text("\(error)")], at: nil)
        }
        let diagnostics = sink.diagnostics.sortedForDisplay()
        return ParsedInitiativeFile(file: file, initiative: diagnostics.containsErrors ? nil : initiative, sourceMap: map,
                                    diagnostics: diagnostics)
    }

    private func numbered(_ key: SurveyMessage, _ index: Int) -> Message { Message(key, ["n": .int(index + 1)]) }

    private func readInitiative(_ root: Node, sink: DiagnosticSink, map: inout SourceMap) -> Initiative? {
        let place = Message(SurveyMessage.placeInitiativeFile)
        guard let top = MappingReader(root, what: place, allowed: Self.topLevelKeys, sink: sink) else { return nil }
        map["programme"] = sink.location(top.value("programme")?.mark ?? top.mark)
        guard let programmeNode = top.value("programme") else {
            sink.error(.missingKey, ["place": .message(place), "key": "programme"], at: top.mark)
            return nil
        }
        guard let programme = MappingReader(programmeNode, what: Message(SurveyMessage.placeProgramme), allowed: Self.programmeKeys,
                                            sink: sink) else { return nil }
        let name = programme.string("name", required: true)
        var years: ClosedRange<Int>?
        if let node = programme.value("years") {
            let periods = readPeriods(node, what: ValidationMessage.key("years", of: Message(SurveyMessage.placeProgramme)), sink: sink)
            if let periods {
                if periods.count == 1, let s = periods[0].start, let e = periods[0].end, s.month == 1, e.month == 12 {
                    years = s.year...e.year
                } else {
                    sink.add(.error, Message(SurveyMessage.programmeYears), at: node.mark)
                }
            }
        } else {
            sink.error(.missingKey, ["place": .message(Message(SurveyMessage.placeProgramme)), "key": "years"], at: programme.mark)
        }

        // Questions first: waves and indicators refer to them.
        var questions: [SurveyQuestion] = []
        var seen: [String: Int] = [:]
        for (index, item) in (list(top, "questions", sink: sink)).enumerated() {
            let what = numbered(.placeQuestion, index)
            map["questions[\(index)]"] = sink.location(item.mark)
            guard let reader = MappingReader(item, what: what, allowed: Self.questionKeys, sink: sink),
                  let id = reader.identifier("id", required: true) else { continue }
            if checkOnce(id, at: reader.value("id")?.mark, place: what, seen: &seen, sink: sink) {
                questions.append(SurveyQuestion(id: QuestionID(id), label: label(reader, id: id)))
            }
        }
        let known = questions.map(\.id.rawValue) + SurveyQuestion.builtIn.map(\.id.rawValue).filter { b in !questions.contains { $0.id.rawValue == b } }
        func checkQuestion(_ node: Node, place: Message) -> QuestionID? {
            guard let id = identifierText(node, what: place, sink: sink) else { return nil }
            guard known.contains(id) else {
                sink.add(.error, Message(SurveyMessage.unknownQuestion, ["place": .message(place), "question": .text(id),
                                                                        "suggestion": Suggestion.phrase(for: id, in: known),
                                                                        "known": .text(known.joined(separator: ", "))]), at: node.mark)
                return nil
            }
            return QuestionID(id)
        }

        var waves: [SurveyWave] = []
        var waveYears: [String: Int] = [:]
        for (index, item) in list(top, "waves", sink: sink).enumerated() {
            let what = numbered(.placeWave, index)
            map["waves[\(index)]"] = sink.location(item.mark)
            guard let reader = MappingReader(item, what: what, allowed: Self.waveKeys, sink: sink) else { continue }
            guard let yearNode = reader.value("year") else {
                sink.error(.missingKey, ["place": .message(what), "key": "year"], at: reader.mark)
                continue
            }
            map["waves[\(index)].year"] = sink.location(yearNode.mark)
            guard let year = AllianceFileReader.readYear(yearNode, place: what, sink: sink) else { continue }
            if let years, !years.contains(year) {
                sink.add(.error, Message(SurveyMessage.waveOutsideProgramme, ["place": .message(what), "year": .int(year),
                                                                             "years": .text("\(years.lowerBound)-\(years.upperBound)")]),
                         at: yearNode.mark)
            }
            guard checkOnce(String(year), at: yearNode.mark, place: what, seen: &waveYears, sink: sink) else { continue }
            var asked: [QuestionID] = []
            for (j, q) in (reader.list("questions") ?? []).enumerated() {
                map["waves[\(index)].questions[\(j)]"] = sink.location(q.mark)
                if let id = checkQuestion(q, place: ValidationMessage.key("questions", of: what)) { asked.append(id) }
            }
            waves.append(SurveyWave(year: year, name: reader.string("name") ?? String(year), questions: asked))
        }

        var roster: [RosterEntry] = []
        var members: [String: Int] = [:]
        for (index, item) in list(top, "roster", sink: sink).enumerated() {
            let what = numbered(.placeRosterEntry, index)
            map["roster[\(index)]"] = sink.location(item.mark)
            guard let reader = MappingReader(item, what: what, allowed: Self.rosterKeys, sink: sink) else { continue }
            let id = reader.identifier("alliance", required: true)
            map["roster[\(index)].alliance"] = sink.location(reader.value("alliance")?.mark ?? reader.mark)
            let kind = reader.term("kind", AllianceKind.self)
            if reader.value("kind") == nil { sink.error(.missingKey, ["place": .message(what), "key": "kind"], at: reader.mark) }
            guard let id, let kind, IdentifierRule.isValid(id) || reportInvalid(id, reader, what, sink),
                  checkOnce(id, at: reader.value("alliance")?.mark, place: what, seen: &members, sink: sink) else { continue }
            roster.append(RosterEntry(alliance: AllianceID(id), name: reader.string("name"), kind: kind, district: reader.string("district"),
                                      neverReported: reader.bool("never_reported") ?? false))
        }

        var indicators: [Indicator] = []
        var indicatorIDs: [String: Int] = [:]
        for (index, item) in list(top, "indicators", sink: sink).enumerated() {
            let what = numbered(.placeIndicator, index)
            map["indicators[\(index)]"] = sink.location(item.mark)
            guard let reader = MappingReader(item, what: what, allowed: Self.indicatorKeys, sink: sink),
                  let id = reader.identifier("id", required: true) else { continue }
            let named = ValidationMessage.key("question", of: what)
            let question = reader.value("question").flatMap { checkQuestion($0, place: named) }
            guard let ruleNode = reader.value("rule") else {
                sink.error(.missingKey, ["place": .message(what), "key": "rule"], at: reader.mark)
                continue
            }
            guard let rule = readRule(ruleNode, owner: what, sink: sink),
                  checkOnce(id, at: reader.value("id")?.mark, place: what, seen: &indicatorIDs, sink: sink) else { continue }
            indicators.append(Indicator(id: IndicatorID(id), label: label(reader, id: id), question: question, rule: rule))
        }
        guard let name, let years else { return nil }
        return Initiative(name: name, years: years, roster: roster, waves: waves.sorted { $0.year < $1.year },
                          questions: questions, indicators: indicators)
    }

    private func reportInvalid(_ id: String, _ reader: MappingReader, _ what: Message, _ sink: DiagnosticSink) -> Bool {
        sink.error(.invalidID, ValidationMessage.invalidID(id, place: ValidationMessage.key("alliance", of: what)).arguments,
                   at: reader.value("alliance")?.mark)
        return false
    }

    /// The list under `key` (none: empty), reporting a value that is not a list.
    private func list(_ top: MappingReader, _ key: String, sink: DiagnosticSink) -> [Node] {
        guard let node = top.value(key) else { return [] }
        guard case .sequence(let items) = node else {
            sink.error(.notAList, ["key": .text(key), "shape": node.shapeName], at: node.mark)
            return []
        }
        return Array(items)
    }

    /// `de` and `en`, each standing in for the other, else the id.
    private func label(_ reader: MappingReader, id: String) -> Label {
        let de = reader.string("de"), en = reader.string("en")
        return Label(de: de ?? en ?? id, en: en ?? de ?? id)
    }

    /// Records `id`; reports it (and returns `false`) when it was given before.
    private func checkOnce(_ id: String, at mark: Mark?, place: Message, seen: inout [String: Int], sink: DiagnosticSink) -> Bool {
        if let line = seen[id] {
            sink.add(.error, Message(SurveyMessage.givenTwice, ["place": .message(place), "id": .text(id), "line": .int(line)]), at: mark)
            return false
        }
        seen[id] = mark?.line ?? 0
        return true
    }

    private func readRule(_ node: Node, owner: Message, sink: DiagnosticSink) -> IndicatorRule? {
        let place = Message(SurveyMessage.placeRule, ["owner": .message(owner)])
        guard let reader = MappingReader(node, what: place, allowed: Self.ruleKeys, sink: sink) else { return nil }
        var rule = IndicatorRule()
        var ok = true
        func terms<T>(_ key: String, candidates: [String], make: (String) -> T?) -> [T] {
            var result: [T] = []
            for item in reader.list(key) ?? [] {
                guard let text = identifierText(item, what: ValidationMessage.key(key, of: place), sink: sink) else { ok = false; continue }
                guard let term = make(text) else {
                    sink.add(.error, Message(SurveyMessage.unknownRuleTerm, ["place": .message(place), "key": .text(key), "value": .text(text),
                                                                            "suggestion": Suggestion.phrase(for: text, in: candidates)]),
                             at: item.mark)
                    ok = false
                    continue
                }
                result.append(term)
            }
            return result
        }
        let formatIDs = vocabulary.formats.keys.map(\.rawValue), kindIDs = vocabulary.actorKinds.keys.map(\.rawValue)
        rule.formats = terms("formats", candidates: formatIDs) { formatIDs.contains($0) ? FormatID($0) : nil }
        rule.actorKinds = terms("with", candidates: kindIDs) { kindIDs.contains($0) ? ActorKindID($0) : nil }
        rule.coreGroup = terms("core_group", candidates: kindIDs) { kindIDs.contains($0) ? ActorKindID($0) : nil }
        rule.statuses = terms("status", candidates: RelationStatus.ids) { RelationStatus.term(id: $0) ?? RelationStatus.aliases[$0] }
        rule.formalisations = terms("formalisation", candidates: Formalisation.ids) { Formalisation.term(id: $0) }
        rule.mechanisms = terms("mechanisms", candidates: Mechanism.ids) { Mechanism.term(id: $0) }
        rule.chains = reader.bool("chains") ?? false
        rule.answerOnly = reader.bool("answer") ?? false
        guard ok else { return nil }
        if !rule.asksForRelation && !rule.chains && rule.coreGroup.isEmpty && !rule.answerOnly {
            sink.add(.error, Message(SurveyMessage.ruleNeedsCondition, ["place": .message(place)]), at: reader.mark)
            return nil
        }
        return rule
    }
}
