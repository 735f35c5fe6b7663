// Example: which interfaces of an alliance lack their matching strategy, year by year?
//
//   swift run uncovered-interfaces Graphs/kreis-lindenau.yaml [en]
import AllianceGraph
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("usage: uncovered-interfaces <alliance file> [de|en]")
    exit(2)
}
let language = arguments.dropFirst().first.flatMap(Language.init(rawValue:)) ?? .de
let result = AllianceLoader(vocabulary: .builtIn).load(path: path)
guard let alliance = result.validAlliance else {
    result.diagnostics.forEach { print($0) }
    exit(1)
}

let context = ClassificationContext(alliance: alliance)
for year in alliance.years {
    let coverage = StrategyCoverage(context: context, year: year)
    let rates = coverage.rates
    let rate = rates.rate.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
    print("\(year): \(rates.covered) of \(rates.classified) classified interfaces covered (\(rate)), \(rates.warningSigns) warning sign(s)")
    for gap in coverage.gaps {
        let type = gap.classification.type?.label.text(language) ?? "?"
        print("  \(gap.classification.interface.id) [\(type)]: \(gap.explanation.text(language))")
    }
}
