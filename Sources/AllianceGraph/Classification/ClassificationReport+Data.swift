import CSV
import Foundation

/// Which table `csv(_:table:)` writes.
public enum ClassificationTable: String, Sendable, CaseIterable, Codable {
    /// One row per interface and year (default).
    case interfaces
    /// One row per relation (or contextual finding) and year.
    case mechanisms
    /// One row per chain link and year.
    case chains
    /// One row per alliance and year: counts, rate and change.
    case rates
}

/// The flat records behind JSON, CSV and Markdown output: ids plus labels in one language.
extension ClassificationReport {
    /// One interface in one year, flattened.
    struct InterfaceRecord: Codable {
        var alliance: String
        var year: Int
        var id: String
        var origin: String
        var actors: [String]
        var actorNames: [String]
        var topic: String?
        var topicLabel: String?
        var type: String?
        var typeLabel: String?
        var source: String
        var codedType: String?
        var inferredType: String?
        var rule: String?
        var ruleLabel: String?
        var problem: String?
        var strategy: String?
        var strategyLabel: String?
        var order: [String]
        var explanation: String
        var disagreement: String?
        var coverage: String
        var coverageLabel: String
        var coveredBy: [String]
        var coverageExplanation: String
        var warningSign: Bool
    }

    /// One relation's mechanism (or a contextual finding) in one year, flattened.
    struct MechanismRecord: Codable {
        var alliance: String
        var year: Int
        var relation: String
        var format: String
        var formatLabel: String
        var actors: [String]
        var perspective: String?
        var mechanism: String?
        var subForm: String?
        var label: String?
        var source: String
        var coded: String?
        var inferred: String?
        var rule: String?
        var explanation: String
        var disagreement: String?
        var warningSign: Bool
    }

    /// One chain link in one year, flattened.
    struct ChainRecord: Codable {
        var alliance: String
        var year: Int
        var chain: String
        var chainName: String
        var index: Int
        var from: String
        var to: String
        var step: String
        var status: String
        var statusLabel: String
        var firstBroken: Bool
        var relations: [String]
        var explanation: String
    }

    /// The counts of one alliance-year, flattened.
    struct RateRecord: Codable {
        var alliance: String
        var name: String
        var year: Int
        var total: Int
        var classified: Int
        var covered: Int
        var partial: Int
        var uncovered: Int
        var warningSigns: Int
        var rate: Double?
        var change: Double?
        var byType: [String: CoverageRates]
    }

    /// The JSON document.
    struct Document: Codable {
        var language: String
        var discovery: Bool
        var rates: [RateRecord]
        var interfaces: [InterfaceRecord]
        var mechanisms: [MechanismRecord]
        var chains: [ChainRecord]
    }

    func interfaceRecords(_ language: Language) -> [InterfaceRecord] {
        alliances.flatMap { a in a.years.flatMap { y in y.coverage.interfaces.map { item in
            let c = item.classification
            return InterfaceRecord(
                alliance: a.id.rawValue, year: y.year, id: c.interface.id.rawValue, origin: c.origin.id,
                actors: c.interface.actors.map(\.rawValue), actorNames: c.interface.actors.map { a.context.name($0, language) },
                topic: c.interface.topic?.rawValue, topicLabel: c.interface.topic.map { a.context.topicLabel($0).text(language) },
                type: c.type?.id, typeLabel: c.type?.label.text(language), source: c.source.id,
                codedType: c.codedType?.id, inferredType: c.inferredType?.id, rule: c.rule?.id, ruleLabel: c.rule?.label.text(language),
                problem: c.typicalProblem?.text(language), strategy: c.strategy?.id, strategyLabel: c.strategy?.label.text(language),
                order: c.order.map(\.rawValue), explanation: c.explanation.text(language), disagreement: c.disagreement?.text(language),
                coverage: item.status.id, coverageLabel: item.status.label.text(language), coveredBy: item.coveredBy.map(\.rawValue),
                coverageExplanation: item.explanation.text(language), warningSign: item.isWarningSign)
        } } }
    }

    func mechanismRecords(_ language: Language) -> [MechanismRecord] {
        alliances.flatMap { a in a.years.flatMap { y in y.coverage.mechanisms.map { m in
            MechanismRecord(
                alliance: a.id.rawValue, year: y.year, relation: m.relation.rawValue, format: m.format.rawValue,
                formatLabel: a.context.formatLabel(m.format).text(language), actors: m.actors.map(\.rawValue),
                perspective: m.perspective?.rawValue, mechanism: m.effective?.mechanism.id, subForm: m.effective?.subForm?.id,
                label: m.effective?.text(language), source: m.source.id, coded: m.coded?.description,
                inferred: m.inferred?.description, rule: m.rule, explanation: m.explanation.text(language),
                disagreement: m.disagreement?.text(language), warningSign: m.isWarningSign)
        } } }
    }

