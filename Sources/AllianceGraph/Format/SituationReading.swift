import Yams

// Reading the keys that describe the young person's situations (issue 10): conditions of
// responsibility (`when:`), observations (`observations:`) and situations (`situations:`).
// Shapes and closed terms are checked here; references to actors and to the open vocabulary
// (kinds, statuses, legal bases, codes, topics) are checked by ``AllianceValidator``, which finds
// their places through the ``SourceMap`` paths recorded here.

/// The keys of a condition (`when:`), in file order.
let conditionKeys = ResponsibilityCondition.Dimension.allCases.map(\.rawValue)

/// Reads a condition (`when: { age: "18-", legal_basis: [sgb2] }`) and records where it and each of
/// its values stand: `path`, `path.age`, `path.residence[k]`, `path.legal_basis[k]`, `path.programme_months`.
/// A malformed dimension is reported and left out, so that the others are still checked; `nil`
/// when the condition is no mapping (reported).
func readCondition(_ node: Node, owner: Message, sink: DiagnosticSink, map: inout SourceMap, path: String) -> ResponsibilityCondition? {
    let what = ValidationMessage.key("when", of: owner)
    map[path] = sink.location(node.mark)
    guard let reader = MappingReader(node, what: what, allowed: conditionKeys, sink: sink) else { return nil }
    var condition = ResponsibilityCondition()
    for dimension in [ResponsibilityCondition.Dimension.age, .programmeMonths] {
        let key = dimension.rawValue
        guard let value = reader.value(key) else { continue }
        map["\(path).\(key)"] = sink.location(value.mark)
        let place = ValidationMessage.key(key, of: owner)
        guard let text = scalarText(value, what: place, sink: sink) else { continue }
        guard let interval = WholeNumberInterval.parse(text) else {
            sink.error(.badInterval, ["place": .message(place), "value": .text(text),
                                      "examples": .text(dimension == .age ? "\"14-17\", \"18-\", \"-17\", \"16\"" : "\"1-24\", \"25-\", \"-6\"")],
                       at: value.mark)
            continue
        }
        if dimension == .age { condition.age = interval } else { condition.programmeMonths = interval }
    }
    for dimension in [ResponsibilityCondition.Dimension.residence, .legalBasis] {
        let key = dimension.rawValue
        guard let items = reader.list(key) else { continue }
        let place = ValidationMessage.key(key, of: owner)
        map["\(path).\(key)"] = sink.location(reader.value(key)?.mark)
        if items.isEmpty {
            sink.error(.emptyConditionList, ["place": .message(place)], at: reader.value(key)?.mark)
            continue
        }
        var ids: [String] = []
        for (index, item) in items.enumerated() {
            guard let text = identifierText(item, what: place, sink: sink) else { continue }
            map["\(path).\(key)[\(index)]"] = sink.location(item.mark)
            ids.append(text)
        }
        if dimension == .residence {
            condition.residence = ids.map { ResidenceStatusID($0) }
        } else {
            condition.legalBasis = ids.map { LegalBasisID($0) }
        }
    }
    return condition
}

/// The keys of an observation written as a mapping.
let observationKeys = ["code", "by", "note"]

/// Reads the `observations:` of a relation, interface or situation: each a code (`- joint_case_planning`)
/// or a mapping (`- { code: calls_on_others, by: ki, note: "…" }`). Records `path.observations[k]`
/// (the code) and `path.observations[k].by`.
func readObservations(_ reader: MappingReader, owner: Message, sink: DiagnosticSink, map: inout SourceMap, path: String) -> [Observation] {
    guard let items = reader.list("observations") else { return [] }
    let place = ValidationMessage.key("observations", of: owner)
    var result: [Observation] = []
    for (index, item) in items.enumerated() {
        let itemPath = "\(path).observations[\(index)]"
        if case .scalar = item {
            guard let code = identifierText(item, what: place, sink: sink) else { continue }
            map[itemPath] = sink.location(item.mark)
            result.append(Observation(ObservationCodeID(code)))
            continue
        }
        guard let entry = MappingReader(item, what: place, allowed: observationKeys, sink: sink) else { continue }
        map[itemPath] = sink.location(entry.value("code")?.mark ?? item.mark)
        map["\(itemPath).by"] = sink.location(entry.value("by")?.mark)
        guard let code = entry.identifier("code", required: true) else { continue }
        result.append(Observation(ObservationCodeID(code), by: entry.identifier("by").map { ActorID($0) }, note: entry.string("note")))
    }
    return result
}

