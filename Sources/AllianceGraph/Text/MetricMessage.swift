/// The names of the network and actor metrics, keyed by the metric's id (the CSV column and the
/// `--metric` value, e.g. `density`), and the other words of the metric tables of `alliance metrics`,
/// `diff` and `compare`. Brokerage roles are vocabulary terms and keep their ``BrokerageRole`` labels.
public enum MetricMessage: String, MessageCatalogue {
    // Network metrics
    case actors
    case relations
    case ties
    case density
    case components
    case largestComponent = "largest_component"
    case meanDegree = "mean_degree"
    case averageClustering = "average_clustering"
    case transitivity
    case eiIndex = "ei_index"
    case positiveShare = "positive_share"
    case negativeShare = "negative_share"
    case uncodedShare = "uncoded_share"
    case inferredShare = "inferred_share"
    case formalisationIndex = "formalisation_index"
    case writtenRelations = "written_relations"
    case managingOffice = "managing_office"
    case moBetweenness = "mo_betweenness"
    case moBetweennessRank = "mo_betweenness_rank"
    case moCloseness = "mo_closeness"
    case moDegree = "mo_degree"
    // Actor metrics
    case degree
    case degreeCentrality = "degree_centrality"
    case betweenness
    case closeness
    case clustering
    case constraint
    case effectiveSize = "effective_size"
    case brokerageTotal = "brokerage_total"
    // Other words of the metric tables
    case layer = "word-layer"
    case layerAll = "word-layer-all"
    case layerUncoded = "word-layer-uncoded"
    case role = "word-role"
    case rank = "word-rank"
    case metric = "word-metric"
    case delta = "word-delta"
    case changeKind = "word-change"
    case item = "word-item"
    case field = "word-field"
    case before = "word-before"
    case after = "word-after"
    case total = "word-total"
    case totalMentions = "word-total-mentions"
    case indicator = "word-indicator"
    case actorAdded = "word-actor-added"
    case actorRemoved = "word-actor-removed"
    case relationAdded = "word-relation-added"
    case relationRemoved = "word-relation-removed"
    case relationReplaced = "word-relation-replaced"
    case relationChanged = "word-relation-changed"
    case metricsTooLarge = "metrics-too-large"
    case networkMetricsTitle = "title-network-metrics"
    case metricsChangeTitle = "title-metrics-change"
    case compositionTitle = "title-composition"
    case trendsTitle = "title-trends"
    case rankingTitle = "title-ranking"
    case actorRankingTitle = "title-actor-ranking"

    public static let area = "metric"

