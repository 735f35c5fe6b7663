import Foundation

/// The workshop handout of `alliance report`: one self-contained HTML page for one alliance or a
/// folder of them, in plain language, with no internal ids in its text.
///
/// Per alliance: a title page, the cooperation landscape of each chosen year, what changed from the
/// first to the last chosen year (diagram and list), the interfaces with type, matching strategy and
/// coverage (warning signs first, each with the rule behind it), the education and integration chains
/// with their first gap, and key figures in words and as a table. For several alliances an overview
/// comes first: contents, the core-group composition (as the report's Table 2) and the trends.
///
/// The diagrams are drawn elsewhere (they need Graphviz): ``diagrams`` lists what is needed,
/// ``page(svgs:failures:style:)`` puts the drawn SVGs in.
///
/// ```swift
/// let handout = Handout(panel: panel, years: [2019, 2022], language: .de)
/// let svgs = draw(handout.diagrams)          // e.g. AllianceGraphviz.HandoutDiagrams
/// let html = handout.page(svgs: svgs).render()
/// ```
public struct Handout: Sendable {
    /// What a diagram of the handout shows.
    public enum DiagramKind: Hashable, Sendable {
        /// The cooperation landscape of one year.
        case year(Int)
        /// The change from the first year to the second.
        case change(from: Int, to: Int)
    }

    /// One diagram the handout needs.
    public struct DiagramRequest: Hashable, Sendable {
        /// The alliance drawn.
        public var alliance: AllianceID
        /// The view.
        public var kind: DiagramKind
        /// A unique id in the page (`d1`, `d2`, …): the figure's anchor and the prefix of its SVG ids.
        public var id: String
    }

    /// The alliances shown, in the order given (those covering none of the chosen years left out).
    public let alliances: [Alliance]
    /// The panel (alliances and the initiative file, if any) the overview's tables come from.
    public let panel: SurveyPanel
    /// The years asked for; `nil`: every alliance's own years.
    public let years: [Int]?
    /// The language of every word.
    public let language: Language
    /// Files left out because they have errors (`--keep-going`), named in a notice on the first page.
    public let skippedFiles: [String]
    /// Which mechanisms count: coded, else inferred (the default), or coded only.
    public let mechanisms: MechanismBasis

    /// Prepares the handout of `panel`'s alliances for `years` (each alliance's own years when `nil`).
    public init(panel: SurveyPanel, years: [Int]? = nil, language: Language = .de, skippedFiles: [String] = [],
                mechanisms: MechanismBasis = .effective) {
        self.panel = panel
        self.years = years
        self.language = language
        self.skippedFiles = skippedFiles
        self.mechanisms = mechanisms
        alliances = panel.alliances.filter { alliance in !Self.years(of: alliance, chosen: years).isEmpty }
    }

    /// The chosen years `alliance` covers, ascending.
    public func years(of alliance: Alliance) -> [Int] { Self.years(of: alliance, chosen: years) }

    static func years(of alliance: Alliance, chosen: [Int]?) -> [Int] {
        (chosen ?? Array(alliance.years)).filter(alliance.years.contains).sorted()
    }

    /// Every diagram the page shows, in page order: each alliance's years, then its change from the
    /// first to the last chosen year (when there are two or more).
    public var diagrams: [DiagramRequest] {
        var result: [DiagramRequest] = []
        for alliance in alliances {
            let shown = years(of: alliance)
            for year in shown { result.append(DiagramRequest(alliance: alliance.id, kind: .year(year), id: "d\(result.count + 1)")) }
            if let first = shown.first, let last = shown.last, first != last {
                result.append(DiagramRequest(alliance: alliance.id, kind: .change(from: first, to: last), id: "d\(result.count + 1)"))
            }
        }
        return result
    }

    /// Whether the handout is about several alliances (then an overview comes first).
    public var isFolder: Bool { alliances.count > 1 }

    /// The title of the page.
    public var title: String {
        if !isFolder, let alliance = alliances.first {
            return HandoutMessage.documentTitle.text(language, ["name": .text(alliance.name)])
        }
        return HandoutMessage.folderTitle.text(language)
    }

