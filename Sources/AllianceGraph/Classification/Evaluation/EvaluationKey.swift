import Foundation
import Yams

/// One family of labels the report gives and the evaluation compares (docs/VALIDITY.md).
public enum LabelFamily: String, Sendable, Codable, CaseIterable, LabelledTerm {
    /// The interface type (transition, interference, diffusion).
    case type
    /// The matching strategy (successive, simultaneous, sensitive).
    case strategy
    /// The coordination mechanism.
    case mechanism
    /// The mechanism's sub-form (appeal, …, transfer).
    case subForm = "sub_form"

    public var label: Label {
        switch self {
        case .type: Label(de: "Schnittstellentyp", en: "Interface type")
        case .strategy: Label(de: "Bearbeitungsstrategie", en: "Strategy")
        case .mechanism: Label(de: "Koordinationsmechanismus", en: "Mechanism")
        case .subForm: Label(de: "Unterform", en: "Sub-form")
        }
    }

    /// The ids this family's labels may take, in their declared order.
    public var termIDs: [String] {
        switch self {
        case .type: InterfaceType.ids
        case .strategy: Strategy.ids
        case .mechanism: Mechanism.ids
        case .subForm: MechanismSubForm.ids
        }
    }

    /// The bilingual label of the term `id` of this family (the id itself if unknown).
    public func termLabel(_ id: String) -> Label {
        let label: Label? = switch self {
        case .type: InterfaceType.term(id: id)?.label
        case .strategy: Strategy.term(id: id)?.label
        case .mechanism: Mechanism.term(id: id)?.label
        case .subForm: MechanismSubForm.term(id: id)?.label
        }
        return label ?? Label(de: id, en: id)
    }

    /// Whether the family is about an interface (type, strategy) rather than a mechanism.
    public var isInterfaceFamily: Bool { self == .type || self == .strategy }
}

/// What a case of the answer key is about: a situation or interface (for the type and the
/// strategy) and/or a relation (for the mechanism and the sub-form) of one alliance.
public struct EvaluationTarget: Hashable, Sendable {
    /// A situation of the alliance (`situations:`); its derived interface is `situation:<id>`.
    public var situation: SituationID?
    /// An interface coded in the alliance (`interfaces:`).
    public var interface: InterfaceID?
    /// A relation of the alliance (`relations:`).
    public var relation: RelationID?

    /// Creates a target.
    public init(situation: SituationID? = nil, interface: InterfaceID? = nil, relation: RelationID? = nil) {
        self.situation = situation
        self.interface = interface
        self.relation = relation
    }

    /// The id of the interface the type and strategy are read from: a coded interface, else the
    /// one derived from the situation (`situation:<id>`).
    public var interfaceID: InterfaceID? {
        interface ?? situation.map { InterfaceID("situation:\($0.rawValue)") }
    }
}

/// One worked example of the report: where it is, which facts encode it and which labels the
/// report gives it.
public struct EvaluationCase: Hashable, Sendable, Identifiable {
    /// How directly the report gives the labels.
    public enum Basis: String, Hashable, Sendable, Codable, CaseIterable, LabelledTerm {
        /// The passage names the label.
        case explicit
        /// The label comes from the section or the part of the heuristic the passage is filed under.
        case context

        public var label: Label {
            switch self {
            case .explicit: Label(de: "ausdrücklich", en: "explicit")
            case .context: Label(de: "aus dem Zusammenhang", en: "from the context")
            }
        }
    }

    /// The case's id, e.g. `c17`.
    public var id: String
    /// The report's line range, e.g. `1387...1397`.
    public var lines: ClosedRange<Int>
    /// The alliance file that holds the facts (its `id`).
    public var alliance: AllianceID
    /// What the labels are about.
    public var target: EvaluationTarget
    /// The report's labels, per family (ids of the family's terms); a family not given is not compared.
    public var expected: [LabelFamily: [String]]
    /// How directly the report gives them.
    public var basis: Basis
    /// The report is ambiguous here (it hedges or names an alternative).
    public var isAmbiguous: Bool
    /// The report is inconsistent here (it labels the same constellation differently elsewhere).
    public var isInconsistent: Bool
    /// The report's chapter, when not 2–4.
    public var chapter: Int?
    /// Where and why the report is ambiguous or inconsistent.
    public var note: String?
    /// Where the case starts in the answer key.
    public var location: SourceLocation?
    /// Where `alliance`, `target.situation`, `target.interface` and `target.relation` are written.
    public var keyLocations: [String: SourceLocation]

