import Foundation
import Yams

/// Reads a user's own actor kinds, formats, topics, observation codes, situation kinds, residence
/// statuses and legal bases, from a vocabulary file or from the
/// `vocabulary:` section of an alliance file.
///
/// ```yaml
/// actor_kinds:
///   - id: language_cafe
///     de: Sprachcafé
///     en: Language café
///     area: integration
///     mandates: [language]
/// formats:
///   - id: job_shadowing
///     de: Hospitation
///     en: Job shadowing
///     formalisation: regular
/// topics:
///   - id: driving_licence
///     de: Führerschein
///     en: Driving licence
///     neighbours: [measure_access]
/// observations:
///   - { id: sends_letters, de: Schreibt Briefe, en: Writes letters, mechanism: intervention, sub_form: appeal }
/// situation_kinds:
///   - { id: move_away, de: Umzug, en: Moving away, topic: housing }
/// residence_statuses:
///   - { id: eu_citizen, de: Freizügigkeit (EU), en: Free movement (EU) }
/// legal_bases:
///   - { id: bkgg, de: Bundeskindergeldgesetz, en: Federal Child Benefit Act, abbreviation: BKGG }
///   - { id: sgb2_old, de: SGB II (alt), en: SGB II (old), excludes: [sgb3] }
/// ```
public struct VocabularyFileReader: Sendable {
    static let sectionKeys = ["actor_kinds", "formats", "topics", "observations", "situation_kinds", "residence_statuses", "legal_bases"]
    static let kindKeys = ["id", "de", "en", "abbreviation", "area", "mandates"]
    static let formatKeys = ["id", "de", "en", "formalisation", "written", "directed"]
    static let topicKeys = ["id", "de", "en", "cross_cutting", "neighbours"]
    static let observationCodeKeys = ["id", "de", "en", "mechanism", "sub_form"]
    static let situationKindKeys = ["id", "de", "en", "topic", "change"]
    static let statusKeys = ["id", "de", "en", "abbreviation"]
    static let legalBasisKeys = ["id", "de", "en", "abbreviation", "excludes"]

    /// Creates a reader.
    public init() {}

    /// Reads the text of a vocabulary file. `file` names it in diagnostics. The mandate topics of its
    /// actor kinds are checked against the built-in vocabulary plus the file's own topics; use
    /// ``read(files:extending:)`` to check them against other vocabulary files as well.
    public func read(text: String, file: String) -> (VocabularyExtension?, [Diagnostic]) {
        let (addition, mandates, diagnostics) = readFile(text: text, file: file)
        let problems = Self.check(mandates, in: Vocabulary.builtIn.adding(addition ?? VocabularyExtension()))
        return (problems.containsErrors ? nil : addition, (diagnostics + problems).sortedForDisplay())
    }

    /// The terms of one file, the mandate topics its actor kinds name (checked once the whole
    /// vocabulary is known), and the problems found.
    private func readFile(text: String, file: String) -> (VocabularyExtension?, [MandateReference], [Diagnostic]) {
        let sink = DiagnosticSink(file: file)
        do {
            guard let root = try YAMLDocument.compose(text) else {
                sink.error(.vocabularyFileEmpty, at: nil)
                return (nil, [], sink.diagnostics)
            }
            var mandates: [MandateReference] = []
            let result = readExtension(root, what: Message(ValidationMessage.placeVocabularyFile), sink: sink, mandates: &mandates)
            return (sink.diagnostics.containsErrors ? nil : result, mandates, sink.diagnostics)
        } catch let error as YamlError {
            AllianceFileReader.reportYAMLError(error, text: text, sink: sink)
            return (nil, [], sink.diagnostics)
        } catch {
            sink.error(.malformedYAML, ["problem": .text("\(error)")], at: nil)
            return (nil, [], sink.diagnostics)
        }
    }

    /// Whether `text` is a vocabulary file rather than an alliance file: a YAML (or JSON) mapping
    /// whose keys are all vocabulary sections (`actor_kinds`, `formats`, `topics`). An alliance file
    /// always has other keys (`id`, `name`, `kind`, `years`, …), so the two never get mixed up; text
    /// that is not such a mapping (also broken YAML) counts as an alliance file, whose reader then
    /// reports what is wrong.
    /// - Complexity: O(*n*) in the length of the text; texts naming no section key are not parsed.
    public static func isVocabularyFile(text: String) -> Bool {
        guard sectionKeys.contains(where: { text.mentions($0) }), let keys = YAMLDocument.composedTopLevelKeys(text) else {
            return false
        }
        return isVocabularyFile(keys: keys)
    }