    public var template: MessageTemplate {
        switch self {
        case .actors: MessageTemplate(de: "Akteure", en: "Actors")
        case .relations: MessageTemplate(de: "Beziehungen", en: "Relations")
        case .ties: MessageTemplate(de: "Verbindungen", en: "Ties")
        case .density: MessageTemplate(de: "Dichte", en: "Density")
        case .components: MessageTemplate(de: "Komponenten", en: "Components")
        case .largestComponent: MessageTemplate(de: "Größte Komp.", en: "Largest comp.")
        case .meanDegree: MessageTemplate(de: "Mittl. Grad", en: "Mean degree")
        case .averageClustering: MessageTemplate(de: "Clustering", en: "Clustering")
        case .transitivity: MessageTemplate(de: "Transitivität", en: "Transitivity")
        case .eiIndex: MessageTemplate(de: "E-I-Index", en: "E-I index")
        case .positiveShare: MessageTemplate(de: "Anteil positiv", en: "Positive share")
        case .negativeShare: MessageTemplate(de: "Anteil negativ", en: "Negative share")
        case .uncodedShare: MessageTemplate(de: "Anteil unkodiert", en: "Uncoded share")
        case .inferredShare: MessageTemplate(de: "Anteil abgeleitet", en: "Share inferred")
        case .formalisationIndex: MessageTemplate(de: "Formalisierung", en: "Formalisation")
        case .writtenRelations: MessageTemplate(de: "Schriftlich", en: "Written")
        case .managingOffice: MessageTemplate(de: "GfS", en: "Managing office")
        case .moBetweenness: MessageTemplate(de: "GfS Betweenness", en: "MO betweenness")
        case .moBetweennessRank: MessageTemplate(de: "GfS Rang", en: "MO rank")
        case .moCloseness: MessageTemplate(de: "GfS Closeness", en: "MO closeness")
        case .moDegree: MessageTemplate(de: "GfS Grad", en: "MO degree")
        case .degree: MessageTemplate(de: "Grad", en: "Degree")
        case .degreeCentrality: MessageTemplate(de: "Gradzentralität", en: "Degree centrality")
        case .betweenness: MessageTemplate(de: "Betweenness", en: "Betweenness")
        case .closeness: MessageTemplate(de: "Closeness", en: "Closeness")
        case .clustering: MessageTemplate(de: "Clustering", en: "Clustering")
        case .constraint: MessageTemplate(de: "Constraint", en: "Constraint")
        case .effectiveSize: MessageTemplate(de: "Effektive Größe", en: "Effective size")
        case .brokerageTotal: MessageTemplate(de: "Brokerage gesamt", en: "Brokerage total")
        case .layer: MessageTemplate(de: "Ebene", en: "Layer")
        case .layerAll: MessageTemplate(de: "alle", en: "all")
        case .layerUncoded: MessageTemplate(de: "nicht codiert", en: "uncoded")
        case .role: MessageTemplate(de: "Rolle", en: "Role")
        case .rank: MessageTemplate(de: "Rang", en: "Rank")
        case .metric: MessageTemplate(de: "Kennzahl", en: "Metric")
        case .delta: MessageTemplate(de: "Differenz", en: "Delta")
        case .changeKind: MessageTemplate(de: "Änderung", en: "Change")
        case .item: MessageTemplate(de: "Element", en: "Item")
        case .field: MessageTemplate(de: "Merkmal", en: "Field")
        case .before: MessageTemplate(de: "Vorher", en: "Before")
        case .after: MessageTemplate(de: "Nachher", en: "After")
        case .total: MessageTemplate(de: "Insgesamt (N={count})", en: "Total (N={count})")
        case .totalMentions: MessageTemplate(de: "Summe der Nennungen", en: "Total mentions")
        case .indicator: MessageTemplate(de: "Merkmal", en: "Indicator")
        case .actorAdded: MessageTemplate(de: "Akteur hinzu", en: "actor added")
        case .actorRemoved: MessageTemplate(de: "Akteur entfernt", en: "actor removed")
        case .relationAdded: MessageTemplate(de: "Beziehung hinzu", en: "relation added")
        case .relationRemoved: MessageTemplate(de: "Beziehung entfernt", en: "relation removed")
        case .relationReplaced: MessageTemplate(de: "Beziehung ersetzt", en: "relation replaced")
        case .relationChanged: MessageTemplate(de: "Beziehung geändert", en: "relation changed")
        case .metricsTooLarge:
            MessageTemplate(de: "die Netzwerkmaße von '{alliance}' {year} werden nicht berechnet: {actors} Akteure mit {ties} Verbindungen (die größte Beziehung verbindet {largest} Akteure) brauchen etwa {steps} Rechenschritte, mehr als die Grenze von {limit}; wählen Sie eine Ebene mit --layer oder teilen Sie große Gruppenbeziehungen auf (siehe docs/METRICS.md, Grenzen)",
                            en: "the network metrics of '{alliance}' {year} are not computed: {actors} actors with {ties} ties (the largest relation joins {largest} actors) take about {steps} steps, more than the limit of {limit}; choose a layer with --layer or split large group relations (see docs/METRICS.md, limits)")
        case .networkMetricsTitle: MessageTemplate(de: "Netzwerkkennzahlen", en: "Network metrics")
        case .metricsChangeTitle: MessageTemplate(de: "Veränderung der Kennzahlen", en: "Change of metrics")
        case .compositionTitle: MessageTemplate(de: "Zusammensetzung der Bündniskerngruppen {year}", en: "Core-group composition {year}")
        case .trendsTitle: MessageTemplate(de: "Entwicklung über die Jahre", en: "Trends across years")
        case .rankingTitle: MessageTemplate(de: "Rangfolge nach {metric}", en: "Ranking by {metric}")
        case .actorRankingTitle: MessageTemplate(de: "Rangfolge der Akteure nach {metric}", en: "Ranking of actors by {metric}")
        }
    }
}

extension MetricMessage {
    /// The name of the metric `id` in `language`: its catalogue entry, a brokerage role's label,
    /// or the id itself for a metric without one.
    public static func name(of id: String, _ language: Language) -> String {
        if let role = BrokerageRole(rawValue: id) { return role.label.text(language) }
        if let entry = MetricMessage(rawValue: id), !entry.rawValue.hasPrefix("word-"), !entry.rawValue.hasPrefix("title-") {
            return entry.text(language)
        }
        return id
    }

    /// A layer as the metric tables show it: `all` and `uncoded` in words, a format or mechanism
    /// layer by its id form (`format:case_conference`), as written on the command line.
    public static func layer(_ description: String, _ language: Language) -> String {
        switch description {
        case "all": layerAll.text(language)
        case "uncoded": layerUncoded.text(language)
        default: description
        }
    }
}