    /// The page, with the drawn diagrams: `svgs` by request (a whole SVG document each), `failures`
    /// the reason a diagram could not be drawn (shown in its place).
    /// - Complexity: O(*a* · *y*) sections for *a* alliances of *y* years, plus the classification and
    ///   metrics of each alliance's last chosen year.
    public func page(svgs: [DiagramRequest: String], failures: [DiagramRequest: String] = [:],
                     style: PageStyle = PageStyle()) -> HTMLPage {
        var blocks: [HTMLBlock] = []
        var figures: [AllianceID: [DiagramKind: HTMLBlock]] = [:]
        var wide: [AllianceID: Set<DiagramKind>] = [:]
        for request in diagrams {
            let alliance = alliances.first { $0.id == request.alliance }!
            let caption = caption(of: request, alliance: alliance)
            let block: HTMLBlock
            if let svg = svgs[request] {
                let inline = InlineSVG(svg: svg, title: caption, id: request.id)
                if inline.isWide { wide[request.alliance, default: []].insert(request.kind) }
                block = .figure(inline, caption: caption)
            } else {
                let reason = failures[request] ?? "?"
                block = .notice(HandoutMessage.diagramFailed.text(language, ["reason": .text(reason)]), kind: "warning")
            }
            figures[request.alliance, default: [:]][request.kind] = block
        }
        if isFolder {
            blocks.append(overview())
        } else if !skippedFiles.isEmpty {
            blocks.append(skippedNotice())
        }
        for (index, alliance) in alliances.enumerated() {
            blocks.append(section(alliance, number: index + 1, figures: figures[alliance.id] ?? [:], wide: wide[alliance.id] ?? []))
        }
        return HTMLPage(title: title, language: language, blocks: blocks, style: style, generator: "alliance report")
    }

    /// The anchor of an alliance's section.
    func anchor(_ number: Int) -> String { "a\(number)" }

    private func caption(of request: DiagramRequest, alliance: Alliance) -> String {
        switch request.kind {
        case .year(let year):
            HandoutMessage.landscapeCaption.text(language, ["name": .text(alliance.name), "year": .text(String(year))])
        case .change(let from, let to):
            HandoutMessage.changesCaption.text(language, ["name": .text(alliance.name), "from": .text(String(from)),
                                                          "to": .text(String(to))])
        }
    }

    private func skippedNotice() -> HTMLBlock {
        let names = skippedFiles.map { ($0 as NSString).lastPathComponent }
        return .notice(HandoutMessage.invalidFilesNotice.text(language, [
            "count": .int(skippedFiles.count), "files": .list(names.map { .text($0) })]), kind: "warning")
    }

    // MARK: Overview

    private func overview() -> HTMLBlock {
        let l = language
        let allYears = alliances.flatMap { years(of: $0) }
        let first = allYears.min() ?? 0, last = allYears.max() ?? 0
        let span = first == last ? String(first) : "\(first)–\(last)"
        var blocks: [HTMLBlock] = [
            .heading(1, title, id: "top"),
            .paragraph(HandoutMessage.folderLead.text(l, ["count": .int(alliances.count), "years": .text(span)]), style: "lead"),
        ]
        if !skippedFiles.isEmpty { blocks.append(skippedNotice()) }
        blocks.append(.contents(title: HandoutMessage.contents.text(l), entries: alliances.enumerated().map { index, alliance in
            let shown = years(of: alliance)
            let range = shown.count == 1 ? String(shown[0]) : "\(shown.first!)–\(shown.last!)"
            return (id: anchor(index + 1), text: alliance.name,
                    detail: HandoutMessage.allianceCount.text(l, ["kind": .label(alliance.kind.label), "years": .text(range)]))
        }))
        let vocabulary = panel.alliances.first?.baseVocabulary ?? .builtIn
        // The core-group composition in the first chosen year, as the report's Table 2 (2019).
        let composition = AllianceComparison.composition(SurveyPanel(alliances: alliances, initiative: panel.initiative),
                                                         year: first, vocabulary: vocabulary, includeEmpty: false)
        var compositionBlocks: [HTMLBlock] = [
            .heading(2, HandoutMessage.compositionTitle.text(l, ["year": .text(String(first))]), id: "composition"),
            .paragraph(HandoutMessage.compositionLead.text(l)),
            .table(untitled(.composition(composition, language: l, vocabulary: vocabulary))),
        ]
        let compositionChart = Chart.composition(composition, vocabulary: vocabulary)
        compositionBlocks.append(.figure(InlineSVG(svg: compositionChart.svg(l),
                                                   title: HandoutMessage.compositionTitle.text(l, ["year": .text(String(first))]),
                                                   id: "c1"), caption: ""))
        blocks.append(.section(cssClass: "overview", id: "overview", compositionBlocks))
        // Trends over the chosen years.
        let trendPanel = SurveyPanel(alliances: alliances, initiative: panel.initiative)
        let indicators = trendPanel.defaultTrendIndicators
        let trendYears = trendPanel.defaultTrendYears(for: indicators).filter { (first...last).contains($0) && years?.contains($0) ?? true }
        if !trendYears.isEmpty {
            let cells = AllianceComparison.trends(trendPanel, years: trendYears, indicators: indicators, mechanisms: mechanisms)
            let trendTitle = HandoutMessage.trendsTitle.text(l)
            // Many columns (count, N and share per year): printed on a landscape page.
            blocks.append(.section(cssClass: "keep wide", id: "trends", [
                .heading(2, trendTitle, id: "trends-title"),
                .paragraph(HandoutMessage.trendsLead.text(l)),
                .table(readable(untitled(.trends(cells, indicators: indicators, language: l, vocabulary: vocabulary)))),
                .figure(InlineSVG(svg: Chart.trends(cells, indicators: indicators, vocabulary: vocabulary).svg(l),
                                  title: trendTitle, id: "c2"), caption: ""),
            ]))
        }
        return .section(cssClass: "title-page", id: "overview-page", blocks)
    }

