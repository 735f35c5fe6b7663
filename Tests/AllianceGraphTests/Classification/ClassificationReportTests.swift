import AllianceGraph
import CSV
import Foundation
import Testing

/// The report formats, checked on the hand-worked Teststadt alliance (see StrategyCoverageTests).
@Suite("Classification report")
struct ClassificationReportTests {
    let report = ClassificationReport(alliances: [Teststadt.alliance], years: [2021, 2022], discover: false)

    @Test("JSON holds rates, interfaces, mechanisms and decodes with the hand-worked values")
    func json() throws {
        let text = try report.document(.en).render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["language"] as? String == "en")
        let rates = try #require(object["rates"] as? [[String: Any]])
        #expect(rates.map { $0["year"] as? Int } == [2021, 2022])
        #expect(rates.last?["covered"] as? Int == 2 && rates.last?["classified"] as? Int == 5)
        // 2022 by type: transitions i2 covered, i4 not → 1 of 2, rate 0.5.
        #expect(rates.last?["transition_covered"] as? Int == 1 && rates.last?["transition_classified"] as? Int == 2
                && rates.last?["transition_rate"] as? Double == 0.5)
        let interfaces = try #require(object["interfaces"] as? [[String: Any]])
        let i2 = try #require(interfaces.first { $0["interface"] as? String == "i2" })
        #expect(i2["type"] as? String == "transition")
        #expect(i2["strategy"] as? String == "successive")
        #expect(i2["rule"] as? String == "consecutive_mandates")
        #expect(i2["coverage"] as? String == "covered")
        #expect(i2["covered_by"] as? [String] == ["r3"])
        #expect(i2["type_label"] as? String == "Transition" && i2["strategy_label"] as? String == "Successive strategy")
        let mechanisms = try #require(object["mechanisms"] as? [[String: Any]])
        #expect(mechanisms.contains { $0["perspective"] as? String == "vhs" && $0["sub_form"] as? String == "adaptation" })
        // Sorted keys: "chains" comes before "discovery" before "interfaces".
        let chains = try #require(text.range(of: "\"chains\"")), interfacesKey = try #require(text.range(of: "\"interfaces\""))
        #expect(chains.lowerBound < interfacesKey.lowerBound)
    }

    @Test("CSV is quoted correctly and reads back with the same explanation text")
    func csv() throws {
        let text = try report.table(.interfaces, .de).csv()
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var rows: [[String: String]] = []
        while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
        #expect(rows.count == 3 + 5)
        let i3 = try #require(rows.first { $0["interface"] == "i3" && $0["year"] == "2022" })
        #expect(i3["coverage"] == "partial")
        #expect(i3["type"] == "diffusion")
        #expect(i3["actors"] == "jc;ja;ki")
        // Explanations contain commas and quotation marks; they must survive the round trip.
        let original = report.alliances[0].years[1].coverage.interfaces.first { $0.classification.interface.id == "i3" }!
        #expect(i3["explanation"] == original.classification.explanation.text(.de))
        let rates = try report.table(.rates, .de).csv()
        #expect(rates.hasPrefix("alliance,alliance_label,year,interfaces"))
        #expect(rates.split(separator: "\n").count == 3)
    }

    @Test("Text and Markdown are labelled in the chosen language")
    func textAndMarkdown() {
        let de = report.document(.de).text(), en = report.document(.en).text()
        #expect(de.contains("Schnittstellen") && de.contains("Interferenz") && de.contains("Warnsignale"))
        #expect(en.contains("Interfaces") && en.contains("Interference") && en.contains("warning signs"))
        #expect(en.contains("+6.7 percentage points"))
        // 2022 by type, from the hand-worked table: transitions i2 covered, i4 not; interferences
        // i1 covered, i5 not; diffusion i3 only partly.
        #expect(en.contains("Covered by type: Transition 1/2, Interference 1/2, Diffusion 0/1"))
        let md = report.document(.en).only("rates")!.markdown()
        let full = report.document(.en).markdown()
        #expect(md.contains("| Teststadt | 2022 | 5 | 5 | 2 | 1 | 2 | 1 | 40% |"))
        #expect(full.contains("## Teststadt (test) – 2021"))
    }

    @Test("Made one alliance at a time on all processors, the document is the same as the whole report's, in every part")
    func streamedDocumentIsTheSame() throws {
        var second = Teststadt.alliance
        second.id = "zweitstadt"
        second.name = "Zweitstadt"
        let alliances = [Teststadt.alliance, second, Teststadt.alliance]
        for language in [Language.de, .en] {
            let whole = ClassificationReport(alliances: alliances, years: nil, discover: true).document(language)
            let readable = ClassificationReport.document(alliances: alliances, language: language, parts: .readable)
            #expect(readable.text() == whole.text())
            #expect(readable.markdown() == whole.markdown())
            let tables = ClassificationReport.document(alliances: alliances, language: language, parts: .tables(ClassificationTable.allCases))
            #expect(try tables.json() == whole.json())
            for table in ClassificationTable.allCases {
                let one = ClassificationReport.document(alliances: alliances, language: language, parts: .tables([table]))
                #expect(try one.render(.csv) == whole.only(table.rawValue)!.render(.csv))
                #expect(one.text() == whole.only(table.rawValue)!.text())
            }
        }
    }
}
