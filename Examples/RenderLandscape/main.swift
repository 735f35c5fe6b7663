// Example: draw one year of an alliance as an SVG file, in-process with Graphviz,
// with English labels and only the migration and integration actors.
//
//   swift run render-landscape Graphs/rheinstadt.yaml 2022 out.svg
import AllianceGraph
import AllianceGraphviz
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3, let year = Int(arguments[1]) else {
    print("usage: render-landscape <alliance file> <year> <output.svg>")
    exit(2)
}
let result = AllianceLoader(vocabulary: .builtIn).load(path: arguments[0])
guard let alliance = result.validAlliance else {
    result.diagnostics.forEach { print($0.text(.en)) }
    exit(1)
}

var options = DiagramOptions()
options.language = .en
options.filter = DiagramFilter(areas: [.migration, .integration])
do {
    let svg = try Diagram(alliance: alliance, kind: .year(year), options: options).render(.svg)
    try AtomicFile.write(svg, to: arguments[2], protecting: [arguments[0]])
    print("wrote \(arguments[2]) (\(svg.count) bytes)")
} catch {
    print("error: \((error as? AtomicFile.WriteError)?.text(.en) ?? "\(error)")")
    exit(1)
}
