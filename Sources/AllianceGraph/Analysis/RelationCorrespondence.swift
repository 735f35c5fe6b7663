/// Which relation of one year is the same relation, or its replacement, in another year: the
/// one definition that `alliance diff` (``YearDifference``) and the difference diagram
/// (`DifferenceView` in AllianceGraphviz) share.
///
/// The relations holding in the earlier year are matched with those holding in the later year
/// by three rules; each relation is matched at most once:
///
/// 1. **The same id** (``Basis/sameID``): a relation holding in both years is the same relation,
///    even if its members changed (a core group someone joined) — unless it is replaced during
///    the later year (rule 2).
/// 2. **`replaced_by:`** (``Basis/replacement``): a relation holding in the earlier year whose
///    successor — following `replaced_by:` links through relations that hold in neither year —
///    holds in the later year but not in the earlier one is *replaced* by it. This holds even if
///    the relation itself still holds in the later year (replaced during that year, e.g.
///    `years: 2021-2022` replaced by one with `years: 2022`); the replacement then stands for it,
///    and it is neither the same relation nor ended. Several relations may be replaced by the
///    same one (two agreements merged into one). Compared backwards in time (the earlier year
///    given second), the links are followed the other way, so the pair is still matched.
/// 3. **The same ends and format** (``Basis/sameEndsAndFormat``): a relation holding only in the
///    earlier year and one holding only in the later year with the same format between the same
///    actors (the same direction; order within a side ignored) are the same relation written as
///    two items, e.g. because its mechanism changed.
///
/// A relation whose **format** changed is a different relation: without `replaced_by:` it is
/// reported as one relation ended and another started; with it, as a replacement whose
/// ``Match/changes`` include ``Field/format``. What is left unmatched ended (``ended``) or
/// started (``started``).
///
/// - Complexity: O((*n* + *m*) · *k*) for *n* and *m* relations in the two years and *k* the
///   longest `replaced_by:` chain; the third rule compares the unmatched relations pairwise,
///   O(*u* · *v*) for *u* ended and *v* started relations.
public struct RelationCorrespondence: Sendable, Hashable {
    /// Which rule matched two relations.
    public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
        /// The same relation id in both years.
        case sameID = "id"
        /// The earlier relation names the later one (directly or through a chain) in `replaced_by:`.
        case replacement = "replaced_by"
        /// The same format between the same actors.
        case sameEndsAndFormat = "ends_format"
    }

    /// What differs between two matched relations.
    public enum Field: String, Sendable, Hashable, Codable, CaseIterable {
        /// The format (only in a replacement: the other rules match the same format).
        case format
        /// The coordination mechanism taken (coded, or inferred, per ``MechanismBasis``), with its sub-form.
        case mechanism
        /// The formalisation in force (``Relation/effectiveFormalisation(in:)``).
        case formalisation
    }

    /// A relation of the earlier year and the one it corresponds to in the later year.
    public struct Match: Sendable, Hashable {
        /// The relation in the earlier year.
        public var before: AnalysedRelation
        /// The relation in the later year (the same relation for ``Basis/sameID``).
        public var after: AnalysedRelation
        /// The rule that matched them.
        public var basis: Basis
        /// What differs, in the order of ``Field``; empty when nothing does.
        public var changes: [Field]

        /// Whether the later relation replaces the earlier one (`replaced_by:`).
        public var isReplacement: Bool { basis == .replacement }
        /// Whether anything differs (a changed relation, or a replacement with changes).
        public var isChanged: Bool { !changes.isEmpty }
    }

    /// The matched relations, in the earlier year's order.
    public var matches: [Match]
    /// Relations of the earlier year without a counterpart, in their order.
    public var ended: [AnalysedRelation]
    /// Relations of the later year without a counterpart, in their order.
    public var started: [AnalysedRelation]

    /// Matches `earlier` with `later`, each the relations holding in one year of `alliance` with the
    /// mechanism the comparison takes for them. `replaced_by:` links are followed through the
    /// alliance's relations holding in neither year; formalisations are taken in its vocabulary.
    public init(from earlier: [AnalysedRelation], to later: [AnalysedRelation], in alliance: Alliance) {
        let vocabulary = alliance.vocabulary
        var successorOf: [RelationID: RelationID] = [:]
        for relation in alliance.relations + earlier.map(\.relation) + later.map(\.relation) {
            if successorOf[relation.id] == nil, let next = relation.replacedBy { successorOf[relation.id] = next }
        }
        let laterIDs = Set(later.map(\.relation.id))
        let earlierIDs = Set(earlier.map(\.relation.id))
        var laterIndex: [RelationID: Int] = [:]
        for (index, analysed) in later.enumerated() where laterIndex[analysed.relation.id] == nil {
            laterIndex[analysed.relation.id] = index
        }
        var earlierIndex: [RelationID: Int] = [:]
        for (index, analysed) in earlier.enumerated() where earlierIndex[analysed.relation.id] == nil {
            earlierIndex[analysed.relation.id] = index
        }
        var matchOfEarlier: [Int: (later: Int, basis: Basis)] = [:]
        var matchedLater = Set<Int>()
        // Copies of a replaced relation that still holds in the year its successor starts: the
        // replacement stands for them.
        var consumedEarlier = Set<Int>(), consumedLater = Set<Int>()
        /// The first relation down the chain of successors of `start` that `accept`s; a successor
        /// holding in either year otherwise ends the chain (it was there already).
        func firstSuccessor(of start: RelationID, where accept: (RelationID) -> Bool) -> RelationID? {
            var seen: Set<RelationID> = [start]
            var next = successorOf[start]
            while let id = next, seen.insert(id).inserted {
                if accept(id) { return id }
                if laterIDs.contains(id) || earlierIDs.contains(id) { return nil }
                next = successorOf[id]
            }
            return nil
        }
        // 2. replaced_by, taken before the ids so that a relation replaced during the later year
        // (still holding in it, its successor starting then) is reported as replaced.
        var replacing = Set<Int>()
        for (index, analysed) in earlier.enumerated() {
            let found = firstSuccessor(of: analysed.relation.id) { id in
                guard let j = laterIndex[id], !earlierIDs.contains(id) else { return false }
                return !matchedLater.contains(j) || replacing.contains(j)
            }
            guard let id = found, let j = laterIndex[id] else { continue }
            matchOfEarlier[index] = (j, .replacement)
            replacing.insert(j)
            if let own = laterIndex[analysed.relation.id] { consumedLater.insert(own) }
        }
        matchedLater.formUnion(replacing)
        // Backwards in time (the later year first): a later relation whose chain leads to an earlier one.
        for (j, analysed) in later.enumerated() where !matchedLater.contains(j) && !consumedLater.contains(j) {
            let found = firstSuccessor(of: analysed.relation.id) { id in
                guard let index = earlierIndex[id], !laterIDs.contains(id) else { return false }
                return matchOfEarlier[index] == nil
            }
            guard let id = found, let index = earlierIndex[id] else { continue }
            matchOfEarlier[index] = (j, .replacement)
            matchedLater.insert(j)
            if let own = earlierIndex[analysed.relation.id] { consumedEarlier.insert(own) }
        }
        // 1. The same id.
        for (index, analysed) in earlier.enumerated() where matchOfEarlier[index] == nil && !consumedEarlier.contains(index) {
            if let j = laterIndex[analysed.relation.id], !matchedLater.contains(j), !consumedLater.contains(j) {
                matchOfEarlier[index] = (j, .sameID)
                matchedLater.insert(j)
            }
        }
        // 3. The same ends and format.
        for (index, analysed) in earlier.enumerated() where matchOfEarlier[index] == nil {
            let r = analysed.relation
            if !consumedEarlier.contains(index), let j = later.indices.first(where: { j in
                !matchedLater.contains(j) && !consumedLater.contains(j) && later[j].relation.format == r.format && later[j].relation.ends.isSame(as: r.ends)
            }) {
                matchOfEarlier[index] = (j, .sameEndsAndFormat)
                matchedLater.insert(j)
            }
        }
        matches = earlier.indices.compactMap { index in
            matchOfEarlier[index].map { match in
                Self.match(earlier[index], later[match.later], basis: match.basis, vocabulary: vocabulary)
            }
        }
        ended = earlier.indices.filter { matchOfEarlier[$0] == nil && !consumedEarlier.contains($0) }.map { earlier[$0] }
        started = later.indices.filter { !matchedLater.contains($0) && !consumedLater.contains($0) }.map { later[$0] }
    }

    /// Matches the relations of `alliance` holding in `from` with those holding in `to`, taking
    /// mechanisms on `basis` (see ``init(from:to:in:)``).
    public init(_ alliance: Alliance, from: Int, to: Int, mechanisms basis: MechanismBasis = .effective) {
        self.init(from: alliance.snapshot(year: from).analysedRelations(basis: basis),
                  to: alliance.snapshot(year: to).analysedRelations(basis: basis), in: alliance)
    }

    static func match(_ before: AnalysedRelation, _ after: AnalysedRelation, basis: Basis, vocabulary: Vocabulary) -> Match {
        var changes: [Field] = []
        if before.relation.format != after.relation.format { changes.append(.format) }
        if before.mechanism != after.mechanism { changes.append(.mechanism) }
        if before.relation.effectiveFormalisation(in: vocabulary) != after.relation.effectiveFormalisation(in: vocabulary) {
            changes.append(.formalisation)
        }
        return Match(before: before, after: after, basis: basis, changes: changes)
    }
}
