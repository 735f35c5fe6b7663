import AllianceGraph
import AllianceGraphviz
import Foundation

/// What `/api/alliance/<file>` answers: the file's state (problems with file:line:column, the
/// generations), the details of every actor and relation for the page's hover and click, the
/// choices of the filters, and the metrics and classification tables of the year.
struct AllianceAnswer: Encodable {
    struct Problem: Encodable {
        var severity: String
        /// `file:line:column` (as far as known).
        var location: String
        var line: Int?
        var column: Int?
        /// The whole line as the CLI prints it.
        var text: String
    }

    struct ActorDetails: Encodable {
        var id: String
        /// The node's name in the diagram's SVG (`<title>`).
        var node: String
        var name: String
        var kind: String
        var area: String?
        var coreGroupYears: [Int]
        var managingOfficeYears: [Int]
        var present: Bool
        var degree: Int?
        var betweenness: Double?
        var closeness: Double?
    }

    struct RelationDetails: Encodable {
        var id: String
        var members: [String]
        var memberNames: [String]
        var directed: Bool
        var format: String
        var mechanism: String?
        var mechanismInferred: Bool
        var formalisation: String?
        var years: [Int]
    }

    struct Choice: Encodable {
        var id: String
        var label: String
    }

    struct Table: Encodable {
        var name: String
        var title: String
        /// The table as HTML (escaped).
        var html: String
    }

    var file: String
    var id: String?
    var name: String?
    var kindLabel: String?
    var years: [Int]
    var year: Int?
    var generation: Int
    var goodGeneration: Int
    var hasGood: Bool
    var hasErrors: Bool
    var problems: [Problem]
    var actors: [ActorDetails] = []
    var relations: [RelationDetails] = []
    var areas: [Choice] = []
    var formats: [Choice] = []
    var mechanisms: [Choice] = []
    var actorChoices: [Choice] = []
    var tables: [Table] = []
    /// Words the page's script shows, in the page's language.
    var words: [String: String]

