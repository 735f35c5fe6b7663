/// The report as a ``TableDocument``: the readable report (text, Markdown) and four tables
/// (``ClassificationTable``) with ids and labels in one language (CSV, JSON).
extension ClassificationReport {
    /// The whole report: text and Markdown show the readable report, JSON holds `language`,
    /// `discovery` and the four tables, CSV needs one table (``TableDocument/only(_:)``).
    public func document(_ language: Language) -> TableDocument {
        TableDocument(tables: ClassificationTable.allCases.map { table($0, language) }, blocks: blocks(language),
                      metadata: ["language": .text(language.rawValue), "discovery": .bool(discover)])
    }

    /// One table of the report. Rates and their change are shares (`0...1`) with 4 decimals in
    /// CSV and JSON, shown in text and Markdown as whole percentages and percentage points with
    /// one decimal; each rate's denominator is the `classified` column.
    public func table(_ table: ClassificationTable, _ language: Language) -> ResultTable {
        switch table {
        case .interfaces: interfaceTable(language)
        case .mechanisms: mechanismTable(language)
        case .chains: chainTable(language)
        case .rates: rateTable(language)
        }
    }

    private func col(_ id: String, _ header: TableMessage, _ language: Language, detail: Bool = false) -> ResultTable.Column {
        ResultTable.Column(id, header.text(language), detail: detail)
    }

    private func interfaceTable(_ l: Language) -> ResultTable {
        let columns = [
            col("alliance", .alliance, l), col("year", .year, l), col("interface", .interface, l),
            col("origin", .origin, l, detail: true), col("actors", .actors, l),
            col("actor_names", .actorNames, l, detail: true), col("topic", .topic, l), col("type", .type, l),
            col("types", .types, l, detail: true),
            col("source", .source, l), col("confidence", .confidence, l), col("coded_type", .codedType, l, detail: true),
            col("inferred_type", .inferredType, l, detail: true), col("inferred_types", .inferredTypes, l, detail: true),
            col("rule", .rule, l, detail: true), col("findings", .findings, l, detail: true),
            col("situation", .situation, l, detail: true), col("observed_mechanism", .observedMechanism, l),
            col("observed_rules", .observedRules, l, detail: true),
            col("problem", .problem, l, detail: true), col("strategy", .strategy, l),
            col("order", .order, l, detail: true), col("coverage", .coverage, l),
            col("covered_by", .coveredBy, l), col("warning_sign", .warningSign, l),
            col("disagreement", .disagreement, l, detail: true),
            col("explanation", .reason, l, detail: true),
            col("coverage_explanation", .coverageReason, l, detail: true),
        ]
        let rows: [[TableCell]] = alliances.flatMap { a in a.years.flatMap { y in y.coverage.interfaces.map { item in
            let c = item.classification
            return [
                .text(a.id.rawValue), .int(y.year), .text(c.interface.id.rawValue), .term(id: c.origin.id, label: c.origin.label.text(l)),
                .list(c.interface.actors.map(\.rawValue)), .list(c.interface.actors.map { a.context.name($0, l) }),
                .term(c.interface.topic?.rawValue, c.interface.topic.map { a.context.topicLabel($0).text(l) }),
                .term(c.type?.id, c.type?.label.text(l)), .list(c.types.map(\.id)), .term(id: c.source.id, label: c.source.label.text(l)),
                .term(c.confidence?.id, c.confidence?.label.text(l)),
                .text(c.codedType?.id), .text(c.inferredType?.id), .list(c.inferredTypes.map(\.id)), .term(c.rule?.id, c.rule?.label.text(l)),
                .list(c.findings.map { ([$0.type.id, $0.rule.id, $0.confidence.id] + $0.change.map(\.rawValue)).joined(separator: ":") }),
                .text(c.situation?.rawValue), .term(c.mechanism?.mechanism.description, c.mechanism?.mechanism.text(l)),
                .list(c.mechanisms.map(\.rule)),
                .text(c.typicalProblem?.text(l)), .term(c.strategy?.id, c.strategy?.label.text(l)), .list(c.order.map(\.rawValue)),
                .term(id: item.status.id, label: item.status.label.text(l)), .list(item.coveredBy.map(\.rawValue)),
                .bool(item.isWarningSign), .text(c.disagreement?.text(l)), .text(c.explanation.text(l)), .text(item.explanation.text(l)),
            ]
        } } }
        return ResultTable(name: ClassificationTable.interfaces.rawValue, title: TableMessage.interfacesTitle.text(l),
                           columns: columns, rows: rows)
    }

