/// `alliance show` as a ``TableDocument``: the readable summaries (text, Markdown) and four
/// tables with ids and labels (CSV, JSON): `alliances` (one row per alliance), then `actors`,
/// `relations`, `interfaces` and `chains` (one row per item and year).
extension AllianceSummary {
    /// The names of the tables of ``document(_:years:language:)``.
    public static let tableNames = ["alliances", "actors", "relations", "interfaces", "chains"]

    /// The summaries of `alliances` for `years` (each alliance's years it covers; all when `nil`)
    /// and their tables, labelled in `language` by each alliance's ``Alliance/vocabulary``.
    public static func document(_ alliances: [Alliance], years: [Int]?, language: Language) -> TableDocument {
        let l = language
        func col(_ id: String, _ de: String, _ en: String, detail: Bool = false) -> ResultTable.Column {
            ResultTable.Column(id, l == .de ? de : en, detail: detail)
        }
        var blocks: [TableDocument.Block] = []
        var rows: [[TableCell]] = [], actors: [[TableCell]] = [], relations: [[TableCell]] = [], interfaces: [[TableCell]] = [], chains: [[TableCell]] = []
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
            }
        }
        let tables = [
            ResultTable(name: "alliances", title: l == .de ? "Bündnisse" : "Alliances", columns: [
                col("alliance", "Bündnis", "Alliance"), col("name", "Name", "Name"), col("kind", "Art", "Kind"),
                col("district", "Kreis", "District"), col("region", "Region", "Region"), col("years", "Jahre", "Years"),
                col("illustrative", "Illustrativ", "Illustrative"), col("source", "Quelle", "Source"),
            ], rows: rows),
            ResultTable(name: "actors", title: l == .de ? "Akteure" : "Actors", columns: [
                col("alliance", "Bündnis", "Alliance"), col("year", "Jahr", "Year"), col("actor", "Akteur", "Actor"),
                col("name", "Name", "Name"), col("kind", "Art", "Kind"), col("area", "Politikfeld", "Policy area"),
                col("managing_office", "GfS", "Managing office"), col("core_group", "BKG", "Core group"),
            ], rows: actors),
            ResultTable(name: "relations", title: l == .de ? "Kooperationen" : "Relations", columns: [
                col("alliance", "Bündnis", "Alliance"), col("year", "Jahr", "Year"), col("relation", "Beziehung", "Relation"),
                col("format", "Format", "Format"), col("directed", "Gerichtet", "Directed"), col("from", "Von", "From"),
                col("to", "An", "To"), col("mechanism", "Mechanismus", "Mechanism"), col("sub_form", "Unterform", "Sub-form"),
                col("inferred", "Erschlossen", "Inferred"), col("formalisation", "Formalisierung", "Formalisation"),
                col("status", "Status", "Status"),
            ], rows: relations),
            ResultTable(name: "interfaces", title: l == .de ? "Schnittstellen" : "Interfaces", columns: [
                col("alliance", "Bündnis", "Alliance"), col("year", "Jahr", "Year"), col("interface", "Schnittstelle", "Interface"),
                col("actors", "Akteure", "Actors"), col("topic", "Thema", "Topic"), col("risk", "Risiko", "Risk"),
                col("type", "Typ", "Type"),
            ], rows: interfaces),
            ResultTable(name: "chains", title: l == .de ? "Bildungs- und Integrationsketten" : "Education and integration chains", columns: [
                col("alliance", "Bündnis", "Alliance"), col("year", "Jahr", "Year"), col("chain", "Kette", "Chain"),
                col("name", "Name", "Name"), col("actors", "Glieder", "Steps"), col("labels", "Bezeichnungen", "Labels"),
            ], rows: chains),
        ]
        return TableDocument(tables: tables, blocks: blocks, metadata: ["language": .text(l.rawValue)])
    }
}
