import AllianceGraph
@testable import AllianceGraphviz
import Foundation
import Testing

@Suite("DOT text")
struct DOTTextTests {
    @Test("escaping keeps quotes, backslashes and markup inside the string")
    func escaping() {
        #expect(DOTEscaping.quoted("") == "\"\"")
        #expect(DOTEscaping.quoted("2021") == "\"2021\"")
        #expect(DOTEscaping.quoted("a\"b") == "\"a\\\"b\"")
        #expect(DOTEscaping.quoted("ende\\") == "\"ende\\\\\"")
        #expect(DOTEscaping.quoted("x\r\ny\rz") == "\"x\\ny\\nz\"")
        #expect(DOTEscaping.quoted("nul\u{0}tab\t") == "\"nul tab \"")
        #expect(DOTEscaping.quotedLabel("A & B") == "\"A &amp; B\"")
        #expect(DOTEscaping.html("<b>\"&\"</b>\n") == "&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;<BR/>")
        #expect(DOTEscaping.quoted("Ämter") == "\"Ämter\"")
        // Characters no XML may hold would make Graphviz's SVG unreadable: the replacement character instead.
        #expect(DOTEscaping.quoted("a\u{FFFE}b\u{FFFF}") == "\"a\u{FFFD}b\u{FFFD}\"")
        #expect(DOTEscaping.quotedLabel("a\u{FFFF}") == "\"a\u{FFFD}\"")
        #expect(DOTEscaping.html("a\u{FFFE}") == "a\u{FFFD}")
    }

    @Test("the managing office is marked GfS in German diagrams and MO in English ones")
    func managingOfficeMark() throws {
        var options = DiagramOptions()
        let german = try Diagram(alliance: Samples.musterkreis, kind: .year(2021), options: options).dotText()
        options.language = .en
        let english = try Diagram(alliance: Samples.musterkreis, kind: .year(2021), options: options).dotText()
        #expect(german.contains("\\nGfS\"") && german.contains("Geschäftsführende Stelle (GfS)"))
        #expect(english.contains("\\nMO\"") && english.contains("managing office (MO)"))
        #expect(!english.contains("GfS"))
    }

    @Test("hostile names pass the real dot parser and come out unchanged",
          .enabled(if: DotTool.isAvailable, "the dot command (Debian package graphviz) is not installed"))
    func hostileNamesThroughDot() throws {
        let text = try Diagram(alliance: Samples.hostile, kind: .year(2021)).dotText()
        let result = try DotTool.run(text)
        #expect(result.status == 0, "dot rejected the DOT text: \(result.errors)")
        let texts = try SVG(result.output).texts
        for name in Samples.hostileNames where !name.isEmpty {
            let lines = name.replacingOccurrences(of: "\t", with: " ").split(separator: "\n").map(String.init)
            for line in lines { #expect(texts.contains(line), "missing label line \(line.debugDescription)") }
        }
        #expect(texts.contains("Böse \"Namen\" & <Tags>\\"))
        #expect(texts.contains { $0.contains("Quelle \"x\" <y> & z\\") })
    }

    @Test("hostile names also render in-process and give valid SVG")
    func hostileNamesInProcess() throws {
        let svg = try SVG(Diagram(alliance: Samples.hostile, kind: .year(2021)).render(.svg))
        #expect(svg.texts.contains("}; digraph x {"))
        #expect(svg.texts.contains("<b>fett</b> &amp; &lt;"))
        // 12 actors, one of them with the empty id: all are distinct nodes.
        #expect(svg.nodeTextPositions.keys.filter { $0.hasPrefix("a:") }.count == Samples.hostileNames.count)
    }

    @Test("the same input gives byte-identical DOT", arguments: [
        DiagramKind.year(2021), .difference(from: 2019, to: 2022), .allYears,
    ])
    func deterministic(kind: DiagramKind) throws {
        let first = try Diagram(alliance: Samples.musterkreis, kind: kind).dotText()
        for _ in 0..<3 {
            #expect(try Diagram(alliance: Samples.musterkreis, kind: kind).dotText() == first)
        }
    }

    @Test("emitted DOT of every view parses with dot", .enabled(if: DotTool.isAvailable, "dot not installed"),
          arguments: [DiagramKind.year(2019), .year(2022), .difference(from: 2020, to: 2021), .allYears])
    func emittedDOTParses(kind: DiagramKind) throws {
        let result = try DotTool.run(try Diagram(alliance: Samples.musterkreis, kind: kind).dotText())
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.errors.contains("Error"))
    }

    @Test("the writer quotes every id and attribute name")
    func writerQuotes() {
        let graph = DOTGraph(name: "g", attributes: [("label", .label("x"))], statements: [
            .node(id: "1st", [("label", .label(""))]),
            .edge(from: "1st", to: "node", [("penwidth", .number(1.5))]),
        ])
        #expect(graph.text == """
            digraph "g" {
              "label"="x";
              "1st" ["label"=""];
              "1st" -> "node" ["penwidth"=1.5];
            }

            """)
    }
}
