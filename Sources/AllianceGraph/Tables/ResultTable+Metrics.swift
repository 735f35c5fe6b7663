/// Builders of the metric tables, with headers in German or English. Column ids (CSV header,
/// JSON keys) are the same in both languages. Metric values: 3 decimals in text and Markdown,
/// 6 in CSV and JSON.
extension ResultTable {
    static func col(_ id: String, _ de: String, _ en: String, _ language: Language, decimals: Int? = nil,
                    dataDecimals: Int? = nil, detail: Bool = false) -> Column {
        Column(id, language == .de ? de : en, decimals: decimals, dataDecimals: dataDecimals, detail: detail)
    }

    /// One row per alliance-year: the network-level metrics. The mechanism shares are taken of
    /// `shares_of` relations (CSV and JSON only).
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
            Column("shares_of", TableMessage.sharesOf.text(l), detail: true),
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
                .number(m.mechanisms.inferredShare), .int(m.mechanisms.total),
                .number(m.formalisationIndex), .int(m.writtenRelations),
                mo.map { .text($0.id) } ?? .empty, .number(mo?.betweenness), mo.map { .int($0.betweennessRank) } ?? .empty,
            ] + BrokerageRole.allCases.map { .int(m.brokerage[$0]) }
        }
        let title = language == .de ? "Netzwerkkennzahlen" : "Network metrics"
        return ResultTable(name: "metrics", title: title, columns: columns, rows: rows)
    }

    /// One row per actor of one alliance-year, with the kind's and the policy area's id and label;
    /// alliance, year and layer in CSV and JSON only (the title names them).
    public static func actorMetrics(_ metrics: NetworkMetrics, language: Language = .de,
                                    vocabulary: Vocabulary) -> ResultTable {
        let l = language
        let columns = [
            col("alliance", "Bündnis", "Alliance", l, detail: true), col("year", "Jahr", "Year", l, detail: true),
            col("layer", "Ebene", "Layer", l, detail: true),
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
                .text(metrics.alliance), .int(metrics.year), .text(metrics.layer),
                .text(a.id), .term(id: a.kind, label: vocabulary.label(of: ActorKindID(a.kind)).text(l)),
                .term(a.area, a.area.map { PolicyArea.term(id: $0)?.label.text(l) ?? $0 }), .text(role), .int(a.degree),
                .number(a.degreeCentrality), .number(a.betweenness), .number(a.closeness), .number(a.clustering),
                .number(a.constraint), .number(a.effectiveSize),
            ] + BrokerageRole.allCases.map { .int(a.brokerage[$0]) }
        }
        let title = "\(metrics.allianceName) \(metrics.year) (\(metrics.layer))"
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
