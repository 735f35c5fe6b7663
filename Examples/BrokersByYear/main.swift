// Example: who brokers between the policy areas? The three actors with the highest betweenness
// centrality in each year of an alliance, with their Gould–Fernandez brokerage roles.
//
//   swift run brokers-by-year Graphs/bergheide.yaml
import AllianceGraph
import Foundation

guard let path = CommandLine.arguments.dropFirst().first else {
    print("usage: brokers-by-year <alliance file>")
    exit(2)
}
let result = AllianceLoader(vocabulary: .builtIn).load(path: path)
guard let alliance = result.validAlliance else {
    result.diagnostics.forEach { print($0) }
    exit(1)
}

for year in alliance.years {
    let metrics = alliance.snapshot(year: year).metrics()
    let top = metrics.actorMetrics.sorted { ($0.betweenness, $1.id) > ($1.betweenness, $0.id) }.prefix(3)
    let text = top.map { actor in
        String(format: "%@ %.3f (liaison %d)", actor.id, actor.betweenness, actor.brokerage.liaison)
    }
    print("\(year): density \(String(format: "%.3f", metrics.density)); \(text.joined(separator: ", "))")
}