    /// Whether a mapping with the top-level `keys` is a vocabulary file (``isVocabularyFile(text:)``).
    static func isVocabularyFile(keys: [String]) -> Bool {
        !keys.isEmpty && keys.allSatisfy(sectionKeys.contains)
    }

    /// `base` plus the terms of each vocabulary file in `files`, in order (a later file's term replaces
    /// an earlier one with the same id), and the problems found. Start from ``Vocabulary/builtIn``.
    public func read(files: [String], extending base: Vocabulary) -> (Vocabulary, [Diagnostic]) {
        var vocabulary = base
        var diagnostics: [Diagnostic] = []
        var mandates: [MandateReference] = []
        for file in files {
            let text: String
            do {
                text = try TextFile.read(file)
            } catch {
                if case .notUTF8 = error { diagnostics.append(error.diagnostic(file)) } else {
                    diagnostics.append(Diagnostic(.error, Message(ValidationMessage.cannotReadVocabulary), file: file))
                }
                continue
            }
            let (addition, found, problems) = readFile(text: text, file: file)
            diagnostics += problems
            mandates += found
            if let addition { vocabulary = vocabulary.adding(addition) }
        }
        // An actor kind's mandates may name topics of any of the files.
        return (vocabulary, diagnostics + Self.check(mandates, in: vocabulary))
    }

    /// A term named by a user's own term (a topic in the `mandates` of an actor kind, a residence
    /// status or legal basis in a mandate's `when:`, a topic's neighbour, a situation kind's topic), and where.
    struct MandateReference {
        /// Which vocabulary the id must be in.
        enum Term { case topic, residence, legalBasis }
        var term: Term = .topic
        var id: String
        var place: Message
        var location: SourceLocation?
        var file: String
    }

    /// An error for each referenced term `vocabulary` does not know.
    static func check(_ references: [MandateReference], in vocabulary: Vocabulary) -> [Diagnostic] {
        references.compactMap { reference in
            let message: Message
            switch reference.term {
            case .topic:
                guard vocabulary.topic(TopicID(reference.id)) == nil else { return nil }
                message = Message(ValidationMessage.unknownTopic, [
                    "topic": .text(reference.id), "place": .message(reference.place),
                    "suggestion": Suggestion.phrase(for: reference.id, among: vocabulary.topicNames)])
            case .residence:
                guard vocabulary.residenceStatus(ResidenceStatusID(reference.id)) == nil else { return nil }
                message = ValidationMessage.unknownVocabularyTerm(.unknownResidenceStatus, reference.id, place: reference.place,
                                                                  among: vocabulary.residenceStatusNames)
            case .legalBasis:
                guard vocabulary.legalBasis(LegalBasisID(reference.id)) == nil else { return nil }
                message = ValidationMessage.unknownVocabularyTerm(.unknownLegalBasis, reference.id, place: reference.place,
                                                                  among: vocabulary.legalBasisNames)
            }
            return Diagnostic(.error, message, at: reference.location, file: reference.file)
        }
    }

