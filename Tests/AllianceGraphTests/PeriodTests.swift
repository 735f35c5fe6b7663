import Testing
@testable import AllianceGraph

@Suite("Periods")
struct PeriodTests {
    @Test("reads every accepted period syntax", arguments: [
        ("2021", YearMonth(2021, 1), YearMonth(2021, 12)),
        ("2020-2022", YearMonth(2020, 1), YearMonth(2022, 12)),
        ("2020 – 2022", YearMonth(2020, 1), YearMonth(2022, 12)),
        ("2020-06/2022", YearMonth(2020, 1), YearMonth(2022, 6)),
        ("07/2022", YearMonth(2022, 7), YearMonth(2022, 7)),
        ("7/2020-2021", YearMonth(2020, 7), YearMonth(2021, 12)),
    ])
    func parsesClosed(text: String, start: YearMonth, end: YearMonth) throws {
        let period = try Period.parse(text)
        #expect(period.start == start)
        #expect(period.end == end)
    }

    @Test func openEnds() throws {
        let open = try Period.parse("2021-")
        #expect(open.start == YearMonth(2021, 1))
        #expect(open.end == nil)
        #expect(open.contains(year: 2030))
        #expect(!open.contains(year: 2020))
        #expect(open.years(in: 2019...2022) == [2021, 2022])
        let openStart = try Period.parse("-06/2020")
        #expect(openStart.start == nil && openStart.end == YearMonth(2020, 6))
    }

    @Test("rejects impossible and malformed periods", arguments: [
        ("2019-2018", PeriodSyntaxError.endBeforeStart("2019-2018")),
        ("13/2020", .impossibleMonth(13)),
        ("1850", .impossibleYear(1850)),
        ("20222", .malformed("20222")),
        ("-", .malformed("-")),
        ("2020-2021-2022", .malformed("2020-2021-2022")),
        ("zwanzig", .malformed("zwanzig")),
        ("", .malformed("")),
    ])
    func rejects(text: String, expected: PeriodSyntaxError) {
        #expect(throws: expected) { try Period.parse(text) }
    }

    @Test func descriptionReadsBack() throws {
        for text in ["2021", "2020-2022", "2021-", "-2020", "06/2020-06/2022", "2020-06/2022", "07/2022-"] {
            let period = try Period.parse(text)
            #expect(period.description == text)
            #expect(try Period.parse(period.description) == period)
        }
    }

    @Test func overlapAndMonths() throws {
        let thm = try Period.parse("2020-06/2022"), kim = try Period.parse("07/2022-")
        #expect(!thm.overlaps(kim))
        #expect(thm.end!.next == kim.start!)
        #expect(thm.contains(year: 2022) && kim.contains(year: 2022))
        #expect(try Period.parse("2021-2022").overlaps(Period.parse("2022-")))
    }
}
