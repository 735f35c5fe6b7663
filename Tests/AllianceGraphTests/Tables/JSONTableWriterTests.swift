import Foundation
import Testing
@testable import AllianceGraph

/// The JSON of tables is written directly (``JSONTableWriter``), byte for byte as
/// `JSONSerialization` wrote the same objects before.
@Suite("JSON of tables")
struct JSONTableWriterTests {
    static let table = ResultTable(name: "probe", title: "Probe", columns: [
        ResultTable.Column("text", "Text"), ResultTable.Column("term", "Term"), ResultTable.Column("int", "Int"),
        ResultTable.Column("number", "Number", decimals: 2), ResultTable.Column("list", "List"), ResultTable.Column("bool", "Bool"),
        ResultTable.Column("actor_names", "Names"), ResultTable.Column("actors", "Actors"), ResultTable.Column("a10", "A10"),
        ResultTable.Column("a9", "A9"), ResultTable.Column("Zeta", "Zeta"), ResultTable.Column("alpha", "alpha"),
    ], rows: [
        [.text("quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{7} unit \u{1f} del \u{7f} é ü 🙂 \u{2028}"),
         .term(id: "transition", label: "Übergang „Transition“"), .int(-42), .number(0.123456789), .list(["a", "b/c", "\"d\""]),
         .bool(true), .text("x"), .list([]), .int(0), .number(1.0), .empty, .text("")],
        [.empty, .text("not a term"), .int(Int.max), .number(.nan), .list(["only"]), .bool(false), .empty, .list(["ki", "abh"]),
         .number(1e-7), .number(-2.5), .text("z"), .number(123456789.125)],
        [.text("short row")],
    ], dataDecimals: 4)

    @Test("a table's JSON is what JSONSerialization writes for its objects")
    func tableMatchesSerialization() throws {
        let expected = try ResultTable.jsonText(Self.table.jsonObjects())
        #expect(try Self.table.json() == expected)
        var empty = Self.table
        empty.rows = []
        #expect(try empty.json() == ResultTable.jsonText(empty.jsonObjects()))
    }

    @Test("a document's JSON (metadata and several tables) is what JSONSerialization writes")
    func documentMatchesSerialization() throws {
        var second = Self.table
        second.name = "another"
        let document = TableDocument(tables: [Self.table, second], blocks: [],
                                     metadata: ["language": .text("de"), "discovery": .bool(true), "Zahl": .number(0.5)])
        var object: [String: Any] = [:]
        for (key, value) in document.metadata { object[key] = ResultTable.jsonValue(value, decimals: 6) }
        for table in document.tables { object[table.name] = table.jsonObjects() }
        #expect(try document.json() == ResultTable.jsonText(object))
        #expect(try TableDocument(tables: [], blocks: []).json() == ResultTable.jsonText([String: Any]()))
    }

    @Test("alliance classify --format json writes the same JSON as the serialization of its tables")
    func classifyJSON() throws {
        let output = try TestSupport.run("alliance", ["classify", TestSupport.packageRoot.appendingPathComponent("Graphs").path, "--format", "json", "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["language", "discovery", "rates", "interfaces", "mechanisms", "chains"])
        #expect(try ResultTable.jsonText(object) == output.stdout)
    }
}
