import AllianceGraph
import Foundation
import Testing

/// openpyxl (in the consumer environment, scripts/consumer-python) reading and filling workbooks
/// for the spreadsheet tests (scripts/spreadsheet_fixture.py), and the rows of a sample alliance.
enum SpreadsheetFixture {
    /// A new empty temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ag-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs scripts/spreadsheet_fixture.py with `arguments`; its standard output.
    @discardableResult
    static func python(_ arguments: [String]) throws -> Data {
        let (status, data, errors) = try TestSupport.consumerPython(
            [TestSupport.packageRoot.appendingPathComponent("scripts/spreadsheet_fixture.py").path] + arguments)
        guard status == 0 else {
            Issue.record("openpyxl failed on \(arguments): \(errors)")
            throw CocoaError(.fileReadCorruptFile)
        }
        return data
    }

    /// What openpyxl reads from a workbook.
    struct Read {
        struct Validation { var sqref: String; var formula: String; var values: [String] }
        struct Sheet { var name: String; var state: String; var frozen: String; var rows: [[String]]; var validations: [Validation] }
        var sheets: [Sheet]
        func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
    }

    static func read(_ path: String) throws -> Read {
        let object = try #require(try JSONSerialization.jsonObject(with: try python(["read", path])) as? [String: Any])
        let sheets = (object["sheets"] as? [[String: Any]] ?? []).map { s in
            Read.Sheet(name: s["name"] as? String ?? "", state: s["state"] as? String ?? "", frozen: s["frozen"] as? String ?? "",
                       rows: s["rows"] as? [[String]] ?? [],
                       validations: (s["validations"] as? [[String: Any]] ?? []).map {
                           Read.Validation(sqref: $0["sqref"] as? String ?? "", formula: $0["formula1"] as? String ?? "",
                                           values: $0["values"] as? [String] ?? [])
                       })
        }
        return Read(sheets: sheets)
    }

    /// A cell for openpyxl to write: a four-digit year becomes a number, TRUE/FALSE a true/false value,
    /// `date:2022-06-01` a date cell, `=…` a formula (without a stored result, as openpyxl writes it).
    static func cell(_ text: String) -> Any {
        if text.count == 4, let year = Int(text) { return year }
        if text == "TRUE" || text == "FALSE" { return text == "TRUE" }
        if text.hasPrefix("date:") { return ["date": String(text.dropFirst(5))] }
        if text.hasPrefix("=") { return ["formula": text] }
        return text
    }

    /// Fills the template at `template` with `sheets` (name → rows below the header; `headers` replaces
    /// headers, `merge` merges ranges) and writes `out`.
    static func fill(_ template: String, _ out: String, sheets: [String: [[String]]], headers: [String: [String]] = [:],
                     merge: [String: [String]] = [:], addSheets: [String: [[String]]] = [:], removeSheets: [String] = []) throws {
        var spec: [String: Any] = [:]
        var content: [String: Any] = [:]
        for name in Set(sheets.keys).union(headers.keys).union(merge.keys) {
            var entry: [String: Any] = ["rows": (sheets[name] ?? []).map { $0.map(cell) }]
            if let header = headers[name] { entry["header"] = header.map(cell) }
            if let ranges = merge[name] { entry["merge"] = ranges }
            content[name] = entry
        }
        spec["sheets"] = content
        spec["add_sheets"] = addSheets.mapValues { $0.map { $0.map(cell) } }
        spec["remove_sheets"] = removeSheets
        let specPath = out + ".spec.json"
        try JSONSerialization.data(withJSONObject: spec).write(to: URL(fileURLWithPath: specPath))
        try python(["fill", template, out, specPath])
    }