    /// `table` without its title (the heading above it says it).
    private func untitled(_ table: ResultTable) -> ResultTable {
        var table = table
        table.title = ""
        return table
    }

    /// `table` as a reader needs it: the indicator's id left out (its label is shown), and the columns
    /// of alliances that did not report or answer left out where they count none.
    private func readable(_ table: ResultTable) -> ResultTable {
        var table = table
        for index in table.columns.indices {
            let id = table.columns[index].id
            let counting = id.hasSuffix("_not_reported") || id.hasSuffix("_unanswered")
            let empty = table.rows.allSatisfy { row in
                index >= row.count || row[index] == .empty || row[index] == .int(0)
            }
            if id == "indicator" || (counting && empty) { table.columns[index].isDetail = true }
        }
        return table
    }

    // MARK: One alliance

    /// One alliance's section; the diagrams of `wide` print on a landscape page of their own.
    private func section(_ alliance: Alliance, number: Int, figures: [DiagramKind: HTMLBlock], wide: Set<DiagramKind> = []) -> HTMLBlock {
        let l = language
        let vocabulary = alliance.vocabulary
        let shown = years(of: alliance)
        let first = shown.first!, last = shown.last!
        let names = Dictionary(alliance.actors.map { ($0.id, $0.displayName(in: vocabulary, language: l)) },
                               uniquingKeysWith: { a, _ in a })
        func name(_ id: ActorID) -> String { names[id] ?? id.rawValue }
        let lastYear = alliance.snapshot(year: last)

        // Title page.
        let range = first == last ? String(first) : "\(first)–\(last)"
        var kind = alliance.kind.label.text(l)
        if let district = alliance.district { kind += " (" + HandoutMessage.district.text(l) + " " + district + ")" }
        var facts: [(label: String, value: String)] = [
            (HandoutMessage.kind.text(l), kind),
            (HandoutMessage.years.text(l), range),
            (HandoutMessage.managingOffice.text(l),
             lastYear.managingOffices.isEmpty ? HandoutMessage.none.text(l)
                : MessageArgument.and(lastYear.managingOffices.map { .text(name($0.id)) }).text(l)),
        ]
        facts.append((HandoutMessage.coreGroup.text(l, ["year": .text(String(last))]), String(lastYear.coreGroup.count)))
        var title: [HTMLBlock] = [.heading(1, alliance.name, id: anchor(number)), .facts(facts)]
        if alliance.isIllustrative { title.append(.notice(HandoutMessage.illustrative.text(l), kind: "info")) }
        if let source = alliance.source {
            title.append(.paragraph(HandoutMessage.sourceNote.text(l, ["source": .text(source)]), style: "note"))
        }
        var blocks: [HTMLBlock] = [.section(cssClass: "title-page", title)]

        // Landscapes.
        for year in shown {
            let snapshot = alliance.snapshot(year: year)
            var parts: [HTMLBlock] = [
                .heading(2, HandoutMessage.landscapeTitle.text(l, ["year": .text(String(year))]), id: "\(anchor(number))-y\(year)"),
                .paragraph(HandoutMessage.landscapeSummary.text(l, [
                    "year": .text(String(year)), "actors": .int(snapshot.actors.count), "relations": .int(snapshot.relations.count),
                    "core": .int(snapshot.coreGroup.count)])),
            ]
            if let figure = figures[.year(year)] { parts.append(figure) }
            blocks.append(.section(cssClass: wide.contains(.year(year)) ? "keep landscape wide" : "keep landscape", parts))
        }

        // Changes.
        var changes: [HTMLBlock] = []
        if first != last {
            changes.append(.heading(2, HandoutMessage.changesTitle.text(l, ["from": .text(String(first)), "to": .text(String(last))]),
                                    id: "\(anchor(number))-changes"))
            if let figure = figures[.change(from: first, to: last)] { changes.append(figure) }
            let items = changeList(alliance, from: first, to: last, name: name)
            let list: HTMLBlock = items.isEmpty
                ? .paragraph(HandoutMessage.noChanges.text(l, ["from": .text(String(first)), "to": .text(String(last))]))
                : .list(items)
            if wide.contains(.change(from: first, to: last)) {
                // The diagram on its landscape page, the list after it on the usual paper.
                blocks.append(.section(cssClass: "changes keep wide", changes))
                blocks.append(.section(cssClass: "changes", [list]))
            } else {
                blocks.append(.section(cssClass: "changes", changes + [list]))
            }
        }

        // Interfaces and chains of the last chosen year, and how they changed over the chosen years.
        let report = ClassificationReport(alliances: [alliance], years: shown)
        let results = report.alliances.first?.years ?? []
        let result = results.last { $0.year == last }
        blocks.append(.section(cssClass: "interfaces", interfaceBlocks(result?.coverage.interfaces ?? [], year: last,
                                                                       vocabulary: vocabulary, name: name)))
        blocks.append(.section(cssClass: "chains", chainBlocks(result?.chains ?? [], year: last, name: name)))
        if first != last {
            blocks.append(.section(cssClass: "structure-changes", structureChangeBlocks(results, vocabulary: vocabulary, name: name)))
        }

        // Key figures.
        blocks.append(.section(cssClass: "keep metrics", metricBlocks(lastYear, name: name)))

        // The alliance's answers in the survey waves, where there are any.
        let trends = trendBlocks(alliance, years: shown, number: number)
        if !trends.isEmpty { blocks.append(.section(cssClass: "keep alliance-trends", trends)) }
        return .section(cssClass: "alliance", id: "", blocks)
    }

