/// The tables of a ``CorpusEvaluation`` (names in its ``TableDocument``, values of `--table` with
/// `alliance classify --evaluate`).
public enum EvaluationTable: String, Sendable, CaseIterable, Codable {
    /// One row per label family and scope: cases, labels, found, agreement, exact cases, extra labels.
    case agreement
    /// One row per family and pair of labels (report, inferred) with its count.
    case confusion
    /// One row per case and family where the classifier does not give exactly the report's labels.
    case disagreements
}

extension CorpusEvaluation {
    /// The evaluation as a document: the figures per family (all cases, and the explicit and
    /// unambiguous ones), a confusion table per family and every disagreement with the rule that
    /// fired and the answer key's note. Text and Markdown show the confusion tables as matrices
    /// (report's label by row, classifier's by column); CSV and JSON as one row per cell.
    public func document(_ language: Language) -> TableDocument {
        let l = language
        func word(_ key: EvaluationMessage) -> String { key.text(l) }
        func labels(_ family: LabelFamily, _ ids: [String]) -> String {
            ids.isEmpty ? word(.none) : ids.map { family.termLabel($0).text(l) }.joined(separator: ", ")
        }
        func term(_ family: LabelFamily, _ id: String?) -> TableCell {
            guard let id else { return .text(word(.none)) }
            return .term(id: id, label: family.termLabel(id).text(l))
        }

        // Agreement per family and scope.
        let agreementTable = ResultTable(
            name: EvaluationTable.agreement.rawValue, title: word(.summaryTitle),
            columns: [
                ResultTable.Column("family", word(.family)), ResultTable.Column("scope", word(.scope)),
                ResultTable.Column("cases", word(.cases)), ResultTable.Column("labels", word(.expectedLabels)),
                ResultTable.Column("found", word(.foundLabels)),
                ResultTable.Column("agreement", word(.agreement), decimals: 0, displayScale: 100, displaySuffix: " %"),
                ResultTable.Column("exact_cases", word(.exactCases)), ResultTable.Column("extra", word(.extraLabels)),
            ],
            rows: EvaluationScope.allCases.flatMap { scope in
                LabelFamily.allCases.map { family -> [TableCell] in
                    let figures = agreement(family, scope: scope)
                    return [.term(id: family.id, label: family.label.text(l)), .term(id: scope.id, label: scope.label.text(l)),
                            .int(figures.cases), .int(figures.expectedLabels), .int(figures.foundLabels),
                            .number(figures.agreement), .int(figures.exactCases), .int(figures.extraLabels)]
                }
            })

        // Confusion, long form (CSV, JSON) and as matrices (text, Markdown).
        var confusionRows: [[TableCell]] = []
        var matrices: [ResultTable] = []
        for family in LabelFamily.allCases {
            let cells = confusion(family)
            confusionRows += cells.map { [.term(id: family.id, label: family.label.text(l)), term(family, $0.expected),
                                          term(family, $0.predicted), .int($0.count)] }
            guard !cells.isEmpty else { continue }
            let used = family.termIDs.filter { id in cells.contains { $0.expected == id || $0.predicted == id } }
            let rowsIDs: [String?] = used.filter { id in cells.contains { $0.expected == id } } + (cells.contains { $0.expected == nil } ? [nil] : [])
            let columnIDs: [String?] = used.filter { id in cells.contains { $0.predicted == id } } + (cells.contains { $0.predicted == nil } ? [nil] : [])
            let columns = [ResultTable.Column("expected", word(.expectedColumn) + " \\ " + word(.predictedColumn))]
                + columnIDs.map { ResultTable.Column($0 ?? "none", $0.map { family.termLabel($0).text(l) } ?? word(.none)) }
            let rows: [[TableCell]] = rowsIDs.map { expected in
                [.text(expected.map { family.termLabel($0).text(l) } ?? word(.none))] + columnIDs.map { predicted in
                    .int(cells.first { $0.expected == expected && $0.predicted == predicted }?.count ?? 0)
                }
            }
            matrices.append(ResultTable(name: "confusion_\(family.id)",
                                        title: EvaluationMessage.confusionTitle.text(l, ["family": .label(family.label)]),
                                        columns: columns, rows: rows))
        }
        let confusionTable = ResultTable(
            name: EvaluationTable.confusion.rawValue, title: word(.confusionTitle),
            columns: [ResultTable.Column("family", word(.family)), ResultTable.Column("expected", word(.expectedColumn)),
                      ResultTable.Column("predicted", word(.predictedColumn)), ResultTable.Column("count", word(.count))],
            rows: confusionRows)

        // Disagreements.
        let list = disagreements
        let disagreementTable = ResultTable(
            name: EvaluationTable.disagreements.rawValue, title: word(.disagreementsTitle),
            columns: [ResultTable.Column("case", word(.caseColumn)), ResultTable.Column("lines", word(.lines)),
                      ResultTable.Column("alliance", TableMessage.alliance.text(l)), ResultTable.Column("family", word(.family)),
                      ResultTable.Column("expected", word(.expectedColumn)), ResultTable.Column("predicted", word(.predictedColumn)),
                      ResultTable.Column("rule", word(.rule)), ResultTable.Column("basis", word(.basis)),
                      ResultTable.Column("note", word(.note), detail: true)],
            rows: list.map { result, family in
                let c = result.evaluationCase
                return [.text(c.id), .text(c.lineText), .text(c.alliance.rawValue), .term(id: family.id, label: family.label.text(l)),
                        .list(result.expected(family)), .list(result.predicted(family)), .list(result.rules[family] ?? []),
                        .term(id: c.basis.id, label: c.basis.label.text(l)), .text(c.note)]
            })

        var blocks: [TableDocument.Block] = [
            .heading(word(.title), level: 1),
            .lines([EvaluationMessage.casesLine.text(l, ["cases": .int(results.count), "file": .text(key.file),
                                                         "labels": .int(results.reduce(0) { $0 + $1.evaluationCase.expected.values.reduce(0) { $0 + $1.count } })])]),
            .table(agreementTable),
        ]
        blocks += matrices.map(TableDocument.Block.table)
        blocks.append(.heading(word(.disagreementsTitle), level: 2))
        if list.isEmpty {
            blocks.append(.lines([word(.noDisagreement)]))
        } else {
            blocks.append(.lines(list.flatMap { result, family -> [String] in
                let c = result.evaluationCase
                var marks: [String] = []
                if c.isAmbiguous { marks.append(word(.ambiguousMark)) }
                if c.isInconsistent { marks.append(word(.inconsistentMark)) }
                let line = EvaluationMessage.disagreementLine.text(l, [
                    "case": .text(c.id), "lines": .text(c.lineText), "family": .label(family.label),
                    "expected": .text(labels(family, result.expected(family))), "predicted": .text(labels(family, result.predicted(family))),
                    "rule": .text((result.rules[family] ?? []).isEmpty ? word(.none) : (result.rules[family] ?? []).joined(separator: ", ")),
                ]) + (marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")")
                return ["- " + line] + (c.note.map { ["  " + $0] } ?? [])
            }))
        }
        return TableDocument(tables: [agreementTable, confusionTable, disagreementTable], blocks: blocks,
                             metadata: ["language": .text(l.rawValue)])
    }
}
