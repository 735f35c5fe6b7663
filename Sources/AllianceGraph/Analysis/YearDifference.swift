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
    /// The label of ``from`` (`nil` when there is no value).
    public var fromLabel: Label?
    /// The label of ``to`` (`nil` when there is no value).
    public var toLabel: Label?
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

/// A relation of the earlier year replaced by one of the later year (`replaced_by:`).
public struct RelationReplacement: Sendable, Hashable, Codable {
    /// The relation holding in the earlier year.
    public var before: String
    /// The relation replacing it in the later year.
    public var after: String
    /// The actors of both, each once: the earlier relation's first, e.g. `ki, thm, abh, kim`.
    public var actors: [String]
}

/// What changed in one alliance between two years.
///
/// Actors are matched by id, so an actor that leaves and joins again is recognised. Relations are
/// matched by ``RelationCorrespondence``: by id, then by `replaced_by:`, then by the same ends and
/// format. A replacement is reported once (in ``replacements``, with its changes of format,
/// mechanism or formalisation in ``changes``), not as one relation removed and another added.
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
    /// Relations holding in the later year only (``RelationCorrespondence/started``).
    public var relationsAdded: [String]
    /// Relations holding in the earlier year only (``RelationCorrespondence/ended``).
    public var relationsRemoved: [String]
    /// Relations of the earlier year replaced by one of the later year.
    public var replacements: [RelationReplacement]
    /// What differs between corresponding relations: format, mechanism or formalisation.
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
        let correspondence = RelationCorrespondence(from: analysedA, to: analysedB, in: alliance)
        relationsAdded = correspondence.started.map(\.relation.id.rawValue)
        relationsRemoved = correspondence.ended.map(\.relation.id.rawValue)
        replacements = correspondence.matches.filter(\.isReplacement).map { match in
            let actors = match.before.relation.actors + match.after.relation.actors.filter { !match.before.relation.actors.contains($0) }
            return RelationReplacement(before: match.before.relation.id.rawValue, after: match.after.relation.id.rawValue,
                                       actors: actors.map(\.rawValue))
        }
        func text(_ m: CodedMechanism?) -> String { m?.description ?? "-" }
        func text(_ f: Formalisation?) -> String { f?.id ?? "-" }
        func label(_ m: CodedMechanism?) -> Label? { m.map { Label(de: $0.text(.de), en: $0.text(.en)) } }
        changes = correspondence.matches.flatMap { match in
            let r = match.before.relation, s = match.after.relation
            let ends = r.actors.map(\.rawValue)
            return match.changes.map { field in
                let (old, new): (String, String)
                let (oldLabel, newLabel): (Label?, Label?)
                switch field {
                case .format:
                    (old, new) = (r.format.rawValue, s.format.rawValue)
                    (oldLabel, newLabel) = (vocab.label(of: r.format), vocab.label(of: s.format))
                case .mechanism:
                    (old, new) = (text(match.before.mechanism), text(match.after.mechanism))
                    (oldLabel, newLabel) = (label(match.before.mechanism), label(match.after.mechanism))
                case .formalisation:
                    let fr = r.effectiveFormalisation(in: vocab), fs = s.effectiveFormalisation(in: vocab)
                    (old, new) = (text(fr), text(fs))
                    (oldLabel, newLabel) = (fr?.label, fs?.label)
                }
                return RelationChange(field: field.rawValue, before: r.id.rawValue, after: s.id.rawValue, actors: ends,
                                      from: old, to: new, fromLabel: oldLabel, toLabel: newLabel)
            }
        }

        let ma = a.metrics(layer: layer, mechanisms: basis, workers: workers)
        let mb = b.metrics(layer: layer, mechanisms: basis, workers: workers)
        metricDeltas = NetworkMetrics.numericMetricNames.map { MetricDelta(metric: $0, from: ma.value($0), to: mb.value($0)) }
    }
}
