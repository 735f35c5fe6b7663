/// The classifier's result for one case of the answer key, next to the report's labels.
public struct EvaluationCaseResult: Hashable, Sendable {
    /// The case.
    public var evaluationCase: EvaluationCase
    /// What the classifier gives, per family (ids of the family's terms), over every year of the alliance.
    public var predicted: [LabelFamily: [String]]
    /// The ids of the rules that gave them, per family.
    public var rules: [LabelFamily: [String]]

    /// The report's labels of `family` (empty: the family is not compared for this case).
    public func expected(_ family: LabelFamily) -> [String] { evaluationCase.expected[family] ?? [] }

    /// The classifier's labels of `family`.
    public func predicted(_ family: LabelFamily) -> [String] { predicted[family] ?? [] }

    /// The report's labels of `family` the classifier gives too.
    public func found(_ family: LabelFamily) -> [String] { expected(family).filter(predicted(family).contains) }

    /// The classifier's labels of `family` the report does not give.
    public func extra(_ family: LabelFamily) -> [String] {
        evaluationCase.expected[family] == nil ? [] : predicted(family).filter { !expected(family).contains($0) }
    }

    /// Whether the case is compared in `family` and the classifier gives exactly the report's labels.
    public func agrees(_ family: LabelFamily) -> Bool {
        Set(expected(family)) == Set(predicted(family))
    }
}

/// The agreement of the classifier with the report in one label family.
public struct FamilyAgreement: Hashable, Sendable {
    /// The family.
    public var family: LabelFamily
    /// The cases that give labels of this family.
    public var cases: Int
    /// The report's labels of this family, summed over the cases.
    public var expectedLabels: Int
    /// Of those, the ones the classifier gives too.
    public var foundLabels: Int
    /// The cases where the classifier gives exactly the report's labels.
    public var exactCases: Int
    /// The classifier's labels the report does not give, summed over the cases.
    public var extraLabels: Int

    /// Found labels per expected label; `nil` without labels.
    public var agreement: Double? { expectedLabels == 0 ? nil : Double(foundLabels) / Double(expectedLabels) }
    /// Exact cases per case; `nil` without cases.
    public var exactRate: Double? { cases == 0 ? nil : Double(exactCases) / Double(cases) }
}

/// One cell of a confusion table: how often the report gave `expected` where the classifier gave
/// `predicted` (`nil`: no label on that side).
public struct ConfusionCell: Hashable, Sendable {
    /// The report's label, or `nil` for a label the classifier added.
    public var expected: String?
    /// The classifier's label, or `nil` where it gave none in place of the report's.
    public var predicted: String?
    /// How often.
    public var count: Int
}

/// Which cases a figure counts.
public enum EvaluationScope: String, Sendable, CaseIterable, Codable, LabelledTerm {
    /// Every case of the answer key.
    case all
    /// Cases whose labels the passage names (basis `explicit`) and where the report is neither
    /// ambiguous nor inconsistent.
    case explicit

    public var label: Label {
        switch self {
        case .all: Label(de: "alle Fälle", en: "all cases")
        case .explicit: Label(de: "ausdrücklich und eindeutig", en: "explicit and unambiguous")
        }
    }

    /// Whether the scope counts `evaluationCase`.
    public func includes(_ evaluationCase: EvaluationCase) -> Bool {
        switch self {
        case .all: true
        case .explicit: evaluationCase.basis == .explicit && !evaluationCase.isAmbiguous && !evaluationCase.isInconsistent
        }
    }
}

/// The classifier run on an evaluation corpus and compared with the report's labels, per label
/// family (`alliance classify --evaluate FOLDER`; docs/VALIDITY.md).
///
/// For each case the alliance is classified over all its years (with interface discovery, as
/// `alliance classify` does by default). The type and the strategy are read from the interface of
/// the case's target (a coded interface, or the one derived from a situation, `situation:<id>`);
/// the mechanism and the sub-form from the target relation's mechanism findings (the relation
/// itself and every actor's contextual finding), else from the interface's. A case agrees in a
/// family when the classifier gives exactly the report's labels; the agreement of a family is the
/// share of the report's labels the classifier gives.
public struct CorpusEvaluation: Sendable {
    /// The answer key.
    public var key: EvaluationKey
    /// One result per case the corpus could answer, in key order.
    public var results: [EvaluationCaseResult]
    /// Cases naming an alliance, situation, interface or relation the corpus does not have
    /// (file:line:column of the answer key). Those cases are left out of the figures.
    public var diagnostics: [Diagnostic]