    private func mechanismTable(_ l: Language) -> ResultTable {
        let columns = [
            col("alliance", .alliance, l), col("year", .year, l), col("relation", .relation, l),
            col("format", .format, l), col("actors", .actors, l), col("perspective", .perspective, l),
            col("mechanism", .mechanism, l), col("sub_form", .subForm, l, detail: true),
            col("source", .source, l), col("confidence", .confidence, l), col("default", .isDefault, l, detail: true),
            col("coded", .coded, l, detail: true),
            col("inferred", .inferred, l, detail: true), col("rule", .rule, l, detail: true),
            col("rules", .rules, l, detail: true), col("conflict", .conflict, l, detail: true),
            col("warning_sign", .warningSign, l), col("disagreement", .disagreement, l, detail: true),
            col("explanation", .reason, l, detail: true),
        ]
        let rows: [[TableCell]] = alliances.flatMap { a in a.years.flatMap { y in y.coverage.mechanisms.map { m in
            [
                .text(a.id.rawValue), .int(y.year), .text(m.relation.rawValue),
                .term(id: m.format.rawValue, label: a.context.formatLabel(m.format).text(l)), .list(m.actors.map(\.rawValue)),
                .text(m.perspective?.rawValue), .term(m.effective?.mechanism.id, m.effective?.text(l)),
                .text(m.effective?.subForm?.id), .term(id: m.source.id, label: m.source.label.text(l)),
                .term(m.confidence?.id, m.confidence?.label.text(l)), .bool(m.isDefault),
                .text(m.coded?.description), .text(m.inferred?.description), .text(m.rule),
                .list(m.findings.map { "\($0.mechanism):\($0.rule)" }), .text(m.conflict?.text(l)), .bool(m.isWarningSign),
                .text(m.disagreement?.text(l)), .text(m.explanation.text(l)),
            ]
        } } }
        return ResultTable(name: ClassificationTable.mechanisms.rawValue,
                           title: TableMessage.mechanismsTitle.text(l), columns: columns, rows: rows)
    }

    private func chainTable(_ l: Language) -> ResultTable {
        let columns = [
            col("alliance", .alliance, l), col("year", .year, l), col("chain", .chain, l),
            col("link", .link, l), col("from", .from, l), col("to", .to, l), col("step", .step, l),
            col("status", .status, l), col("first_broken", .firstBroken, l),
            col("relations", .relations, l), col("explanation", .reason, l, detail: true),
        ]
        let rows: [[TableCell]] = alliances.flatMap { a in a.years.flatMap { y in y.chains.flatMap { check in check.links.map { link in
            [
                .text(a.id.rawValue), .int(y.year), .term(id: check.chain.rawValue, label: check.name), .int(link.index),
                .text(link.from.rawValue), .text(link.to.rawValue), .text(link.stepLabel.text(l)),
                .term(id: link.status.id, label: link.status.label.text(l)), .bool(check.firstBrokenLink?.index == link.index),
                .list(link.relations.map(\.rawValue)), .text(link.explanation.text(l)),
            ]
        } } } }
        return ResultTable(name: ClassificationTable.chains.rawValue,
                           title: TableMessage.chainsTitle.text(l),
                           columns: columns, rows: rows)
    }

    private func rateTable(_ l: Language) -> ResultTable {
        var columns = [
            col("alliance", .alliance, l), col("year", .year, l), col("interfaces", .interfaces, l),
            col("classified", .classified, l), col("covered", .covered, l),
            col("partial", .partial, l), col("uncovered", .uncovered, l),
            col("warning_signs", .warningSigns, l),
            ResultTable.Column("rate", TableMessage.rate.text(l), decimals: 0, displayScale: 100,
                               displaySuffix: TableMessage.percentSuffix.text(l)),
            ResultTable.Column("change", TableMessage.change.text(l), decimals: 1, displayScale: 100,
                               displaySuffix: TableMessage.pointsSuffix.text(l)),
        ]
        for type in InterfaceType.allCases {
            columns += [ResultTable.Column(type.id + "_classified", type.label.text(l), detail: true),
                        ResultTable.Column(type.id + "_covered", type.label.text(l), detail: true),
                        ResultTable.Column(type.id + "_rate", type.label.text(l), detail: true)]
        }
        let rows: [[TableCell]] = alliances.flatMap { a in a.years.map { y in
            let r = y.rates
            var row: [TableCell] = [
                .term(id: a.id.rawValue, label: a.name), .int(y.year), .int(r.total), .int(r.classified), .int(r.covered), .int(r.partial),
                .int(r.uncovered), .int(r.warningSigns), .number(r.rate), .number(y.rateChange),
            ]
            for type in InterfaceType.allCases {
                let t = y.coverage.rates(for: type)
                row += [.int(t.classified), .int(t.covered), .number(t.rate)]
            }
            return row
        } }
        return ResultTable(name: ClassificationTable.rates.rawValue,
                           title: TableMessage.coverageTitle.text(l),
                           columns: columns, rows: rows, dataDecimals: 4)
    }
}
