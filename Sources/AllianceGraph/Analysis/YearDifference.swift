/// A relation whose format, mechanism or formalisation differs between two years.
public struct RelationChange: Sendable, Hashable, Codable {
    /// What changed: `format`, `mechanism` or `formalisation`.
    public var field: String
    /// The relation holding in the earlier year.
    public var before: String
    /// The relation holding in the later year (the same id when the relation itself was recoded).
    public var after: String
    /// The actors it connects, e.g. `abh, ki`.
    public var actors: [String]
    /// The value in the earlier year (`-` when there is none).
    public var from: String
    /// The value in the later year (`-` when there is none).
    public var to: String
}

/// The change of one network-level metric.
public struct MetricDelta: Sendable, Hashable, Codable {
    /// The metric's name (see ``NetworkMetrics/numericMetricNames``).
    public var metric: String
    /// The value in the earlier year.
    public var from: Double?
    /// The value in the later year.
    public var to: Double?
    /// `to − from`, when both exist.
    public var delta: Double? { from.flatMap { f in to.map { $0 - f } } }
}

/// What changed in one alliance between two years.
///
/// Actors are matched by id, so an actor that leaves and joins again is recognised. Relations are
/// matched by id first. A relation that stops holding and another that starts holding between the
/// *same actors* (same ends, same direction) is reported as a change of format, mechanism or
/// formalisation rather than as one removal plus one addition; this is how a file records, say, an
/// exchange that became a written agreement (two relations with their own periods).
public struct YearDifference: Sendable, Hashable, Codable {
    /// The alliance id.
    public var alliance: String
    /// The earlier year.
    public var fromYear: Int
    /// The later year.
    public var toYear: Int
    /// The layer compared.
    public var layer: String
    /// Actors present in the later year only.
    public var actorsAdded: [String]
    /// Actors present in the earlier year only.
    public var actorsRemoved: [String]
    /// Relations holding in the later year only (and not matched as a change).
    public var relationsAdded: [String]
    /// Relations holding in the earlier year only (and not matched as a change).
    public var relationsRemoved: [String]
    /// Relations whose format, mechanism or formalisation changed.
    public var changes: [RelationChange]
    /// Network-level metrics in both years.
    public var metricDeltas: [MetricDelta]

    /// Compares `alliance` in `from` and `to`, on `layer`. Mechanisms (for mechanism layers,
    /// "mechanism changed" and the shares) are coded, else inferred, unless `mechanisms` is
    /// ``MechanismBasis/coded``.
    public init(_ alliance: Alliance, from: Int, to: Int, layer: NetworkLayer = .all,
                mechanisms basis: MechanismBasis = .effective, workers: Int? = nil) {
        let vocab = alliance.vocabulary
        let a = alliance.snapshot(year: from), b = alliance.snapshot(year: to)
        let actorsA = a.actors.map(\.id), actorsB = b.actors.map(\.id)
        let setA = Set(actorsA), setB = Set(actorsB)
        self.alliance = alliance.id.rawValue
        self.fromYear = from
        self.toYear = to
        self.layer = layer.description
        actorsAdded = actorsB.filter { !setA.contains($0) }.map(\.rawValue)
        actorsRemoved = actorsA.filter { !setB.contains($0) }.map(\.rawValue)

        let analysedA = a.analysedRelations(basis: basis).filter { layer.contains($0.relation, mechanism: $0.mechanism) }
        let analysedB = b.analysedRelations(basis: basis).filter { layer.contains($0.relation, mechanism: $0.mechanism) }
        func mechanisms(_ list: [AnalysedRelation]) -> [RelationID: CodedMechanism] {
            Dictionary(list.compactMap { x in x.mechanism.map { (x.relation.id, $0) } }, uniquingKeysWith: { first, _ in first })
        }
        let mechanismA = mechanisms(analysedA), mechanismB = mechanisms(analysedB)
        let relA = analysedA.map(\.relation), relB = analysedB.map(\.relation)
        let idsA = Set(relA.map(\.id)), idsB = Set(relB.map(\.id))
        var removed = relA.filter { !idsB.contains($0.id) }
        var added = relB.filter { !idsA.contains($0.id) }
        var changes: [RelationChange] = []

        func text(_ m: CodedMechanism?) -> String { m?.description ?? "-" }
        func text(_ f: Formalisation?) -> String { f?.id ?? "-" }
        func compare(_ r: Relation, _ s: Relation) {
            let ends = r.actors.map(\.rawValue)
            if r.format != s.format {
                changes.append(RelationChange(field: "format", before: r.id.rawValue, after: s.id.rawValue, actors: ends,
                                              from: r.format.rawValue, to: s.format.rawValue))
            }
            let mr = mechanismA[r.id], ms = mechanismB[s.id]
            if mr != ms {
                changes.append(RelationChange(field: "mechanism", before: r.id.rawValue, after: s.id.rawValue, actors: ends,
                                              from: text(mr), to: text(ms)))
            }
            let fr = r.effectiveFormalisation(in: vocab), fs = s.effectiveFormalisation(in: vocab)
            if fr != fs {
                changes.append(RelationChange(field: "formalisation", before: r.id.rawValue, after: s.id.rawValue, actors: ends,
                                              from: text(fr), to: text(fs)))
            }
        }
        // The same relation in both years (possible only if a caller compares differently coded copies).
        let byIdB = Dictionary(relB.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for r in relA { if let s = byIdB[r.id] { compare(r, s) } }
        // Ended and started relations between the same actors: a change.
        var matchedRemoved = Set<Int>(), matchedAdded = Set<Int>()
        for (i, r) in removed.enumerated() {
            if let j = added.indices.first(where: { !matchedAdded.contains($0) && sameEnds(added[$0].ends, r.ends) }) {
                matchedRemoved.insert(i)
                matchedAdded.insert(j)
                compare(r, added[j])
            }
        }
        removed = removed.enumerated().filter { !matchedRemoved.contains($0.offset) }.map(\.element)
        added = added.enumerated().filter { !matchedAdded.contains($0.offset) }.map(\.element)
        relationsAdded = added.map(\.id.rawValue)
        relationsRemoved = removed.map(\.id.rawValue)
        self.changes = changes

        let ma = a.metrics(layer: layer, mechanisms: basis, workers: workers)
        let mb = b.metrics(layer: layer, mechanisms: basis, workers: workers)
        metricDeltas = NetworkMetrics.numericMetricNames.map { MetricDelta(metric: $0, from: ma.value($0), to: mb.value($0)) }
    }
}

/// Whether two relations connect the same actors the same way (order within a side ignored).
func sameEnds(_ x: RelationEnds, _ y: RelationEnds) -> Bool {
    switch (x, y) {
    case let (.undirected(a), .undirected(b)): Set(a) == Set(b)
    case let (.directed(f1, t1), .directed(f2, t2)): Set(f1) == Set(f2) && Set(t1) == Set(t2)
    default: false
    }
}
