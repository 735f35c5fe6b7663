/// Builders of the metric tables, with headers in German or English. Column ids (CSV header,
/// JSON keys) are the same in both languages. Metric values: 3 decimals in text and Markdown,
/// 6 in CSV and JSON.
extension ResultTable {
    /// One row per alliance-year: the network-level metrics. The mechanism shares are taken of
    /// `shares_of` relations (CSV and JSON only).
    public static func networkMetrics(_ metrics: [NetworkMetrics], language: Language = .de) -> ResultTable {
        let l = language
        let columns = [
            Column("alliance", TableMessage.alliance.text(l)), Column("year", TableMessage.year.text(l)), Column("layer", MetricMessage.layer.text(l)),
            Column("actors", MetricMessage.name(of: "actors", l)), Column("relations", MetricMessage.name(of: "relations", l)),
            Column("ties", MetricMessage.name(of: "ties", l)), Column("density", MetricMessage.name(of: "density", l)),
            Column("components", MetricMessage.name(of: "components", l)), Column("largest_component", MetricMessage.name(of: "largest_component", l)),
            Column("mean_degree", MetricMessage.name(of: "mean_degree", l)),
            Column("average_clustering", MetricMessage.name(of: "average_clustering", l)), Column("transitivity", MetricMessage.name(of: "transitivity", l)),
            Column("ei_index", MetricMessage.name(of: "ei_index", l)),
            Column("positive_share", MetricMessage.name(of: "positive_share", l)), Column("negative_share", MetricMessage.name(of: "negative_share", l)),
            Column("uncoded_share", MetricMessage.name(of: "uncoded_share", l)),
            Column("inferred_share", MetricMessage.name(of: "inferred_share", l)),
            Column("shares_of", TableMessage.sharesOf.text(l), detail: true),
            Column("formalisation_index", MetricMessage.name(of: "formalisation_index", l)), Column("written_relations", MetricMessage.name(of: "written_relations", l)),
            Column("managing_office", MetricMessage.name(of: "managing_office", l)), Column("mo_betweenness", MetricMessage.name(of: "mo_betweenness", l)),
            Column("mo_betweenness_rank", MetricMessage.name(of: "mo_betweenness_rank", l)),
        ] + BrokerageRole.allCases.map { Column($0.id, $0.label.text(l)) }
        let rows: [[TableCell]] = metrics.map { m in
            let mo = m.managingOffices.first
            return [
                .text(m.alliance), .int(m.year), .text(m.layer), .int(m.actors), .int(m.relations), .int(m.ties),
                .number(m.density), .int(m.components), .int(m.largestComponent), .number(m.meanDegree),
                .number(m.averageClustering), .number(m.transitivity), .number(m.eiIndex),
                .number(m.mechanisms.positive), .number(m.mechanisms.negative), .number(m.mechanisms.uncoded),
                .number(m.mechanisms.inferredShare), .int(m.mechanisms.total),
                .number(m.formalisationIndex), .int(m.writtenRelations),
                mo.map { .text($0.id) } ?? .empty, .number(mo?.betweenness), mo.map { .int($0.betweennessRank) } ?? .empty,
            ] + BrokerageRole.allCases.map { .int(m.brokerage[$0]) }
        }
        let title = MetricMessage.networkMetricsTitle.text(l)
        return ResultTable(name: "metrics", title: title, columns: columns, rows: rows)
    }

    /// One row per actor of one alliance-year, with the kind's and the policy area's id and label;
    /// alliance, year and layer in CSV and JSON only (the title names them).
    public static func actorMetrics(_ metrics: NetworkMetrics, language: Language = .de,
                                    vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let columns = [
            Column("alliance", TableMessage.alliance.text(l), detail: true), Column("year", TableMessage.year.text(l), detail: true),
            Column("layer", MetricMessage.layer.text(l), detail: true),
            Column("actor", TableMessage.actor.text(l)), Column("kind", TableMessage.kind.text(l)), Column("area", TableMessage.policyArea.text(l)),
            Column("role", MetricMessage.role.text(l)), Column("degree", MetricMessage.name(of: "degree", l)),
            Column("degree_centrality", MetricMessage.name(of: "degree_centrality", l)),
            Column("betweenness", MetricMessage.name(of: "betweenness", l)), Column("closeness", MetricMessage.name(of: "closeness", l)),
            Column("clustering", MetricMessage.name(of: "clustering", l)), Column("constraint", MetricMessage.name(of: "constraint", l)),
            Column("effective_size", MetricMessage.name(of: "effective_size", l)),
        ] + BrokerageRole.allCases.map { Column($0.id, $0.label.text(l)) }
        let rows: [[TableCell]] = metrics.actorMetrics.map { a in
            let role: TableCell = a.isManagingOffice ? .term(id: ActorRole.managingOffice.id, label: TableMessage.managingOfficeShort.text(l))
                : a.isCoreGroup ? .term(id: ActorRole.coreGroup.id, label: TableMessage.coreGroupShort.text(l)) : .empty
            return [
                .text(metrics.alliance), .int(metrics.year), .text(metrics.layer),
                .text(a.id), .term(id: a.kind, label: vocabulary.label(of: ActorKindID(a.kind)).text(l)),
                .term(a.area, a.area.map { PolicyArea.term(id: $0)?.label.text(l) ?? $0 }), role, .int(a.degree),
                .number(a.degreeCentrality), .number(a.betweenness), .number(a.closeness), .number(a.clustering),
                .number(a.constraint), .number(a.effectiveSize),
            ] + BrokerageRole.allCases.map { .int(a.brokerage[$0]) }
        }
        let title = "\(metrics.allianceName) \(metrics.year) (\(MetricMessage.layer(metrics.layer, l)))"
        return ResultTable(name: "actors", title: title, columns: columns, rows: rows)
    }

    /// The rows of `tables` (which share their columns, e.g. one per alliance-year) in one table
    /// named `name` with `title`.
    public static func concatenating(_ tables: [ResultTable], name: String, title: String) -> ResultTable? {
        guard var first = tables.first else { return nil }
        first.name = name
        first.title = title
        first.rows = tables.flatMap(\.rows)
        return first
    }
}