    /// Creates a case.
    public init(id: String, lines: ClosedRange<Int>, alliance: AllianceID, target: EvaluationTarget,
                expected: [LabelFamily: [String]], basis: Basis = .explicit, isAmbiguous: Bool = false,
                isInconsistent: Bool = false, chapter: Int? = nil, note: String? = nil,
                location: SourceLocation? = nil, keyLocations: [String: SourceLocation] = [:]) {
        self.id = id
        self.lines = lines
        self.alliance = alliance
        self.target = target
        self.expected = expected
        self.basis = basis
        self.isAmbiguous = isAmbiguous
        self.isInconsistent = isInconsistent
        self.chapter = chapter
        self.note = note
        self.location = location
        self.keyLocations = keyLocations
    }

    /// The report's line range as written: `1387-1397`.
    public var lineText: String { lines.lowerBound == lines.upperBound ? "\(lines.lowerBound)" : "\(lines.lowerBound)-\(lines.upperBound)" }
}

/// The answer key of an evaluation corpus: the file `expected.yaml` beside the corpus's alliance
/// files, whose only top-level key is `evaluation_cases` (docs/VALIDITY.md).
public struct EvaluationKey: Hashable, Sendable {
    /// The cases, in file order.
    public var cases: [EvaluationCase]
    /// The file read.
    public var file: String

    /// Creates a key.
    public init(cases: [EvaluationCase], file: String) {
        self.cases = cases
        self.file = file
    }

    /// The name of the answer key inside a corpus folder.
    public static let fileName = "expected.yaml"
    /// The answer key's only top-level key.
    public static let topLevelKey = "evaluation_cases"

    /// Whether `text` is an answer key: a mapping whose only key is `evaluation_cases`. Folder
    /// scans (``InputFiles``) set such files aside instead of reading them as alliances.
    public static func isAnswerKey(text: String) -> Bool {
        guard text.contains(topLevelKey), let keys = YAMLDocument.composedTopLevelKeys(text) else { return false }
        return isAnswerKey(keys: keys)
    }

    /// Whether a mapping with the top-level `keys` is an answer key (``isAnswerKey(text:)``).
    static func isAnswerKey(keys: [String]) -> Bool {
        !keys.isEmpty && keys.allSatisfy { $0 == topLevelKey }
    }
}

/// The answer key after reading, with the problems found (file:line:column).
public struct ParsedEvaluationKey: Sendable {
    /// The key; `nil` when it has errors.
    public var key: EvaluationKey?
    /// Errors and warnings, sorted for display.
    public var diagnostics: [Diagnostic]
}

/// Reads an answer key (``EvaluationKey``), reporting every problem at its file:line:column with
/// what to write instead.
public struct EvaluationKeyReader: Sendable {
    static let caseKeys = ["id", "lines", "alliance", "target", "expected", "basis", "ambiguous", "inconsistent", "chapter", "note"]
    static let targetKeys = ["situation", "interface", "relation"]
    static let expectedKeys = LabelFamily.allCases.map(\.rawValue)

    /// Creates a reader.
    public init() {}

    /// Reads the file at `path`.
    public func read(path: String) -> ParsedEvaluationKey {
        do {
            return read(text: try TextFile.read(path), file: path)
        } catch {
            return ParsedEvaluationKey(key: nil, diagnostics: [error.diagnostic(path)])
        }
    }