    /// The sample Graphs/auental.yaml as a managing office would type it into the German template:
    /// labels, abbreviations and ids mixed, `ab 2022`, years as numbers, core group as marks.
    static let auental: [String: [[String]]] = [
        "Bündnis": [["auental", "Auental", "Kreisangehörige Kommune", "Kreis Lindenau", "Regierungsbezirk Detmold", "2019-2022", "TRUE",
                     "Illustrative Daten für AllianceGraph (angelehnt an AH-S 2019–2022)", ""]],
        "Akteure": [
            ["ki", "KI", "KI Auental", "", "ja", "", "", ""],
            ["abh", "Ausländerbehörde", "Ausländerbehörde der Stadt Auental", "", "", "", "", ""],
            ["jmd", "jmd", "", "", "", "", "", ""],
            ["jc", "Jobcenter", "Jobcenter Kreis Lindenau, Geschäftsstelle Auental", "", "", "", "", ""],
            ["aa", "employment_agency", "", "", "", "", "", ""],
            ["ja", "youth_office", "Jugendamt Auental", "", "", "", "", ""],
            ["jz", "youth_centre", "Jugendzentrum Altstadt", "", "", "", "", ""],
            ["jsa", "youth_social_work", "", "", "", "", "", ""],
            ["vhs", "VHS", "", "", "", "", "", ""],
            ["sozial", "social_office", "", "", "", "", "", ""],
            ["ip", "integration_point", "", "", "", "", "aa", ""],
            ["bildung", "education_provider", "", "", "", "", "", ""],
            ["wv", "welfare_association", "", "", "", "", "", ""],
            ["kreis", "district", "Kreis Lindenau", "", "", "", "", ""],
            ["thm", "thm", "Teilhabemanagement (Außenstelle Auental)", "", "", "2020-06/2022", "", ""],
            ["kim", "kim", "KIM Kreis Lindenau", "", "", "ab 2022", "", "KIM wird vom Kreis getragen und arbeitet auch in Auental."],
        ],
        "Kerngruppe": [["ki", "x", "x", "x", "x"], ["abh", "x", "x", "x", "x"], ["jmd", "x", "x", "x", "x"], ["jc", "x", "x", "x", "x"],
                       ["aa", "ja", "ja", "ja", "ja"], ["ja", "x", "x", "x", "x"], ["jz", "x", "x", "x", "x"], ["jsa", "x", "x", "x", "x"],
                       ["vhs", "", "x", "x", "x"], ["sozial", "x", "x", "", ""]],
        "Kooperationen": [
            ["kerngruppe", "", "", "", "Bündniskerngruppe", "Austausch und Lernen", "", "", "2019-", "", "", "", "", ""],
            ["ki-abh-anpassung", "", "ki", "abh", "contact_person", "Negative Koordination: Anpassung", "Bei Bedarf (auf Zuruf)", "", "2019-2022", "", "",
             "accepts_limits_unclarified (ki)", "", "Ausschlüsse aus Maßnahmen werden weiterhin ohne Klärung der Spielräume hingenommen."],
            ["pruefung-abh", "", "abh", "thm", "participation_check", "intervention/encroachment", "", "", "2020-2022", "residence_status", "", "", "", ""],
            ["thm-kim", "", "thm", "kim", "Begleitete Übergabe", "positive/transfer", "", "", "2022", "case_management", "", "", "", ""],
            ["", "", "ki", "kreis", "reporting", "", "", "", "2019-", "", "", "", "", ""],
            ["", "jz, jsa, ja", "", "", "working_group", "exchange", "", "", "2019-", "", "", "", "", ""],
            ["", "", "jmd", "vhs", "Verweisberatung", "", "", "", "2020-", "Spracherwerb", "", "", "", ""],
            ["", "", "jc", "thm", "referral", "", "", "", "2020-2022", "", "", "", "", ""],
            ["", "", "sozial", "thm", "contact_data", "", "", "", "2020", "", "", "", "", ""],
            ["", "jc; aa; ip", "", "", "exchange_round", "", "", "", "ab 2020", "", "", "", "", ""],
            ["", "", "wv", "jmd", "referral", "", "", "", "2019-", "", "", "", "", ""],
            ["", "bildung, jc", "", "", "joint_offer", "positive/linking", "", "", "2021-", "", "", "", "", "Berufsorientierungskurs mit Sprachförderung."],
            ["", "", "thm", "ki", "reporting", "", "", "", "2020-2022", "", "", "", "", ""],
        ],
        "Schnittstellen": [
            ["ermessensduldung", "abh, ki, thm", "residence_status", "Ermessensduldung für die Dauer einer Maßnahme", "interference", "", "", "", ""],
            ["thm-kim", "thm, kim", "Case management", "", "Transition", "2022", "", "", ""],
        ],
        "Ketten": [],
    ]

    /// The sample as read from Graphs/, without what the spreadsheet has no place for (situations).
    static func expectedAuental() throws -> Alliance {
        let loaded = AllianceLoader(vocabulary: .builtIn).load(path: TestSupport.graphsFolder.appendingPathComponent("auental.yaml").path)
        var alliance = try #require(loaded.validAlliance)
        alliance.situations = []
        return alliance
    }

    /// The German template's headers of `sheet` (the core group with 2019–2022).
    static func headers(_ sheet: SpreadsheetSheet, _ language: Language = .de) -> [String] {
        SpreadsheetTemplate(vocabulary: .builtIn, language: language).headers(sheet)
    }

    /// `rows` of `sheet` as CSV text with `separator`, its header first, fields quoted where needed.
    static func csv(_ sheet: SpreadsheetSheet, _ rows: [[String]], separator: String, lineEnding: String = "\r\n") -> String {
        ([headers(sheet)] + rows).map { row in
            row.map { field in
                field.contains(separator) || field.contains("\"") || field.contains("\n") ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: separator)
        }.joined(separator: lineEnding) + lineEnding
    }
}
