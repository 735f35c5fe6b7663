/// Classifies the coordination mechanism (Koordinationsmechanismus) of relations.
///
/// A coded mechanism wins; otherwise observed behaviours decide (one rule `observation.<code>`
/// per observation code of the vocabulary; several on one relation resolve by
/// ``MechanismRules/precedence``, all reported); otherwise the first matching row of
/// ``MechanismRules/table`` gives a default, marked as such (confidence weak). All are kept so
/// that disagreement between coded and inferred values can be reported.
public struct MechanismClassifier: Sendable {
    /// The alliance and vocabulary.
    public let context: ClassificationContext

    /// Creates a classifier for one alliance.
    public init(context: ClassificationContext) {
        self.context = context
    }

    /// The mechanism in force for `relation` — the coded one, else the observed one in force
    /// (``MechanismRules/precedence``), else the one the first matching row of
    /// ``MechanismRules/table`` gives — and where it comes from, without the explanation
    /// text. This is what the network analysis uses; the contextual rule
    /// (``MechanismRules/adaptation``) describes an actor's stance and does not change it.
    public func mechanism(of relation: Relation) -> (mechanism: CodedMechanism?, source: ResultSource) {
        if let coded = relation.mechanism { return (coded, .coded) }
        let observed = relation.observations.compactMap { MechanismRules.rule(for: $0, in: context.vocabulary)?.result }
        if !observed.isEmpty {
            let best = observed.enumerated().min { a, b in
                let pa = MechanismRules.precedence.firstIndex(of: a.element.mechanism)!, pb = MechanismRules.precedence.firstIndex(of: b.element.mechanism)!
                return pa != pb ? pa < pb : a.offset < b.offset
            }!.element
            return (best, .inferred)
        }
        guard let rule = MechanismRules.rule(for: relation, in: context) else { return (nil, .none) }
        return (rule.result, .inferred)
    }

    /// The mechanism of one relation, regardless of year: observation rules first (a code in the
    /// vocabulary decides; several resolve by ``MechanismRules/precedence``), the format table
    /// as the default (confidence weak); a coded mechanism wins over both.
    public func classify(_ relation: Relation) -> MechanismClassification {
        let facts: [String: MessageArgument] = [
            "format": .label(context.formatLabel(relation.format)), "actors": context.namesArgument(relation.actors),
        ]
        let observed = MechanismRules.findings(relation.observations, in: context)
        var findings = observed
        if let rule = MechanismRules.rule(for: relation, in: context) {
            findings.append(MechanismFinding(mechanism: rule.result, rule: rule.id, confidence: .weak, isDefault: true,
                                             explanation: Message(ClassificationMessage.mechanismRule,
                                                                  facts.merging(["rule": .text(rule.id), "reason": .message(rule.reason)]) { a, _ in a })))
        }
        let used = MechanismRules.strongest(observed) ?? findings.first
        let explanation: Message
        switch (relation.mechanism, used) {
        case (let coded?, _):
            explanation = Message(ClassificationMessage.mechanismCoded, facts.merging(["mechanism": coded.argument]) { a, _ in a })
        case (nil, let used?) where !used.isDefault:
            explanation = Message(ClassificationMessage.mechanismObserved, facts.merging([
                "observations": .joined(observed.map { .message($0.explanation) }, separator: "; "),
            ]) { a, _ in a })
        case (nil, let used?):
            explanation = used.explanation
        case (nil, nil):
            explanation = Message(ClassificationMessage.mechanismNoRule, facts)
        }
        return MechanismClassification(
            relation: relation.id, format: relation.format, actors: relation.actors, perspective: nil,
            coded: relation.mechanism, inferred: used?.mechanism, rule: used?.rule, findings: findings, explanation: explanation,
            disagreement: Self.disagreement(coded: relation.mechanism, inferred: used?.mechanism, rule: used?.rule),
            conflict: MechanismRules.conflict(observed, used: used))
    }

    /// The mechanisms in `year`: one per relation holding then, followed by the contextual
    /// findings of ``MechanismRules/adaptation``.
    public func classify(year: Int) -> [MechanismClassification] {
        let relations = context.alliance.snapshot(year: year).relations
        let results = relations.map(classify)
        return results + adaptationFindings(results, relations: relations)
    }

    /// Applies the contextual adaptation rule to the relations of one year.
    private func adaptationFindings(_ results: [MechanismClassification], relations: [Relation]) -> [MechanismClassification] {
        let rule = MechanismRules.adaptation
        var findings: [MechanismClassification] = []
        for (relation, result) in zip(relations, results) {
            guard relation.format == rule.format, rule.condition.holds(for: relation, in: context),
                  result.effective?.subForm == .encroachment,
                  case .directed(let from, let to) = relation.ends else { continue }
            let checkers = from.filter(context.isMigrationAuthority)
            for receiver in to where !checkers.contains(receiver) {
                let channel = zip(relations, results).contains { other, otherResult in
                    other.id != relation.id && other.actors.contains(receiver)
                        && other.actors.contains(where: checkers.contains)
                        && (otherResult.effective?.mechanism.needsCommunication ?? false)
                }
                guard !channel else { continue }
                let explanation = Message(ClassificationMessage.mechanismAdaptation, [
                    "receiver": context.nameArgument(receiver), "checkers": context.namesArgument(checkers),
                    "rule": .text(rule.id), "reason": .message(rule.reason),
                ])
                findings.append(MechanismClassification(
                    relation: relation.id, format: relation.format, actors: relation.actors, perspective: receiver,
                    coded: nil, inferred: rule.result, rule: rule.id, findings: [MechanismFinding(
                        mechanism: rule.result, rule: rule.id, confidence: .weak, isDefault: false, explanation: explanation)],
                    explanation: explanation, disagreement: nil))
            }
        }
        return findings
    }

    /// What differs between a coded and an inferred mechanism, if both are known and differ.
    static func disagreement(coded: CodedMechanism?, inferred: CodedMechanism?, rule: String?) -> Message? {
        guard let coded, let inferred else { return nil }
        let differs = coded.mechanism != inferred.mechanism
            || (coded.subForm != nil && inferred.subForm != nil && coded.subForm != inferred.subForm)
        guard differs else { return nil }
        return Message(ClassificationMessage.mechanismDisagreement, [
            "coded": coded.argument, "rule": .text(rule ?? "?"), "inferred": inferred.argument,
        ])
    }
}
