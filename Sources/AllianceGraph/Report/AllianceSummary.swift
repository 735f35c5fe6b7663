/// A readable summary of an alliance, year by year: who takes part in which policy area,
/// and how they cooperate (by format and by mechanism). Encodable for JSON output.
public struct AllianceSummary: Encodable, Sendable {
    /// The alliance's id.
    public var id: String
    /// The alliance's name.
    public var name: String
    /// The kind of municipality, labelled.
    public var kind: String
    /// The district of a municipality.
    public var district: String?
    /// The region.
    public var region: String?
    /// The years the data covers, e.g. "2019-2022".
    public var years: String
    /// Whether the data is illustrative.
    public var illustrative: Bool
    /// Where the data comes from.
    public var source: String?
    /// One entry per year shown.
    public var perYear: [Year]

    /// The summary of one year.
    public struct Year: Encodable, Sendable {
        /// The calendar year.
        public var year: Int
        /// Names of the managing office(s).
        public var managingOffice: [String]
        /// Names of the core group's members.
        public var coreGroup: [String]
        /// Actors present, grouped by policy area, in catalogue order of the areas.
        public var actorsByArea: [Group]
        /// Relations holding, grouped by format.
        public var relationsByFormat: [Group]
        /// Relations holding, grouped by mechanism: as coded, else as inferred from format and
        /// direction (such items are marked and counted in ``Group/inferred``); relations with
        /// neither come last, as "not coded".
        public var relationsByMechanism: [Group]
        /// Interfaces existing, each described in one line.
        public var interfaces: [String]
        /// Chains applying, each described in one line.
        public var chains: [String]
        /// Situations occurring, with each actor's part in words; `nil` (left out of JSON) when none.
        public var situations: [SituationLines]?
    }

    /// One situation in words.
    public struct SituationLines: Encodable, Sendable {
        /// The situation: its label (or kind), topic, coded types and id.
        public var title: String
        /// One line per actor involved: its name and its responsibility in words.
        public var actors: [String]
        /// The observed behaviours in words.
        public var observations: [String]
    }

    /// A labelled group of items.
    public struct Group: Encodable, Sendable {
        /// The group's label.
        public var label: String
        /// The items, described in one line each.
        public var items: [String]
        /// How many of the items were inferred rather than coded (mechanism groups only).
        public var inferred: Int?

        /// Creates a group.
        public init(label: String, items: [String], inferred: Int? = nil) {
            self.label = label
            self.items = items
            self.inferred = inferred
        }
    }

    /// Summarises `alliance` for `years` (all its years when `nil`) with labels in `language`,
    /// naming terms by the alliance's ``Alliance/vocabulary``.
    public init(_ alliance: Alliance, years: [Int]? = nil, language: Language = .de) {
        let vocabulary = alliance.vocabulary
        let names = Dictionary(uniqueKeysWithValues: alliance.actors.map {
            ($0.id, $0.displayName(in: vocabulary, language: language))
        })
        func actorName(_ id: ActorID) -> String { names[id] ?? id.rawValue }
        func describe(_ relation: Relation) -> String {
            let who: String
            switch relation.ends {
            case .undirected(let list): who = list.map(actorName).joined(separator: ", ")
            case .directed(let from, let to): who = from.map(actorName).joined(separator: ", ") + " → " + to.map(actorName).joined(separator: ", ")
            case .coreGroup: who = alliance.members(of: relation).map(actorName).joined(separator: ", ")
            }
            var extras: [String] = []
            if let formalisation = relation.effectiveFormalisation(in: vocabulary) { extras.append(formalisation.label.text(language)) }
            if let status = relation.status { extras.append(status.label.text(language)) }
            return "\(who) [\(relation.id)]" + (extras.isEmpty ? "" : " (\(extras.joined(separator: ", ")))") + observed(relation.observations)
        }
        func observed(_ observations: [Observation]) -> String {
            observations.isEmpty ? "" : ReportMessage.observedSuffix.text(language, ["observations": .text(
                observations.map { $0.words(in: vocabulary, language: language, actorName: actorName) }.joined(separator: "; "))])
        }
        func describe(_ situation: Situation) -> SituationLines {
            let kind = situation.kind.map { vocabulary.situationKind($0)?.label.text(language) ?? $0.rawValue }
            let topic = situation.topic(in: vocabulary).map { vocabulary.label(of: $0).text(language) }
            // The label names the situation; without one the kind does, and is not repeated.
            let about = [situation.label == nil ? nil : kind, topic.map { ReportMessage.topicDetail.text(language, ["topic": .text($0)]) }]
                .compactMap { $0 }
            let types = situation.types.isEmpty ? "" : ReportMessage.codedTypes.text(language, ["types": .text(
                situation.types.map { $0.label.text(language) }.joined(separator: ", "))])
            let title = (situation.label ?? kind ?? situation.id.rawValue) + " [\(situation.id)]"
                + (about.isEmpty ? "" : " (\(about.joined(separator: "; ")))") + types
            return SituationLines(
                title: title,
                actors: situation.responsibilities.map { "\(actorName($0.actor)): \($0.words(in: vocabulary, language: language))" },
                observations: situation.observations.map { $0.words(in: vocabulary, language: language, actorName: actorName) })
        }
        id = alliance.id.rawValue
        name = alliance.name
        kind = alliance.kind.label.text(language)
        district = alliance.district
        region = alliance.region
        self.years = Period.years(alliance.years).description
        illustrative = alliance.isIllustrative
        source = alliance.source
        let notCoded = ReportMessage.notCoded.text(language)
        let unknownArea = ReportMessage.unknownArea.text(language)
        perYear = (years ?? Array(alliance.years)).map { year in
            let snapshot = alliance.snapshot(year: year)
            let byArea = PolicyArea.allCases.map { area in
                Group(label: area.label.text(language),
                      items: snapshot.actors.filter { $0.policyArea(in: vocabulary) == area }.map { actorName($0.id) })
            } + [Group(label: unknownArea, items: snapshot.actors.filter { $0.policyArea(in: vocabulary) == nil }.map { actorName($0.id) })]
            let relations = snapshot.relations
            var formats: [FormatID] = []
            for relation in relations where !formats.contains(relation.format) { formats.append(relation.format) }
            let byFormat = formats.map { format in
                Group(label: vocabulary.label(of: format).text(language),
                      items: relations.filter { $0.format == format }.map(describe))
            }
            let analysed = snapshot.analysedRelations(basis: .effective)
            let inferredMark = ReportMessage.inferredMark.text(language)
            let byMechanism = Mechanism.allCases.map { mechanism in
                let members = analysed.filter { $0.mechanism?.mechanism == mechanism }
                return Group(label: mechanism.label.text(language),
                             items: members.map { item in
                                 let form = item.mechanism?.subForm.map { " – \($0.label.text(language))" } ?? ""
                                 return describe(item.relation) + form + (item.isInferred ? inferredMark : "")
                             },
                             inferred: members.filter(\.isInferred).count)
            } + [Group(label: notCoded, items: analysed.filter { $0.mechanism == nil }.map { describe($0.relation) })]
            return Year(
                year: year,
                managingOffice: snapshot.managingOffices.map { actorName($0.id) },
                coreGroup: snapshot.coreGroup.map { actorName($0.id) },
                actorsByArea: byArea.filter { !$0.items.isEmpty },
                relationsByFormat: byFormat,
                relationsByMechanism: byMechanism.filter { !$0.items.isEmpty },
                interfaces: snapshot.interfaces.map { interface in
                    let topic = interface.topic.map { vocabulary.label(of: $0).text(language) } ?? interface.risk ?? ""
                    let type = interface.type.map { " – \($0.label.text(language))" } ?? ""
                    return "\(interface.actors.map(actorName).joined(separator: ", ")): \(topic)\(type) [\(interface.id)]"
                        + observed(interface.observations)
                },
                chains: snapshot.chains.map { chain in
                    (chain.name.map { "\($0): " } ?? "") + chain.steps.map { step in
                        actorName(step.actor) + (step.label.map { " (\($0))" } ?? "")
                    }.joined(separator: " → ")
                },
                situations: snapshot.situations.isEmpty ? nil : snapshot.situations.map(describe))
        }
    }