extension AllianceFileReader {
    static let situationKeys = ["id", "kind", "label", "topic", "actors", "observations", "type", "years", "note", "source"]
    static let responsibilityKeys = ["actor", "when", "responsible"]

    /// Reads one entry of `situations:`.
    func readSituation(_ node: Node, path: String, sink: DiagnosticSink, map: inout SourceMap) -> Situation? {
        let what = itemName(.nounSituation, path)
        guard let reader = MappingReader(node, what: what, allowed: Self.situationKeys, sink: sink) else { return nil }
        let id = reader.identifier("id", required: true)
        let named = id.map { ValidationMessage.named(.nounSituation, $0) } ?? what
        for key in ["id", "kind", "label", "topic", "actors", "type", "years", "note", "source"] {
            map["\(path).\(key)"] = sink.location(reader.value(key)?.mark)
        }
        var responsibilities: [Responsibility] = []
        if let items = reader.list("actors") {
            let place = Message(ValidationMessage.placeActorIn, ["key": .text("actors"), "owner": .message(named)])
            for (index, item) in items.enumerated() {
                let itemPath = "\(path).actors[\(index)]"
                if case .scalar = item {
                    guard let actor = identifierText(item, what: place, sink: sink) else { continue }
                    map[itemPath] = sink.location(item.mark)
                    responsibilities.append(Responsibility(actor: ActorID(actor)))
                    continue
                }
                guard let entry = MappingReader(item, what: place, allowed: Self.responsibilityKeys, sink: sink) else { continue }
                map[itemPath] = sink.location(entry.value("actor")?.mark ?? item.mark)
                map["\(itemPath).responsible"] = sink.location(entry.value("responsible")?.mark)
                guard let actor = entry.identifier("actor", required: true) else { continue }
                let owner = Message(ValidationMessage.placeActorOf, ["actor": .text(actor), "owner": .message(named)])
                // A malformed condition was reported; the actor stays involved so that no second error follows.
                let condition = entry.value("when").flatMap { readCondition($0, owner: owner, sink: sink, map: &map, path: "\(itemPath).when") }
                responsibilities.append(Responsibility(actor: ActorID(actor), condition: condition,
                                                       isResponsible: entry.bool("responsible") ?? true))
            }
        } else {
            sink.error(.interfaceNeedsActors, ["place": .message(named)], at: reader.mark)
        }
        var types: [InterfaceType] = []
        for item in reader.list("type") ?? [] {
            let place = ValidationMessage.key("type", of: named)
            guard let text = scalarText(item, what: place, sink: sink) else { continue }
            guard let type = InterfaceType.term(id: text) else {
                sink.error(.unknownTerm, ["key": "type", "value": .text(text), "place": .message(named),
                                          "suggestion": Suggestion.phrase(for: text, in: InterfaceType.ids),
                                          "allowed": .text(InterfaceType.ids.joined(separator: ", "))], at: item.mark)
                continue
            }
            if !types.contains(type) { types.append(type) }
        }
        let observations = readObservations(reader, owner: named, sink: sink, map: &map, path: path)
        let periods = reader.value("years").flatMap { readPeriods($0, what: ValidationMessage.key("years", of: named), sink: sink) }
        guard let id else { return nil }
        return Situation(id: SituationID(id), kind: reader.identifier("kind").map { SituationKindID($0) }, label: reader.string("label"),
                         topic: reader.string("topic").map { TopicID($0) }, responsibilities: responsibilities,
                         observations: observations, types: types, periods: periods, note: reader.string("note"),
                         source: reader.string("source"))
    }
}
