/// Builders turning analysis results into ``ResultTable``s, with headers in German or English.
/// Column ids (CSV header, JSON keys) are the same in both languages.
extension ResultTable {
    private static func col(_ id: String, _ de: String, _ en: String, _ language: Language) -> Column {
        Column(id, language == .de ? de : en)
    }

    /// One row per alliance-year: the network-level metrics.
    public static func networkMetrics(_ metrics: [NetworkMetrics], language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            col("alliance", "Bündnis", "Alliance", l), col("year", "Jahr", "Year", l), col("layer", "Ebene", "Layer", l),
            col("actors", "Akteure", "Actors", l), col("relations", "Beziehungen", "Relations", l),
            col("ties", "Verbindungen", "Ties", l), col("density", "Dichte", "Density", l),
            col("components", "Komponenten", "Components", l), col("largest_component", "Größte Komp.", "Largest comp.", l),
            col("mean_degree", "Mittl. Grad", "Mean degree", l),
            col("average_clustering", "Clustering", "Clustering", l), col("transitivity", "Transitivität", "Transitivity", l),
            col("ei_index", "E-I-Index", "E-I index", l),
            col("positive_share", "Anteil positiv", "Positive share", l), col("negative_share", "Anteil negativ", "Negative share", l),
            col("uncoded_share", "Anteil unkodiert", "Uncoded share", l),
            col("inferred_share", "Anteil abgeleitet", "Share inferred", l),
            col("formalisation_index", "Formalisierung", "Formalisation", l), col("written_relations", "Schriftlich", "Written", l),
            col("managing_office", "GfS", "Managing office", l), col("mo_betweenness", "GfS Betweenness", "MO betweenness", l),
            col("mo_betweenness_rank", "GfS Rang", "MO rank", l),
        ] + BrokerageRole.allCases.map { Column($0.id, $0.label.text(l)) }
        let rows: [[TableCell]] = metrics.map { m in
            let mo = m.managingOffices.first
            return [
                .text(m.alliance), .int(m.year), .text(m.layer), .int(m.actors), .int(m.relations), .int(m.ties),
                .number(m.density), .int(m.components), .int(m.largestComponent), .number(m.meanDegree),
                .number(m.averageClustering), .number(m.transitivity), .number(m.eiIndex),
                .number(m.mechanisms.positive), .number(m.mechanisms.negative), .number(m.mechanisms.uncoded),
                .number(m.mechanisms.inferredShare),
                .number(m.formalisationIndex), .int(m.writtenRelations),
                mo.map { .text($0.id) } ?? .empty, .number(mo?.betweenness), mo.map { .int($0.betweennessRank) } ?? .empty,
            ] + BrokerageRole.allCases.map { .int(m.brokerage[$0]) }
        }
        let title = language == .de ? "Netzwerkkennzahlen" : "Network metrics"
        return ResultTable(title: title, columns: columns, rows: rows)
    }

    /// One row per actor of one alliance-year.
    public static func actorMetrics(_ metrics: NetworkMetrics, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            col("actor", "Akteur", "Actor", l), col("kind", "Art", "Kind", l), col("area", "Politikfeld", "Policy area", l),
            col("role", "Rolle", "Role", l), col("degree", "Grad", "Degree", l),
            col("degree_centrality", "Gradzentralität", "Degree centrality", l),
            col("betweenness", "Betweenness", "Betweenness", l), col("closeness", "Closeness", "Closeness", l),
            col("clustering", "Clustering", "Clustering", l), col("constraint", "Constraint", "Constraint", l),
            col("effective_size", "Effektive Größe", "Effective size", l),
        ] + BrokerageRole.allCases.map { Column($0.id, $0.label.text(l)) }
        let rows: [[TableCell]] = metrics.actorMetrics.map { a in
            let role = a.isManagingOffice ? "GfS" : (a.isCoreGroup ? "BKG" : "")
            return [
                .text(a.id), .text(a.kind), a.area.map { .text($0) } ?? .empty, .text(role), .int(a.degree),
                .number(a.degreeCentrality), .number(a.betweenness), .number(a.closeness), .number(a.clustering),
                .number(a.constraint), .number(a.effectiveSize),
            ] + BrokerageRole.allCases.map { .int(a.brokerage[$0]) }
        }
        let title = "\(metrics.allianceName) \(metrics.year) (\(metrics.layer))"
        return ResultTable(title: title, columns: columns, rows: rows)
    }

    /// The changes between two years: actors and relations added/removed and relation changes.
    public static func differenceChanges(_ d: YearDifference, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            col("change", "Änderung", "Change", l), col("item", "Element", "Item", l), col("field", "Merkmal", "Field", l),
            col("from", "Vorher", "Before", l), col("to", "Nachher", "After", l),
        ]
        func word(_ de: String, _ en: String) -> TableCell { .text(l == .de ? de : en) }
        var rows: [[TableCell]] = []
        rows += d.actorsAdded.map { [word("Akteur hinzu", "actor added"), .text($0), .empty, .empty, .empty] }
        rows += d.actorsRemoved.map { [word("Akteur entfernt", "actor removed"), .text($0), .empty, .empty, .empty] }
        rows += d.relationsAdded.map { [word("Beziehung hinzu", "relation added"), .text($0), .empty, .empty, .empty] }
        rows += d.relationsRemoved.map { [word("Beziehung entfernt", "relation removed"), .text($0), .empty, .empty, .empty] }
        rows += d.changes.map { c in
            let item = c.before == c.after ? c.before : "\(c.before) → \(c.after)"
            return [word("Beziehung geändert", "relation changed"), .text(item), .text(c.field), .text(c.from), .text(c.to)]
        }
        let title = "\(d.alliance) \(d.fromYear) → \(d.toYear) (\(d.layer))"
        return ResultTable(title: title, columns: columns, rows: rows)
    }

    /// The network-level metric deltas between two years.
    public static func differenceMetrics(_ d: YearDifference, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            col("metric", "Kennzahl", "Metric", l), Column("from", String(d.fromYear)), Column("to", String(d.toYear)),
            col("delta", "Differenz", "Delta", l),
        ]
        let rows: [[TableCell]] = d.metricDeltas.map { m in
            guard NetworkMetrics.countMetricNames.contains(m.metric) else {
                return [.text(m.metric), .number(m.from), .number(m.to), .number(m.delta)]
            }
            func int(_ v: Double?) -> TableCell { v.map { .int(Int($0)) } ?? .empty }
            return [.text(m.metric), int(m.from), int(m.to), int(m.delta)]
        }
        let title = language == .de ? "Veränderung der Kennzahlen" : "Change of metrics"
        return ResultTable(title: title, columns: columns, rows: rows)
    }

    /// The core-group composition as in the report's Table 2, with counts and percentages.
    /// `vocabulary` (the user's) names the actor kinds.
    public static func composition(_ c: CompositionTable, language: Language = .de, vocabulary: Vocabulary) -> ResultTable {
        let l = language
        var columns = [
            col("group", "Politikfeld", "Policy area", l), col("actor_kind", "Akteur", "Actor", l),
            Column("total", (l == .de ? "Insgesamt" : "Total") + " (N=\(c.alliances))"), Column("total_pct", "%"),
        ]
        let kinds = AllianceKind.allCases
        for k in kinds {
            columns.append(Column(k.id, k.label.text(l) + " (N=\(c.alliancesByKind[k.id] ?? 0))"))
            columns.append(Column(k.id + "_pct", "%"))
        }
        func pct(_ count: Int, _ n: Int) -> TableCell { .number(CompositionTable.share(count, of: n).map { $0 * 100 }) }
        let rows: [[TableCell]] = c.rows.map { r in
            let groupLabel = PolicyAreaGroup.term(id: r.group)?.label.text(l) ?? r.group
            var row: [TableCell] = [.text(groupLabel)]
            if r.isAreaTotal {
                row += [.text(l == .de ? "Summe der Nennungen" : "Total mentions"), .int(r.total), .empty]
                for k in kinds { row += [.int(r.byAllianceKind[k.id] ?? 0), .empty] }
            } else {
                row += [.text(vocabulary.label(of: ActorKindID(r.id)).text(l)), .int(r.total), pct(r.total, c.alliances)]
                for k in kinds {
                    let v = r.byAllianceKind[k.id] ?? 0
                    row += [.int(v), pct(v, c.alliancesByKind[k.id] ?? 0)]
                }
            }
            return row
        }
        let title = (l == .de ? "Zusammensetzung der Bündniskerngruppen " : "Core-group composition ") + String(c.year)
        return ResultTable(title: title, columns: columns, rows: rows, decimals: 1)
    }

    /// Trend indicators by year: "count of N (percent)" per year, one row per indicator.
    /// `vocabulary` (the user's) names the formats and actor kinds in the indicators.
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
        return ResultTable(title: l == .de ? "Entwicklung über die Jahre" : "Trends across years",
                           columns: columns, rows: rows, decimals: 1)
    }

    /// A ranking of alliance-years by one metric.
    public static func ranking(_ entries: [RankingEntry], metric: String, language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            col("rank", "Rang", "Rank", l), col("alliance", "Bündnis", "Alliance", l), col("name", "Name", "Name", l),
            col("year", "Jahr", "Year", l), Column("value", metric),
        ]
        let rows: [[TableCell]] = entries.map { [.int($0.rank), .text($0.alliance), .text($0.allianceName), .int($0.year), .number($0.value)] }
        return ResultTable(title: (l == .de ? "Rangfolge nach " : "Ranking by ") + metric, columns: columns, rows: rows)
    }

    /// A ranking of actors across alliance-years by one actor-level metric, with the kind's and
    /// the policy area's label in `language`; `vocabulary` (the user's) names the kinds.
    public static func actorRanking(_ entries: [ActorRankingEntry], metric: String, language: Language = .de,
                                    vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let columns = [
            col("rank", "Rang", "Rank", l), col("alliance", "Bündnis", "Alliance", l), col("year", "Jahr", "Year", l),
            col("actor", "Akteur", "Actor", l), col("kind", "Art", "Kind", l), col("area", "Politikfeld", "Policy area", l),
            Column("value", metric),
        ]
        let rows: [[TableCell]] = entries.map { e in
            let area: TableCell = e.area.map { .text(PolicyArea.term(id: $0)?.label.text(l) ?? $0) } ?? .empty
            let value: TableCell = ActorMetrics.countMetricNames.contains(metric) ? e.value.map { .int(Int($0)) } ?? .empty
                                                                                  : .number(e.value)
            return [.int(e.rank), .text(e.alliance), .int(e.year), .text(e.actor),
                    .text(vocabulary.label(of: ActorKindID(e.kind)).text(l)), area, value]
        }
        let title = (l == .de ? "Rangfolge der Akteure nach " : "Ranking of actors by ") + metric
        return ResultTable(title: title, columns: columns, rows: rows)
    }
}