    /// The terms of a vocabulary file or an alliance's `vocabulary:` section; the mandate topics of
    /// its actor kinds are added to `mandates` for ``check(_:in:)``. An id given twice in one section
    /// is an error at the second.
    func readExtension(_ node: Node, what: Message, sink: DiagnosticSink, mandates: inout [MandateReference]) -> VocabularyExtension? {
        guard let reader = MappingReader(node, what: what, allowed: Self.sectionKeys, sink: sink) else { return nil }
        var result = VocabularyExtension()
        checkDuplicates(reader.list("actor_kinds"), noun: .nounActorKind, sink: sink)
        checkDuplicates(reader.list("formats"), noun: .nounFormat, sink: sink)
        checkDuplicates(reader.list("topics"), noun: .nounTopic, sink: sink)
        checkDuplicates(reader.list("observations"), noun: .nounObservationCode, sink: sink)
        checkDuplicates(reader.list("situation_kinds"), noun: .nounSituationKind, sink: sink)
        checkDuplicates(reader.list("residence_statuses"), noun: .nounResidenceStatus, sink: sink)
        checkDuplicates(reader.list("legal_bases"), noun: .nounLegalBasis, sink: sink)
        for item in reader.list("actor_kinds") ?? [] {
            if let kind = readKind(item, sink: sink, mandates: &mandates) { result.actorKinds.append(kind) }
        }
        for item in reader.list("formats") ?? [] {
            guard let entry = MappingReader(item, what: Message(ValidationMessage.placeAFormat), allowed: Self.formatKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: .nounFormat) else { continue }
            let written = entry.bool("written") ?? false
            let formalisation = entry.term("formalisation", Formalisation.self) ?? (written ? .written : .onDemand)
            if written && formalisation != .written {
                sink.error(.vocabularyWrittenFormalisation, ["id": .text(id), "formalisation": .text(formalisation.id)],
                           at: entry.value("formalisation")?.mark)
            }
            result.formats.append(RelationFormat(id: FormatID(id), label: label, defaultFormalisation: formalisation,
                                                 isWritten: written, isDirected: entry.bool("directed") ?? false))
        }
        for item in reader.list("topics") ?? [] {
            guard let entry = MappingReader(item, what: Message(ValidationMessage.placeATopic), allowed: Self.topicKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: .nounTopic) else { continue }
            var neighbours: [TopicID] = []
            let place = ValidationMessage.key("neighbours", of: ValidationMessage.named(.nounTopic, id))
            for neighbour in entry.list("neighbours") ?? [] {
                guard let other = identifierText(neighbour, what: place, sink: sink) else { continue }
                if other == id {
                    sink.error(.neighbourItself, ["place": .message(ValidationMessage.named(.nounTopic, id))], at: neighbour.mark)
                    continue
                }
                mandates.append(MandateReference(id: other, place: place, location: sink.location(neighbour.mark), file: sink.file))
                neighbours.append(TopicID(other))
            }
            result.topics.append(Topic(id: TopicID(id), label: label, isCrossCutting: entry.bool("cross_cutting") ?? false,
                                       neighbours: neighbours))
        }
        for item in reader.list("observations") ?? [] {
            guard let entry = MappingReader(item, what: Message(ValidationMessage.placeAnObservationCode), allowed: Self.observationCodeKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: .nounObservationCode) else { continue }
            let named = ValidationMessage.named(.nounObservationCode, id)
            guard let mechanism = entry.string("mechanism", required: true) else { continue }
            let text = entry.string("sub_form").map { "\(mechanism)/\($0)" } ?? mechanism
            guard let coded = AllianceFileReader.readMechanism(text, owner: named, mark: entry.value("sub_form")?.mark ?? entry.value("mechanism")?.mark,
                                                               sink: sink) else { continue }
            result.observationCodes.append(ObservationCode(id: ObservationCodeID(id), label: label, mechanism: coded))
        }
        for item in reader.list("situation_kinds") ?? [] {
            guard let entry = MappingReader(item, what: Message(ValidationMessage.placeASituationKind), allowed: Self.situationKindKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: .nounSituationKind) else { continue }
            let named = ValidationMessage.named(.nounSituationKind, id)
            let topic = entry.identifier("topic")
            if let topic {
                mandates.append(MandateReference(id: topic, place: named, location: sink.location(entry.value("topic")?.mark), file: sink.file))
            }
            var change: ResponsibilityCondition.Dimension?
            if let text = entry.string("change") {
                change = ResponsibilityCondition.Dimension(rawValue: text)
                if change == nil {
                    sink.error(.unknownTerm, ["key": "change", "value": .text(text), "place": .message(named),
                                              "suggestion": Suggestion.phrase(for: text, in: conditionKeys),
                                              "allowed": .text(conditionKeys.joined(separator: ", "))], at: entry.value("change")?.mark)
                    continue
                }
            }
            result.situationKinds.append(SituationKind(id: SituationKindID(id), label: label, topic: topic.map { TopicID($0) }, change: change))
        }
        for item in reader.list("residence_statuses") ?? [] {
            guard let entry = MappingReader(item, what: Message(ValidationMessage.placeAResidenceStatus), allowed: Self.statusKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: .nounResidenceStatus) else { continue }
            result.residenceStatuses.append(ResidenceStatus(id: ResidenceStatusID(id),
                                                            label: Label(de: label.de, en: label.en, abbreviation: entry.string("abbreviation"))))
        }
        for item in reader.list("legal_bases") ?? [] {
            guard let entry = MappingReader(item, what: Message(ValidationMessage.placeALegalBasis), allowed: Self.legalBasisKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: .nounLegalBasis) else { continue }
            var excludes: [LegalBasisID] = []
            let place = ValidationMessage.key("excludes", of: ValidationMessage.named(.nounLegalBasis, id))
            for node in entry.list("excludes") ?? [] {
                guard let other = identifierText(node, what: place, sink: sink) else { continue }
                if other == id {
                    sink.error(.excludesItself, ["place": .message(ValidationMessage.named(.nounLegalBasis, id))], at: node.mark)
                    continue
                }
                mandates.append(MandateReference(term: .legalBasis, id: other, place: place, location: sink.location(node.mark), file: sink.file))
                excludes.append(LegalBasisID(other))
            }
            result.legalBases.append(LegalBasis(id: LegalBasisID(id), label: Label(de: label.de, en: label.en, abbreviation: entry.string("abbreviation")),
                                                excludes: excludes))
        }
        return result
    }

