/// Which relations of an alliance-year form the network to analyse.
public enum NetworkLayer: Hashable, Sendable, CustomStringConvertible {
    /// Every relation holding in the year.
    case all
    /// Only relations of one format, e.g. `case_conference`.
    case format(FormatID)
    /// Only relations with one coordination mechanism: coded, else inferred, unless the
    /// analysis uses ``MechanismBasis/coded`` (see ``contains(_:mechanism:)``).
    case mechanism(Mechanism)
    /// Only relations without a mechanism: neither coded nor inferable (with
    /// ``MechanismBasis/coded``: not coded).
    case uncodedMechanism

    /// Reads `all`, `uncoded`, a mechanism id (`positive`), a format id (`case_conference`),
    /// or the explicit `format:ID` / `mechanism:ID`. Returns `nil` for anything unknown.
    /// Format ids are looked up in `vocabulary` (the user's: built-in plus their vocabulary files).
    public init?(_ text: String, vocabulary: Vocabulary) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "all" || t.isEmpty { self = .all; return }
        if t == "uncoded" || t == "mechanism:uncoded" { self = .uncodedMechanism; return }
        if t.hasPrefix("format:") {
            let id = FormatID(String(t.dropFirst("format:".count)))
            guard vocabulary.format(id) != nil else { return nil }
            self = .format(id); return
        }
        if t.hasPrefix("mechanism:") {
            guard let m = Mechanism.term(id: String(t.dropFirst("mechanism:".count))) else { return nil }
            self = .mechanism(m); return
        }
        if let m = Mechanism.term(id: t) { self = .mechanism(m); return }
        if vocabulary.format(FormatID(t)) != nil { self = .format(FormatID(t)); return }
        return nil
    }

    /// Whether `relation` belongs to the layer, judging mechanism layers by its *coded*
    /// mechanism only (``MechanismBasis/coded``).
    public func contains(_ relation: Relation) -> Bool {
        contains(relation, mechanism: relation.mechanism)
    }

    /// Whether `relation` belongs to the layer when the analysis takes `mechanism` as its
    /// mechanism (see ``AllianceYear/analysedRelations(basis:)``).
    public func contains(_ relation: Relation, mechanism: CodedMechanism?) -> Bool {
        switch self {
        case .all: true
        case .format(let f): relation.format == f
        case .mechanism(let m): mechanism?.mechanism == m
        case .uncodedMechanism: mechanism == nil
        }
    }

    /// The text form accepted by ``init(_:vocabulary:)``: `all`, `format:ID`, `mechanism:ID`, `uncoded`.
    public var description: String {
        switch self {
        case .all: "all"
        case .format(let f): "format:\(f.rawValue)"
        case .mechanism(let m): "mechanism:\(m.id)"
        case .uncodedMechanism: "uncoded"
        }
    }
}

import Foundation

/// Which coordination mechanism the network analysis takes for a relation.
public enum MechanismBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// The mechanism in force: coded in the data, else inferred from format and direction by
    /// the classification's rule table (``MechanismClassifier/mechanism(of:)``). The default.
    case effective
    /// Only mechanisms coded in the data; relations without one count as uncoded
    /// (the behaviour before the classification existed; `--mechanisms coded`).
    case coded
}

/// A relation holding in an alliance-year with the mechanism the analysis takes for it.
public struct AnalysedRelation: Sendable, Hashable {
    /// The relation.
    public var relation: Relation
    /// The mechanism taken (coded, else inferred, depending on the ``MechanismBasis``); `nil` if none.
    public var mechanism: CodedMechanism?
    /// Whether ``mechanism`` was inferred by a rule rather than coded.
    public var isInferred: Bool

    /// Pairs `relation` with the mechanism taken for it.
    public init(relation: Relation, mechanism: CodedMechanism?, isInferred: Bool) {
        self.relation = relation
        self.mechanism = mechanism
        self.isInferred = isInferred
    }
}

