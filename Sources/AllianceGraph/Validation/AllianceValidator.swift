/// Checks the meaning of an alliance: references, vocabulary terms, ids, years and
/// contradictions. Each finding names the place in the file when a ``SourceMap`` is given.
public struct AllianceValidator: Sendable {
    /// Creates a validator. Terms are checked against each alliance's own ``Alliance/vocabulary``.
    public init() {}

    /// All problems of `alliance`, errors and warnings alike, in file order.
    public func validate(_ alliance: Alliance, sourceMap: SourceMap? = nil) -> [Diagnostic] {
        var check = Check(alliance: alliance, vocabulary: alliance.vocabulary,
                          map: sourceMap ?? SourceMap(file: "<\(alliance.id)>"), fromFile: sourceMap != nil)
        check.run()
        return check.found
    }
}

/// One validation run; collects findings.
private struct Check {
    let alliance: Alliance
    let vocabulary: Vocabulary
    let map: SourceMap
    var found: [Diagnostic] = []
    let actorIDs: Set<ActorID>
    /// Whether the alliance was read from a file (so ids the file left out were derived).
    let fromFile: Bool

    init(alliance: Alliance, vocabulary: Vocabulary, map: SourceMap, fromFile: Bool) {
        self.alliance = alliance
        self.vocabulary = vocabulary
        self.map = map
        self.fromFile = fromFile
        self.actorIDs = Set(alliance.actors.map(\.id))
    }

    mutating func report(_ severity: Severity, _ key: ValidationMessage, _ arguments: [String: MessageArgument], at path: String) {
        found.append(Diagnostic(severity, Message(key, arguments), at: map[path], file: map.file))
    }

    mutating func run() {
        checkAlliance()
        checkIDs()
        checkDuplicates(alliance.actors.map(\.id.rawValue), what: .nounActor, list: "actors")
        checkDuplicates(alliance.relations.map(\.id.rawValue), what: .nounRelation, list: "relations")
        checkDuplicates(alliance.interfaces.map(\.id.rawValue), what: .nounInterface, list: "interfaces")
        checkDuplicates(alliance.chains.map(\.id.rawValue), what: .nounChain, list: "chains")
        checkDuplicates(alliance.situations.map(\.id.rawValue), what: .nounSituation, list: "situations")
        for (index, actor) in alliance.actors.enumerated() { checkActor(actor, path: "actors[\(index)]") }
        for (index, relation) in alliance.relations.enumerated() {
            checkRelation(relation, path: "relations[\(index)]", name: name(.nounRelation, relation.id.rawValue, index, "relations"))
        }
        for (index, interface) in alliance.interfaces.enumerated() {
            checkInterface(interface, path: "interfaces[\(index)]", name: name(.nounInterface, interface.id.rawValue, index, "interfaces"))
        }
        for (index, chain) in alliance.chains.enumerated() { checkChain(chain, path: "chains[\(index)]") }
        for (index, situation) in alliance.situations.enumerated() { checkSituation(situation, path: "situations[\(index)]") }
        checkReplacements()
        checkParentCircles()
        checkManagingOffice()
        checkReports()
        found = found.sortedForDisplay()
    }

    // MARK: Alliance

    mutating func checkAlliance() {
        switch alliance.kind {
        case .municipality where alliance.district == nil:
            report(.error, .municipalityNeedsDistrict, ["id": .text(alliance.id.rawValue)], at: "kind")
        case .independentCity, .district:
            if let district = alliance.district {
                report(.error, .districtContradiction, ["id": .text(alliance.id.rawValue), "kind": .text(alliance.kind.id),
                                                       "district": .text(district)], at: "district")
            }
        default:
            break
        }
    }