    /// Reads `text` as the content of `file`.
    /// - Complexity: O(*n*) in the size of the text.
    public func read(text: String, file: String) -> ParsedEvaluationKey {
        let sink = DiagnosticSink(file: file)
        var cases: [EvaluationCase] = []
        do {
            if let root = try YAMLDocument.compose(text) {
                cases = readCases(root, sink: sink)
            } else {
                sink.add(.error, Message(EvaluationMessage.keyEmpty), at: nil)
            }
        } catch let error as YamlError {
            AllianceFileReader.reportYAMLError(error, text: text, sink: sink)
        } catch {
            sink.error(.malformedYAML, ["problem": .text("\(error)")], at: nil)
        }
        let diagnostics = sink.diagnostics.sortedForDisplay()
        return ParsedEvaluationKey(key: diagnostics.containsErrors ? nil : EvaluationKey(cases: cases, file: file), diagnostics: diagnostics)
    }

    private func readCases(_ root: Node, sink: DiagnosticSink) -> [EvaluationCase] {
        let place = Message(EvaluationMessage.placeKey)
        guard let top = MappingReader(root, what: place, allowed: [EvaluationKey.topLevelKey], sink: sink) else { return [] }
        guard let list = top.value(EvaluationKey.topLevelKey) else {
            sink.error(.missingKey, ["place": .message(place), "key": .text(EvaluationKey.topLevelKey)], at: top.mark)
            return []
        }
        guard case .sequence(let items) = list else {
            sink.error(.notAList, ["key": .text(EvaluationKey.topLevelKey), "shape": list.shapeName], at: list.mark)
            return []
        }
        var cases: [EvaluationCase] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let what = Message(EvaluationMessage.placeCase, ["n": .int(index + 1)])
            guard let reader = MappingReader(item, what: what, allowed: Self.caseKeys, sink: sink) else { continue }
            let id = reader.identifier("id", required: true)
            let what2 = id.map { Message(EvaluationMessage.placeNamedCase, ["id": .text($0)]) } ?? what
            if let id, let line = seen[id] {
                sink.add(.error, Message(EvaluationMessage.caseTwice, ["id": .text(id), "line": .int(line)]), at: reader.value("id")?.mark)
                continue
            }
            if let id { seen[id] = reader.value("id")?.mark?.line ?? 0 }
            let lines = readLines(reader, what: what2, sink: sink)
            let alliance = reader.identifier("alliance", required: true)
            var locations: [String: SourceLocation] = [:]
            if let mark = reader.value("alliance")?.mark { locations["alliance"] = sink.location(mark) }
            let target = readTarget(reader, what: what2, sink: sink, locations: &locations)
            let expected = readExpected(reader, what: what2, target: target, sink: sink)
            let basis = reader.term("basis", EvaluationCase.Basis.self) ?? .explicit
            var chapter: Int?
            if let node = reader.value("chapter"), let text = scalarText(node, what: ValidationMessage.key("chapter", of: what2), sink: sink) {
                chapter = Int(text)
                if chapter == nil {
                    sink.add(.error, Message(EvaluationMessage.badChapter, ["place": .message(what2), "value": .text(text)]), at: node.mark)
                }
            }
            guard let id, let lines, let alliance, let target, let expected else { continue }
            cases.append(EvaluationCase(id: id, lines: lines, alliance: AllianceID(alliance), target: target, expected: expected,
                                        basis: basis, isAmbiguous: reader.bool("ambiguous") ?? false,
                                        isInconsistent: reader.bool("inconsistent") ?? false, chapter: chapter,
                                        note: reader.string("note"), location: sink.location(reader.mark), keyLocations: locations))
        }
        return cases
    }

    /// `lines: "1387-1397"` or a single line number.
    private func readLines(_ reader: MappingReader, what: Message, sink: DiagnosticSink) -> ClosedRange<Int>? {
        guard let node = reader.value("lines") else {
            sink.error(.missingKey, ["place": .message(what), "key": "lines"], at: reader.mark)
            return nil
        }
        guard let text = scalarText(node, what: ValidationMessage.key("lines", of: what), sink: sink) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 1, let line = parts[0], line > 0 { return line...line }
        if parts.count == 2, let first = parts[0], let last = parts[1], first > 0, first <= last { return first...last }
        sink.add(.error, Message(EvaluationMessage.badLines, ["place": .message(what), "value": .text(text)]), at: node.mark)
        return nil
    }

    private func readTarget(_ reader: MappingReader, what: Message, sink: DiagnosticSink,
                            locations: inout [String: SourceLocation]) -> EvaluationTarget? {
        guard let node = reader.value("target") else {
            sink.error(.missingKey, ["place": .message(what), "key": "target"], at: reader.mark)
            return nil
        }
        let place = ValidationMessage.key("target", of: what)
        guard let target = MappingReader(node, what: place, allowed: Self.targetKeys, sink: sink) else { return nil }
        var result = EvaluationTarget()
        if let id = target.identifier("situation") { result.situation = SituationID(id) }
        if let id = target.identifier("interface") { result.interface = InterfaceID(id) }
        if let id = target.identifier("relation") { result.relation = RelationID(id) }
        for key in Self.targetKeys { if let mark = target.value(key)?.mark { locations["target.\(key)"] = sink.location(mark) } }
        if result.situation != nil && result.interface != nil {
            sink.add(.error, Message(EvaluationMessage.situationAndInterface, ["place": .message(place)]), at: target.mark)
            return nil
        }
        if result == EvaluationTarget() {
            sink.add(.error, Message(EvaluationMessage.emptyTarget, ["place": .message(place)]), at: target.mark)
            return nil
        }
        return result
    }

    private func readExpected(_ reader: MappingReader, what: Message, target: EvaluationTarget?,
                              sink: DiagnosticSink) -> [LabelFamily: [String]]? {
        guard let node = reader.value("expected") else {
            sink.error(.missingKey, ["place": .message(what), "key": "expected"], at: reader.mark)
            return nil
        }
        let place = ValidationMessage.key("expected", of: what)
        guard let expected = MappingReader(node, what: place, allowed: Self.expectedKeys, sink: sink) else { return nil }
        var result: [LabelFamily: [String]] = [:]
        var valid = true
        for family in LabelFamily.allCases {
            guard let items = expected.list(family.rawValue) else { continue }
            let keyPlace = ValidationMessage.key(family.rawValue, of: place)
            var ids: [String] = []
            for item in items {
                guard let text = scalarText(item, what: keyPlace, sink: sink) else { valid = false; continue }
                guard family.termIDs.contains(text) else {
                    sink.error(.unknownTerm, ["key": .text(family.rawValue), "value": .text(text), "place": .message(place),
                                             "suggestion": Suggestion.phrase(for: text, in: family.termIDs),
                                             "allowed": .text(family.termIDs.joined(separator: ", "))], at: item.mark)
                    valid = false
                    continue
                }
                if !ids.contains(text) { ids.append(text) }
            }
            if !ids.isEmpty { result[family] = ids }
        }
        if valid, let subForms = result[.subForm] {
            let mechanisms = result[.mechanism] ?? []
            for id in subForms {
                guard let subForm = MechanismSubForm.term(id: id), !mechanisms.isEmpty, !mechanisms.contains(subForm.mechanism.id) else { continue }
                sink.add(.error, Message(EvaluationMessage.subFormOfOtherMechanism, [
                    "place": .message(place), "subForm": .text(id), "mechanism": .text(subForm.mechanism.id),
                ]), at: expected.value("sub_form")?.mark)
                valid = false
            }
        }
        if valid, result.isEmpty {
            sink.add(.error, Message(EvaluationMessage.nothingExpected, ["place": .message(place)]), at: expected.mark)
            return nil
        }
        if valid, let target {
            let needsInterface = result.keys.contains { $0.isInterfaceFamily }
            if needsInterface && target.interfaceID == nil {
                sink.add(.error, Message(EvaluationMessage.typeNeedsInterface, ["place": .message(place)]), at: expected.mark)
                valid = false
            }
        }
        return valid ? result : nil
    }
}