extension AllianceYear {
    /// The relations holding in the year, each with the mechanism the analysis takes for it.
    ///
    /// With ``MechanismBasis/effective`` the classification decides (coded values win, otherwise
    /// the rule table in `MechanismRules`); with ``MechanismBasis/coded`` only coded values count.
    public func analysedRelations(basis: MechanismBasis = .effective) -> [AnalysedRelation] {
        AnalysedRelation.analyse(relations, of: alliance, basis: basis)
    }
}

extension Alliance {
    /// Every relation of the alliance, whatever its years, in file order, each with the mechanism
    /// the analysis takes for it (as ``AllianceYear/analysedRelations(basis:)``; the
    /// mechanism of a relation does not depend on the year; a core-group relation keeps
    /// ``RelationEnds/coreGroup`` here, where a year has its members). Diagrams use it for
    /// `DiagramOptions.mechanismBasis`.
    public func analysedRelations(basis: MechanismBasis = .effective) -> [AnalysedRelation] {
        AnalysedRelation.analyse(relations, of: self, basis: basis)
    }
}

extension AnalysedRelation {
    static func analyse(_ relations: [Relation], of alliance: Alliance, basis: MechanismBasis) -> [AnalysedRelation] {
        switch basis {
        case .coded:
            return relations.map { AnalysedRelation(relation: $0, mechanism: $0.mechanism, isInferred: false) }
        case .effective:
            let classifier = MechanismClassifier(context: ClassificationContext(alliance: alliance))
            return relations.map { r in
                let (mechanism, source) = classifier.mechanism(of: r)
                return AnalysedRelation(relation: r, mechanism: mechanism, isInferred: source == .inferred)
            }
        }
    }
}

/// An alliance-year (optionally one layer of it) projected onto graphs for analysis.
///
/// **Nodes** are the actors taking part in the year, in file order (node `i` is `actors[i]`).
///
/// **Undirected projection** (``graph``): actors `u` and `v` are adjacent when at least one
/// relation of the layer connects them, in either direction. A relation of more than two actors
/// becomes a clique when undirected (a core group, a case conference) and every source × target
/// pair when directed (``RelationEnds/pairs``). *Multi-relations are collapsed*: several relations
/// between the same pair (say a working group and a cooperation agreement) give one unweighted
/// edge; their number is kept in ``relationCount(_:_:)`` but no metric uses it as a weight.
///
/// **Directed graph** (``digraph``): a directed relation gives arcs source → target; an undirected
/// relation gives arcs both ways (mutual ties). Only brokerage uses it.
///
/// Relation ends naming actors that are absent in the year (or unknown) are skipped and counted in
/// ``skippedEnds``; the validator reports such data errors.
public struct NetworkProjection: Sendable {
    /// The alliance-year projected.
    public let snapshot: AllianceYear
    /// The layer.
    public let layer: NetworkLayer
    /// The nodes: the actors present in the year, in file order.
    public let actors: [Actor]
    /// Which mechanisms the layer and the shares use.
    public let mechanismBasis: MechanismBasis
    /// The relations of the layer holding in the year.
    public let relations: [Relation]
    /// The mechanism taken for each of ``relations`` (same order), coded or inferred per ``mechanismBasis``.
    public let mechanisms: [CodedMechanism?]
    /// How many of ``relations`` have an inferred (not coded) mechanism.
    public let inferredMechanisms: Int
    /// The undirected simple graph (see the type's documentation).
    public let graph: CompactGraph
    /// The directed simple graph (see the type's documentation).
    public let digraph: CompactDigraph
    /// The policy area of every node (`nil` for an unknown kind without an own area).
    public let areas: [PolicyArea?]
    /// Relation ends that named an actor absent in the year or unknown.
    public let skippedEnds: Int
    private let index: [ActorID: Int]