    /// Every id written follows ``IdentifierRule``: the alliance's, and those of actors, relations,
    /// interfaces and chains. Ids the reader derived (for relations and interfaces written without
    /// one) are not checked; a relation's or interface's id may be written in derived form.
    /// References are checked where they are made (``checkReference(_:owner:at:)``).
    mutating func checkIDs() {
        checkID(alliance.id.rawValue, place: Message(ValidationMessage.placeAllianceFile), at: "id")
        for (index, actor) in alliance.actors.enumerated() {
            checkID(actor.id.rawValue, place: ValidationMessage.numbered(.nounActor, index + 1), at: "actors[\(index)].id")
        }
        for (index, relation) in alliance.relations.enumerated() where written("relations", index) {
            checkID(relation.id.rawValue, place: ValidationMessage.numbered(.nounRelation, index + 1), at: "relations[\(index)].id", derivedForm: true)
        }
        for (index, interface) in alliance.interfaces.enumerated() where written("interfaces", index) {
            checkID(interface.id.rawValue, place: ValidationMessage.numbered(.nounInterface, index + 1), at: "interfaces[\(index)].id", derivedForm: true)
        }
        for (index, chain) in alliance.chains.enumerated() {
            checkID(chain.id.rawValue, place: ValidationMessage.numbered(.nounChain, index + 1), at: "chains[\(index)].id")
        }
        for (index, situation) in alliance.situations.enumerated() {
            checkID(situation.id.rawValue, place: ValidationMessage.numbered(.nounSituation, index + 1), at: "situations[\(index)].id")
        }
    }

    /// Whether the id of item `index` of `list` was written (in a file: given under `id`, and not
    /// empty, which the reader reports itself; in code: always).
    func written(_ list: String, _ index: Int) -> Bool {
        !fromFile || (map.hasEntry("\(list)[\(index)].id") && !(list == "relations" ? alliance.relations[index].id.rawValue.isEmpty
                                                                                         : alliance.interfaces[index].id.rawValue.isEmpty))
    }

    /// An error when `id` breaks ``IdentifierRule``, naming `place`'s `id` key, with a suggestion.
    mutating func checkID(_ id: String, place: Message, at path: String, key: String = "id", derivedForm: Bool = false) {
        // A missing id in a file is the reader's error ("needs 'id'"); there is no written id to check.
        guard !IdentifierRule.isValid(id, allowingDerivedForm: derivedForm), !fromFile || map.hasEntry(path) else { return }
        found.append(Diagnostic(.error, ValidationMessage.invalidID(id, place: ValidationMessage.key(key, of: place)), at: map[path], file: map.file))
    }

