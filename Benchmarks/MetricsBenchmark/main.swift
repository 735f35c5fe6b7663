// Times betweenness and closeness on a synthetic alliance network from the seeded generator.
//
//   MetricsBenchmark --shape medium|large [--seed N] [--workers 1,2] [--repeat 3] [--export FILE]
//
// --export writes the generated graph as JSON ({"nodeCount": n, "edges": [[u, v], …]}) so that
// NetworkX and igraph time the identical graph. Prints one JSON object per worker count.
import AllianceGraph
import AllianceGraphTestSupport
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var shape = SyntheticNetworkShape.medium
var shapeName = "medium"
var workers = [1, 2]
var repeats = 3
var exportPath: String?
var seed: UInt64?
var args = CommandLine.arguments.dropFirst().makeIterator()
while let arg = args.next() {
    switch arg {
    case "--shape":
        guard let value = args.next() else { fail("--shape needs a value") }
        shapeName = value
        switch value {
        case "medium": shape = .medium
        case "large": shape = .large
        default:
            let parts = value.split(separator: ",").compactMap { Int($0) }
            guard parts.count == 3 else { fail("--shape medium|large|ALLIANCES,ACTORS,RELATIONS") }
            shape = SyntheticNetworkShape(alliances: parts[0], actorsPerAlliance: parts[1], relations: parts[2])
        }
    case "--seed":
        guard let value = args.next().flatMap({ UInt64($0) }) else { fail("--seed needs a number") }
        seed = value
    case "--workers":
        guard let value = args.next() else { fail("--workers needs a list") }
        workers = value.split(separator: ",").compactMap { Int($0) }
    case "--repeat":
        guard let value = args.next().flatMap({ Int($0) }), value > 0 else { fail("--repeat needs a number") }
        repeats = value
    case "--export":
        exportPath = args.next()
    default:
        fail("unknown argument \(arg)")
    }
}
if let seed { shape.seed = seed }

let network = SyntheticAllianceNetwork(shape: shape)
let graph = network.graph
if let exportPath {
    var text = "{\"nodeCount\": \(graph.nodeCount), \"seed\": \(shape.seed), \"edges\": ["
    text += graph.edges.map { "[\($0.0), \($0.1)]" }.joined(separator: ", ")
    text += "]}\n"
    let url = URL(fileURLWithPath: exportPath)
    let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
    try Data(text.utf8).write(to: temp)
    guard rename(temp.path, url.path) == 0 else { fail("cannot write \(exportPath)") }
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

let components = graph.connectedComponents()
var reference: [Double]?
for w in workers {
    var bestB = Double.infinity, bestC = Double.infinity
    var bc: [Double] = [], cc: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<repeats {
        let tb = clock.measure { bc = graph.betweennessCentrality(workers: w) }
        bestB = min(bestB, seconds(tb))
        let tc = clock.measure { cc = graph.closenessCentrality(workers: w) }
        bestC = min(bestC, seconds(tc))
    }
    if let reference {
        let diff = zip(reference, bc).map { abs($0 - $1) }.max() ?? 0
        if diff > 1e-9 { fail("betweenness with \(w) workers differs from 1 worker by \(diff)") }
    } else {
        reference = bc
    }
    print("{\"tool\": \"swift\", \"shape\": \"\(shapeName)\", \"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount), "
        + "\"components\": \(components.count), \"workers\": \(w), \"betweenness_s\": \(bestB), \"closeness_s\": \(bestC), "
        + "\"betweenness_sum\": \(bc.reduce(0, +)), \"closeness_sum\": \(cc.reduce(0, +))}")
}
