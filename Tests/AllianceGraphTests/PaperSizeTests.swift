import AllianceGraph
import Foundation
import Testing

@Suite("Paper sizes")
struct PaperSizeTests {
    @Test("A4 and A3 in millimetres and points, portrait and landscape")
    func sizes() {
        #expect(PaperSize.a4.millimetres == PaperSize.Dimensions(width: 210, height: 297))
        #expect(PaperSize.a3.millimetres == PaperSize.Dimensions(width: 297, height: 420))
        #expect(PaperSize.a4.landscape.millimetres == PaperSize.Dimensions(width: 297, height: 210))
        #expect(PaperSize.a3.landscape.millimetres == PaperSize.Dimensions(width: 420, height: 297))
        // PDF's A4 is 595.28 × 841.89 pt.
        #expect(abs(PaperSize.a4.points.width - 595.28) < 0.01)
        #expect(abs(PaperSize.a4.points.height - 841.89) < 0.01)
        #expect(abs(PaperSize.a3.landscape.points.width - 1190.55) < 0.01)
        #expect(abs(PaperSize.a3.landscape.points.height - 841.89) < 0.01)
        #expect(PaperSize.a3.landscape.portrait == PaperSize.a3)
        #expect(PaperSize.a3.landscape.isLandscape && !PaperSize.a3.isLandscape)
    }

    @Test("pixels at a print resolution, the area inside a margin, CSS page size")
    func derived() {
        #expect(PaperSize.a4.pixels(dpi: 300) == (2480, 3508))
        #expect(PaperSize.a3.landscape.pixels(dpi: 300) == (4961, 3508))
        let inside = PaperSize.a4.printableArea(marginMillimetres: 10)
        #expect(abs(inside.width - 190 / 25.4 * 72) < 0.001 && abs(inside.height - 277 / 25.4 * 72) < 0.001)
        #expect(PaperSize.a4.printableArea(marginMillimetres: 200) == PaperSize.Dimensions(width: 0, height: 0))
        #expect(PaperSize.a4.cssPageSize == "A4")
        #expect(PaperSize.a3.landscape.cssPageSize == "A3 landscape")
        #expect(PaperSize.a3.landscape.description == "A3 landscape")
        #expect(abs(PaperSize.millimetres(points: PaperSize.points(millimetres: 123)) - 123) < 1e-9)
    }

    @Test("parsing a4|a3 in any case, turned by landscape; anything else is a clear error")
    func parsing() throws {
        #expect(try PaperSize(parsing: "a4") == .a4)
        #expect(try PaperSize(parsing: " A3 ") == .a3)
        #expect(try PaperSize(parsing: "a3", landscape: true) == PaperSize(.a3, orientation: .landscape))
        #expect(PaperSize.Sheet.allCases.map(\.rawValue) == ["a4", "a3"])
        let error = #expect(throws: PaperSize.ParseError.self) { try PaperSize(parsing: "letter") }
        #expect(error?.message.id == "common.unknown-paper")
        #expect(error?.message.text(.en) == "unknown paper size 'letter': write one of a4, a3")
        #expect(error?.message.text(.de) == "unbekanntes Papierformat 'letter': schreiben Sie eines von a4, a3")
        #expect(throws: PaperSize.ParseError.self) { try PaperSize(parsing: "") }
    }

    @Test("paper sizes round-trip through Codable")
    func codable() throws {
        let paper = PaperSize(.a3, orientation: .landscape)
        let data = try JSONEncoder().encode(paper)
        #expect(try JSONDecoder().decode(PaperSize.self, from: data) == paper)
    }
}
