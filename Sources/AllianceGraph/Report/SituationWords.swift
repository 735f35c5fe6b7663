/// Situations, conditions of responsibility and observations in words, for `alliance show` and
/// `alliance vocab`.
extension WholeNumberInterval {
    /// The range in words: `16`, `14–17`, "ab 18" / "from 18", "bis 17" / "up to 17".
    func words(_ language: Language) -> String {
        switch (lowerBound, upperBound) {
        case let (lower?, upper?) where lower == upper: "\(lower)"
        case let (lower?, upper?): "\(lower)–\(upper)"
        case let (lower?, nil): ReportMessage.rangeFrom.text(language, ["value": .int(lower)])
        case let (nil, upper?): ReportMessage.rangeUpTo.text(language, ["value": .int(upper)])
        case (nil, nil): "–"
        }
    }
}

extension ResponsibilityCondition {
    /// The condition in words, its dimensions joined by "und" / "and", e.g. "Alter ab 18 und
    /// Rechtsgrundlage SGB II"; statuses and legal bases by their labels (abbreviations where customary)
    /// in `vocabulary`. An unrestricted condition gives "ohne Bedingung" / "without condition".
    public func words(in vocabulary: Vocabulary, language: Language) -> String {
        func either(_ items: [String]) -> String {
            items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + ReportMessage.or.text(language) + items.last!
        }
        var parts: [String] = []
        if let age { parts.append(ReportMessage.conditionAge.text(language, ["range": .text(age.words(language))])) }
        if let residence {
            let names = residence.map { vocabulary.residenceStatus($0)?.label.text(language) ?? $0.rawValue }
            parts.append(ReportMessage.conditionResidence.text(language, ["statuses": .text(either(names))]))
        }
        if let legalBasis {
            let names = legalBasis.map { id in
                vocabulary.legalBasis(id).map { $0.label.abbreviation ?? $0.label.text(language) } ?? id.rawValue
            }
            parts.append(ReportMessage.conditionLegalBasis.text(language, ["bases": .text(either(names))]))
        }
        if let programmeMonths {
            parts.append(ReportMessage.conditionProgrammeMonths.text(language, ["range": .text(programmeMonths.words(language))]))
        }
        guard !parts.isEmpty else { return ReportMessage.withoutCondition.text(language) }
        return MessageArgument.and(parts.map { .text($0) }).text(language)
    }
}

extension Responsibility {
    /// The actor's part in words: "zuständig, wenn Alter bis 17", "zuständig nach Kernauftrag",
    /// "beteiligt, nicht zuständig".
    public func words(in vocabulary: Vocabulary, language: Language) -> String {
        guard isResponsible else { return ReportMessage.notResponsible.text(language) }
        guard let condition else { return ReportMessage.responsibleByMandate.text(language) }
        if condition.isUnrestricted { return ReportMessage.responsibleAlways.text(language) }
        return ReportMessage.responsibleWhen.text(language, ["condition": .text(condition.words(in: vocabulary, language: language))])
    }
}

extension Observation {
    /// The observation in words: the code's label, who showed it and the note, e.g.
    /// "Ruft andere Stellen zum Handeln auf (KI: lädt früh ein)".
    func words(in vocabulary: Vocabulary, language: Language, actorName: (ActorID) -> String) -> String {
        let label = vocabulary.observationCode(code)?.label.text(language) ?? code.rawValue
        let detail = [by.map(actorName), note].compactMap { $0 }.joined(separator: ": ")
        return label + (detail.isEmpty ? "" : " (\(detail))")
    }
}