    init(_ entry: AllianceFolder.Entry, year requested: Int?, language: Language, basis: MechanismBasis) {
        file = entry.name
        generation = entry.generation
        goodGeneration = entry.goodGeneration
        hasGood = entry.lastGood != nil
        hasErrors = !entry.errors.isEmpty
        problems = entry.result.diagnostics.filter { $0.severity != .note }.sortedForDisplay().map { diagnostic in
            var location = diagnostic.file
            if let line = diagnostic.line { location += ":\(line)" }
            if let column = diagnostic.column { location += ":\(column)" }
            return Problem(severity: diagnostic.severity.rawValue, location: location, line: diagnostic.line,
                           column: diagnostic.column, text: diagnostic.text(language))
        }
        words = Self.words(language)
        guard let alliance = entry.lastGood else {
            years = []
            return
        }
        id = alliance.id.rawValue
        name = alliance.name
        kindLabel = alliance.kind.label.text(language)
        years = Array(alliance.years)
        let year = requested.flatMap { alliance.years.contains($0) ? $0 : nil } ?? alliance.years.upperBound
        self.year = year
        let vocabulary = alliance.vocabulary
        let metrics = NetworkProjection(alliance.snapshot(year: year), mechanisms: basis).metrics()
        let byActor = Dictionary(metrics.actorMetrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        actors = alliance.actors.map { actor in
            let measured = byActor[actor.id.rawValue]
            return ActorDetails(
                id: actor.id.rawValue, node: "a:" + actor.id.rawValue, name: actor.displayName(in: vocabulary, language: language),
                kind: vocabulary.label(of: actor.kind).text(language), area: actor.policyArea(in: vocabulary)?.label.text(language),
                coreGroupYears: alliance.years.filter { actor.holds(.coreGroup, in: $0) },
                managingOfficeYears: alliance.years.filter { actor.holds(.managingOffice, in: $0) },
                present: actor.isPresent(in: year), degree: measured?.degree,
                betweenness: measured.map { $0.betweenness }, closeness: measured.map { $0.closeness })
        }
        let names = Dictionary(alliance.actors.map { ($0.id, $0.displayName(in: vocabulary, language: language)) },
                               uniquingKeysWith: { first, _ in first })
        relations = alliance.analysedRelations(basis: basis).map { analysed in
            let relation = analysed.relation
            let members: [ActorID] = if case .coreGroup = relation.ends { alliance.coreGroupMembers(in: year) }
                else { alliance.members(of: relation) }
            return RelationDetails(
                id: relation.id.rawValue, members: members.map(\.rawValue), memberNames: members.map { names[$0] ?? $0.rawValue },
                directed: relation.ends.isDirected, format: vocabulary.label(of: relation.format).text(language),
                mechanism: analysed.mechanism?.text(language), mechanismInferred: analysed.isInferred,
                formalisation: relation.effectiveFormalisation(in: vocabulary)?.label.text(language),
                years: alliance.years.filter { relation.holds(in: $0) })
        }
        let usedAreas = Set(alliance.actors.compactMap { $0.policyArea(in: vocabulary) })
        areas = PolicyArea.allCases.filter(usedAreas.contains).map { Choice(id: $0.rawValue, label: $0.label.text(language)) }
        let usedFormats = Set(alliance.relations.map(\.format))
        formats = vocabulary.formats.values.filter { usedFormats.contains($0.id) }.map { Choice(id: $0.id.rawValue, label: $0.label.text(language)) }
        mechanisms = Mechanism.allCases.map { Choice(id: $0.rawValue, label: $0.label.text(language)) }
        actorChoices = alliance.actors.map { Choice(id: $0.id.rawValue, label: names[$0.id] ?? $0.id.rawValue) }
            .sorted { $0.label.localizedStandardCompare($1.label) == .orderedAscending }

        var shown = [ResultTable.networkMetrics([metrics], language: language),
                     ResultTable.actorMetrics(metrics, language: language, vocabulary: vocabulary)]
        let classification = ClassificationReport.document(alliances: [alliance], years: [year], discover: true,
                                                           language: language, parts: .tables([.interfaces]))
        shown += classification.tables
        tables = shown.map { Table(name: $0.name, title: $0.title, html: TableHTML.html(Self.forPage($0))) }
    }

    /// `table` as the alliance's page shows it, for a managing office: without the columns that repeat
    /// what the page says already when every row has the same value there (the alliance, the year, the
    /// network layer), and without the interfaces' ids (`auto:chain:…` for those found in the data;
    /// the topic and the actors name each interface). `alliance metrics` and `classify` keep them all.
    static func forPage(_ table: ResultTable) -> ResultTable {
        let kept = table.columns.indices.filter { index in
            switch table.columns[index].id {
            case "interface": false
            case "alliance", "year", "layer": Set(table.rows.map { $0.indices.contains(index) ? $0[index] : .empty }).count > 1
            default: true
            }
        }
        var shown = table
        shown.columns = kept.map { table.columns[$0] }
        shown.rows = table.rows.map { row in kept.map { row.indices.contains($0) ? row[$0] : .empty } }
        return shown
    }

    static func words(_ language: Language) -> [String: String] {
        let keys: [(String, ServeMessage)] = [
            ("name", .name), ("kind", .kind), ("area", .policyArea), ("coreGroupYears", .coreGroupYears), ("relation", .relation),
            ("format", .format), ("mechanism", .mechanism), ("inferred", .inferred), ("coded", .coded),
            ("formalisation", .formalisation), ("years", .years), ("members", .members), ("rendering", .rendering),
            ("fileErrors", .fileErrors), ("noDiagram", .noDiagram), ("detailsHint", .detailsHint), ("metrics", .metrics),
            ("any", .any),
        ]
        var words = Dictionary(keys.map { ($0.0, $0.1.text(language)) }, uniquingKeysWith: { first, _ in first })
        words["degree"] = MetricMessage.name(of: "degree", language)
        words["betweenness"] = MetricMessage.name(of: "betweenness", language)
        words["closeness"] = MetricMessage.name(of: "closeness", language)
        return words
    }
}

/// A ``ResultTable`` on a page: the library's HTML table (the one the handout uses), in a block that
/// names the table.
enum TableHTML {
    static func html(_ table: ResultTable) -> String {
        "<div class=\"result-table\" data-table=\"\(HTML.escape(table.name))\">" + table.html() + "</div>"
    }
}
