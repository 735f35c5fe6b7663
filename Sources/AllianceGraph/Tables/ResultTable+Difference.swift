/// Builders of the tables of `alliance diff`; the alliance's id is in CSV and JSON only (the
/// title names it).
extension ResultTable {
    /// The changes between two years: actors and relations added/removed, relations replaced
    /// (`replaced_by:`) and relation changes. The kind of change has an id (`actor_added`,
    /// `actor_removed`, `relation_added`, `relation_removed`, `relation_replaced`, `relation_changed`)
    /// and a label.
    public static func differenceChanges(_ d: YearDifference, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            Column("alliance", TableMessage.alliance.text(l), detail: true),
            Column("change", MetricMessage.changeKind.text(l)), Column("item", MetricMessage.item.text(l)), Column("field", MetricMessage.field.text(l)),
            Column("from", MetricMessage.before.text(l)), Column("to", MetricMessage.after.text(l)),
        ]
        func word(_ id: String, _ word: MetricMessage) -> TableCell { .term(id: id, label: word.text(l)) }
        let alliance = TableCell.text(d.alliance)
        var rows: [[TableCell]] = []
        rows += d.actorsAdded.map { [alliance, word("actor_added", .actorAdded), .text($0), .empty, .empty, .empty] }
        rows += d.actorsRemoved.map { [alliance, word("actor_removed", .actorRemoved), .text($0), .empty, .empty, .empty] }
        rows += d.relationsAdded.map { [alliance, word("relation_added", .relationAdded), .text($0), .empty, .empty, .empty] }
        rows += d.relationsRemoved.map { [alliance, word("relation_removed", .relationRemoved), .text($0), .empty, .empty, .empty] }
        rows += d.replacements.map { [alliance, word("relation_replaced", .relationReplaced), .text("\($0.before) → \($0.after)"), .empty, .empty, .empty] }
        func field(_ id: String) -> TableCell {
            let word: TableMessage? = switch RelationCorrespondence.Field(rawValue: id) {
            case .format: .format
            case .mechanism: .mechanism
            case .formalisation: .formalisation
            case nil: nil
            }
            return .term(id: id, label: word?.text(l) ?? id)
        }
        func value(_ id: String, _ label: Label?) -> TableCell { label.map { .term(id: id, label: $0.text(l)) } ?? .text(id) }
        rows += d.changes.map { c in
            let item = c.before == c.after ? c.before : "\(c.before) → \(c.after)"
            return [alliance, word("relation_changed", .relationChanged), .text(item), field(c.field),
                    value(c.from, c.fromLabel), value(c.to, c.toLabel)]
        }
        let title = "\(d.alliance) \(d.fromYear) → \(d.toYear) (\(MetricMessage.layer(d.layer, l)))"
        return ResultTable(name: "changes", title: title, columns: columns, rows: rows)
    }

    /// The network-level metric deltas between two years.
    public static func differenceMetrics(_ d: YearDifference, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            Column("alliance", TableMessage.alliance.text(l), detail: true),
            Column("metric", MetricMessage.metric.text(l)), Column("from", String(d.fromYear)), Column("to", String(d.toYear)),
            Column("delta", MetricMessage.delta.text(l)),
        ]
        let rows: [[TableCell]] = d.metricDeltas.map { m in
            let name = TableCell.term(id: m.metric, label: MetricMessage.name(of: m.metric, l))
            guard NetworkMetrics.countMetricNames.contains(m.metric) else {
                return [.text(d.alliance), name, .number(m.from), .number(m.to), .number(m.delta)]
            }
            func int(_ v: Double?) -> TableCell { v.map { .int(Int($0)) } ?? .empty }
            return [.text(d.alliance), name, int(m.from), int(m.to), int(m.delta)]
        }
        let title = MetricMessage.metricsChangeTitle.text(l)
        return ResultTable(name: "metrics", title: title, columns: columns, rows: rows)
    }
}