    /// Classifies `alliances` and compares with `key`.
    /// - Complexity: one classification of each alliance named by the key, over all its years.
    public init(key: EvaluationKey, alliances: [Alliance]) {
        self.key = key
        var byID: [AllianceID: Alliance] = [:]
        for alliance in alliances where byID[alliance.id] == nil { byID[alliance.id] = alliance }
        var reports: [AllianceID: ClassificationReport.AllianceResult] = [:]
        var results: [EvaluationCaseResult] = []
        var diagnostics: [Diagnostic] = []
        for evaluationCase in key.cases {
            guard let alliance = byID[evaluationCase.alliance] else {
                diagnostics.append(Self.problem(.unknownAlliance, evaluationCase, "alliance", id: evaluationCase.alliance.rawValue,
                                                alliance: nil, candidates: byID.keys.map(\.rawValue).sorted(), key: key))
                continue
            }
            let problems = Self.check(evaluationCase, in: alliance, key: key)
            guard problems.isEmpty else { diagnostics += problems; continue }
            let report = reports[alliance.id] ?? ClassificationReport(alliances: [alliance]).alliances[0]
            reports[alliance.id] = report
            results.append(Self.result(evaluationCase, report))
        }
        self.results = results
        self.diagnostics = diagnostics
    }

    /// The agreement in `family` over the cases of `scope`.
    public func agreement(_ family: LabelFamily, scope: EvaluationScope = .all) -> FamilyAgreement {
        var figures = FamilyAgreement(family: family, cases: 0, expectedLabels: 0, foundLabels: 0, exactCases: 0, extraLabels: 0)
        for result in results where result.evaluationCase.expected[family] != nil && scope.includes(result.evaluationCase) {
            figures.cases += 1
            figures.expectedLabels += result.expected(family).count
            figures.foundLabels += result.found(family).count
            figures.extraLabels += result.extra(family).count
            if result.agrees(family) { figures.exactCases += 1 }
        }
        return figures
    }

    /// The confusion table of `family` over the cases of `scope`: a label both give counts on the
    /// diagonal; the report's labels the classifier missed are paired, in order, with the labels it
    /// gave instead, and the rest with no label.
    public func confusion(_ family: LabelFamily, scope: EvaluationScope = .all) -> [ConfusionCell] {
        var counts: [ConfusionCell: Int] = [:]
        var order: [ConfusionCell] = []
        func add(_ expected: String?, _ predicted: String?) {
            let cell = ConfusionCell(expected: expected, predicted: predicted, count: 0)
            if counts[cell] == nil { order.append(cell) }
            counts[cell, default: 0] += 1
        }
        for result in results where result.evaluationCase.expected[family] != nil && scope.includes(result.evaluationCase) {
            for label in result.found(family) { add(label, label) }
            let missed = result.expected(family).filter { !result.found(family).contains($0) }
            let extra = result.extra(family)
            for index in 0..<max(missed.count, extra.count) {
                add(index < missed.count ? missed[index] : nil, index < extra.count ? extra[index] : nil)
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: family.termIDs.enumerated().map { ($1, $0) })
        func position(_ id: String?) -> Int { id.flatMap { rank[$0] } ?? Int.max }
        return order.map { ConfusionCell(expected: $0.expected, predicted: $0.predicted, count: counts[$0] ?? 0) }
            .sorted { (position($0.expected), position($0.predicted)) < (position($1.expected), position($1.predicted)) }
    }

    /// The cases and families where the classifier does not give exactly the report's labels.
    public var disagreements: [(result: EvaluationCaseResult, family: LabelFamily)] {
        results.flatMap { result in
            LabelFamily.allCases.filter { result.evaluationCase.expected[$0] != nil && !result.agrees($0) }.map { (result, $0) }
        }
    }

    // MARK: - Reading the classifier's result

    private static func result(_ evaluationCase: EvaluationCase, _ report: ClassificationReport.AllianceResult) -> EvaluationCaseResult {
        var predicted: [LabelFamily: [String]] = [:]
        var rules: [LabelFamily: [String]] = [:]
        func add(_ family: LabelFamily, _ id: String, rule: String?) {
            if !(predicted[family] ?? []).contains(id) { predicted[family, default: []].append(id) }
            if let rule, !(rules[family] ?? []).contains(rule) { rules[family, default: []].append(rule) }
        }
        let target = evaluationCase.target
        for year in report.years {
            if let interfaceID = target.interfaceID {
                for coverage in year.coverage.interfaces where coverage.classification.interface.id == interfaceID {
                    for finding in EvaluationReading.types(of: coverage.classification) {
                        add(.type, finding.type.id, rule: finding.rule)
                        add(.strategy, finding.type.strategy.id, rule: finding.rule)
                    }
                    if target.relation == nil {
                        for (mechanism, rule) in EvaluationReading.mechanisms(of: coverage.classification) { addMechanism(mechanism, rule) }
                    }
                }
            }
            if let relation = target.relation {
                for finding in year.coverage.mechanisms where finding.relation == relation {
                    for (mechanism, rule) in EvaluationReading.mechanisms(of: finding) { addMechanism(mechanism, rule) }
                }
            }
        }
        func addMechanism(_ mechanism: CodedMechanism, _ rule: String?) {
            add(.mechanism, mechanism.mechanism.id, rule: rule)
            if let subForm = mechanism.subForm { add(.subForm, subForm.id, rule: rule) }
        }
        // Keep each family's labels in the family's declared order.
        for family in LabelFamily.allCases {
            if let ids = predicted[family] { predicted[family] = family.termIDs.filter(ids.contains) }
        }
        return EvaluationCaseResult(evaluationCase: evaluationCase, predicted: predicted, rules: rules)
    }

    // MARK: - Checks against the corpus

    private static func check(_ evaluationCase: EvaluationCase, in alliance: Alliance, key: EvaluationKey) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let target = evaluationCase.target
        if let id = target.situation, !alliance.situations.contains(where: { $0.id == id }) {
            problems.append(problem(.unknownSituation, evaluationCase, "target.situation", id: id.rawValue, alliance: alliance,
                                    candidates: alliance.situations.map(\.id.rawValue), key: key))
        }
        if let id = target.interface, !alliance.interfaces.contains(where: { $0.id == id }) {
            problems.append(problem(.unknownInterface, evaluationCase, "target.interface", id: id.rawValue, alliance: alliance,
                                    candidates: alliance.interfaces.map(\.id.rawValue), key: key))
        }
        if let id = target.relation, !alliance.relations.contains(where: { $0.id == id }) {
            problems.append(problem(.unknownRelation, evaluationCase, "target.relation", id: id.rawValue, alliance: alliance,
                                    candidates: alliance.relations.map(\.id.rawValue), key: key))
        }
        return problems
    }

