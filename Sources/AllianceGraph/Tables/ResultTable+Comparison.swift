/// Builders of the tables of `alliance compare`. Percentages: 1 decimal in text and Markdown,
/// 2 in CSV and JSON, each with its denominator (`_of`) beside it.
extension ResultTable {
    /// The core-group composition as in the report's Table 2, with counts, percentages and the
    /// number of alliances each percentage is taken of (`total_of`, `<kind>_of`: CSV and JSON only).
    /// Groups and actor kinds carry id and label; an area's total row has the actor kind `total`.
    public static func composition(_ c: CompositionTable, language: Language = .de, vocabulary: Vocabulary) -> ResultTable {
        let l = language
        var columns = [
            col("group", "Politikfeld", "Policy area", l), col("actor_kind", "Akteur", "Actor", l),
            Column("total", (l == .de ? "Insgesamt" : "Total") + " (N=\(c.alliances))"),
            Column("total_of", "N", detail: true), Column("total_pct", "%"),
        ]
        let kinds = AllianceKind.allCases
        for k in kinds {
            columns.append(Column(k.id, k.label.text(l) + " (N=\(c.alliancesByKind[k.id] ?? 0))"))
            columns.append(Column(k.id + "_of", "N", detail: true))
            columns.append(Column(k.id + "_pct", "%"))
        }
        func pct(_ count: Int, _ n: Int) -> TableCell { .number(CompositionTable.share(count, of: n).map { $0 * 100 }) }
        let rows: [[TableCell]] = c.rows.map { r in
            let group = TableCell.term(id: r.group, label: PolicyAreaGroup.term(id: r.group)?.label.text(l) ?? r.group)
            var row: [TableCell] = [group]
            if r.isAreaTotal {
                row += [.term(id: "total", label: l == .de ? "Summe der Nennungen" : "Total mentions"), .int(r.total), .empty, .empty]
                for k in kinds { row += [.int(r.byAllianceKind[k.id] ?? 0), .empty, .empty] }
            } else {
                row += [.term(id: r.id, label: vocabulary.label(of: ActorKindID(r.id)).text(l)), .int(r.total), .int(c.alliances),
                        pct(r.total, c.alliances)]
                for k in kinds {
                    let v = r.byAllianceKind[k.id] ?? 0, n = c.alliancesByKind[k.id] ?? 0
                    row += [.int(v), .int(n), pct(v, n)]
                }
            }
            return row
        }
        let title = (l == .de ? "Zusammensetzung der Bündniskerngruppen " : "Core-group composition ") + String(c.year)
        return ResultTable(name: "composition", title: title, columns: columns, rows: rows, decimals: 1, dataDecimals: 2)
    }

    /// Trend indicators by year: count, of how many alliances (N) and percent per year, one row per indicator.
    public static func trends(_ cells: [TrendCell], language: Language = .de, vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let years = Array(Set(cells.map(\.year))).sorted()
        var indicators: [String] = []
        for c in cells where !indicators.contains(c.indicator) { indicators.append(c.indicator) }
        var columns = [col("indicator", "Merkmal", "Indicator", l), col("label", "Bezeichnung", "Label", l)]
        for y in years {
            columns += [Column("\(y)_count", "\(y)"), Column("\(y)_of", "N"), Column("\(y)_pct", "%")]
        }
        let rows: [[TableCell]] = indicators.map { id in
            var row: [TableCell] = [.text(id), .text(TrendIndicator(id)?.label(l, vocabulary: vocabulary) ?? id)]
            for y in years {
                if let c = cells.first(where: { $0.indicator == id && $0.year == y }) {
                    row += [.int(c.count), .int(c.of), .number(c.share.map { $0 * 100 })]
                } else {
                    row += [.empty, .empty, .empty]
                }
            }
            return row
        }
        return ResultTable(name: "trends", title: l == .de ? "Entwicklung über die Jahre" : "Trends across years",
                           columns: columns, rows: rows, decimals: 1, dataDecimals: 2)
    }

    /// A ranking of alliance-years by one metric.
    public static func ranking(_ entries: [RankingEntry], metric: String, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            col("rank", "Rang", "Rank", l), col("alliance", "Bündnis", "Alliance", l), col("name", "Name", "Name", l),
            col("year", "Jahr", "Year", l), Column("value", metric),
        ]
        let rows: [[TableCell]] = entries.map { [.int($0.rank), .text($0.alliance), .text($0.allianceName), .int($0.year), .number($0.value)] }
        return ResultTable(name: "ranking", title: (l == .de ? "Rangfolge nach " : "Ranking by ") + metric, columns: columns, rows: rows)
    }

    /// A ranking of actors across alliance-years by one actor-level metric, with the kind's and
    /// the policy area's id and label in `language`.
    public static func actorRanking(_ entries: [ActorRankingEntry], metric: String, language: Language = .de,
                                    vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let columns = [
            col("rank", "Rang", "Rank", l), col("alliance", "Bündnis", "Alliance", l), col("year", "Jahr", "Year", l),
            col("actor", "Akteur", "Actor", l), col("kind", "Art", "Kind", l), col("area", "Politikfeld", "Policy area", l),
            Column("value", metric),
        ]
        let rows: [[TableCell]] = entries.map { e in
            let area = TableCell.term(e.area, e.area.map { PolicyArea.term(id: $0)?.label.text(l) ?? $0 })
            let value: TableCell = ActorMetrics.countMetricNames.contains(metric) ? e.value.map { .int(Int($0)) } ?? .empty
                                                                                  : .number(e.value)
            return [.int(e.rank), .text(e.alliance), .int(e.year), .text(e.actor),
                    .term(id: e.kind, label: vocabulary.label(of: ActorKindID(e.kind)).text(l)), area, value]
        }
        let title = (l == .de ? "Rangfolge der Akteure nach " : "Ranking of actors by ") + metric
        return ResultTable(name: "ranking", title: title, columns: columns, rows: rows)
    }
}
