import AllianceGraph

/// Restricts a diagram to some policy areas, formats, mechanisms or actors.
///
/// An empty set means "no restriction". Filters combine with AND.
public struct DiagramFilter: Hashable, Sendable {
    /// Keep only actors of these policy areas (and relations among them).
    public var areas: Set<PolicyArea>
    /// Keep only relations of these formats.
    public var formats: Set<FormatID>
    /// Keep only relations with these mechanisms. In diagrams the mechanism is taken on the
    /// basis of ``DiagramOptions/mechanismBasis`` (coded only by default, or coded else inferred);
    /// ``apply(to:)`` itself looks at the mechanisms in the data it is given.
    public var mechanisms: Set<Mechanism>
    /// Keep only these actors and the actors directly related to them, and only relations
    /// that involve at least one of them.
    public var actors: Set<ActorID>
    /// How far from ``actors`` to keep (the ego view): 1 keeps their direct partners, 2 also the
    /// partners' partners (with the relations among them that touch a direct partner).
    /// Diagrams highlight ``actors`` and fade the actors two steps away.
    public var depth: Int

    /// Creates a filter; the default keeps everything.
    public init(areas: Set<PolicyArea> = [], formats: Set<FormatID> = [], mechanisms: Set<Mechanism> = [],
                actors: Set<ActorID> = [], depth: Int = 1) {
        self.areas = areas
        self.formats = formats
        self.mechanisms = mechanisms
        self.actors = actors
        self.depth = max(1, depth)
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { areas.isEmpty && formats.isEmpty && mechanisms.isEmpty && actors.isEmpty }

    /// The alliance reduced to what the filter keeps, for all years (policy areas from the
    /// alliance's ``Alliance/vocabulary``).
    public func apply(to alliance: Alliance) -> Alliance {
        apply(to: alliance) { $0.mechanism }
    }

    /// The alliance reduced to what the filter keeps, judging ``mechanisms`` by the mechanism
    /// `mechanism` takes for each relation (coded, or inferred); the relations keep their coded ones.
    func apply(to alliance: Alliance, mechanism: (Relation) -> CodedMechanism?) -> Alliance {
        let vocabulary = alliance.vocabulary
        guard !isEmpty else { return alliance }
        var result = alliance
        var kept = alliance.actors.filter { areas.isEmpty || $0.policyArea(in: vocabulary).map(areas.contains) == true }
        var keptIDs = Set(kept.map(\.id))
        var relations = alliance.relations.filter { relation in
            (formats.isEmpty || formats.contains(relation.format))
                && (mechanisms.isEmpty || mechanism(relation).map { mechanisms.contains($0.mechanism) } == true)
        }
        if !actors.isEmpty {
            // Rings around the actors: each step keeps the relations touching what is reached.
            var reached = actors
            var touching = relations
            for _ in 0..<depth {
                let current = reached
                touching = relations.filter { !Set(alliance.members(of: $0)).isDisjoint(with: current) }
                reached.formUnion(touching.flatMap(alliance.members(of:)))
            }
            relations = touching
            kept = kept.filter { reached.contains($0.id) }
            keptIDs = Set(kept.map(\.id))
        }
        relations = relations.compactMap { relation in
            var copy = relation
            switch relation.ends {
            case .undirected(let list):
                let inside = list.filter(keptIDs.contains)
                guard inside.count >= 2 else { return nil }
                copy.ends = .undirected(inside)
            case .directed(let from, let to):
                let f = from.filter(keptIDs.contains), t = to.filter(keptIDs.contains)
                guard !f.isEmpty, !t.isEmpty else { return nil }
                copy.ends = .directed(from: f, to: t)
            case .coreGroup:
                break  // its members follow the kept actors' core_group
            }
            return copy
        }
        result.actors = kept
        result.relations = relations
        return result
    }
}
