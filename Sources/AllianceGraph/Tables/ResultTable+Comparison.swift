/// Builders of the tables of `alliance compare`. Percentages: 1 decimal in text and Markdown,
/// 2 in CSV and JSON, each with its denominator (`_of`) beside it.
extension ResultTable {
    /// The core-group composition as in the report's Table 2, with counts, percentages and the
    /// number of alliances each percentage is taken of (`total_of`, `<kind>_of`: CSV and JSON only).
    /// Groups and actor kinds carry id and label; an area's total row has the actor kind `total`.
    public static func composition(_ c: CompositionTable, language: Language = .de, vocabulary: Vocabulary) -> ResultTable {
        let l = language
        var columns = [
            Column("group", TableMessage.policyArea.text(l)), Column("actor_kind", TableMessage.actor.text(l)),
            Column("total", MetricMessage.total.text(l, ["count": .int(c.alliances)])),
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
                row += [.term(id: "total", label: MetricMessage.totalMentions.text(l)), .int(r.total), .empty, .empty]
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
        let title = MetricMessage.compositionTitle.text(l, ["year": .text(String(c.year))])
        return ResultTable(name: "composition", title: title, columns: columns, rows: rows, decimals: 1, dataDecimals: 2)
    }

    /// Trend indicators by year: count, of how many alliances (N, the indicator's own) and percent
    /// per year, one row per indicator; then per year how many members did not report
    /// (`<year>_not_reported`) and how many reported but left the question unanswered
    /// (`<year>_unanswered`), and the question (`question`, CSV and JSON only). A year whose wave
    /// did not ask the question has empty cells. `indicators` gives the labels of ids that are no
    /// ``TrendIndicator`` text form.
    public static func trends(_ cells: [TrendCell], indicators: [Indicator] = [], language: Language = .de,
                              vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let years = Array(Set(cells.map(\.year))).sorted()
        var ids: [String] = []
        for c in cells where !ids.contains(c.indicator) { ids.append(c.indicator) }
        var columns = [Column("indicator", MetricMessage.indicator.text(l)), Column("label", TableMessage.label.text(l))]
        for y in years {
            columns += [Column("\(y)_count", "\(y)"), Column("\(y)_of", "N"), Column("\(y)_pct", "%")]
        }
        for y in years {
            columns += [Column("\(y)_not_reported", SurveyMessage.notReported.text(l) + " \(y)"),
                        Column("\(y)_unanswered", SurveyMessage.unanswered.text(l) + " \(y)")]
        }
        columns.append(Column("question", SurveyMessage.question.text(l), detail: true))
        var index: [String: TrendCell] = [:]
        for c in cells { index["\(c.indicator)@\(c.year)"] = c }
        let rows: [[TableCell]] = ids.map { id in
            let indicator = indicators.first { $0.id.rawValue == id } ?? Indicator.named(id, among: []).map { $0 }
            let label = indicator?.label(l, vocabulary: vocabulary) ?? id
            var row: [TableCell] = [.text(id), .text(label)]
            var counts: [TableCell] = []
            for y in years {
                if let c = index["\(id)@\(y)"], c.asked {
                    row += [.int(c.count), .int(c.of), .number(c.share.map { $0 * 100 })]
                    counts += [.int(c.notReported), .int(c.unanswered)]
                } else {
                    row += [.empty, .empty, .empty]
                    counts += [.empty, .empty]
                }
            }
            return row + counts + [indicator?.question.map { .text($0.rawValue) } ?? .empty]
        }
        return ResultTable(name: "trends", title: MetricMessage.trendsTitle.text(l),
                           columns: columns, rows: rows, decimals: 1, dataDecimals: 2)
    }

    /// Year-to-year transitions of each indicator: for each pair of consecutive years how many
    /// alliances started, kept, ended or never had it, of how many answered in both years, and how
    /// many are not comparable (answering in one year only, or in neither).
    public static func transitions(_ cells: [TransitionCell], indicators: [Indicator] = [], language: Language = .de,
                                   vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let columns = [
            Column("indicator", MetricMessage.indicator.text(l)), Column("label", TableMessage.label.text(l)),
            Column("from", SurveyMessage.fromYear.text(l)), Column("to", SurveyMessage.toYear.text(l)),
            Column("started", SurveyMessage.started.text(l)), Column("kept", SurveyMessage.kept.text(l)),
            Column("ended", SurveyMessage.ended.text(l)), Column("absent", SurveyMessage.absent.text(l)),
            Column("of", SurveyMessage.answeredBoth.text(l)), Column("not_comparable", SurveyMessage.notComparable.text(l)),
        ]
        let rows: [[TableCell]] = cells.map { c in
            let label = (indicators.first { $0.id.rawValue == c.indicator } ?? Indicator.named(c.indicator, among: []))?
                .label(l, vocabulary: vocabulary) ?? c.indicator
            return [.text(c.indicator), .text(label), .int(c.from), .int(c.to), .int(c.started), .int(c.kept), .int(c.ended),
                    .int(c.absent), .int(c.of), .int(c.notComparable)]
        }
        return ResultTable(name: "transitions", title: SurveyMessage.transitionsTitle.text(l), columns: columns, rows: rows)
    }

    /// A ranking of alliance-years by one metric.
    public static func ranking(_ entries: [RankingEntry], metric: String, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            Column("rank", MetricMessage.rank.text(l)), Column("alliance", TableMessage.alliance.text(l)), Column("name", TableMessage.name.text(l)),
            Column("year", TableMessage.year.text(l)), Column("value", MetricMessage.name(of: metric, l)),
        ]
        let rows: [[TableCell]] = entries.map { [.int($0.rank), .text($0.alliance), .text($0.allianceName), .int($0.year), .number($0.value)] }
        return ResultTable(name: "ranking", title: MetricMessage.rankingTitle.text(l, ["metric": .text(MetricMessage.name(of: metric, l))]), columns: columns, rows: rows)
    }

    /// A ranking of actors across alliance-years by one actor-level metric, with the kind's and
    /// the policy area's id and label in `language`.
    public static func actorRanking(_ entries: [ActorRankingEntry], metric: String, language: Language = .de,
                                    vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let columns = [
            Column("rank", MetricMessage.rank.text(l)), Column("alliance", TableMessage.alliance.text(l)), Column("year", TableMessage.year.text(l)),
            Column("actor", TableMessage.actor.text(l)), Column("kind", TableMessage.kind.text(l)), Column("area", TableMessage.policyArea.text(l)),
            Column("value", MetricMessage.name(of: metric, l)),
        ]
        let rows: [[TableCell]] = entries.map { e in
            let area = TableCell.term(e.area, e.area.map { PolicyArea.term(id: $0)?.label.text(l) ?? $0 })
            let value: TableCell = ActorMetrics.countMetricNames.contains(metric) ? e.value.map { .int(Int($0)) } ?? .empty
                                                                                  : .number(e.value)
            return [.int(e.rank), .text(e.alliance), .int(e.year), .text(e.actor),
                    .term(id: e.kind, label: vocabulary.label(of: ActorKindID(e.kind)).text(l)), area, value]
        }
        let title = MetricMessage.actorRankingTitle.text(l, ["metric": .text(MetricMessage.name(of: metric, l))])
        return ResultTable(name: "ranking", title: title, columns: columns, rows: rows)
    }
}
