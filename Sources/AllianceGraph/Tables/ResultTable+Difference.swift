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
            col("change", "Änderung", "Change", l), col("item", "Element", "Item", l), col("field", "Merkmal", "Field", l),
            col("from", "Vorher", "Before", l), col("to", "Nachher", "After", l),
        ]
        func word(_ id: String, _ de: String, _ en: String) -> TableCell { .term(id: id, label: l == .de ? de : en) }
        let alliance = TableCell.text(d.alliance)
        var rows: [[TableCell]] = []
        rows += d.actorsAdded.map { [alliance, word("actor_added", "Akteur hinzu", "actor added"), .text($0), .empty, .empty, .empty] }
        rows += d.actorsRemoved.map { [alliance, word("actor_removed", "Akteur entfernt", "actor removed"), .text($0), .empty, .empty, .empty] }
        rows += d.relationsAdded.map { [alliance, word("relation_added", "Beziehung hinzu", "relation added"), .text($0), .empty, .empty, .empty] }
        rows += d.relationsRemoved.map { [alliance, word("relation_removed", "Beziehung entfernt", "relation removed"), .text($0), .empty, .empty, .empty] }
        rows += d.replacements.map { [alliance, word("relation_replaced", "Beziehung ersetzt", "relation replaced"), .text("\($0.before) → \($0.after)"), .empty, .empty, .empty] }
        rows += d.changes.map { c in
            let item = c.before == c.after ? c.before : "\(c.before) → \(c.after)"
            return [alliance, word("relation_changed", "Beziehung geändert", "relation changed"), .text(item), .text(c.field), .text(c.from), .text(c.to)]
        }
        let title = "\(d.alliance) \(d.fromYear) → \(d.toYear) (\(d.layer))"
        return ResultTable(name: "changes", title: title, columns: columns, rows: rows)
    }

    /// The network-level metric deltas between two years.
    public static func differenceMetrics(_ d: YearDifference, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            Column("alliance", TableMessage.alliance.text(l), detail: true),
            col("metric", "Kennzahl", "Metric", l), Column("from", String(d.fromYear)), Column("to", String(d.toYear)),
            col("delta", "Differenz", "Delta", l),
        ]
        let rows: [[TableCell]] = d.metricDeltas.map { m in
            guard NetworkMetrics.countMetricNames.contains(m.metric) else {
                return [.text(d.alliance), .text(m.metric), .number(m.from), .number(m.to), .number(m.delta)]
            }
            func int(_ v: Double?) -> TableCell { v.map { .int(Int($0)) } ?? .empty }
            return [.text(d.alliance), .text(m.metric), int(m.from), int(m.to), int(m.delta)]
        }
        let title = language == .de ? "Veränderung der Kennzahlen" : "Change of metrics"
        return ResultTable(name: "metrics", title: title, columns: columns, rows: rows)
    }
}