    private static func problem(_ message: EvaluationMessage, _ evaluationCase: EvaluationCase, _ keyPath: String, id: String,
                                alliance: Alliance?, candidates: [String], key: EvaluationKey) -> Diagnostic {
        var arguments: [String: MessageArgument] = [
            "place": .message(Message(EvaluationMessage.placeNamedCase, ["id": .text(evaluationCase.id)])),
            "id": .text(id), "suggestion": Suggestion.phrase(for: id, in: candidates),
        ]
        if let alliance { arguments["alliance"] = .text(alliance.id.rawValue) }
        return Diagnostic(.error, Message(message, arguments), at: evaluationCase.keyLocations[keyPath] ?? evaluationCase.location,
                          file: key.file)
    }
}

/// How the evaluation reads the classifier's findings (docs/VALIDITY.md, "How the figures are
/// counted"): the classifier returns every type and mechanism the facts support, each with a
/// confidence; the evaluation counts the findings above *weak* (coded or derived) and falls back to
/// the weak ones only where there is nothing better, and for mechanisms leaves out the format's
/// default where an observation or context rule gives a finding.
enum EvaluationReading {
    /// The interface types the classification gives, with the rule of each.
    static func types(of classification: InterfaceClassification) -> [(type: InterfaceType, rule: String?)] {
        if !classification.codedTypes.isEmpty { return classification.codedTypes.map { ($0, "coded") } }
        let strong = classification.findings.filter { $0.confidence > .weak }
        return (strong.isEmpty ? classification.findings : strong).map { ($0.type, $0.rule.rawValue) }
    }

    /// The mechanisms an interface's own observations give (a situation's or coded interface's).
    static func mechanisms(of classification: InterfaceClassification) -> [(CodedMechanism, String?)] {
        preferred(classification.mechanisms)
    }

    /// The mechanisms of one relation finding (the relation itself or one actor's contextual finding).
    static func mechanisms(of classification: MechanismClassification) -> [(CodedMechanism, String?)] {
        if let coded = classification.coded { return [(coded, "coded")] }
        let found = preferred(classification.findings)
        if found.isEmpty, let inferred = classification.inferred { return [(inferred, classification.rule)] }
        return found
    }

    /// The findings that are not the format's default, else the defaults.
    private static func preferred(_ findings: [MechanismFinding]) -> [(CodedMechanism, String?)] {
        let observed = findings.filter { !$0.isDefault }
        return (observed.isEmpty ? findings : observed).map { ($0.mechanism, $0.rule) }
    }
}
