import AllianceGraph
import AllianceGraphTestSupport
import AllianceGraphviz
import Testing

/// Diagrams name a user's terms from their vocabulary file: each check fails if a view fell back
/// to the built-in vocabulary (where the terms are unknown and shown as raw ids).
@Suite("Diagrams: the user's vocabulary")
struct UserVocabularyDiagramTests {
    @Test("every view labels the user's actor kind and format; views with interfaces its topic", arguments: [
        DiagramKind.year(2022), .allYears, .difference(from: 2021, to: 2022),
    ])
    func labels(kind: DiagramKind) throws {
        let alliance = try UserVocabularyFixture.alliance()
        let dot = try Diagram(alliance: alliance, kind: kind, options: DiagramOptions(interfaces: .coded)).dotText()
        #expect(dot.contains("Sprachcafé"))
        #expect(dot.contains("Hospitation"))
        // The side-by-side view draws no interfaces.
        if kind != .allYears { #expect(dot.contains("Führerschein")) }
    }

    @Test("the area filter finds the user's kind by its policy area")
    func filter() throws {
        let alliance = try UserVocabularyFixture.alliance()
        let filtered = DiagramFilter(areas: [.education]).apply(to: alliance)
        #expect(filtered.actors.map(\.id) == ["cafe"])
    }
}
