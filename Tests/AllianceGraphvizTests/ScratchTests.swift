import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

@Test func scratchRender() throws {
    let dir = URL(fileURLWithPath: "/tmp/render-scratch")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for kind in [DiagramKind.year(2021), .allYears, .difference(from: 2019, to: 2022)] {
        let diagram = Diagram(alliance: Samples.musterkreis, kind: kind)
        try diagram.render(.dot).write(to: dir.appendingPathComponent(diagram.baseName + ".dot"))
        try diagram.render(.png).write(to: dir.appendingPathComponent(diagram.baseName + ".png"))
    }
    let h = Diagram(alliance: Samples.hostile, kind: .year(2021))
    try h.render(.dot).write(to: dir.appendingPathComponent("hostile.dot"))
    try h.render(.png).write(to: dir.appendingPathComponent("hostile.png"))
}
