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

    mutating func report(_ severity: Severity, _ message: String, at path: String) {
        found.append(Diagnostic(severity, message, at: map[path], file: map.file))
    }

    mutating func run() {
        checkAlliance()
        checkDuplicates(alliance.actors.map(\.id.rawValue), what: "actor", list: "actors")
        checkDuplicates(alliance.relations.map(\.id.rawValue), what: "relation", list: "relations")
        checkDuplicates(alliance.interfaces.map(\.id.rawValue), what: "interface", list: "interfaces")
        checkDuplicates(alliance.chains.map(\.id.rawValue), what: "chain", list: "chains")
        for (index, actor) in alliance.actors.enumerated() { checkActor(actor, path: "actors[\(index)]") }
        for (index, relation) in alliance.relations.enumerated() {
            checkRelation(relation, path: "relations[\(index)]", name: name("relation", relation.id.rawValue, index, "relations"))
        }
        for (index, interface) in alliance.interfaces.enumerated() {
            checkInterface(interface, path: "interfaces[\(index)]", name: name("interface", interface.id.rawValue, index, "interfaces"))
        }
        for (index, chain) in alliance.chains.enumerated() { checkChain(chain, path: "chains[\(index)]") }
        checkManagingOffice()
        found = found.sortedForDisplay()
    }

    // MARK: Alliance

    mutating func checkAlliance() {
        switch alliance.kind {
        case .municipality where alliance.district == nil:
            report(.error, "alliance '\(alliance.id)' is a municipality within a district; name its district with 'district: …'", at: "kind")
        case .independentCity, .district:
            if let district = alliance.district {
                report(.error, "contradictory attributes: alliance '\(alliance.id)' is of kind '\(alliance.kind.id)' but names a district ('\(district)'); only a 'municipality' belongs to a district", at: "district")
            }
        default:
            break
        }
    }

    mutating func checkDuplicates(_ ids: [String], what: String, list: String) {
        var firstIndex: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let first = firstIndex[id] {
                let firstLine = map["\(list)[\(first)].id"]?.line ?? map["\(list)[\(first)]"]?.line
                let where_ = firstLine.map { " (first defined at line \($0))" } ?? ""
                report(.error, "duplicate \(what) id '\(id)'\(where_); give each \(what) its own id", at: "\(list)[\(index)].id")
            } else {
                firstIndex[id] = index
            }
        }
    }

    // MARK: Actors

    mutating func checkActor(_ actor: Actor, path: String) {
        let name = "actor '\(actor.id)'"
        // An empty kind was already reported by the reader as missing.
        if !actor.kind.rawValue.isEmpty, vocabulary.actorKind(actor.kind) == nil {
            report(.error, "unknown actor kind '\(actor.kind)' for \(name)\(Suggestion.phrase(for: actor.kind.rawValue, among: vocabulary.actorKindNames)); see 'alliance vocab', or add the kind in a vocabulary file", at: "\(path).kind")
        }
        if let parent = actor.parent {
            if parent == actor.id {
                report(.error, "\(name) names itself as its parent", at: "\(path).parent")
            } else {
                checkReference(parent, owner: name, at: "\(path).parent")
            }
        }
        checkYears(actor.periods, owner: name, at: "\(path).years")
        for role in ActorRole.allCases {
            guard let periods = actor.roles[role] else { continue }
            checkYears(periods, owner: "'\(role.id)' of \(name)", at: "\(path).\(role.id)")
            if let present = actor.periods {
                let outside = periods.years(in: alliance.years).filter { !present.contains(year: $0) }
                if !outside.isEmpty {
                    report(.error, "contradictory attributes: \(name) holds '\(role.id)' in \(list(outside)) but takes part only in \(present.map(\.description).joined(separator: ", "))", at: "\(path).\(role.id)")
                }
            }
        }
        for (index, mandate) in (actor.mandates ?? []).enumerated() {
            checkTopic(mandate.topic, owner: "a mandate of \(name)", at: "\(path).mandates[\(index)].topic")
        }
    }

    // MARK: Relations

    /// "relation 'x'" for an id the file gave, "relation #3 ('forum:a+b')" for a derived one,
    /// matching how the reader names items without an id.
    func name(_ noun: String, _ id: String, _ index: Int, _ list: String) -> String {
        fromFile && !map.hasEntry("\(list)[\(index)].id") ? "\(noun) #\(index + 1) ('\(id)')" : "\(noun) '\(id)'"
    }

    mutating func checkRelation(_ relation: Relation, path: String, name: String) {
        let format = vocabulary.format(relation.format)
        if format == nil {
            report(.error, "unknown format '\(relation.format)' in \(name)\(Suggestion.phrase(for: relation.format.rawValue, among: vocabulary.formatNames)); see 'alliance vocab', or add the format in a vocabulary file", at: "\(path).format")
        }
        switch relation.ends {
        case .undirected(let list):
            checkReferences(list, key: "actors", owner: name, path: path)
        case .directed(let from, let to):
            checkReferences(from, key: "from", owner: name, path: path)
            checkReferences(to, key: "to", owner: name, path: path)
            let both = Set(from).intersection(to)
            if !both.isEmpty {
                report(.error, "contradictory attributes: \(name) runs from and to the same actor (\(both.map(\.rawValue).sorted().joined(separator: ", ")))", at: "\(path).to")
            }
        }
        let distinct = relation.actors
        if distinct.count < 2 {
            let key = relation.ends.isDirected ? "from" : "actors"
            report(.error, "\(name) needs at least two distinct actors; it has \(distinct.count) (\(distinct.map { "'\($0)'" }.joined(separator: ", ")))", at: "\(path).\(key)")
        }
        checkYears(relation.periods, owner: name, at: "\(path).years")
        if let topic = relation.topic { checkTopic(topic, owner: name, at: "\(path).topic") }
        if let format, format.isWritten, let formalisation = relation.formalisation, formalisation != .written {
            report(.error, "contradictory attributes: \(name) is a \(format.label.en.lowercased()), which is written, but has formalisation '\(formalisation.id)'; use 'written' or leave it out", at: "\(path).formalisation")
        }
        if relation.status == .ended, relation.periods == nil || relation.periods!.contains(where: \.isOpenEnded) {
            report(.error, "contradictory attributes: \(name) has status 'ended' but its years run to the end of the alliance; give the years in which it still held, e.g. 'years: 2019-2020'", at: "\(path).status")
        }
        if relation.status == .planned, relation.formalisation == .written {
            report(.warning, "\(name) is only planned but marked as written; is the agreement already signed?", at: "\(path).status")
        }
        let years = (relation.periods ?? [Period.years(alliance.years)]).years(in: alliance.years)
        if relation.format == "core_group" {
            for year in years {
                let outside = distinct.filter { alliance.actor($0).map { !$0.holds(.coreGroup, in: year) } ?? false }
                if !outside.isEmpty {
                    report(.warning, "\(name) meets in \(year) with \(outside.map { "'\($0)'" }.joined(separator: ", ")), which \(outside.count == 1 ? "is" : "are") not marked 'core_group' in \(year); mark the membership on the actor or correct the relation's years", at: "\(path).actors")
                    break
                }
            }
        }
        for actorID in distinct {
            guard let actor = alliance.actor(actorID), let present = actor.periods else { continue }
            let absent = years.filter { !present.contains(year: $0) }
            if !absent.isEmpty {
                report(.warning, "\(name) holds in \(list(absent)) when actor '\(actorID)' does not take part (its years: \(present.map(\.description).joined(separator: ", ")))", at: "\(path).years")
            }
        }
    }

    // MARK: Interfaces and chains

    mutating func checkInterface(_ interface: Interface, path: String, name: String) {
        checkReferences(interface.actors, key: "actors", owner: name, path: path)
        if Set(interface.actors).count < 2 {
            report(.error, "\(name) needs at least two distinct actors: an interface lies between actors", at: "\(path).actors")
        }
        checkYears(interface.periods, owner: name, at: "\(path).years")
        if let topic = interface.topic { checkTopic(topic, owner: name, at: "\(path).topic") }
    }

    mutating func checkChain(_ chain: Chain, path: String) {
        let name = "chain '\(chain.id)'"
        if chain.steps.count < 2 {
            report(.error, "\(name) needs at least two steps: a chain hands over from one actor to the next", at: "\(path).steps")
        }
        for (index, step) in chain.steps.enumerated() {
            checkReference(step.actor, owner: name, at: "\(path).steps[\(index)]")
            if let topic = step.topic { checkTopic(topic, owner: name, at: "\(path).steps[\(index)].topic") }
            if index > 0, chain.steps[index - 1].actor == step.actor {
                report(.warning, "\(name) stays with actor '\(step.actor)' from step \(index) to step \(index + 1); a step without a hand-over is no transition", at: "\(path).steps[\(index)]")
            }
        }
        checkYears(chain.periods, owner: name, at: "\(path).years")
    }

    // MARK: Whole years

    mutating func checkManagingOffice() {
        guard alliance.actors.contains(where: { $0.roles[.managingOffice] != nil }) else {
            report(.warning, "no actor is the managing office (GfS) of alliance '\(alliance.id)'; mark it with 'managing_office: \(alliance.years.lowerBound)-\(alliance.years.upperBound)'", at: "alliance")
            return
        }
        for year in alliance.years {
            let offices = alliance.actors(holding: .managingOffice, in: year)
            if offices.count > 1 {
                let index = alliance.actors.firstIndex { $0.id == offices[1].id }!
                report(.warning, "\(offices.count) managing offices in \(year) (\(offices.map { "'\($0.id)'" }.joined(separator: ", "))); an alliance normally has one", at: "actors[\(index)].managing_office")
            }
        }
    }

    // MARK: Helpers

    mutating func checkReferences(_ ids: [ActorID], key: String, owner: String, path: String) {
        var seen = Set<ActorID>()
        for (index, id) in ids.enumerated() {
            if !seen.insert(id).inserted {
                report(.warning, "actor '\(id)' is listed twice in '\(key)' of \(owner)", at: "\(path).\(key)[\(index)]")
            }
            checkReference(id, owner: owner, at: "\(path).\(key)[\(index)]")
        }
    }

    mutating func checkReference(_ id: ActorID, owner: String, at path: String) {
        guard !actorIDs.contains(id) else { return }
        report(.error, "unknown actor '\(id)' in \(owner)\(Suggestion.phrase(for: id.rawValue, in: actorIDs.map(\.rawValue).sorted())); every actor must be listed under 'actors' with this id", at: path)
    }

    mutating func checkTopic(_ topic: TopicID, owner: String, at path: String) {
        guard vocabulary.topic(topic) == nil else { return }
        report(.error, "unknown topic '\(topic)' in \(owner)\(Suggestion.phrase(for: topic.rawValue, among: vocabulary.topicNames)); see 'alliance vocab', or add the topic in a vocabulary file", at: path)
    }

    mutating func checkYears(_ periods: [Period]?, owner: String, at path: String) {
        let frame = alliance.years
        for period in periods ?? [] {
            var outside: [Int] = []
            if let start = period.start, start.year < frame.lowerBound || start.year > frame.upperBound { outside.append(start.year) }
            if let end = period.end, end.year > frame.upperBound || end.year < frame.lowerBound, !outside.contains(end.year) { outside.append(end.year) }
            for year in outside {
                report(.error, "year \(year) of \(owner) lies outside the alliance's years \(frame.lowerBound)-\(frame.upperBound); correct the year or widen the alliance's 'years'", at: path)
            }
        }
    }

    func list(_ years: [Int]) -> String { years.map(String.init).joined(separator: ", ") }
}
