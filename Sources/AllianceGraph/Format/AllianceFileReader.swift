import Foundation
import Yams

/// What reading one alliance file gave: the alliance (if it could be built), where each part
/// stands in the file, and the problems found while reading.
public struct ParsedAllianceFile: Sendable {
    /// The alliance, or `nil` when the file is too broken to build one.
    public var alliance: Alliance?
    /// Positions of the alliance's parts in the file.
    public var sourceMap: SourceMap
    /// Problems found while reading (syntax, shapes, unknown keys and closed-vocabulary terms).
    public var diagnostics: [Diagnostic]
}

/// Reads the alliance file format (YAML, or JSON with the same schema) into the model.
///
/// Reading checks the file's shape; ``AllianceValidator`` then checks its meaning.
/// ``AllianceLoader`` does both. The format is documented in `docs/FORMAT.md`.
public struct AllianceFileReader: Sendable {
    /// The keys an alliance file may have at its top level.
    public static let topLevelKeys = ["id", "name", "kind", "district", "region", "years", "illustrative",
                                      "source", "note", "reports", "vocabulary", "actors", "relations", "interfaces", "chains", "situations"]
    static let actorKeys = ["id", "kind", "name", "area", "managing_office", "core_group", "parent", "years",
                            "mandates", "note"]
    static let relationKeys = ["id", "actors", "from", "to", "format", "mechanism", "formalisation", "status",
                               "years", "topic", "note", "source", "replaced_by", "observations"]
    static let interfaceKeys = ["id", "actors", "topic", "risk", "type", "years", "note", "source", "observations"]
    static let chainKeys = ["id", "name", "steps", "years", "note"]
    static let stepKeys = ["actor", "topic", "label"]
    static let mandateKeys = ["topic", "years", "when"]

    /// The user's vocabulary (built-in plus their vocabulary files) the alliances read are made with;
    /// each alliance adds its own `vocabulary:` section to it (``Alliance/vocabulary``).
    public var vocabulary: Vocabulary

    /// Creates a reader making alliances with `vocabulary` as their base vocabulary.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Reads the text of a file. `file` names it in diagnostics.
    public func read(text: String, file: String) -> ParsedAllianceFile {
        let sink = DiagnosticSink(file: file)
        var map = SourceMap(file: file)
        guard let root = parseDocument(text, sink: sink) else {
            return ParsedAllianceFile(alliance: nil, sourceMap: map, diagnostics: sink.diagnostics)
        }
        let alliance = readAlliance(root, sink: sink, map: &map)
        return ParsedAllianceFile(alliance: alliance, sourceMap: map, diagnostics: sink.diagnostics)
    }

    // MARK: - Document

    private func parseDocument(_ text: String, sink: DiagnosticSink) -> Node? {
        do {
            let parser = try YAMLDocument.parser(text)
            guard let root = try parser.nextRoot() else {
                sink.error(.fileEmpty, at: nil)
                return nil
            }
            if let second = try parser.nextRoot() {
                sink.error(.severalDocuments, at: second.mark)
            }
            return root
        } catch let error as YamlError {
            Self.reportYAMLError(error, text: text, sink: sink)
            return nil
        } catch {
            sink.error(.cannotRead, ["reason": .text("\(error)")], at: nil)
            return nil
        }
    }