    /// Projects `snapshot` restricted to `layer`, using the alliance's vocabulary for policy areas and
    /// `mechanisms` to decide each relation's mechanism (default: coded, else inferred).
    /// - Complexity: O(*n* + Σ_r *k*(r)²) for *n* actors and relations *r* with *k*(r) actors (a
    ///   relation of *k* actors gives up to *k*(*k* − 1)/2 pairs, expanded by node index), plus
    ///   building the two graphs.
    public init(_ snapshot: AllianceYear, layer: NetworkLayer = .all, mechanisms basis: MechanismBasis = .effective) {
        self.snapshot = snapshot
        self.layer = layer
        self.mechanismBasis = basis
        let vocab = snapshot.alliance.vocabulary
        let actors = snapshot.actors
        self.actors = actors
        var index: [ActorID: Int] = [:]
        for (i, a) in actors.enumerated() where index[a.id] == nil { index[a.id] = i }
        self.index = index
        let analysed = snapshot.analysedRelations(basis: basis)
            .filter { layer.contains($0.relation, mechanism: $0.mechanism) }
        let relations = analysed.map(\.relation)
        self.relations = relations
        self.mechanisms = analysed.map(\.mechanism)
        self.inferredMechanisms = analysed.filter(\.isInferred).count
        let n = actors.count
        var edges: [(Int, Int)] = []
        var arcs: [(Int, Int)] = []
        var skipped = 0
        for r in relations {
            for id in r.actors where index[id] == nil { skipped += 1 }
            // The pairs of ``RelationEnds/pairs`` between nodes, by node index (no id pairs built).
            switch r.ends {
            case .undirected:
                let nodes = r.actors.compactMap { index[$0] }
                for i in nodes.indices {
                    for j in nodes.indices where j > i && nodes[i] != nodes[j] {
                        edges.append((nodes[i], nodes[j]))
                        arcs.append((nodes[i], nodes[j]))
                        arcs.append((nodes[j], nodes[i]))
                    }
                }
            case .directed(let from, let to):
                for f in from {
                    guard let u = index[f] else { continue }
                    for t in to where t != f {
                        guard let v = index[t], u != v else { continue }
                        edges.append((u, v))
                        arcs.append((u, v))
                    }
                }
            case .coreGroup:
                break  // a year's relations carry the core group's members as a group
            }
        }
        self.skippedEnds = skipped
        self.graph = CompactGraph(nodeCount: n, edges: edges)
        self.digraph = CompactDigraph(nodeCount: n, arcs: arcs)
        self.areas = actors.map { $0.policyArea(in: vocab) }
    }

    /// The node index of actor `id`, if it is a node.
    public func node(of id: ActorID) -> Int? { index[id] }

    /// How many relations of the layer connect nodes `u` and `v` (0 if none).
    /// - Complexity: O(Σ_r *k*(r)) over the relations of the layer (counted on demand rather than
    ///   stored per pair, which for a group of *k* actors would be *k*(*k* − 1)/2 entries).
    public func relationCount(_ u: Int, _ v: Int) -> Int {
        guard u != v, actors.indices.contains(u), actors.indices.contains(v) else { return 0 }
        let a = actors[u].id, b = actors[v].id
        guard index[a] == u, index[b] == v else { return 0 }
        return relations.reduce(0) { count, r in
            switch r.ends {
            case .undirected(let list):
                return count + (list.contains(a) && list.contains(b) ? 1 : 0)
            case .directed(let from, let to):
                let connects = (from.contains(a) && to.contains(b)) || (from.contains(b) && to.contains(a))
                return count + (connects ? 1 : 0)
            case .coreGroup:
                return count
            }
        }
    }

    /// Group numbers for brokerage and the E-I index: the policy area of each node; unknown
    /// areas each form a group of their own so they never count as "same area".
    public var areaGroups: [Int] {
        areas.enumerated().map { i, area in
            area.map { PolicyArea.allCases.firstIndex(of: $0)! } ?? (PolicyArea.allCases.count + i)
        }
    }

    /// The undirected edge list with actor ids, each edge once (`u < v` by node index).
    public var edgeList: [(ActorID, ActorID)] {
        graph.edges.map { (actors[$0.0].id, actors[$0.1].id) }
    }
}