    /// What changed, in plain sentences: partners who joined and left, relations that started and
    /// ended, replacements, formats, mechanisms and formalisation that changed.
    private func changeList(_ alliance: Alliance, from: Int, to: Int, name: (ActorID) -> String) -> [String] {
        let l = language
        let vocabulary = alliance.vocabulary
        let difference = YearDifference(alliance, from: from, to: to, mechanisms: mechanisms, workers: 1)
        func relation(_ id: String) -> String {
            guard let relation = alliance.relation(RelationID(id)) else { return id }
            return describe(relation, in: alliance, year: to, vocabulary: vocabulary, name: name)
        }
        func names(_ ids: [String]) -> MessageArgument { .and(ids.map { .text(name(ActorID($0))) }) }
        var items: [String] = []
        if !difference.actorsAdded.isEmpty { items.append(HandoutMessage.newPartners.text(l, ["actors": names(difference.actorsAdded)])) }
        if !difference.actorsRemoved.isEmpty {
            items.append(HandoutMessage.gonePartners.text(l, ["actors": names(difference.actorsRemoved)]))
        }
        for id in difference.relationsAdded { items.append(HandoutMessage.newRelations.text(l, ["relation": .text(relation(id))])) }
        for id in difference.relationsRemoved { items.append(HandoutMessage.endedRelations.text(l, ["relation": .text(relation(id))])) }
        for replacement in difference.replacements {
            items.append(HandoutMessage.replaced.text(l, ["before": .text(relation(replacement.before)),
                                                          "after": .text(relation(replacement.after))]))
        }
        for change in difference.changes {
            let arguments: [String: MessageArgument] = [
                "relation": .text(relation(change.after)),
                "from": .text(change.fromLabel?.text(l) ?? HandoutMessage.none.text(l)),
                "to": .text(change.toLabel?.text(l) ?? HandoutMessage.none.text(l)),
            ]
            switch change.field {
            case "format": items.append(HandoutMessage.formatChanged.text(l, arguments))
            case "mechanism": items.append(HandoutMessage.mechanismChanged.text(l, arguments))
            default:
                let written = change.to == Formalisation.written.id
                items.append((written ? HandoutMessage.becameWritten : .formalisationChanged).text(l, arguments))
            }
        }
        return items
    }

