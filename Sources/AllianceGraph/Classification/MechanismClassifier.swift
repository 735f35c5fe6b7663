/// Classifies the coordination mechanism (Koordinationsmechanismus) of relations.
///
/// A coded mechanism wins; otherwise the first matching row of ``MechanismRules/table`` is
/// used. Both are kept so that disagreement between coded and inferred values can be reported.
public struct MechanismClassifier: Sendable {
    /// The alliance and vocabulary.
    public let context: ClassificationContext

    /// Creates a classifier for one alliance.
    public init(context: ClassificationContext) {
        self.context = context
    }

    /// The mechanism in force for `relation` — the coded one, else the one the first matching
    /// row of ``MechanismRules/table`` gives — and where it comes from, without the explanation
    /// text. This is what the network analysis uses; the contextual rule
    /// (``MechanismRules/adaptation``) describes an actor's stance and does not change it.
    public func mechanism(of relation: Relation) -> (mechanism: CodedMechanism?, source: ResultSource) {
        if let coded = relation.mechanism { return (coded, .coded) }
        guard let rule = MechanismRules.rule(for: relation, in: context) else { return (nil, .none) }
        return (rule.result, .inferred)
    }

    /// The mechanism of one relation, regardless of year.
    public func classify(_ relation: Relation) -> MechanismClassification {
        let rule = MechanismRules.rule(for: relation, in: context)
        let inferred = rule?.result
        let facts: [String: MessageArgument] = [
            "format": .label(context.formatLabel(relation.format)), "actors": context.namesArgument(relation.actors),
        ]
        let explanation: Message
        switch (relation.mechanism, rule) {
        case (let coded?, _):
            explanation = Message(ClassificationMessage.mechanismCoded, facts.merging(["mechanism": coded.argument]) { a, _ in a })
        case (nil, let rule?):
            explanation = Message(ClassificationMessage.mechanismRule,
                                  facts.merging(["rule": .text(rule.id), "reason": .message(rule.reason)]) { a, _ in a })
        case (nil, nil):
            explanation = Message(ClassificationMessage.mechanismNoRule, facts)
        }
        return MechanismClassification(
            relation: relation.id, format: relation.format, actors: relation.actors, perspective: nil,
            coded: relation.mechanism, inferred: inferred, rule: rule?.id, explanation: explanation,
            disagreement: Self.disagreement(coded: relation.mechanism, inferred: inferred, rule: rule?.id))
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
                findings.append(MechanismClassification(
                    relation: relation.id, format: relation.format, actors: relation.actors, perspective: receiver,
                    coded: nil, inferred: rule.result, rule: rule.id,
                    explanation: Message(ClassificationMessage.mechanismAdaptation, [
                        "receiver": context.nameArgument(receiver), "checkers": context.namesArgument(checkers),
                        "rule": .text(rule.id), "reason": .message(rule.reason),
                    ]),
                    disagreement: nil))
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