    /// The summary as indented text for a terminal.
    public func text(language: Language = .de) -> String {
        TableDocument(tables: [], blocks: blocks(language: language)).text().dropLastNewline
    }

    /// The summary for a reader: a heading with the alliance, its years and source, then per
    /// year a heading (`== 2021 ==`) and its lines.
    public func blocks(language: Language = .de) -> [TableDocument.Block] {
        func say(_ key: ReportMessage, _ arguments: [String: MessageArgument] = [:]) -> String { key.text(language, arguments) }
        func names(_ list: [String]) -> MessageArgument { .text(list.isEmpty ? "–" : list.joined(separator: ", ")) }
        var blocks: [TableDocument.Block] = []
        var header = "\(name) (\(kind)\(district.map { ", " + say(.districtNamed, ["district": .text($0)]) } ?? ""))"
        if let region { header += " – \(region)" }
        blocks.append(.heading(header, level: 1))
        var lines: [String] = []
        lines.append(say(.yearsLine, ["years": .text(years)]) + (illustrative ? say(.illustrativeNote) : ""))
        if let source { lines.append(say(.sourceLine, ["source": .text(source)])) }
        blocks.append(.lines(lines))
        for year in perYear {
            blocks.append(.heading("== \(year.year) ==", level: 2))
            lines = []
            lines.append(say(.managingOfficeLine, ["actors": names(year.managingOffice)]))
            lines.append(say(.coreGroupLine, ["count": .int(year.coreGroup.count), "actors": names(year.coreGroup)]))
            lines.append(say(.actorsByArea))
            for group in year.actorsByArea { lines.append("  \(group.label) (\(group.items.count)): \(group.items.joined(separator: ", "))") }
            lines.append(say(.relationsByFormat))
            if year.relationsByFormat.isEmpty { lines.append("  –") }
            for group in year.relationsByFormat {
                lines.append("  \(group.label) (\(group.items.count))")
                for item in group.items { lines.append("    - \(item)") }
            }
            lines.append(say(.relationsByMechanism))
            if year.relationsByMechanism.isEmpty { lines.append("  –") }
            for group in year.relationsByMechanism {
                let inferred = group.inferred.flatMap { $0 > 0 ? say(.inferredCount, ["count": .int($0)]) : nil } ?? ""
                lines.append("  \(group.label): \(group.items.count)\(inferred)")
            }
            if !year.interfaces.isEmpty {
                lines.append(say(.interfaces))
                for item in year.interfaces { lines.append("  - \(item)") }
            }
            if !year.chains.isEmpty {
                lines.append(say(.chains))
                for item in year.chains { lines.append("  - \(item)") }
            }
            if let situations = year.situations {
                lines.append(say(.situations))
                for situation in situations {
                    lines.append("  - \(situation.title)")
                    for actor in situation.actors { lines.append("      \(actor)") }
                    if !situation.observations.isEmpty {
                        lines.append("      " + say(.observedLine, ["observations": .text(situation.observations.joined(separator: "; "))]))
                    }
                }
            }
            blocks.append(.lines(lines))
        }
        return blocks
    }
}

extension String {
    /// The text without one trailing newline.
    var dropLastNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