    func chainRecords(_ language: Language) -> [ChainRecord] {
        alliances.flatMap { a in a.years.flatMap { y in y.chains.flatMap { check in check.links.map { link in
            ChainRecord(
                alliance: a.id.rawValue, year: y.year, chain: check.chain.rawValue, chainName: check.name, index: link.index,
                from: link.from.rawValue, to: link.to.rawValue, step: link.stepLabel.text(language), status: link.status.id,
                statusLabel: link.status.label.text(language), firstBroken: check.firstBrokenLink?.index == link.index,
                relations: link.relations.map(\.rawValue), explanation: link.explanation.text(language))
        } } } }
    }

    func rateRecords() -> [RateRecord] {
        alliances.flatMap { a in a.years.map { y in
            let r = y.rates
            return RateRecord(
                alliance: a.id.rawValue, name: a.name, year: y.year, total: r.total, classified: r.classified, covered: r.covered,
                partial: r.partial, uncovered: r.uncovered, warningSigns: r.warningSigns, rate: r.rate, change: y.rateChange,
                byType: Dictionary(uniqueKeysWithValues: InterfaceType.allCases.map { ($0.id, y.coverage.rates(for: $0)) }))
        } }
    }

    /// The report as JSON with sorted keys: rates, interfaces, mechanisms and chain links,
    /// each record with ids and labels in `language`.
    public func json(_ language: Language) throws -> String {
        let document = Document(language: language.rawValue, discovery: discover, rates: rateRecords(),
                                interfaces: interfaceRecords(language), mechanisms: mechanismRecords(language),
                                chains: chainRecords(language))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    /// One table of the report as CSV (comma-separated, header row, lists joined by `;`).
    public func csv(_ language: Language, table: ClassificationTable = .interfaces) throws -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream)
        func list(_ values: [String]) -> String { values.joined(separator: ";") }
        func opt(_ value: String?) -> String { value ?? "" }
        switch table {
        case .interfaces:
            try writer.write(row: ["alliance", "year", "interface", "origin", "actors", "topic", "type", "type_label", "source",
                                   "coded_type", "inferred_type", "rule", "problem", "strategy", "order", "coverage",
                                   "covered_by", "warning_sign", "disagreement", "explanation", "coverage_explanation"])
            for r in interfaceRecords(language) {
                try writer.write(row: [r.alliance, String(r.year), r.id, r.origin, list(r.actors), opt(r.topic), opt(r.type),
                                       opt(r.typeLabel), r.source, opt(r.codedType), opt(r.inferredType), opt(r.rule),
                                       opt(r.problem), opt(r.strategy), list(r.order), r.coverage, list(r.coveredBy),
                                       String(r.warningSign), opt(r.disagreement), r.explanation, r.coverageExplanation])
            }
        case .mechanisms:
            try writer.write(row: ["alliance", "year", "relation", "format", "actors", "perspective", "mechanism", "sub_form",
                                   "label", "source", "coded", "inferred", "rule", "warning_sign", "disagreement", "explanation"])
            for r in mechanismRecords(language) {
                try writer.write(row: [r.alliance, String(r.year), r.relation, r.format, list(r.actors), opt(r.perspective),
                                       opt(r.mechanism), opt(r.subForm), opt(r.label), r.source, opt(r.coded), opt(r.inferred),
                                       opt(r.rule), String(r.warningSign), opt(r.disagreement), r.explanation])
            }
        case .chains:
            try writer.write(row: ["alliance", "year", "chain", "link", "from", "to", "step", "status", "first_broken",
                                   "relations", "explanation"])
            for r in chainRecords(language) {
                try writer.write(row: [r.alliance, String(r.year), r.chain, String(r.index), r.from, r.to, r.step, r.status,
                                       String(r.firstBroken), list(r.relations), r.explanation])
            }
        case .rates:
            try writer.write(row: ["alliance", "year", "interfaces", "classified", "covered", "partial", "uncovered",
                                   "warning_signs", "rate", "change"])
            for r in rateRecords() {
                try writer.write(row: [r.alliance, String(r.year), String(r.total), String(r.classified), String(r.covered),
                                       String(r.partial), String(r.uncovered), String(r.warningSigns),
                                       r.rate.map { String(format: "%.4f", $0) } ?? "", r.change.map { String(format: "%.4f", $0) } ?? ""])
            }
        }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