    /// "Exchange round (Jobcenter, Youth welfare office)" or "Referral (A → B)": format and who, no ids.
    private func describe(_ relation: Relation, in alliance: Alliance, year: Int, vocabulary: Vocabulary,
                          name: (ActorID) -> String) -> String {
        let l = language
        let format = MessageArgument.label(vocabulary.label(of: relation.format))
        switch relation.ends {
        case .directed(let from, let to):
            return HandoutMessage.relationDirected.text(l, ["format": format, "from": .and(from.map { .text(name($0)) }),
                                                            "to": .and(to.map { .text(name($0)) })])
        case .undirected(let list):
            return HandoutMessage.relationBetween.text(l, ["format": format, "actors": .and(list.map { .text(name($0)) })])
        case .coreGroup:
            return HandoutMessage.relationBetween.text(l, ["format": format,
                                                           "actors": .and(alliance.members(of: relation).map { .text(name($0)) })])
        }
    }

    private func interfaceBlocks(_ interfaces: [InterfaceCoverage], year: Int, vocabulary: Vocabulary,
                                 name: (ActorID) -> String) -> [HTMLBlock] {
        let l = language
        var blocks: [HTMLBlock] = [.heading(2, HandoutMessage.interfacesTitle.text(l, ["year": .text(String(year))]))]
        guard !interfaces.isEmpty else {
            return blocks + [.paragraph(HandoutMessage.noInterfaces.text(l, ["year": .text(String(year))]))]
        }
        blocks.append(.paragraph(HandoutMessage.interfacesLead.text(l), style: "small"))
        func title(_ coverage: InterfaceCoverage) -> String { interfaceTitle(coverage, vocabulary: vocabulary, name: name) }
        func explanation(_ coverage: InterfaceCoverage) -> String {
            let classification = coverage.classification
            guard let type = classification.type else { return HandoutMessage.interfaceUntyped.text(l) }
            let status: HandoutMessage = switch coverage.status {
            case .covered: .coverageCovered
            case .partial: .coveragePartial
            case .uncovered: .coverageUncovered
            case .unclassified: .coverageUnclassified
            }
            var sentences = [HandoutMessage.interfaceLine.text(l, [
                "type": .label(type.label), "strategy": .label(type.strategy.label), "coverage": .message(Message(status))])]
            if coverage.isWarningSign {
                var mechanisms: [String] = []
                for finding in coverage.warningFindings {
                    guard let text = finding.effective?.text(l) else { continue }
                    if !mechanisms.contains(text) { mechanisms.append(text) }
                }
                sentences.append(HandoutMessage.warningExplanation.text(l, ["mechanisms": .list(mechanisms.map { .text($0) })]))
            }
            if !classification.codedTypes.isEmpty {
                sentences.append(HandoutMessage.ruleCoded.text(l))
            } else if let rule = classification.rule {
                sentences.append(Self.ruleMessage(rule).text(l))
            }
            return sentences.joined(separator: " ")
        }
        let warnings = interfaces.filter(\.isWarningSign)
        let others = interfaces.filter { !$0.isWarningSign }
        if !warnings.isEmpty {
            blocks.append(.heading(3, HandoutMessage.warningSignsTitle.text(l)))
            blocks.append(.definitions(warnings.map { (term: title($0), explanation: explanation($0)) }))
        }
        if !others.isEmpty {
            if !warnings.isEmpty { blocks.append(.heading(3, HandoutMessage.otherInterfacesTitle.text(l))) }
            blocks.append(.definitions(others.map { (term: title($0), explanation: explanation($0)) }))
        }
        let table = ResultTable(name: "interfaces", title: HandoutMessage.interfacesTable.text(l, ["year": .text(String(year))]), columns: [
            .init("interface", HandoutMessage.columnInterface.text(l)), .init("type", HandoutMessage.columnType.text(l)),
            .init("strategy", HandoutMessage.columnStrategy.text(l)), .init("coverage", HandoutMessage.columnCoverage.text(l)),
            .init("warning", HandoutMessage.columnWarning.text(l)),
        ], rows: (warnings + others).map { coverage in
            let type = coverage.classification.type
            return [.text(title(coverage)), .text(type?.label.text(l)), .text(type?.strategy.label.text(l)),
                    .text(coverage.status.label.text(l)), .bool(coverage.isWarningSign)]
        })
        blocks.append(.table(table))
        return blocks
    }