    /// Reports a YAML parse error at its place in `text` (also used for vocabulary files).
    static func reportYAMLError(_ error: YamlError, text: String, sink: DiagnosticSink) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if let tab = Self.indentationTab(in: text, upTo: mark.line) {
                sink.error(.tabIndentation, line: tab.line, column: tab.column)
                return
            }
            let contextText: MessageArgument = context.map {
                .message(Message(ValidationMessage.yamlContext, ["context": .text($0.text), "line": .int($0.mark.line),
                                                                 "column": .int($0.mark.column)]))
            } ?? ""
            sink.error(.malformedYAMLHere, ["problem": .text(problem), "context": contextText], at: mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            for key in duplicates {
                let (first, second) = Self.locateDuplicate(key, in: text, from: context.mark)
                let arguments: [String: MessageArgument] = [
                    "key": .text(key),
                    "first": first.map { .message(Message(ValidationMessage.firstGivenAt, ["line": .int($0)])) } ?? "",
                ]
                if let second {
                    sink.error(.duplicateKey, arguments, line: second, column: context.mark.column)
                } else {
                    sink.error(.duplicateKey, arguments, at: context.mark)
                }
            }
        case let .reader(_, offset, value, _) where Self.disallowedCharacter(value, in: text, near: offset) != nil:
            let place = Self.disallowedCharacter(value, in: text, near: offset)!
            sink.error(.controlCharacter, ["code": .text(String(format: "%04X", value))], line: place.line, column: place.column)
        case let .reader(problem, offset, _, _):
            sink.error(.notUTF8At, ["problem": .text(problem),
                                   "offset": offset.map { .message(Message(ValidationMessage.atByte, ["offset": .int($0)])) } ?? ""],
                       at: nil)
        default:
            sink.error(.malformedYAML, ["problem": .text("\(error)")], at: nil)
        }
    }

    /// Where `text` holds the character `value` that YAML does not allow (a control character other
    /// than tab and line breaks, DEL, a C1 control other than NEL, U+FFFE or U+FFFF), as libyaml
    /// reports it: the first such character with that value, in line and column (lines end as
    /// libyaml counts them, ``TextFile/endsLine(_:before:)``; columns in Unicode scalars, from 1); else the line and column of `offset` (characters from the start), or `nil`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func disallowedCharacter(_ value: Int32, in text: String, near offset: Int?) -> (line: Int, column: Int)? {
        func allowed(_ scalar: UInt32) -> Bool {
            switch scalar {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
        guard value >= 0, !allowed(UInt32(value)) else { return nil }
        var line = 1, column = 1
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index].value
            if scalar == UInt32(value) { return (line, column) }
            index = scalars.index(after: index)
            let next = index < scalars.endIndex ? scalars[index].value : nil
            if TextFile.endsLine(scalar, before: next) { line += 1; column = 1 } else { column += 1 }
        }
        guard let offset, offset >= 0, offset <= text.count else { return nil }
        let prefix = text.prefix(offset)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last.map { $0.unicodeScalars.count } ?? 0) + 1)
    }

    /// Where a tab indents a line, for the clear message YAML's scanner does not give: the first tab
    /// in the leading blanks of line `line` (where the parser stopped), else of the last line before it
    /// that has one. Lines and columns count from 1, columns in characters.
    static func indentationTab(in text: String, upTo line: Int) -> (line: Int, column: Int)? {
        var found: (line: Int, column: Int)?
        for (offset, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset < line {
            let indentation = content.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t") {
                found = (offset + 1, indentation.distance(from: indentation.startIndex, to: tab) + 1)
            }
        }
        return found
    }

    /// Finds the first and second `key:` at the column where a mapping starts (Yams reports
    /// only the mapping), so the message can point at the repeated key itself.
    static func locateDuplicate(_ key: String, in text: String, from start: Mark) -> (Int?, Int?) {
        var found: [Int] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where offset + 1 >= start.line {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count >= start.column else { continue }
            var rest = String(String.UnicodeScalarView(scalars[(start.column - 1)...]))
            if rest.hasPrefix("- ") { rest.removeFirst(2) }
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate) {
                let after = rest.dropFirst(candidate.count).drop { $0 == " " }
                if after.hasPrefix(":") { found.append(offset + 1) }
            }
            if found.count == 2 { break }
        }
        guard found.count == 2 else { return (nil, nil) }
        return (found[0], found[1])
    }

    // MARK: - Alliance

    private func readAlliance(_ root: Node, sink: DiagnosticSink, map: inout SourceMap) -> Alliance? {
        guard let top = MappingReader(root, what: Message(ValidationMessage.placeAllianceFile), allowed: Self.topLevelKeys, sink: sink) else {
            return nil
        }
        let id = top.identifier("id", required: true)
        let name = top.string("name", required: true)
        let kind = top.term("kind", AllianceKind.self)
        if top.value("kind") == nil {
            sink.error(.allianceNeedsKind, ["allowed": .text(AllianceKind.ids.joined(separator: ", "))], at: top.mark)
        }
        for key in ["id", "name", "kind", "district", "region", "years", "source", "note"] {
            map[key] = sink.location(top.value(key)?.mark)
        }
        map["alliance"] = sink.location(top.mark)
        var years: ClosedRange<Int>?
        if let node = top.value("years") {
            if let periods = readPeriods(node, what: Message(ValidationMessage.placeAllianceYears), sink: sink) {
                if periods.count != 1 || periods[0].start == nil || periods[0].end == nil {
                    sink.error(.allianceYearsOneRange, at: node.mark)
                } else if let start = periods[0].start, let end = periods[0].end {
                    if start.month != 1 || end.month != 12 {
                        sink.error(.allianceYearsWhole, at: node.mark)
                    } else {
                        years = start.year...end.year
                    }
                }
            }
        } else {
            sink.error(.allianceNeedsYears, at: top.mark)
        }
        var mandates: [VocabularyFileReader.MandateReference] = []
        let terms = top.value("vocabulary").flatMap {
            VocabularyFileReader().readExtension($0, what: Message(ValidationMessage.placeVocabularySection), sink: sink, mandates: &mandates)
        } ?? VocabularyExtension()
        // The section's actor kinds may name the user's topics and the section's own.
        sink.append(VocabularyFileReader.check(mandates, in: vocabulary.adding(terms)))

        // Labels written where a kind, format or topic id belongs are read as ids (with a note).
        let known = terms.isEmpty ? vocabulary : vocabulary.adding(terms)
        let actors = readList(top, "actors", map: &map, sink: sink) { node, path, map in
            readActor(node, path: path, sink: sink, map: &map, known: known)
        }
        let relations = readList(top, "relations", map: &map, sink: sink) { node, path, map in
            readRelation(node, path: path, sink: sink, map: &map, known: known)
        }
        let interfaces = readList(top, "interfaces", map: &map, sink: sink) { node, path, map in
            readInterface(node, path: path, sink: sink, map: &map)
        }
        let chains = readList(top, "chains", map: &map, sink: sink) { node, path, map in
            readChain(node, path: path, sink: sink, map: &map)
        }
        let reports = readReports(top, sink: sink, map: &map)
        let situations = readList(top, "situations", map: &map, sink: sink) { node, path, map in
            readSituation(node, path: path, sink: sink, map: &map)
        }
        let illustrative = top.bool("illustrative") ?? false
        // Without years nothing can be checked against them; other gaps were reported above, and
        // stand-ins let the meaning checks run so that all problems show in one round.
        guard let years else { return nil }
        let standInKind: AllianceKind = top.string("district") == nil ? .independentCity : .municipality
        var alliance = Alliance(
            id: AllianceID(id ?? ""), name: name ?? "", kind: kind ?? standInKind, district: top.string("district"), region: top.string("region"),
            years: years, isIllustrative: illustrative, source: top.string("source"), note: top.string("note"),
            actors: actors, relations: assignRelationIDs(relations), interfaces: assignInterfaceIDs(interfaces),
            chains: chains, situations: situations, terms: terms, vocabulary: vocabulary)
        alliance.reports = reports
        alliance.relations = alliance.relations.map { followingCoreGroup($0, in: alliance) }
        return alliance
    }

    /// Reads the list under `key`, each item with `readItem`; records each item's position.
    private func readList<T>(_ top: MappingReader, _ key: String, map: inout SourceMap, sink: DiagnosticSink,
                             _ readItem: (Node, String, inout SourceMap) -> T?) -> [T] {
        guard let node = top.value(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            sink.error(.notAList, ["key": .text(key), "shape": node.shapeName], at: node.mark)
            return []
        }
        var result: [T] = []
        for (index, item) in sequence.enumerated() {
            let path = "\(key)[\(index)]"
            map[path] = sink.location(item.mark)
            if let value = readItem(item, path, &map) { result.append(value) }
        }
        return result
    }

    // MARK: - Actors

    private func readActor(_ node: Node, path: String, sink: DiagnosticSink, map: inout SourceMap, known: Vocabulary) -> Actor? {
        let what = itemName(.nounActor, path)
        guard let reader = MappingReader(node, what: what, allowed: Self.actorKeys, sink: sink) else { return nil }
        let id = reader.identifier("id", required: true)
        let named = id.map { ValidationMessage.named(.nounActor, $0) } ?? what
        let kind = reader.vocabularyID("kind", required: true, isKnown: { known.actorKind(ActorKindID($0)) != nil },
                                       labelled: { known.actorKind(labelled: $0)?.rawValue })
        for key in ["id", "kind", "name", "note", "parent", "years", "managing_office", "core_group", "area"] {
            map["\(path).\(key)"] = sink.location(reader.value(key)?.mark)
        }
        var roles: [ActorRole: [Period]] = [:]
        for role in ActorRole.allCases {
            guard let value = reader.value(role.id) else { continue }
            if let flag = value.bool ?? germanBool(value, key: role.id, sink: sink), case .scalar = value {
                if flag { roles[role] = [Period(start: nil, end: nil)] }
            } else if let periods = readPeriods(value, what: ValidationMessage.key(role.id, of: named), sink: sink) {
                roles[role] = periods
            }
        }
        let periods = reader.value("years").flatMap { readPeriods($0, what: ValidationMessage.key("years", of: named), sink: sink) }
        var mandates: [CoreMandate]?
        if let items = reader.list("mandates") {
            mandates = []
            for (index, item) in items.enumerated() {
                let mandatePath = "\(path).mandates[\(index)]"
                map[mandatePath] = sink.location(item.mark)
                if let mandate = readMandate(item, owner: named, sink: sink, map: &map, path: mandatePath) {
                    mandates?.append(mandate)
                }
            }
        }
        guard let id else { return nil }
        // A missing kind was reported above; the empty stand-in keeps references to the actor valid.
        return Actor(id: ActorID(id), kind: ActorKindID(kind ?? ""), name: reader.string("name"),
                     area: reader.term("area", PolicyArea.self), roles: roles,
                     parent: reader.identifier("parent").map { ActorID($0) }, periods: periods, mandates: mandates,
                     note: reader.string("note"))
    }

    func readMandate(_ node: Node, owner: Message, sink: DiagnosticSink, map: inout SourceMap, path: String) -> CoreMandate? {
        let what = Message(ValidationMessage.placeMandateOf, ["owner": .message(owner)])
        if case .scalar = node, let topic = scalarText(node, what: what, sink: sink) {
            map["\(path).topic"] = sink.location(node.mark)
            return CoreMandate(TopicID(topic))
        }
        guard let reader = MappingReader(node, what: what, allowed: Self.mandateKeys, sink: sink) else {
            return nil
        }
        map["\(path).topic"] = sink.location(reader.value("topic")?.mark)
        map["\(path).years"] = sink.location(reader.value("years")?.mark)
        guard let topic = reader.string("topic", required: true) else { return nil }
        var condition: ResponsibilityCondition?
        if let node = reader.value("when") {
            guard let read = readCondition(node, owner: what, sink: sink, map: &map, path: "\(path).when") else { return nil }
            condition = read
        }
        var period: Period?
        if let node = reader.value("years") {
            guard let periods = readPeriods(node, what: ValidationMessage.key("years", of: what), sink: sink) else { return nil }
            if periods.count > 1 {
                sink.error(.mandateOnePeriod, at: node.mark)
                return nil
            }
            period = periods.first
        }
        return CoreMandate(TopicID(topic), period: period, condition: condition)
    }

    // MARK: - Relations

    private func readRelation(_ node: Node, path: String, sink: DiagnosticSink, map: inout SourceMap, known: Vocabulary) -> Relation? {
        let what = itemName(.nounRelation, path)
        guard let reader = MappingReader(node, what: what, allowed: Self.relationKeys, sink: sink) else { return nil }
        let id = reader.identifier("id")
        let named = id.flatMap { $0.isEmpty ? nil : ValidationMessage.named(.nounRelation, $0) } ?? what
        // An empty id would be taken for none and replaced by a derived one.
        if id == "" { sink.error(.invalidID, ValidationMessage.invalidID("", place: ValidationMessage.key("id", of: what)).arguments, at: reader.value("id")?.mark) }
        for key in ["id", "format", "mechanism", "formalisation", "status", "years", "topic", "actors", "from", "to",
                    "replaced_by", "note", "source"] {
            map["\(path).\(key)"] = sink.location(reader.value(key)?.mark)
        }
        let format = reader.vocabularyID("format", required: true, isKnown: { known.format(FormatID($0)) != nil },
                                         labelled: { known.format(labelled: $0)?.rawValue })
        let actors = readActorRefs(reader, "actors", path: path, owner: named, sink: sink, map: &map)
        let from = readActorRefs(reader, "from", path: path, owner: named, sink: sink, map: &map)
        let to = readActorRefs(reader, "to", path: path, owner: named, sink: sink, map: &map)
        var ends: RelationEnds?
        switch (actors, from, to) {
        case let (list?, nil, nil):
            ends = .undirected(list)
        case let (nil, from?, to?):
            ends = .directed(from: from, to: to)
        case (nil, nil, nil) where format == FormatID.coreGroup.rawValue:
            ends = .coreGroup  // the members are the actors' core_group, year by year
        case (nil, nil, nil):
            sink.error(.relationNeedsActors, ["place": .message(named)], at: reader.mark)
        case (nil, _, _):
            sink.error(.relationHalfDirected, ["place": .message(named)], at: reader.mark)
        default:
            sink.error(.relationBothEnds, ["place": .message(named)], at: reader.value("actors")?.mark)
        }
        var mechanism: CodedMechanism?
        if let text = reader.string("mechanism") {
            mechanism = Self.readMechanism(text, owner: named, mark: reader.value("mechanism")?.mark, sink: sink)
        }
        let periods = reader.value("years").flatMap { readPeriods($0, what: ValidationMessage.key("years", of: named), sink: sink) }
        let formalisation = reader.term("formalisation", Formalisation.self, words: Formalisation.words)
        let status = reader.term("status", RelationStatus.self, aliases: RelationStatus.aliases)
        let observations = readObservations(reader, owner: named, sink: sink, map: &map, path: path)
        guard let format, let ends else { return nil }
        return Relation(id: RelationID(id ?? ""), ends: ends, format: FormatID(format), mechanism: mechanism,
                        formalisation: formalisation, status: status, periods: periods,
                        topic: reader.vocabularyID("topic", isKnown: { known.topic(TopicID($0)) != nil },
                                                   labelled: { known.topic(labelled: $0)?.rawValue }).map { TopicID($0) },
                        note: reader.string("note"),
                        source: reader.string("source"), replacedBy: reader.identifier("replaced_by").map { RelationID($0) },
                        observations: observations)
    }

    private func readActorRefs(_ reader: MappingReader, _ key: String, path: String, owner: Message,
                               sink: DiagnosticSink, map: inout SourceMap) -> [ActorID]? {
        guard let items = reader.list(key) else { return nil }
        var ids: [ActorID] = []
        for (index, item) in items.enumerated() {
            guard let text = identifierText(item, what: Message(ValidationMessage.placeActorIn, ["key": .text(key), "owner": .message(owner)]),
                                            sink: sink) else { continue }
            map["\(path).\(key)[\(index)]"] = sink.location(item.mark)
            ids.append(ActorID(text))
        }
        return ids
    }

    static func readMechanism(_ text: String, owner: Message, mark: Mark?, sink: DiagnosticSink) -> CodedMechanism? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let allTerms = Mechanism.ids + MechanismSubForm.ids
        func unknown(_ word: String) {
            sink.error(.unknownMechanism, ["value": .text(word), "place": .message(owner),
                                           "suggestion": Suggestion.phrase(for: word, in: allTerms),
                                           "mechanisms": .text(Mechanism.ids.joined(separator: ", ")),
                                           "forms": .text(MechanismSubForm.ids.joined(separator: ", "))], at: mark)
        }
        switch parts.count {
        case 1:
            if let mechanism = Mechanism.term(id: parts[0]) { return CodedMechanism(mechanism) }
            if let form = MechanismSubForm.term(id: parts[0]) { return CodedMechanism(form.mechanism, form) }
            unknown(parts[0])
        case 2:
            guard let mechanism = Mechanism.term(id: parts[0]) else { unknown(parts[0]); return nil }
            guard let form = MechanismSubForm.term(id: parts[1]) else { unknown(parts[1]); return nil }
            guard form.mechanism == mechanism else {
                let allowed = mechanism.subForms.map(\.id)
                let hint = allowed.isEmpty
                    ? Message(ValidationMessage.noSubForms, ["mechanism": .text(mechanism.id)])
                    : Message(ValidationMessage.subFormsAre, ["mechanism": .text(mechanism.id), "forms": .text(allowed.joined(separator: ", "))])
                sink.error(.contradictoryMechanism, ["place": .message(owner), "form": .text(form.id),
                                                     "formMechanism": .text(form.mechanism.id), "mechanism": .text(mechanism.id),
                                                     "hint": .message(hint)], at: mark)
                return nil
            }
            return CodedMechanism(mechanism, form)
        default:
            unknown(text)
        }
        return nil
    }

    // MARK: - Interfaces and chains

    private func readInterface(_ node: Node, path: String, sink: DiagnosticSink, map: inout SourceMap) -> Interface? {
        let what = itemName(.nounInterface, path)
        guard let reader = MappingReader(node, what: what, allowed: Self.interfaceKeys, sink: sink) else { return nil }
        let id = reader.identifier("id")
        let named = id.flatMap { $0.isEmpty ? nil : ValidationMessage.named(.nounInterface, $0) } ?? what
        if id == "" { sink.error(.invalidID, ValidationMessage.invalidID("", place: ValidationMessage.key("id", of: what)).arguments, at: reader.value("id")?.mark) }
        for key in ["id", "actors", "topic", "type", "years"] {
            map["\(path).\(key)"] = sink.location(reader.value(key)?.mark)
        }
        let actors = readActorRefs(reader, "actors", path: path, owner: named, sink: sink, map: &map)
        if actors == nil { sink.error(.interfaceNeedsActors, ["place": .message(named)], at: reader.mark) }
        let type = reader.term("type", InterfaceType.self)
        let periods = reader.value("years").flatMap { readPeriods($0, what: ValidationMessage.key("years", of: named), sink: sink) }
        let topic = reader.string("topic"), risk = reader.string("risk")
        if topic == nil && risk == nil {
            sink.error(.interfaceNeedsTopic, ["place": .message(named)], at: reader.mark)
        }
        let observations = readObservations(reader, owner: named, sink: sink, map: &map, path: path)
        guard let actors, topic != nil || risk != nil else { return nil }
        return Interface(id: InterfaceID(id ?? ""), actors: actors, topic: topic.map { TopicID($0) }, risk: risk,
                         type: type, periods: periods, note: reader.string("note"), source: reader.string("source"),
                         observations: observations)
    }

    private func readChain(_ node: Node, path: String, sink: DiagnosticSink, map: inout SourceMap) -> Chain? {
        let what = itemName(.nounChain, path)
        guard let reader = MappingReader(node, what: what, allowed: Self.chainKeys, sink: sink) else { return nil }
        let id = reader.identifier("id", required: true)
        let named = id.map { ValidationMessage.named(.nounChain, $0) } ?? what
        map["\(path).id"] = sink.location(reader.value("id")?.mark)
        map["\(path).years"] = sink.location(reader.value("years")?.mark)
        map["\(path).steps"] = sink.location(reader.value("steps")?.mark)
        var steps: [ChainStep] = []
        for (index, item) in (reader.list("steps") ?? []).enumerated() {
            let stepPath = "\(path).steps[\(index)]"
            if case .scalar = item {
                guard let actor = identifierText(item, what: Message(ValidationMessage.placeStepOf, ["owner": .message(named)]), sink: sink) else { continue }
                map[stepPath] = sink.location(item.mark)
                steps.append(ChainStep(actor: ActorID(actor)))
                continue
            }
            guard let step = MappingReader(item, what: Message(ValidationMessage.placeStepOf, ["owner": .message(named)]), allowed: Self.stepKeys, sink: sink) else { continue }
            map[stepPath] = sink.location(step.value("actor")?.mark ?? item.mark)
            map["\(stepPath).topic"] = sink.location(step.value("topic")?.mark)
            guard let actor = step.identifier("actor", required: true) else { continue }
            steps.append(ChainStep(actor: ActorID(actor), topic: step.string("topic").map { TopicID($0) },
                                   label: step.string("label")))
        }
        if reader.value("steps") == nil { sink.error(.chainNeedsSteps, ["place": .message(named)], at: reader.mark) }
        let periods = reader.value("years").flatMap { readPeriods($0, what: ValidationMessage.key("years", of: named), sink: sink) }
        guard let id else { return nil }
        return Chain(id: ChainID(id), name: reader.string("name"), steps: steps, periods: periods, note: reader.string("note"))
    }

    /// "relation #3" for the path `relations[2]`: users count from one.
    func itemName(_ noun: ValidationMessage, _ path: String) -> Message {
        let digits = path.drop { $0 != "[" }.dropFirst().prefix { $0.isNumber }
        return ValidationMessage.numbered(noun, (Int(digits) ?? 0) + 1)
    }

    // MARK: - The core group

    /// A `core_group` relation of an older file that lists exactly the core group's members in
    /// every year it holds says nothing the actors' `core_group:` does not: its members are taken
    /// from there (``RelationEnds/coreGroup``), and the writer leaves the list out. A list that
    /// differs is kept as written; ``AllianceValidator`` warns about it.
    private func followingCoreGroup(_ relation: Relation, in alliance: Alliance) -> Relation {
        guard relation.format == .coreGroup, case .undirected(let list) = relation.ends, Set(list).count == list.count else {
            return relation
        }
        let holding = alliance.years.filter(relation.holds(in:))
        guard !holding.isEmpty, holding.allSatisfy({ Set(alliance.coreGroupMembers(in: $0)) == Set(list) }) else { return relation }
        var derived = relation
        derived.ends = .coreGroup
        return derived
    }

    // MARK: - Derived ids

    /// Gives relations without an id one derived from format and actors, e.g. `case_conference:abh+ki`.
    private func assignRelationIDs(_ relations: [Relation]) -> [Relation] {
        var used = UsedIDs(relations.map(\.id.rawValue).filter { !$0.isEmpty })
        return relations.map { relation in
            guard relation.id.rawValue.isEmpty else { return relation }
            var copy = relation
            let separator = relation.ends.isDirected ? ">" : "+"
            let base: String
            switch relation.ends {
            case .undirected(let list):
                base = "\(relation.format):" + list.map(\.rawValue).joined(separator: separator)
            case .directed(let from, let to):
                base = "\(relation.format):" + from.map(\.rawValue).joined(separator: "+") + ">" + to.map(\.rawValue).joined(separator: "+")
            case .coreGroup:
                base = relation.format.rawValue
            }
            copy.id = RelationID(unique(base, in: &used))
            return copy
        }
    }

    /// Gives interfaces without an id one derived from their topic and actors.
    private func assignInterfaceIDs(_ interfaces: [Interface]) -> [Interface] {
        var used = UsedIDs(interfaces.map(\.id.rawValue).filter { !$0.isEmpty })
        return interfaces.map { interface in
            guard interface.id.rawValue.isEmpty else { return interface }
            var copy = interface
            let base = "\(interface.topic?.rawValue ?? "interface"):" + interface.actors.map(\.rawValue).joined(separator: "+")
            copy.id = InterfaceID(unique(base, in: &used))
            return copy
        }
    }

    /// The ids taken so far, and for each derived base the next `#n` to try.
    private struct UsedIDs {
        var taken: Set<String>
        var nextCounter: [String: Int] = [:]
        init(_ ids: [String]) { taken = Set(ids) }
    }

    /// `base`, or the first of `base#2`, `base#3`, … not taken yet. Counting resumes where the
    /// last relation with the same base stopped (the ids tried before stay taken), so `n` relations
    /// with one base cost O(`n`) rather than O(`n`²).
    private func unique(_ base: String, in used: inout UsedIDs) -> String {
        var candidate = base
        var counter = used.nextCounter[base] ?? 2
        while used.taken.contains(candidate) {
            candidate = "\(base)#\(counter)"
            counter += 1
        }
        used.nextCounter[base] = counter
        used.taken.insert(candidate)
        return candidate
    }
}
