/// `alliance show` as a ``TableDocument``: the readable summaries (text, Markdown) and six
/// tables with ids and labels (CSV, JSON): `alliances` (one row per alliance), then `actors`,
/// `relations`, `interfaces`, `chains` and `situations` (one row per item and year; a situation
/// has one row per actor involved).
extension AllianceSummary {
    /// The names of the tables of ``document(_:years:language:)``.
    public static let tableNames = ["alliances", "actors", "relations", "interfaces", "chains", "situations"]

    /// The summaries of `alliances` for `years` (each alliance's years it covers; all when `nil`)
    /// and their tables, labelled in `language` by each alliance's ``Alliance/vocabulary``.
    public static func document(_ alliances: [Alliance], years: [Int]?, language: Language) -> TableDocument {
        let l = language
        func col(_ id: String, _ header: TableMessage, detail: Bool = false) -> ResultTable.Column {
            ResultTable.Column(id, header.text(l), detail: detail)
        }
        var blocks: [TableDocument.Block] = []
        var rows: [[TableCell]] = [], actors: [[TableCell]] = [], relations: [[TableCell]] = [], interfaces: [[TableCell]] = [], chains: [[TableCell]] = [],
            situations: [[TableCell]] = []
        for alliance in alliances {
            let shown = (years ?? Array(alliance.years)).filter(alliance.years.contains)
            blocks += AllianceSummary(alliance, years: shown, language: l).blocks(language: l)
            let vocabulary = alliance.vocabulary
            let id = TableCell.text(alliance.id.rawValue)
            rows.append([id, .text(alliance.name), .term(id: alliance.kind.id, label: alliance.kind.label.text(l)),
                         .text(alliance.district), .text(alliance.region), .text(Period.years(alliance.years).description),
                         .bool(alliance.isIllustrative), .text(alliance.source)])
            for year in shown {
                let snapshot = alliance.snapshot(year: year)
                let managing = Set(snapshot.managingOffices.map(\.id)), core = Set(snapshot.coreGroup.map(\.id))
                for actor in snapshot.actors {
                    let area = actor.policyArea(in: vocabulary)
                    actors.append([id, .int(year), .text(actor.id.rawValue), .text(actor.displayName(in: vocabulary, language: l)),
                                   .term(id: actor.kind.rawValue, label: vocabulary.label(of: actor.kind).text(l)),
                                   .term(area?.id, area?.label.text(l)), .bool(managing.contains(actor.id)), .bool(core.contains(actor.id))])
                }
                for item in snapshot.analysedRelations(basis: .effective) {
                    let r = item.relation
                    let (from, to): ([ActorID], [ActorID]) = switch r.ends {
                    case .undirected(let list): (list, [])
                    case .directed(let f, let t): (f, t)
                    case .coreGroup: (alliance.ends(of: r, in: year).actors, [])
                    }
                    let formalisation = r.effectiveFormalisation(in: vocabulary)
                    relations.append([id, .int(year), .text(r.id.rawValue),
                                      .term(id: r.format.rawValue, label: vocabulary.label(of: r.format).text(l)),
                                      .bool(!to.isEmpty), .list(from.map(\.rawValue)), .list(to.map(\.rawValue)),
                                      .term(item.mechanism?.mechanism.id, item.mechanism?.mechanism.label.text(l)),
                                      .term(item.mechanism?.subForm?.id, item.mechanism?.subForm?.label.text(l)),
                                      item.mechanism == nil ? .empty : .bool(item.isInferred),
                                      .term(formalisation?.id, formalisation?.label.text(l)),
                                      .term(r.status?.id, r.status?.label.text(l))])
                }
                for interface in snapshot.interfaces {
                    interfaces.append([id, .int(year), .text(interface.id.rawValue), .list(interface.actors.map(\.rawValue)),
                                       .term(interface.topic?.rawValue, interface.topic.map { vocabulary.label(of: $0).text(l) }),
                                       .text(interface.risk), .term(interface.type?.id, interface.type?.label.text(l))])
                }
                for chain in snapshot.chains {
                    chains.append([id, .int(year), .text(chain.id.rawValue), .text(chain.name),
                                   .list(chain.steps.map(\.actor.rawValue)), .list(chain.steps.map { $0.label ?? "" })])
                }
                for situation in snapshot.situations {
                    let kind = situation.kind.map { vocabulary.situationKind($0)?.label.text(l) ?? $0.rawValue }
                    let topic = situation.topic(in: vocabulary)
                    for responsibility in situation.responsibilities {
                        situations.append([id, .int(year), .text(situation.id.rawValue), .term(situation.kind?.rawValue, kind),
                                           .text(situation.label), .term(topic?.rawValue, topic.map { vocabulary.label(of: $0).text(l) }),
                                           .text(responsibility.actor.rawValue), .bool(responsibility.isResponsible),
                                           .text(responsibility.condition?.words(in: vocabulary, language: l)),
                                           .list(situation.types.map(\.id)), .list(situation.observations.map(\.code.rawValue))])
                    }
                }
            }
        }
        let tables = [
            ResultTable(name: "alliances", title: TableMessage.alliancesTitle.text(l), columns: [
                col("alliance", .alliance), col("name", .name), col("kind", .kind),
                col("district", .district), col("region", .region), col("years", .years),
                col("illustrative", .illustrative), col("source", .source),
            ], rows: rows),
            ResultTable(name: "actors", title: TableMessage.actorsTitle.text(l), columns: [
                col("alliance", .alliance), col("year", .year), col("actor", .actor),
                col("name", .name), col("kind", .kind), col("area", .policyArea),
                col("managing_office", .managingOffice), col("core_group", .coreGroup),
            ], rows: actors),
            ResultTable(name: "relations", title: TableMessage.relationsTitle.text(l), columns: [
                col("alliance", .alliance), col("year", .year), col("relation", .relation),
                col("format", .format), col("directed", .directed), col("from", .from),
                col("to", .to), col("mechanism", .mechanism), col("sub_form", .subForm),
                col("inferred", .inferred), col("formalisation", .formalisation),
                col("status", .status),
            ], rows: relations),
            ResultTable(name: "interfaces", title: TableMessage.interfacesTitle.text(l), columns: [
                col("alliance", .alliance), col("year", .year), col("interface", .interface),
                col("actors", .actors), col("topic", .topic), col("risk", .risk),
                col("type", .type),
            ], rows: interfaces),
            ResultTable(name: "chains", title: TableMessage.chainsTitle.text(l), columns: [
                col("alliance", .alliance), col("year", .year), col("chain", .chain),
                col("name", .name), col("actors", .steps), col("labels", .stepLabels),
            ], rows: chains),
            ResultTable(name: "situations", title: TableMessage.situationsTitle.text(l), columns: [
                col("alliance", .alliance), col("year", .year), col("situation", .situation),
                col("kind", .kind), col("label", .label), col("topic", .topic), col("actor", .actor),
                col("responsible", .responsible), col("condition", .condition), col("type", .type),
                col("observations", .observations),
            ], rows: situations),
        ]
        return TableDocument(tables: tables, blocks: blocks, metadata: ["language": .text(l.rawValue)])
    }
}