    /// "Topic: A, B and C": an interface by its topic (or risk) and its actors, no ids.
    private func interfaceTitle(_ coverage: InterfaceCoverage, vocabulary: Vocabulary, name: (ActorID) -> String) -> String {
        let l = language
        let interface = coverage.classification.interface
        let topic = interface.topic.map { vocabulary.label(of: $0).text(l) } ?? interface.risk ?? HandoutMessage.columnInterface.text(l)
        return HandoutMessage.interfaceName.text(l, ["topic": .text(topic), "actors": .and(interface.actors.map { .text(name($0)) })])
    }

    /// A chain by its name ("Chain" when it has none but its id).
    private func chainTitle(_ check: ChainCheck) -> String {
        check.name.isEmpty || check.name == check.chain.rawValue ? HandoutMessage.unnamedChain.text(language) : check.name
    }

    /// What changed in the interfaces and chains from each chosen year to the next, in plain
    /// sentences: interfaces that are new or ended, whose matching strategy came or went, that became
    /// or stopped being a warning sign; chains that are new or ended, and whose first gap opened,
    /// closed or moved.
    /// - Complexity: O(*y* · (*i* + *c*)) for *y* years of *i* interfaces and *c* chains.
    private func structureChangeBlocks(_ results: [ClassificationReport.YearResult], vocabulary: Vocabulary,
                                       name: (ActorID) -> String) -> [HTMLBlock] {
        let l = language
        guard let first = results.first?.year, let last = results.last?.year else { return [] }
        var items: [String] = []
        for (before, after) in zip(results, results.dropFirst()) {
            func step(_ message: HandoutMessage, _ arguments: [String: MessageArgument]) {
                items.append(HandoutMessage.structureStep.text(l, [
                    "from": .text(String(before.year)), "to": .text(String(after.year)), "change": .message(Message(message, arguments))]))
            }
            // Interfaces as a reader knows them: by topic and actors (two with the same words, e.g. one
            // recorded and one found from a chain, count as one; their coverage as the set of both).
            func byTitle(_ list: [InterfaceCoverage]) -> [(title: String, coverage: [InterfaceCoverage])] {
                var order: [String] = [], grouped: [String: [InterfaceCoverage]] = [:]
                for coverage in list {
                    let title = interfaceTitle(coverage, vocabulary: vocabulary, name: name)
                    if grouped[title] == nil { order.append(title) }
                    grouped[title, default: []].append(coverage)
                }
                return order.map { ($0, grouped[$0]!) }
            }
            func status(_ list: [InterfaceCoverage]) -> MessageArgument {
                var labels: [Label] = []
                for coverage in list where !labels.contains(coverage.status.label) { labels.append(coverage.status.label) }
                return .list(labels.map { .label($0) })
            }
            let earlier = byTitle(before.coverage.interfaces), later = byTitle(after.coverage.interfaces)
            let earlierByTitle = Dictionary(earlier.map { ($0.title, $0.coverage) }, uniquingKeysWith: { a, _ in a })
            let laterTitles = Set(later.map(\.title))
            for (title, coverage) in later {
                guard let previous = earlierByTitle[title] else {
                    step(.interfaceNew, ["interface": .text(title), "coverage": status(coverage)])
                    continue
                }
                if Set(previous.map(\.status)) != Set(coverage.map(\.status)) {
                    step(.interfaceCoverageChanged, ["interface": .text(title), "from": status(previous), "to": status(coverage)])
                }
                let wasWarning = previous.contains(where: \.isWarningSign), isWarning = coverage.contains(where: \.isWarningSign)
                if wasWarning != isWarning {
                    step(isWarning ? .interfaceBecameWarning : .interfaceWarningGone, ["interface": .text(title)])
                }
            }
            for (title, _) in earlier where !laterTitles.contains(title) {
                step(.interfaceEnded, ["interface": .text(title)])
            }
            let earlierChains = Dictionary(before.chains.map { ($0.chain, $0) }, uniquingKeysWith: { a, _ in a })
            let laterChains = Set(after.chains.map(\.chain))
            for check in after.chains {
                let chain = MessageArgument.text(chainTitle(check))
                guard let previous = earlierChains[check.chain] else {
                    step(.chainNew, ["chain": chain])
                    continue
                }
                switch (previous.firstBrokenLink, check.firstBrokenLink) {
                case (nil, nil): break
                case let (gap?, nil):
                    step(.chainNowIntact, ["chain": chain, "from": .text(name(gap.from)), "to": .text(name(gap.to))])
                case let (nil, gap?):
                    step(.chainNowBroken, ["chain": chain, "from": .text(name(gap.from)), "to": .text(name(gap.to))])
                case let (old?, gap?):
                    if old.from != gap.from || old.to != gap.to {
                        step(.chainGapMoved, ["chain": chain, "from": .text(name(gap.from)), "to": .text(name(gap.to)),
                                              "beforeFrom": .text(name(old.from)), "beforeTo": .text(name(old.to))])
                    }
                }
            }
            for check in before.chains where !laterChains.contains(check.chain) {
                step(.chainEnded, ["chain": .text(chainTitle(check))])
            }
        }
        let years: [String: MessageArgument] = ["from": .text(String(first)), "to": .text(String(last))]
        var blocks: [HTMLBlock] = [.heading(2, HandoutMessage.structureChangesTitle.text(l, years))]
        guard !items.isEmpty else { return blocks + [.paragraph(HandoutMessage.noStructureChanges.text(l, years))] }
        blocks.append(.paragraph(HandoutMessage.structureChangesLead.text(l), style: "small"))
        blocks.append(.list(items))
        return blocks
    }

