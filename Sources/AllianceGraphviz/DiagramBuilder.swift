import AllianceGraph

/// How an element of a diagram relates to change between years.
enum ChangeMark: Hashable, Sendable {
    /// A plain single-year diagram.
    case normal
    /// Present in both compared years, unchanged.
    case unchanged
    /// New in the later year.
    case added
    /// Present in the earlier year only.
    case removed
    /// Present in both years with a different format, mechanism or formalisation, or replaced
    /// by the relation drawn (``RelationCorrespondence/Match/isReplacement``).
    case changed(RelationCorrespondence.Match)
    /// An actor not involved in the year shown (kept in place so that years line up).
    case absent
}

/// The kinds of change the difference view colours (lines and frames), for the legend.
enum ChangeKind: Hashable, Sendable {
    case added, removed, changed, unchanged

    init?(_ mark: ChangeMark) {
        switch mark {
        case .added: self = .added
        case .removed: self = .removed
        case .changed: self = .changed
        case .unchanged: self = .unchanged
        case .normal, .absent: return nil
        }
    }
}

/// A relation as drawn, clipped to the actors on the diagram.
struct DrawnRelation {
    /// Position of the relation in the (filtered) alliance; stable across years and views.
    let index: Int
    /// The relation with its coded mechanism (``Relation/mechanism`` is never overwritten).
    let relation: Relation
    let ends: RelationEnds
    /// The mechanism drawn, on the basis of ``DiagramOptions/mechanismBasis``: coded, or inferred.
    let analysed: AnalysedRelation

    /// The mechanism drawn (coded or inferred).
    var mechanism: CodedMechanism? { analysed.mechanism }

    /// Whether it is the core group, drawn as a badge on its members' nodes, not as lines.
    var isCoreGroup: Bool { relation.ends == .coreGroup }

    /// The actors it joins, as drawn.
    var members: [ActorID] {
        switch ends {
        case .undirected(let list): list
        case .directed(let from, let to): from + to
        case .coreGroup: []
        }
    }

    /// Whether it is drawn as a box joined to each actor (a group of three or more).
    var usesHub: Bool {
        if case .undirected(let list) = ends { list.count >= 3 } else { false }
    }

    /// Whether the relation itself is a group of three or more (even if fewer are drawn).
    var isGroup: Bool {
        switch relation.ends {
        case .undirected(let list): Set(list).count >= 3
        case .coreGroup: true
        case .directed: false
        }
    }
}

/// What a diagram uses, so the legend explains exactly that.
struct LegendUsage {
    var areas: [PolicyArea?] = []
    var mechanisms: [Mechanism?] = []
    /// Mechanisms drawn as inferred, not coded (``DiagramOptions/mechanismBasis``).
    var inferredMechanisms: [Mechanism] = []
    var hasManagingOffice = false
    var hasDirected = false
    var hasHub = false
    var hasFormatLabels = false
    /// Captions drawn as a number at their line, as the legend lists them (``CaptionKey``).
    var captionKey: [CaptionKey.Entry] = []
    var hasAbsent = false
    var difference: (from: Int, to: Int)?
    /// Coverage states of the interfaces drawn (see ``InterfaceOverlay``).
    var interfaceStatuses: [CoverageStatus] = []
    /// Whether an interface drawn is a warning sign.
    var hasInterfaceWarning = false
    /// Coverage changes marked on interfaces (difference view).
    var coverageChanges: [CoverageChange] = []
    /// Whether lines to an interface's actors end in a circle (difference view).
    var hasInterfaceConnectorMark = false
    /// The actors drawn (not as absent) and the relations drawn, by index: counted for the
    /// diagram's description (`<desc>` in SVG).
    var drawnActors: Set<ActorID> = []
    /// Whether actors are highlighted as the centre of an ego view, and others faded as two steps away.
    var hasEgoFocus = false
    var hasEgoFaded = false
    var drawnRelations: Set<Int> = []
    /// The change colours used (difference view).
    var changes: Set<ChangeKind> = []
    /// The core group's format and mechanism, when its members carry the badge.
    var coreGroup: String?
    /// The metric actors are sized by, with its smallest and largest value (``DiagramOptions/sizeBy``).
    var size: (metric: String, low: Double, high: Double)?
    /// Actor kinds drawn in a colour of their own (``DiagramOptions/style``), in order of drawing.
    var styledKinds: [ActorKindID] = []
    /// Formats whose lines are drawn in a colour of their own (``DiagramOptions/style``).
    var styledFormats: [FormatID] = []