    /// One section names each id once: a second entry with the same id would silently replace the first.
    private func checkDuplicates(_ items: [Node]?, noun: ValidationMessage, sink: DiagnosticSink) {
        var firstLine: [String: Int] = [:]
        for item in items ?? [] {
            guard let node = item["id"], case .scalar(let scalar) = node else { continue }
            if let line = firstLine[scalar.string] {
                sink.error(.duplicateID, ["noun": .message(Message(noun)), "id": .text(scalar.string),
                                          "first": .message(Message(ValidationMessage.firstDefinedAt, ["line": .int(line)]))], at: node.mark)
            } else {
                firstLine[scalar.string] = node.mark?.line ?? 0
            }
        }
    }

    private func readKind(_ node: Node, sink: DiagnosticSink, mandates references: inout [MandateReference]) -> ActorKind? {
        guard let entry = MappingReader(node, what: Message(ValidationMessage.placeAnActorKind), allowed: Self.kindKeys, sink: sink),
              let (id, label) = readLabelled(entry, what: .nounActorKind) else { return nil }
        guard let area = entry.term("area", PolicyArea.self) else {
            if entry.value("area") == nil {
                sink.error(.vocabularyKindNeedsArea, ["id": .text(id), "allowed": .text(PolicyArea.ids.joined(separator: ", "))], at: entry.mark)
            }
            return nil
        }
        var mandates: [CoreMandate] = []
        var map = SourceMap(file: sink.file)
        let owner = ValidationMessage.named(.nounActorKind, id)
        for (index, item) in (entry.list("mandates") ?? []).enumerated() {
            let path = "mandates[\(index)]"
            if let mandate = AllianceFileReader(vocabulary: .builtIn).readMandate(item, owner: owner, sink: sink, map: &map, path: path) {
                mandates.append(mandate)
                let place = Message(ValidationMessage.placeMandateOf, ["owner": .message(owner)])
                references.append(MandateReference(id: mandate.topic.rawValue, place: place, location: map["\(path).topic"], file: sink.file))
                for (k, status) in (mandate.condition?.residence ?? []).enumerated() {
                    references.append(MandateReference(term: .residence, id: status.rawValue, place: ValidationMessage.key("residence", of: place),
                                                       location: map["\(path).when.residence[\(k)]"], file: sink.file))
                }
                for (k, basis) in (mandate.condition?.legalBasis ?? []).enumerated() {
                    references.append(MandateReference(term: .legalBasis, id: basis.rawValue, place: ValidationMessage.key("legal_basis", of: place),
                                                       location: map["\(path).when.legal_basis[\(k)]"], file: sink.file))
                }
            }
        }
        return ActorKind(id: ActorKindID(id), label: Label(de: label.de, en: label.en, abbreviation: entry.string("abbreviation")),
                         area: area, mandates: mandates)
    }

    private func readLabelled(_ entry: MappingReader, what: ValidationMessage) -> (String, Label)? {
        guard let id = entry.identifier("id", required: true) else { return nil }
        if !IdentifierRule.isValid(id) {
            entry.sink.error(.invalidID, ValidationMessage.invalidID(id, place: ValidationMessage.key("id", of: entry.what)).arguments,
                             at: entry.value("id")?.mark)
        }
        let de = entry.string("de"), en = entry.string("en")
        if de == nil && en == nil {
            entry.sink.error(.vocabularyNeedsLabel, ["noun": .message(Message(what)), "id": .text(id)], at: entry.mark)
            return nil
        }
        if de == nil || en == nil {
            entry.sink.warning(de == nil ? .vocabularyOnlyEnglish : .vocabularyOnlyGerman, ["noun": .message(Message(what)), "id": .text(id)],
                               at: entry.mark)
        }
        return (id, Label(de: de ?? en!, en: en ?? de!))
    }
}