    /// The alliance's answers to the trend indicators in the survey waves of its chosen years, as a
    /// table in words and a chart (``Chart/answers(_:indicators:vocabulary:)``). Empty when there are
    /// no wave data for it — no initiative file, no `reports:` in its file, or no answer in any wave
    /// of those years — so that no empty chart is shown.
    private func trendBlocks(_ alliance: Alliance, years shown: [Int], number: Int) -> [HTMLBlock] {
        let l = language
        guard let initiative = panel.initiative, !(alliance.reports ?? []).isEmpty else { return [] }
        let single = SurveyPanel(alliances: [alliance], initiative: initiative)
        let indicators = single.defaultTrendIndicators
        let waveYears = single.defaultTrendYears(for: indicators).filter(shown.contains)
        let cells = AllianceComparison.trends(single, years: waveYears, indicators: indicators, mechanisms: mechanisms)
        guard cells.contains(where: { $0.asked && $0.of > 0 }) else { return [] }
        let vocabulary = alliance.vocabulary
        let shownIndicators = indicators.filter { indicator in cells.contains { $0.indicator == indicator.id.rawValue && $0.asked } }
        let rows: [[TableCell]] = shownIndicators.map { indicator in
            [.text(indicator.label(l, vocabulary: vocabulary))] + waveYears.map { year in
                let word: String = switch single.response(of: alliance, to: indicator, in: year, mechanisms: mechanisms) {
                case .answered(let yes): (yes ? ReportMessage.yes : ReportMessage.no).text(l)
                case .unanswered: SurveyMessage.unanswered.text(l)
                case .notReported: SurveyMessage.notReported.text(l)
                case .notAsked: SurveyMessage.chartNotAsked.text(l)
                }
                return .text(word)
            }
        }
        let table = ResultTable(name: "answers", title: HandoutMessage.allianceTrendsTable.text(l),
                                columns: [.init("indicator", HandoutMessage.columnIndicator.text(l))]
                                    + waveYears.map { .init(String($0), String($0)) },
                                rows: rows)
        let title = HandoutMessage.allianceTrendsTitle.text(l)
        let chartCells = cells.filter { cell in shownIndicators.contains { $0.id.rawValue == cell.indicator } }
        let chart = Chart.answers(chartCells, indicators: shownIndicators, vocabulary: vocabulary)
        return [
            .heading(2, title, id: "\(anchor(number))-trends"),
            .paragraph(HandoutMessage.allianceTrendsLead.text(l), style: "small"),
            .table(table),
            .figure(InlineSVG(svg: chart.svg(l), title: HandoutMessage.chartTitle.text(l, ["title": .text(alliance.name + ": " + title)]),
                              id: "t\(number)"), caption: ""),
        ]
    }

    /// The plain explanation of the rule that gave an interface its type.
    static func ruleMessage(_ rule: InterfaceRule) -> HandoutMessage {
        switch rule {
        case .explicitChain: .ruleExplicitChain
        case .sharedMandate: .ruleSharedMandate
        case .exclusiveConditions: .ruleExclusiveConditions
        case .consecutiveMandates: .ruleConsecutiveMandates
        case .crossCuttingGoal: .ruleCrossCuttingGoal
        case .biographicalStep: .ruleBiographicalStep
        case .situationChange: .ruleSituationChange
        case .topicOutsideMandates: .ruleTopicOutsideMandates
        }
    }