    mutating func note(area: PolicyArea?) { if !areas.contains(area) { areas.append(area) } }
    mutating func note(mechanism: Mechanism?) { if !mechanisms.contains(mechanism) { mechanisms.append(mechanism) } }
    mutating func note(inferred mechanism: Mechanism) {
        if !inferredMechanisms.contains(mechanism) { inferredMechanisms.append(mechanism) }
    }
}

/// Turns actors and relations into DOT statements with the workshop design of ``DiagramStyle``.
struct DiagramBuilder {
    /// The alliance after filtering; relations keep their coded mechanisms.
    let alliance: Alliance
    let vocabulary: Vocabulary
    let options: DiagramOptions
    /// Every relation of the unfiltered alliance with the mechanism drawn for it on the basis of
    /// ``DiagramOptions/mechanismBasis``, by id (relation ids are unique in a valid alliance).
    let analysed: [RelationID: AnalysedRelation]
    var usage = LegendUsage()
    /// Enlarges the text the builder sizes itself (the boxes of groups): 1, larger on posters.
    var textScale = 1.0
    /// The built-in size of captions and of the boxes of groups (a style file's `relation` size
    /// wins): 9 pt, 10 pt in the compact layout (``CompactLayout``), printed at about 0.85 of its size on A4.
    var relationFontSize = Self.defaultRelationFontSize
    /// The built-in size of captions outside the compact layout and the poster, in points.
    static let defaultRelationFontSize = 9.0
    /// The alliance before filtering: metrics are taken on it.
    let whole: Alliance
    /// Each actor's size factor (1…2) by ``DiagramOptions/sizeBy``, once ``prepareSizes(year:)`` ran.
    var sizeFactors: [ActorID: Double] = [:]
    /// In an ego view of depth 2 (``DiagramFilter/depth``): the actors of ``DiagramFilter/actors``
    /// and their direct partners; the others are faded.
    let egoNear: Set<ActorID>?