    mutating func checkDuplicates(_ ids: [String], what: ValidationMessage, list: String) {
        var firstIndex: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let first = firstIndex[id] {
                let firstLine = map["\(list)[\(first)].id"]?.line ?? map["\(list)[\(first)]"]?.line
                let where_: MessageArgument = firstLine.map { .message(Message(ValidationMessage.firstDefinedAt, ["line": .int($0)])) } ?? ""
                report(.error, .duplicateID, ["noun": .message(Message(what)), "id": .text(id), "first": where_], at: "\(list)[\(index)].id")
            } else {
                firstIndex[id] = index
            }
        }
    }

    // MARK: Actors

    mutating func checkActor(_ actor: Actor, path: String) {
        let name = ValidationMessage.named(.nounActor, actor.id.rawValue)
        // An empty kind was already reported by the reader as missing.
        if !actor.kind.rawValue.isEmpty, vocabulary.actorKind(actor.kind) == nil {
            report(.error, .unknownActorKind, ["kind": .text(actor.kind.rawValue), "place": .message(name),
                                               "suggestion": Suggestion.phrase(for: actor.kind.rawValue, among: vocabulary.actorKindNames)],
                   at: "\(path).kind")
        }
        if let parent = actor.parent {
            if parent == actor.id {
                report(.error, .ownParent, ["place": .message(name)], at: "\(path).parent")
            } else {
                checkReference(parent, owner: name, at: "\(path).parent")
            }
        }
        checkYears(actor.periods, owner: name, at: "\(path).years")
        for role in ActorRole.allCases {
            guard let periods = actor.roles[role] else { continue }
            checkYears(periods, owner: ValidationMessage.key(role.id, of: name), at: "\(path).\(role.id)")
            if let present = actor.periods {
                let outside = periods.years(in: alliance.years).filter { !present.contains(year: $0) }
                if !outside.isEmpty {
                    report(.error, .roleOutsideYears, ["place": .message(name), "role": .text(role.id), "years": list(outside),
                                                       "present": .text(present.map(\.description).joined(separator: ", "))],
                           at: "\(path).\(role.id)")
                }
            }
        }
        for (index, mandate) in (actor.mandates ?? []).enumerated() {
            let owner = Message(ValidationMessage.placeMandateOf, ["owner": .message(name)])
            checkTopic(mandate.topic, owner: owner, at: "\(path).mandates[\(index)].topic")
            if let condition = mandate.condition { checkCondition(condition, owner: owner, at: "\(path).mandates[\(index)].when") }
        }
    }

    /// Following `parent:` from actor to actor never leads back to where it started (an actor
    /// naming itself is reported by ``checkActor(_:path:)``). Each circle is reported once, at the
    /// `parent` of its first actor in file order.
    /// - Complexity: O(*n*) for *n* actors: each actor is walked from at most once.
    mutating func checkParentCircles() {
        var indexByID: [ActorID: Int] = [:]
        for (index, actor) in alliance.actors.enumerated() where indexByID[actor.id] == nil { indexByID[actor.id] = index }
        func parent(of index: Int) -> Int? {
            guard let id = alliance.actors[index].parent, id != alliance.actors[index].id else { return nil }
            return indexByID[id]
        }
        var done = Set<Int>()
        for start in alliance.actors.indices where !done.contains(start) {
            // Walk up until an actor without a known parent, one walked before, or one of this walk.
            var walk: [Int] = []
            var position: [Int: Int] = [:]
            var next: Int? = start
            while let current = next, !done.contains(current), position[current] == nil {
                position[current] = walk.count
                walk.append(current)
                next = parent(of: current)
            }
            done.formUnion(walk)
            guard let current = next, let first = position[current] else { continue }
            let circle = Array(walk[first...])
            guard circle.count >= 2, let head = circle.min() else { continue }
            let rotated = Array(circle.drop { $0 != head } + circle.prefix { $0 != head })
            let names = (rotated + [head]).map { "'\(alliance.actors[$0].id)'" }.joined(separator: " → ")
            report(.error, .parentCircle, ["place": .message(ValidationMessage.named(.nounActor, alliance.actors[head].id.rawValue)),
                                           "circle": .text(names)], at: "actors[\(head)].parent")
        }
    }

    // MARK: Relations

    /// "relation 'x'" for an id the file gave, "relation #3 ('forum:a+b')" for a derived one,
    /// matching how the reader names items without an id.
    func name(_ noun: ValidationMessage, _ id: String, _ index: Int, _ list: String) -> Message {
        fromFile && !map.hasEntry("\(list)[\(index)].id")
            ? Message(ValidationMessage.placeDerived, ["noun": .message(Message(noun)), "number": .int(index + 1), "id": .text(id)])
            : ValidationMessage.named(noun, id)
    }

    mutating func checkRelation(_ relation: Relation, path: String, name: Message) {
        let format = vocabulary.format(relation.format)
        if format == nil {
            report(.error, .unknownFormat, ["format": .text(relation.format.rawValue), "place": .message(name),
                                            "suggestion": Suggestion.phrase(for: relation.format.rawValue, among: vocabulary.formatNames)],
                   at: "\(path).format")
        }
        switch relation.ends {
        case .undirected(let list):
            checkReferences(list, key: "actors", owner: name, path: path)
        case .directed(let from, let to):
            checkReferences(from, key: "from", owner: name, path: path)
            checkReferences(to, key: "to", owner: name, path: path)
            let both = Set(from).intersection(to)
            if !both.isEmpty {
                report(.error, .relationSelfLoop, ["place": .message(name), "actors": .text(both.map(\.rawValue).sorted().joined(separator: ", "))],
                       at: "\(path).to")
            }
        case .coreGroup:
            break  // the members come from the actors' core_group (checked below)
        }
        let distinct = relation.actors
        let followsCoreGroup = relation.ends == .coreGroup
        if distinct.count < 2, !followsCoreGroup {
            let key = relation.ends.isDirected ? "from" : "actors"
            report(.error, .tooFewActors, ["place": .message(name), "count": .int(distinct.count),
                                           "actors": .text(distinct.map { "'\($0)'" }.joined(separator: ", "))], at: "\(path).\(key)")
        }
        checkYears(relation.periods, owner: name, at: "\(path).years")
        if let topic = relation.topic { checkTopic(topic, owner: name, at: "\(path).topic") }
        // The core group's members are those marked on the actors; any of them may be the observer.
        checkObservations(relation.observations, involved: followsCoreGroup ? nil : distinct, owner: name, path: path)
        if let format, format.isWritten, let formalisation = relation.formalisation, formalisation != .written {
            report(.error, .writtenFormatFormalisation, ["place": .message(name),
                                                         "format": .label(Label(de: format.label.de, en: format.label.en.lowercased())),
                                                         "formalisation": .text(formalisation.id)], at: "\(path).formalisation")
        }
        if relation.status == .ended, relation.periods == nil || relation.periods!.contains(where: \.isOpenEnded) {
            report(.error, .endedButOpen, ["place": .message(name)], at: "\(path).status")
        }
        if relation.status == .planned, relation.formalisation == .written {
            report(.warning, .plannedButWritten, ["place": .message(name)], at: "\(path).status")
        }
        let years = (relation.periods ?? [Period.years(alliance.years)]).years(in: alliance.years)
        if followsCoreGroup {
            // The core group meets: it needs members in every year it does.
            if let year = years.first(where: { alliance.coreGroupMembers(in: $0).count < 2 }) {
                let members = alliance.coreGroupMembers(in: year)
                report(.warning, .coreGroupTooSmall, ["place": .message(name), "year": .int(year), "count": .int(members.count),
                                                      "actors": .text(members.map { "'\($0)'" }.joined(separator: ", "))], at: path)
            }
        } else if relation.format == .coreGroup {
            // An older file lists the members itself: they must be the core group's.
            for year in years {
                let outside = distinct.filter { alliance.actor($0).map { !$0.holds(.coreGroup, in: year) } ?? false }
                if !outside.isEmpty {
                    report(.warning, outside.count == 1 ? .coreGroupOutsideOne : .coreGroupOutsideOther,
                           ["place": .message(name), "year": .int(year), "actors": .text(outside.map { "'\($0)'" }.joined(separator: ", "))],
                           at: "\(path).actors")
                    break
                }
            }
            if let year = years.first(where: { year in alliance.coreGroupMembers(in: year).contains { !distinct.contains($0) } }) {
                let left = alliance.coreGroupMembers(in: year).filter { !distinct.contains($0) }
                report(.warning, left.count == 1 ? .coreGroupLeavesOutOne : .coreGroupLeavesOutOther,
                       ["place": .message(name), "year": .int(year), "actors": .text(left.map { "'\($0)'" }.joined(separator: ", "))],
                       at: "\(path).actors")
            }
        }
        for actorID in distinct {
            guard let actor = alliance.actor(actorID), let present = actor.periods else { continue }
            let absent = years.filter { !present.contains(year: $0) }
            if !absent.isEmpty {
                report(.warning, .actorAbsent, ["place": .message(name), "years": list(absent), "actor": .text(actorID.rawValue),
                                             "present": .text(present.map(\.description).joined(separator: ", "))], at: "\(path).years")
            }
        }
    }

    /// `replaced_by:` names another relation of the alliance, never the relation itself, the
    /// replacements run in no circle, and a successor starts when or after its predecessor ends.
    mutating func checkReplacements() {
        let relations = alliance.relations
        var indexByID: [RelationID: Int] = [:]
        for (index, relation) in relations.enumerated() where indexByID[relation.id] == nil { indexByID[relation.id] = index }
        var inCycle = Set<Int>()
        for (index, relation) in relations.enumerated() {
            guard let successorID = relation.replacedBy else { continue }
            let path = "relations[\(index)]"
            let name = name(.nounRelation, relation.id.rawValue, index, "relations")
            if !IdentifierRule.isValid(successorID.rawValue, allowingDerivedForm: true) {
                checkID(successorID.rawValue, place: name, at: "\(path).replaced_by", key: "replaced_by", derivedForm: true)
                continue
            }
            if successorID == relation.id {
                report(.error, .replacedBySelf, ["place": .message(name)], at: "\(path).replaced_by")
                continue
            }
            guard let successorIndex = indexByID[successorID] else {
                report(.error, .replacedByUnknown, ["place": .message(name), "successor": .text(successorID.rawValue),
                                                    "suggestion": Suggestion.phrase(for: successorID.rawValue, in: relations.map(\.id.rawValue))],
                       at: "\(path).replaced_by")
                continue
            }
            // A circle: following the successors leads back here.
            var seen: [Int] = [index]
            var next: Int? = successorIndex
            while let current = next, !seen.contains(current) {
                seen.append(current)
                next = relations[current].replacedBy.flatMap { indexByID[$0] }
            }
            if let current = next, current == index {
                if inCycle.insert(index).inserted {
                    seen.forEach { inCycle.insert($0) }
                    let circle = (seen + [index]).map { "'\(relations[$0].id)'" }.joined(separator: " → ")
                    report(.error, .replacementCircle, ["place": .message(name), "circle": .text(circle)], at: "\(path).replaced_by")
                }
                continue
            }
            checkReplacementYears(relation, by: relations[successorIndex], name: name, path: path)
        }
    }

    /// A successor starts in or after the year (the month, when one is given) in which its
    /// predecessor ends; a predecessor holding to the end of the alliance's years is not replaced.
    mutating func checkReplacementYears(_ relation: Relation, by successor: Relation, name: Message, path: String) {
        let frame = alliance.years
        let own = (relation.periods ?? [Period.years(frame)]).map { $0.resolved(in: frame) }
        let next = (successor.periods ?? [Period.years(frame)]).map { $0.resolved(in: frame) }
        guard let end = own.map(\.end).max(), let start = next.map(\.start).min() else { return }
        if relation.periods?.contains(where: \.isOpenEnded) ?? true {
            report(.warning, .replacedButHolds, ["place": .message(name), "successor": .text(successor.id.rawValue),
                                                 "example": .text("\(frame.lowerBound)-\(start.year)")], at: "\(path).replaced_by")
            return
        }
        // An end written as a year (12/2021) allows the successor to start in that year.
        let earliest = end.month == 12 ? YearMonth(end.year, 1) : end
        if start < earliest {
            let endText = end.month == 12 ? "\(end.year)" : end.description
            let startText = start.month == 1 ? "\(start.year)" : start.description
            report(.warning, .replacementStartsEarly, ["place": .message(name), "successor": .text(successor.id.rawValue),
                                                       "start": .text(startText), "id": .text(relation.id.rawValue),
                                                       "end": .text(endText)], at: "\(path).replaced_by")
        }
    }

    // MARK: Interfaces and chains

    mutating func checkInterface(_ interface: Interface, path: String, name: Message) {
        checkReferences(interface.actors, key: "actors", owner: name, path: path)
        if Set(interface.actors).count < 2 {
            report(.error, .interfaceTooFewActors, ["place": .message(name)], at: "\(path).actors")
        }
        checkYears(interface.periods, owner: name, at: "\(path).years")
        if let topic = interface.topic { checkTopic(topic, owner: name, at: "\(path).topic") }
        checkObservations(interface.observations, involved: interface.actors, owner: name, path: path)
    }

    // MARK: Situations

    /// A situation names known terms and actors, involves at least two distinct actors, each once,
    /// gives no condition to an actor it declares not responsible, and lies within the alliance's years.
    mutating func checkSituation(_ situation: Situation, path: String) {
        let name = ValidationMessage.named(.nounSituation, situation.id.rawValue)
        if let kind = situation.kind, vocabulary.situationKind(kind) == nil {
            found.append(Diagnostic(.error, ValidationMessage.unknownVocabularyTerm(.unknownSituationKind, kind.rawValue, place: name,
                                                                                    among: vocabulary.situationKindNames),
                                    at: map["\(path).kind"], file: map.file))
        }
        if let topic = situation.topic { checkTopic(topic, owner: name, at: "\(path).topic") }
        var firstIndex: [ActorID: Int] = [:]
        for (index, responsibility) in situation.responsibilities.enumerated() {
            let actorPath = "\(path).actors[\(index)]"
            checkReference(responsibility.actor, owner: ValidationMessage.key("actors", of: name), at: actorPath)
            if let first = firstIndex[responsibility.actor] {
                report(.error, .situationActorTwice, ["place": .message(name), "actor": .text(responsibility.actor.rawValue),
                                                      "line": .int(map["\(path).actors[\(first)]"]?.line ?? 0)], at: actorPath)
            } else {
                firstIndex[responsibility.actor] = index
            }
            let owner = Message(ValidationMessage.placeActorOf, ["actor": .text(responsibility.actor.rawValue), "owner": .message(name)])
            if let condition = responsibility.condition {
                if !responsibility.isResponsible {
                    report(.error, .notResponsibleButCondition, ["place": .message(owner)], at: "\(actorPath).responsible")
                }
                checkCondition(condition, owner: owner, at: "\(actorPath).when")
            }
        }
        if firstIndex.count < 2 {
            report(.error, .situationTooFewActors, ["place": .message(name)], at: "\(path).actors")
        }
        checkObservations(situation.observations, involved: situation.actors, owner: name, path: path)
        checkYears(situation.periods, owner: name, at: "\(path).years")
    }

    /// The residence statuses and legal bases of a condition are known terms.
    mutating func checkCondition(_ condition: ResponsibilityCondition, owner: Message, at path: String) {
        for (index, status) in (condition.residence ?? []).enumerated() where vocabulary.residenceStatus(status) == nil {
            found.append(Diagnostic(.error, ValidationMessage.unknownVocabularyTerm(.unknownResidenceStatus, status.rawValue,
                                                                                    place: ValidationMessage.key("residence", of: owner),
                                                                                    among: vocabulary.residenceStatusNames),
                                    at: map["\(path).residence[\(index)]"], file: map.file))
        }
        for (index, basis) in (condition.legalBasis ?? []).enumerated() where vocabulary.legalBasis(basis) == nil {
            found.append(Diagnostic(.error, ValidationMessage.unknownVocabularyTerm(.unknownLegalBasis, basis.rawValue,
                                                                                    place: ValidationMessage.key("legal_basis", of: owner),
                                                                                    among: vocabulary.legalBasisNames),
                                    at: map["\(path).legal_basis[\(index)]"], file: map.file))
        }
    }

    /// Each observation has a known code, and the actor who showed it (`by`) is a known actor and,
    /// when `involved` is given, one of those involved.
    mutating func checkObservations(_ observations: [Observation], involved: [ActorID]?, owner: Message, path: String) {
        let place = ValidationMessage.key("observations", of: owner)
        for (index, observation) in observations.enumerated() {
            let itemPath = "\(path).observations[\(index)]"
            if vocabulary.observationCode(observation.code) == nil {
                found.append(Diagnostic(.error, ValidationMessage.unknownVocabularyTerm(.unknownObservationCode, observation.code.rawValue,
                                                                                        place: place, among: vocabulary.observationCodeNames),
                                        at: map[itemPath], file: map.file))
            }
            guard let by = observation.by else { continue }
            if !actorIDs.contains(by) || !IdentifierRule.isValid(by.rawValue) {
                checkReference(by, owner: place, at: "\(itemPath).by")
            } else if let involved, !involved.contains(by) {
                report(.error, .observerNotInvolved, ["place": .message(owner), "actor": .text(by.rawValue), "code": .text(observation.code.rawValue),
                                                      "actors": .text(involved.map { "'\($0)'" }.joined(separator: ", "))], at: "\(itemPath).by")
            }
        }
    }

    mutating func checkChain(_ chain: Chain, path: String) {
        let name = ValidationMessage.named(.nounChain, chain.id.rawValue)
        if chain.steps.count < 2 {
            report(.error, .chainTooFewSteps, ["place": .message(name)], at: "\(path).steps")
        }
        for (index, step) in chain.steps.enumerated() {
            checkReference(step.actor, owner: name, at: "\(path).steps[\(index)]")
            if let topic = step.topic { checkTopic(topic, owner: name, at: "\(path).steps[\(index)].topic") }
            if index > 0, chain.steps[index - 1].actor == step.actor {
                report(.warning, .chainNoHandOver, ["place": .message(name), "actor": .text(step.actor.rawValue), "from": .int(index),
                                                 "to": .int(index + 1)], at: "\(path).steps[\(index)]")
            }
        }
        checkYears(chain.periods, owner: name, at: "\(path).years")
    }

    // MARK: Whole years

    mutating func checkManagingOffice() {
        guard alliance.actors.contains(where: { $0.roles[.managingOffice] != nil }) else {
            report(.warning, .noManagingOffice, ["id": .text(alliance.id.rawValue),
                                                  "years": .text("\(alliance.years.lowerBound)-\(alliance.years.upperBound)")], at: "alliance")
            return
        }
        for year in alliance.years {
            let offices = alliance.actors(holding: .managingOffice, in: year)
            if offices.count > 1 {
                let index = alliance.actors.firstIndex { $0.id == offices[1].id }!
                report(.warning, .severalManagingOffices, ["count": .int(offices.count), "year": .int(year),
                                                        "actors": .text(offices.map { "'\($0.id)'" }.joined(separator: ", "))],
                       at: "actors[\(index)].managing_office")
            }
        }
    }

    // MARK: Helpers

    mutating func checkReferences(_ ids: [ActorID], key: String, owner: Message, path: String) {
        var seen = Set<ActorID>()
        for (index, id) in ids.enumerated() {
            if !seen.insert(id).inserted {
                report(.warning, .actorListedTwice, ["actor": .text(id.rawValue), "key": .text(key), "place": .message(owner)],
                       at: "\(path).\(key)[\(index)]")
            }
            checkReference(id, owner: owner, at: "\(path).\(key)[\(index)]")
        }
    }

    mutating func checkReference(_ id: ActorID, owner: Message, at path: String) {
        if !IdentifierRule.isValid(id.rawValue) {
            // "'parent' of actor 'abh'", "'actors' of relation 'r'": the key, without the item's index.
            let key = String(path.split(separator: ".").last?.prefix { $0 != "[" } ?? "")
            found.append(Diagnostic(.error, ValidationMessage.invalidID(id.rawValue, place: ValidationMessage.key(key, of: owner)),
                                    at: map[path], file: map.file))
        }
        guard !actorIDs.contains(id) else { return }
        report(.error, .unknownActor, ["actor": .text(id.rawValue), "place": .message(owner),
                                       "suggestion": Suggestion.phrase(for: id.rawValue, in: actorIDs.map(\.rawValue).sorted())], at: path)
    }

    mutating func checkTopic(_ topic: TopicID, owner: Message, at path: String) {
        guard vocabulary.topic(topic) == nil else { return }
        report(.error, .unknownTopic, ["topic": .text(topic.rawValue), "place": .message(owner),
                                       "suggestion": Suggestion.phrase(for: topic.rawValue, among: vocabulary.topicNames)], at: path)
    }

    mutating func checkYears(_ periods: [Period]?, owner: Message, at path: String) {
        let frame = alliance.years
        for period in periods ?? [] {
            var outside: [Int] = []
            if let start = period.start, start.year < frame.lowerBound || start.year > frame.upperBound { outside.append(start.year) }
            if let end = period.end, end.year > frame.upperBound || end.year < frame.lowerBound, !outside.contains(end.year) { outside.append(end.year) }
            for year in outside {
                report(.error, .yearOutside, ["year": .int(year), "place": .message(owner),
                                          "years": .text("\(frame.lowerBound)-\(frame.upperBound)")], at: path)
            }
        }
    }

    func list(_ years: [Int]) -> MessageArgument { .text(years.map(String.init).joined(separator: ", ")) }

    // MARK: Reports (survey waves)

    /// `reports:`: each year within the alliance's years and given once; a relation whose written
    /// years start or end in a year of the alliance without a report is warned about (no wave
    /// stands behind that date).
    mutating func checkReports() {
        guard let reports = alliance.reports else { return }
        var first: [Int: Int] = [:]
        for (index, r) in reports.enumerated() {
            let path = "reports[\(index)].year"
            let place = Message(SurveyMessage.placeReport, ["n": .int(index + 1)])
            if !alliance.years.contains(r.year) {
                found.append(Diagnostic(.error, Message(SurveyMessage.reportOutsideYears, [
                    "place": .message(place), "year": .int(r.year),
                    "years": .text("\(alliance.years.lowerBound)-\(alliance.years.upperBound)")]), at: map[path], file: map.file))
            }
            if let earlier = first[r.year] {
                found.append(Diagnostic(.error, Message(SurveyMessage.reportTwice, [
                    "place": .message(place), "year": .int(r.year),
                    "line": .int(map["reports[\(earlier)].year"]?.line ?? 0)]), at: map[path], file: map.file))
            } else {
                first[r.year] = index
            }
        }
        // A relation whose written years start or end in a year without a report is dated by
        // something no wave said; one that merely runs through such a year (or has no years) is not.
        let reported = Set(reports.map(\.year))
        for (index, relation) in alliance.relations.enumerated() {
            let bounds = (relation.periods ?? []).flatMap { [$0.start?.year, $0.end?.year].compactMap { $0 } }
            let silent = Set(bounds).filter { alliance.years.contains($0) && !reported.contains($0) }.sorted()
            guard !silent.isEmpty else { continue }
            let path = map.hasEntry("relations[\(index)].years") ? "relations[\(index)].years" : "relations[\(index)]"
            found.append(Diagnostic(.warning, Message(SurveyMessage.relationNotReported, [
                "place": .message(name(.nounRelation, relation.id.rawValue, index, "relations")), "years": list(silent),
                "reported": list(reports.map(\.year).sorted())]), at: map[path], file: map.file))
        }
    }
}