    private func chainBlocks(_ chains: [ChainCheck], year: Int, name: (ActorID) -> String) -> [HTMLBlock] {
        let l = language
        var blocks: [HTMLBlock] = [.heading(2, HandoutMessage.chainsTitle.text(l, ["year": .text(String(year))]))]
        guard !chains.isEmpty else { return blocks + [.paragraph(HandoutMessage.noChains.text(l, ["year": .text(String(year))]))] }
        blocks.append(.paragraph(HandoutMessage.chainsLead.text(l), style: "small"))
        blocks.append(.list(chains.map { check in
            let title = chainTitle(check)
            guard let broken = check.firstBrokenLink else {
                var steps = check.links.first.map { [name($0.from)] } ?? []
                steps += check.links.map { name($0.to) }
                return HandoutMessage.chainIntact.text(l, ["chain": .text(title), "steps": .joined(steps.map { .text($0) }, separator: " → ")])
            }
            let reason: HandoutMessage = switch broken.status {
            case .actorMissing: .chainActorMissing
            case .noRelation: .chainNoRelation
            case .noTransfer, .working: .chainNoTransfer
            }
            return HandoutMessage.chainBroken.text(l, ["chain": .text(title), "from": .text(name(broken.from)),
                                                       "to": .text(name(broken.to)), "reason": .message(Message(reason))])
        }))
        return blocks
    }

    private func metricBlocks(_ snapshot: AllianceYear, name: (ActorID) -> String) -> [HTMLBlock] {
        let l = language
        let year = snapshot.year
        let metrics = snapshot.metrics(mechanisms: mechanisms, workers: 1)
        var sentences: [String] = []
        let connectors = metrics.actorMetrics.filter { $0.betweenness > 0 }
            .sorted { ($0.betweenness, $1.id) > ($1.betweenness, $0.id) }.prefix(3)
        sentences.append(connectors.isEmpty ? HandoutMessage.metricsNoConnectors.text(l)
            : HandoutMessage.metricsConnectors.text(l, ["actors": .and(connectors.map { .text(name(ActorID($0.id))) })]))
        if let office = metrics.managingOffices.first {
            sentences.append(HandoutMessage.metricsOffice.text(l, [
                "office": .text(name(ActorID(office.id))), "degree": .int(office.degree), "rank": .int(office.betweennessRank),
                "count": .int(metrics.actors)]))
        } else {
            sentences.append(HandoutMessage.metricsNoOffice.text(l))
        }
        let percent = TableNumber.fixed(metrics.density * 100, decimals: 0)
        sentences.append(HandoutMessage.metricsDensity.text(l, ["percent": .text(percent)]))
        sentences.append(HandoutMessage.metricsWritten.text(l, ["written": .int(metrics.writtenRelations),
                                                                "relations": .int(metrics.relations)]))
        var rows: [[TableCell]] = [
            [.text(HandoutMessage.metricActors.text(l)), .int(metrics.actors)],
            [.text(HandoutMessage.metricRelations.text(l)), .int(metrics.relations)],
            [.text(HandoutMessage.metricDensity.text(l)), .number(metrics.density)],
            [.text(HandoutMessage.metricMeanDegree.text(l)), .number(metrics.meanDegree)],
            [.text(HandoutMessage.metricComponents.text(l)), .int(metrics.components)],
            [.text(HandoutMessage.metricEI.text(l)), .number(metrics.eiIndex)],
            [.text(HandoutMessage.metricWritten.text(l)), .int(metrics.writtenRelations)],
        ]
        if let office = metrics.managingOffices.first {
            rows.append([.text(HandoutMessage.metricOfficeDegree.text(l)), .int(office.degree)])
            rows.append([.text(HandoutMessage.metricOfficeRank.text(l)), .int(office.betweennessRank)])
        }
        let table = ResultTable(name: "metrics", title: HandoutMessage.metricsTable.text(l, ["year": .text(String(year))]),
                                columns: [.init("metric", HandoutMessage.metricColumn.text(l)),
                                          .init("value", HandoutMessage.valueColumn.text(l))],
                                rows: rows, decimals: 2)
        return [.heading(2, HandoutMessage.metricsTitle.text(l, ["year": .text(String(year))])), .list(sentences), .table(table)]
    }
}