    init(alliance: Alliance, options: DiagramOptions) {
        let vocabulary = alliance.vocabulary
        self.vocabulary = vocabulary
        self.whole = alliance
        // Mechanisms are taken on the whole alliance, before filtering, so that a filter never
        // changes what is inferred; the mechanism filter then sees the same basis as the lines.
        let analysed = Dictionary(alliance.analysedRelations(basis: options.mechanismBasis)
            .map { ($0.relation.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.analysed = analysed
        self.alliance = options.filter.apply(to: alliance) { relation in
            analysed[relation.id]?.mechanism ?? relation.mechanism
        }
        self.options = options
        let filter = options.filter
        if !filter.actors.isEmpty, filter.depth >= 2 {
            let filtered = self.alliance
            egoNear = Set(filtered.relations.filter { !Set(filtered.members(of: $0)).isDisjoint(with: filter.actors) }
                .flatMap(filtered.members(of:))).union(filter.actors)
        } else {
            egoNear = nil
        }
    }

    /// Sizes actors by ``DiagramOptions/sizeBy`` as measured in `year` on the whole alliance
    /// (the analysis's actor metrics, ``ActorMetrics/value(_:)``), linearly from 1 (the year's
    /// smallest value) to 2 (its largest); notes the metric for the legend. Does nothing without `sizeBy`.
    mutating func prepareSizes(year: Int) {
        guard let name = options.sizeBy, let metric = DiagramOptions.sizeMetric(name) else { return }
        let metrics = whole.snapshot(year: year).metrics(mechanisms: options.mechanismBasis, workers: 1).actorMetrics
        let values = Dictionary(metrics.compactMap { actor in actor.value(metric).map { (ActorID(actor.id), $0) } },
                                uniquingKeysWith: { first, _ in first })
        let low = values.values.min() ?? 0, high = values.values.max() ?? 0
        sizeFactors = values.mapValues { high > low ? 1 + ($0 - low) / (high - low) : 1 }
        usage.size = (name, low, high)
    }

    /// `relation` (as it stands in ``alliance``: perhaps clipped by the filter) with the mechanism drawn for it.
    func analysed(_ relation: Relation) -> AnalysedRelation {
        let taken = analysed[relation.id]
        return AnalysedRelation(relation: relation, mechanism: taken?.mechanism ?? relation.mechanism,
                                isInferred: taken?.isInferred ?? false)
    }

    var language: Language { options.language }
    /// The user's style over the built-in look (``DiagramOptions/style``).
    var style: DiagramStyleSheet { options.style }

    static func actorNodeID(_ id: ActorID) -> String { "a:" + id.rawValue }
    static func hubNodeID(_ index: Int) -> String { "r:\(index)" }

    /// Relations holding in `year` (all years when `nil`), clipped to `actors`. The core group
    /// (``RelationEnds/coreGroup``) has its members of `year` (of all its years when `nil`).
    func drawnRelations(year: Int?, actors: Set<ActorID>) -> [DrawnRelation] {
        alliance.relations.enumerated().compactMap { index, relation in
            if let year, !relation.holds(in: year) { return nil }
            let ends = year.map { alliance.ends(of: relation, in: $0) }
                ?? (relation.ends == .coreGroup ? .undirected(alliance.members(of: relation)) : relation.ends)
            switch ends {
            case .coreGroup:
                return nil  // resolved above
            case .undirected(let list):
                let inside = list.filter(actors.contains)
                guard Set(inside).count >= 2 else { return nil }
                var seen = Set<ActorID>()
                return DrawnRelation(index: index, relation: relation,
                                     ends: .undirected(inside.filter { seen.insert($0).inserted }), analysed: analysed(relation))
            case .directed(let from, let to):
                let f = from.filter(actors.contains), t = to.filter(actors.contains)
                guard !f.isEmpty, !t.isEmpty, f.contains(where: { a in t.contains { $0 != a } }) else { return nil }
                return DrawnRelation(index: index, relation: relation, ends: .directed(from: f, to: t),
                                     analysed: analysed(relation))
            }
        }
    }

    // MARK: Nodes

    /// The label of an actor: its name, plus "GfS" ("MO" in English) for the managing office.
    func actorLabel(_ actor: Actor, managing: Bool) -> String {
        let name = actor.displayName(in: vocabulary, language: language)
        return managing ? name + "\n" + DiagramMessage.managingOfficeShort.text(language) : name
    }

    /// - Parameter coreGroup: for a member of the core group, how its membership changed (its
    ///   badge's colour: ``ChangeMark/normal`` in a single year, added, removed or unchanged in
    ///   the difference view); `nil` for an actor outside it.
    mutating func actorNode(_ actor: Actor, id: String? = nil, managing: Bool, mark: ChangeMark,
                            coreGroup: ChangeMark? = nil, extra: DOTAttributes = []) -> DOTStatement {
        let area = actor.policyArea(in: vocabulary)
        var tooltip = actorTooltip(actor, managing: managing)
        if let coreGroup, let core = usage.coreGroup {
            tooltip += " · " + DiagramMessage.coreGroupMember.text(language, ["format": .text(core)])
            if let change = ChangeKind(coreGroup) { usage.changes.insert(change) }
        }
        // A core-group member's badge goes in front of its name, inside the box: as an xlabel,
        // Graphviz put it wherever there was room, often below the node or on a line.
        let label: DOTValue = if let coreGroup {
            .html("<FONT COLOR=\"" + changeColor(coreGroup) + "\">" + DiagramStyle.coreGroupBadge + " </FONT>"
                  + DOTEscaping.html(actorLabel(actor, managing: managing)))
        } else {
            .label(actorLabel(actor, managing: managing))
        }
        var attributes: DOTAttributes = [("label", label), ("tooltip", .text(tooltip))]
        if let factor = sizeFactors[actor.id], mark != .absent {
            attributes.append(("fontsize", .number((style.size(.actor, 12) * factor).rounded())))
        }
        if mark != .absent { usage.drawnActors.insert(actor.id) }
        if let change = ChangeKind(mark) { usage.changes.insert(change) }
        switch mark {
        case .absent:
            usage.hasAbsent = true
            attributes += [("style", .text("rounded,dashed")), ("color", .text(DiagramStyle.absentColor)),
                           ("fontcolor", .text(DiagramStyle.absentColor)), ("fillcolor", .text("#FFFFFF"))]
        default:
            usage.note(area: area)
            if style.kindFills[actor.kind] != nil, !usage.styledKinds.contains(actor.kind) { usage.styledKinds.append(actor.kind) }
            attributes.append(("fillcolor", .text(style.nodeFill(area, kind: actor.kind))))
            if managing {
                usage.hasManagingOffice = true
                attributes += [("peripheries", .number(2)), ("penwidth", .number(2)),
                               ("fontname", .text(style.boldFontName))]
            }
            if options.filter.actors.contains(actor.id) {
                usage.hasEgoFocus = true
                attributes += [("penwidth", .number(4)), ("color", .text("#000000"))]
            } else if let egoNear, !egoNear.contains(actor.id) {
                usage.hasEgoFaded = true
                attributes += [("fillcolor", .text(DiagramStyle.inferredColor(style.nodeFill(area, kind: actor.kind)))),
                               ("fontcolor", .text("#808080")), ("color", .text("#A8A8A8"))]
            }
            if mark == .added {
                attributes += [("color", .text(style.color(.added))), ("penwidth", .number(3))]
            } else if mark == .removed {
                attributes += [("color", .text(style.color(.removed))), ("penwidth", .number(2)),
                               ("style", .text("rounded,dashed,filled"))]
            }
        }
        return .node(id: id ?? Self.actorNodeID(actor.id), attributes + extra)
    }

    /// The colour of a change mark (neutral for none), in the style.
    func changeColor(_ mark: ChangeMark) -> String {
        switch mark {
        case .added: style.color(.added)
        case .removed: style.color(.removed)
        case .changed: style.color(.changed)
        case .unchanged: style.color(.unchanged)
        case .normal, .absent: style.lineColor
        }
    }

    /// Notes the core group among `drawn` for the legend and returns how each of its members is
    /// marked: `mark` of the core group, or the member's own mark in `memberMarks` (joined, left).
    /// Its members then carry the badge instead of lines to a box (issue 15 item 5).
    mutating func coreGroupBadges(_ drawn: [DrawnRelation], mark: (DrawnRelation) -> ChangeMark = { _ in .normal },
                                  memberMarks: (DrawnRelation) -> [ActorID: ChangeMark] = { _ in [:] }) -> [ActorID: ChangeMark] {
        var badges: [ActorID: ChangeMark] = [:]
        for relation in drawn where relation.isCoreGroup {
            usage.coreGroup = vocabulary.label(of: relation.relation.format).text(language) + " (" + mechanismName(relation.analysed) + ")"
            usage.drawnRelations.insert(relation.index)
            let marks = memberMarks(relation)
            for member in relation.members { badges[member] = marks[member] ?? mark(relation) }
            for (member, memberMark) in marks where badges[member] == nil { badges[member] = memberMark }
        }
        return badges
    }

    /// The tooltip (and SVG `<title>`) of an actor: name, kind, policy area, managing office.
    func actorTooltip(_ actor: Actor, managing: Bool) -> String {
        let area = actor.policyArea(in: vocabulary)
        var text = DiagramMessage.actorTooltip.text(language, [
            "name": .text(actor.displayName(in: vocabulary, language: language)),
            "kind": .text(vocabulary.label(of: actor.kind).text(language)),
            "area": .text(area?.label.text(language) ?? DiagramMessage.otherArea.text(language)),
        ])
        if managing { text += " · " + DiagramMessage.managingOfficeLong.text(language) }
        return text
    }

    /// The tooltip (and SVG `<title>`) of a relation's lines and box: format, actors, mechanism
    /// (marked when inferred), years and status.
    /// - Parameter member: for the line from a group's box to one member: that member, and no
    ///   format (the box names it).
    func relationTooltip(_ drawn: DrawnRelation, member: ActorID? = nil) -> String {
        func name(_ id: ActorID) -> String {
            alliance.actor(id)?.displayName(in: vocabulary, language: language) ?? id.rawValue
        }
        let actors: String = switch drawn.ends {
        case .directed(let from, let to): from.map(name).joined(separator: ", ") + " → " + to.map(name).joined(separator: ", ")
        case .undirected(let list): list.map(name).joined(separator: ", ")
        case .coreGroup: ""
        }
        let frame = alliance.years
        func span(_ period: Period) -> String {
            let (start, end) = period.resolved(in: frame)
            let first = start.month == 1 ? String(start.year) : "\(start.month)/\(start.year)"
            let last = end.month == 12 ? String(end.year) : "\(end.month)/\(end.year)"
            return first == last ? first : first + "–" + last
        }
        let years = (drawn.relation.periods ?? [Period.years(frame)]).map(span).joined(separator: ", ")
        if let member {
            return DiagramMessage.memberTooltip.text(language, ["actor": .text(name(member)),
                                                                 "mechanism": .text(mechanismName(drawn.analysed)), "years": .text(years)])
        }
        var text = DiagramMessage.relationTooltip.text(language, [
            "format": .text(vocabulary.label(of: drawn.relation.format).text(language)), "actors": .text(actors),
            "mechanism": .text(mechanismName(drawn.analysed)), "years": .text(years),
        ])
        switch drawn.relation.effectiveStatus {
        case .planned: text += " · " + DiagramMessage.planned.text(language)
        case .ended: text += " · " + DiagramMessage.ended.text(language)
        default: break
        }
        return text
    }

    /// The root graph's `comment` that SVG output turns into its `<title>` and `<desc>`: the
    /// alliance and `subtitle`, then what is drawn (actors, relations) and the source.
    func descriptionComment(_ subtitle: String) -> DOTAttributes {
        let source = alliance.source.flatMap { $0.isEmpty ? nil : $0 } ?? DiagramMessage.noSource.text(language)
        let title = alliance.name + " – " + subtitle
        let description = DiagramMessage.description.text(language, [
            "title": .text(title), "actors": .int(usage.drawnActors.count), "relations": .int(usage.drawnRelations.count),
            "source": .text(source),
        ])
        func oneLine(_ text: String) -> String {
            text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: SVGReadability.descriptionSeparator, with: " ")
        }
        return [("comment", .text(oneLine(title) + SVGReadability.descriptionSeparator + oneLine(description)))]
    }

    /// The policy area a cluster of ``clustered(_:fontScale:)`` stands for, from its name
    /// (`nil` for the cluster of actors without an area).
    static func area(ofCluster name: String) -> PolicyArea? {
        PolicyArea.allCases.first { "cluster_" + $0.id == name }
    }

    /// A policy-area region of a shared layout as a node of its own: the cluster `name`'s box,
    /// pinned by `extra` (years side by side, drawn with given positions, which draw no clusters).
    /// Declared before the actors, it lies behind them. Its title is a node of its own
    /// (``regionTitle(cluster:id:fontScale:extra:)``), placed where the shared layout's lines do not cross it.
    func regionNode(cluster name: String, box: Box, id: String, extra: DOTAttributes) -> DOTStatement {
        let area = Self.area(ofCluster: name)
        let title = area?.label.text(language) ?? DiagramMessage.otherArea.text(language)
        return .node(id: id, [
            ("shape", .text("box")), ("style", .text("filled,rounded")), ("fixedsize", .bool(true)),
            ("width", .number(box.width / 72)), ("height", .number(box.height / 72)), ("label", .text("")),
            ("tooltip", .text(DiagramMessage.areaTooltip.text(language, ["area": .text(title)]))),
            ("fillcolor", .text(style.clusterFill(area))), ("color", .text("#C8C8C8")), ("penwidth", .number(1)),
        ] + extra)
    }

    /// The title of the policy-area region of cluster `name` as a text of its own, pinned by `extra`.
    func regionTitle(cluster name: String, id: String, fontScale: Double = 1, extra: DOTAttributes) -> DOTStatement {
        let area = Self.area(ofCluster: name)
        let title = area?.label.text(language) ?? DiagramMessage.otherArea.text(language)
        return .node(id: id, [
            ("shape", .text("plaintext")), ("style", .text("")), ("margin", .text("0")), ("label", .label(title)),
            ("tooltip", .text(DiagramMessage.areaTooltip.text(language, ["area": .text(title)]))),
            ("fontsize", .number((style.size(.area, 13) * fontScale).rounded())), ("fontname", .text(style.boldFontName)),
        ] + extra)
    }

    /// Actor nodes grouped into one cluster per policy area when the engine draws clusters;
    /// `fontScale` enlarges the areas' titles (years side by side).
    func clustered(_ nodes: [(actor: Actor, statement: DOTStatement)], fontScale: Double = 1) -> [DOTStatement] {
        guard options.engine.drawsClusters else { return nodes.map(\.statement) }
        var result: [DOTStatement] = []
        let areas: [PolicyArea?] = PolicyArea.allCases.map { $0 } + [nil]
        for area in areas {
            let members = nodes.filter { $0.actor.policyArea(in: vocabulary) == area }
            guard !members.isEmpty else { continue }
            let name = "cluster_" + (area?.id ?? "other")
            let title = area?.label.text(language) ?? DiagramMessage.otherArea.text(language)
            result.append(.subgraph(DOTSubgraph(name: name, attributes: [
                ("label", .label(title)), ("tooltip", .text(DiagramMessage.areaTooltip.text(language, ["area": .text(title)]))),
                ("style", .text("filled,rounded")),
                ("fillcolor", .text(style.clusterFill(area))), ("color", .text("#C8C8C8")),
                ("fontsize", .number((style.size(.area, 13) * fontScale).rounded())), ("fontname", .text(style.boldFontName)),
            ], statements: members.map(\.statement))))
        }
        return result
    }

    // MARK: Relations

    /// The caption of a relation's line or box: its format, and its status when it is not running;
    /// for a changed relation a line for each change (``RelationCorrespondence/Field``), old → new,
    /// and for a replacement the format it replaces.
    func relationCaption(_ relation: Relation, mark: ChangeMark) -> String {
        var text = vocabulary.label(of: relation.format).text(language)
        switch relation.effectiveStatus {
        case .planned: text += " (" + DiagramMessage.planned.text(language) + ")"
        case .ended: text += " (" + DiagramMessage.ended.text(language) + ")"
        default: break
        }
        if case .changed(let match) = mark {
            if match.isReplacement {
                text += "\n" + DiagramMessage.replaces.text(language) + " " + vocabulary.label(of: match.before.relation.format).text(language)
            }
            if match.changes.contains(.mechanism) {
                let (old, new) = (match.before.mechanism, match.after.mechanism)
                if let old, let new, old.mechanism == new.mechanism {
                    text += "\n" + subFormName(old) + " → " + subFormName(new)
                } else {
                    text += "\n" + mechanismName(match.before) + " → " + mechanismName(match.after)
                }
            }
            if match.changes.contains(.formalisation) {
                func name(_ relation: Relation) -> String {
                    relation.effectiveFormalisation(in: vocabulary)?.label.text(language) ?? "–"
                }
                text += "\n" + name(match.before.relation) + " → " + name(match.after.relation)
            }
        }
        return text
    }

    /// The name of a relation's mechanism, "not coded", or the mechanism with "(inferred)".
    func mechanismName(_ relation: AnalysedRelation) -> String {
        guard let mechanism = relation.mechanism?.mechanism else { return DiagramMessage.uncoded.text(language) }
        let name = mechanism.label.text(language)
        return relation.isInferred ? name + " (" + DiagramMessage.inferredShort.text(language) + ")" : name
    }

    /// The sub-form's name (the mechanism's when there is none), for a change within one mechanism.
    func subFormName(_ mechanism: CodedMechanism) -> String {
        mechanism.subForm?.label.text(language) ?? mechanism.mechanism.label.text(language)
    }

    /// Statements drawing one relation; `prefix` is put before every node id (years side by side).
    /// - Parameter memberMarks: for a group drawn as a box, marks of members that differ from
    ///   `mark` (members who joined or left between the compared years).
    mutating func relationStatements(_ drawn: DrawnRelation, mark: ChangeMark, prefix: String = "",
                                     hubExtra: DOTAttributes = [],
                                     memberMarks: [ActorID: ChangeMark] = [:]) -> [DOTStatement] {
        let mechanism = drawn.mechanism?.mechanism
        let isInferred = drawn.analysed.isInferred
        if isInferred, let mechanism { usage.note(inferred: mechanism) } else { usage.note(mechanism: mechanism) }
        let sheet = options.style   // (`style` is the DOT line style below)
        let line = sheet.line(for: mechanism, format: drawn.relation.format)
        if mark == .normal || mark == .absent, sheet.formatColours[drawn.relation.format] != nil,
           !usage.styledFormats.contains(drawn.relation.format) {
            usage.styledFormats.append(drawn.relation.format)
        }
        func look(_ mark: ChangeMark) -> (style: String, color: String, width: Double) {
            let look = plainLook(mark)
            guard isInferred else { return look }
            return (look.style, DiagramStyle.inferredColor(look.color), DiagramStyle.inferredPenWidth(look.width))
        }
        func plainLook(_ mark: ChangeMark) -> (style: String, color: String, width: Double) {
            switch mark {
            case .normal, .absent: (line.style, line.color, line.penWidth)
            case .unchanged: (line.style, sheet.color(.unchanged), line.penWidth)
            case .added: (line.style, sheet.color(.added), line.penWidth + 0.8)
            case .removed: (line.style, sheet.color(.removed), line.penWidth)
            case .changed: (line.style, sheet.color(.changed), line.penWidth + 0.8)
            }
        }
        func attributes(_ mark: ChangeMark) -> DOTAttributes {
            let look = look(mark)
            return [("style", .text(look.style)), ("color", .text(look.color)), ("penwidth", .number(look.width))]
        }
        let (style, color, width) = look(mark)
        let lineAttributes = attributes(mark)
        let caption = relationCaption(drawn.relation, mark: mark)
        let isIntervention = mechanism == .intervention
        let tooltip: DOTAttributes = [("tooltip", .text(relationTooltip(drawn)))]
        usage.drawnRelations.insert(drawn.index)
        if let change = ChangeKind(mark) { usage.changes.insert(change) }
        for memberMark in memberMarks.values { if let change = ChangeKind(memberMark) { usage.changes.insert(change) } }

        switch drawn.ends {
        case .undirected(let list) where list.count >= 3:
            usage.hasHub = true
            let hub = prefix + Self.hubNodeID(drawn.index)
            var result: [DOTStatement] = [.node(id: hub, [
                ("label", .label(caption)), ("shape", .text("box")), ("style", .text("rounded,filled," + style)),
                ("fillcolor", .text("#FFFFFF")), ("color", .text(color)), ("penwidth", .number(width)),
                ("fontsize", .number((sheet.size(.relation, relationFontSize) * textScale).rounded())), ("margin", .text("0.08,0.03")),
            ] + tooltip + hubExtra)]
            for actor in list {
                var attributes = memberMarks[actor].map(attributes) ?? lineAttributes
                attributes += isIntervention
                    ? [("dir", .text("forward")), ("arrowhead", .text(line.arrowHead))]
                    : [("dir", .text("none"))]
                result.append(.edge(from: hub, to: prefix + Self.actorNodeID(actor),
                                    attributes + [("tooltip", .text(relationTooltip(drawn, member: actor)))]))
            }
            return result
        case .undirected(let list):
            var attributes = lineAttributes
            attributes += isIntervention
                ? [("dir", .text("both")), ("arrowhead", .text(line.arrowHead)), ("arrowtail", .text(line.arrowHead))]
                : [("dir", .text("none"))]
            if options.showsFormatLabels { usage.hasFormatLabels = true; attributes.append(("label", .label(caption))) }
            return [.edge(from: prefix + Self.actorNodeID(list[0]), to: prefix + Self.actorNodeID(list[1]), attributes + tooltip)]
        case .coreGroup:
            return []  // drawn relations carry the year's members (``drawnRelations(year:actors:)``)
        case .directed(let from, let to):
            usage.hasDirected = true
            var result: [DOTStatement] = []
            for source in from {
                for target in to where target != source {
                    var attributes = lineAttributes
                    attributes += [("dir", .text("forward")), ("arrowhead", .text(line.arrowHead))]
                    if options.showsFormatLabels {
                        usage.hasFormatLabels = true
                        attributes.append(("label", .label(caption)))
                    }
                    result.append(.edge(from: prefix + Self.actorNodeID(source),
                                        to: prefix + Self.actorNodeID(target), attributes + tooltip))
                }
            }
            return result
        }
    }

    // MARK: Graph

    /// The title block: alliance name, what is shown, and a caption naming the data source.
    /// - Parameter scale: enlarges the title for big diagrams such as years side by side.
    func title(_ subtitle: String, scale: Double = 1) -> DOTValue { .html(titleHTML(subtitle, scale: scale)) }

    /// The title block with the legend panel below it (``Legend``), outside the layout, when
    /// ``DiagramOptions/showsLegend``; the legend explains what ``usage`` recorded, so this comes last.
    /// - Parameter scale: enlarges title and legend alike (years side by side, printed as posters).
    func header(_ subtitle: String, scale: Double = 1) -> DOTValue {
        guard options.showsLegend,
              let legend = Legend.table(usage, language: language, scale: scale, style: style, vocabulary: vocabulary,
                                        areasTitled: options.engine.drawsClusters,
                                        lineCharacters: Legend.lineCharacters(on: options.page))
        else { return title(subtitle, scale: scale) }
        return .html("<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\"><TR><TD>" + titleHTML(subtitle, scale: scale)
                     + "</TD></TR><TR><TD>" + legend + "</TD></TR></TABLE>")
    }

    func titleHTML(_ subtitle: String, scale: Double) -> String {
        func size(_ points: Double) -> String { DOTValue.format((points * scale).rounded()) }
        let source = alliance.source.flatMap { $0.isEmpty ? nil : $0 } ?? DiagramMessage.noSource.text(language)
        var caption = DiagramMessage.source.text(language) + ": " + source
        if alliance.isIllustrative { caption += " · " + DiagramMessage.illustrative.text(language) }
        if !options.filter.isEmpty { caption += " · " + DiagramMessage.filtered.text(language) }
        // On a line of its own (the caption is escaped: a newline becomes <BR/>).
        if let simplification = options.simplification { caption += "\n" + simplification.message.text(language) }
        return (
            "<FONT POINT-SIZE=\"\(size(style.size(.title, 24)))\" FACE=\"\(style.boldFontName)\">" + DOTEscaping.html(alliance.name)
                + "</FONT><BR/><FONT POINT-SIZE=\"\(size(style.size(.subtitle, 16)))\">" + DOTEscaping.html(subtitle)
                + "</FONT><BR/><FONT POINT-SIZE=\"\(size(style.size(.caption, 11)))\" COLOR=\"#555555\">" + DOTEscaping.html(caption) + "</FONT>")
    }

    /// Graph attributes shared by the views.
    /// - Parameter subtitle: what is shown, for the SVG's `<title>` and `<desc>` (``descriptionComment(_:)``).
    func graphAttributes(title: DOTValue, subtitle: String? = nil, engine: LayoutEngine) -> DOTAttributes {
        var attributes: DOTAttributes = subtitle.map(descriptionComment) ?? []
        attributes += [
            ("layout", .text(engine.rawValue)),
            ("newrank", .bool(true)),
            ("label", title), ("labelloc", .text("t")), ("labeljust", .text("c")),
            ("fontname", .text(style.fontName)),
            ("bgcolor", .text("#FFFFFF")), ("pad", .number(0.3)),
            ("outputorder", .text("edgesfirst")),
        ]
        switch engine {
        case .dot:
            attributes += [("rankdir", .text("LR")), ("nodesep", .number(0.35)), ("ranksep", .number(0.9))]
        case .neato, .fdp, .sfdp:
            // Simplified large diagrams: straight lines (routing splines around 100+ boxes took seconds).
            let splines = options.simplification == nil ? "true" : "false"
            attributes += [("overlap", .text("false")), ("splines", .text(splines)), ("sep", .text("+12"))]
        case .circo:
            attributes += [("splines", .text("true"))]
        }
        return attributes
    }

    /// The defaults of actor nodes: box, fonts in the style.
    var nodeDefaults: DOTStatement {
        .defaults(.node, [
            ("shape", .text("box")), ("style", .text("rounded,filled")), ("fontname", .text(style.fontName)),
            ("fontsize", .number(style.size(.actor, 12))), ("margin", .text("0.15,0.07")), ("color", .text("#404040")),
        ])
    }
    /// The defaults of lines: caption font in the style.
    var edgeDefaults: DOTStatement {
        .defaults(.edge, [
            ("fontname", .text(style.fontName)), ("fontsize", .number(style.size(.relation, relationFontSize))), ("fontcolor", .text("#333333")),
            ("arrowsize", .number(0.8)),
        ])
    }
}
