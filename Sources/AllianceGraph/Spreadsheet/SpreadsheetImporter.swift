import Foundation

/// Reads a filled-in template (`alliance import`): an `.xlsx` workbook or CSV files, one per sheet,
/// in the layout of ``SpreadsheetLayout`` with German or English headers, into an alliance.
///
/// The rows become an alliance file's text, every line remembering the cell it came from; that text
/// is read and checked by ``AllianceLoader`` exactly as a file written by hand (so labels and
/// abbreviations are read as ids, and unknown words get "did you mean"), and each problem is reported
/// at its cell (``ImportDiagnostic``). What only a spreadsheet can get wrong (unknown sheets and
/// columns, merged cells, formulas without a value, error values, dates where text belongs, marks in
/// the core-group sheet) is reported at its cell too. Nothing is skipped silently: a value in a
/// column the import does not know is an error. All problems come at once.
///
/// - Complexity: O(*n*) in the number of cells, plus reading and checking the alliance.
public struct SpreadsheetImporter: Sendable {
    /// The vocabulary the alliance is read with (built-in plus the user's files).
    public var vocabulary: Vocabulary

    /// Creates an importer.
    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// What an import gave.
    public struct Result: Sendable {
        /// The alliance, when the spreadsheet has no errors.
        public var alliance: Alliance?
        /// Every problem, errors first, each at its cell.
        public var diagnostics: [ImportDiagnostic]
        /// The files read (the import must never write over one).
        public var inputs: [String]
        /// The rows below the header read from each sheet found.
        public var rowCounts: [SpreadsheetSheet: Int] = [:]
        /// The language of the headers and sheet names, where they tell (most are in one language
        /// only, `Id` and `Name` in both); `nil` when they do not.
        public var headerLanguage: Language?

        /// Whether any problem is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

        /// The alliance file to write, or `nil` when there is no alliance: the YAML of
        /// ``AllianceFileWriter/yaml(_:comments:)`` with a header naming `sources` (the paths as
        /// given), the rows read per sheet and the vocabulary (`vocabularyFiles` besides the built-in
        /// one), and a comment before each section, in `language`, else in the headers' language,
        /// else in German. No date or time, so the same spreadsheet gives the same file.
        public func yaml(sources: [String], vocabularyFiles: [String] = [], language: Language? = nil) throws -> String? {
            guard let alliance else { return nil }
            let l = language ?? headerLanguage ?? .de
            let sheets = SpreadsheetSheet.allCases.compactMap { sheet in rowCounts[sheet].map { "\(sheet.label.text(l)) \($0)" } }
            let vocabulary = vocabularyFiles.isEmpty ? Message(FileCommentMessage.builtInVocabulary)
                : Message(FileCommentMessage.vocabularyFiles, ["files": .list(vocabularyFiles.map(MessageArgument.text))])
            let header = [
                SpreadsheetMessage.importedComment.text(l, ["file": .text(sources.joined(separator: ", "))]),
                FileCommentMessage.importRead.text(l, ["sheets": .text(sheets.joined(separator: ", ")), "vocabulary": .message(vocabulary)]),
                FileCommentMessage.importAdvice.text(l),
            ]
            return try AllianceFileWriter().yaml(alliance, comments: AllianceFileWriter.Comments(header: header, language: l))
        }
    }

    /// The file extensions read as CSV.
    public static let delimitedTextExtensions = ["csv", "tsv", "txt"]

    /// Reads the spreadsheet `paths` name: one `.xlsx` file, or CSV files and folders holding them.
    public func read(paths: [String]) -> Result {
        var sheets: [Sheet] = [], problems: [ImportDiagnostic] = [], inputs: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(Self.fileProblem(path, "no such file")); continue
            }
            var files = [path]
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files = names.filter { !$0.hasPrefix(".") && Self.delimitedTextExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted().map { (path as NSString).appendingPathComponent($0) }
                if files.isEmpty {
                    problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.noSpreadsheet), at: nil, file: path)); continue
                }
            }
            for file in files {
                inputs.append(file)
                guard let data = FileManager.default.contents(atPath: file) else { problems.append(Self.fileProblem(file, "permission denied")); continue }
                if data.starts(with: [0x50, 0x4B]) || (file as NSString).pathExtension.lowercased() == "xlsx" {
                    do throws(XLSXReader.Failure) {
                        sheets += try XLSXReader().read(data: data, file: file).sheets
                    } catch {
                        let message = switch error {
                        case .notAnArchive: Message(SpreadsheetMessage.notAnArchive)
                        case .brokenPart(let part): Message(SpreadsheetMessage.brokenPart, ["part": .text(part)])
                        }
                        problems.append(ImportDiagnostic(.error, message, at: nil, file: file))
                    }
                } else {
                    let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                    sheets.append(DelimitedTextReader().read(data: data, name: name, file: file))
                }
            }
        }
        var result = importing(Workbook(sheets: sheets), file: paths.first ?? "")
        result.diagnostics = problems + result.diagnostics
        result.inputs = inputs
        if !problems.isEmpty { result.alliance = nil }
        return result
    }

    private static func fileProblem(_ file: String, _ reason: String) -> ImportDiagnostic {
        ImportDiagnostic(.error, Message(SpreadsheetMessage.cannotRead, ["reason": .text(reason)]), at: nil, file: file)
    }

    /// Reads the sheets of `workbook` as one alliance; `file` names the workbook where a problem has no cell.
    public func importing(_ workbook: Workbook, file: String) -> Result {
        var reading = Reading(vocabulary: vocabulary, file: file)
        reading.read(workbook)
        return reading.result()
    }
}

/// One import under way: the problems found, and the alliance file's text with the cell of each line.
private struct Reading {
    let vocabulary: Vocabulary
    let file: String
    var problems: [ImportDiagnostic] = []
    var lines: [String] = []
    var places: [CellPlace?] = []
    /// The rows read per sheet.
    var rowCounts: [SpreadsheetSheet: Int] = [:]
    /// Headers and sheet names found in only one language: how many in each.
    var languageVotes: [Language: Int] = [:]
    /// For each drop-down list, the id of each entry's folded text (German entries first), made on first use.
    var termIndex: [SpreadsheetList: [String: String]] = [:]
    /// The observation code of each code's folded German and English label, made on first use.
    var observationIndex: [String: String]?

    init(vocabulary: Vocabulary, file: String) {
        self.vocabulary = vocabulary
        self.file = file
    }

    /// One value for the alliance file: quoted text, a plain `true`/`false`, or a flow list of quoted texts.
    enum Value {
        case text(String)
        case plain(String)
        case list([String])
        /// Written as it is (a flow list of observations built from quoted parts).
        case raw(String)

        var yaml: String {
            switch self {
            case .raw(let text): text
            case .text(let text): Reading.quoted(text)
            case .plain(let text): text
            case .list(let items): "[" + items.map(Reading.quoted).joined(separator: ", ") + "]"
            }
        }
    }

    /// One item (the alliance, an actor, a relation, …): its keys in order, each with its value and cell.
    typealias Item = [(key: String, value: Value, place: CellPlace)]

    /// A sheet's rows below its header, each cell with its column.
    struct Table {
        let sheet: Sheet
        /// For each column (from 1) its key, header text and list, for the columns the header names.
        var columns: [Int: (key: String, header: String, list: SpreadsheetList?)] = [:]
        /// The header row (from 1).
        var headerRow = 1
        /// For the core-group sheet, the year of each year column.
        var years: [Int: Int] = [:]
    }

    // MARK: Sheets

    mutating func read(_ workbook: Workbook) {
        var found: [SpreadsheetSheet: Sheet] = [:]
        let ignored = [SpreadsheetLayout.instructionsSheet, SpreadsheetLayout.listsSheet].flatMap { [$0.de, $0.en] }.map(SpreadsheetLayout.folded)
        let allNames = SpreadsheetSheet.allCases.map { $0.label.text(.de) } + SpreadsheetSheet.allCases.map { $0.label.text(.en) }
        for sheet in workbook.sheets {
            guard let kind = SpreadsheetSheet.named(sheet.name) else {
                if ignored.contains(SpreadsheetLayout.folded(sheet.name)) { continue }
                if sheet.rows.contains(where: { $0.contains { $0.map { !$0.isBlank } ?? false } }) {
                    problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.unknownSheet, [
                        "sheet": .text(sheet.name), "suggestion": Suggestion.phrase(for: sheet.name, in: allNames),
                        "allowed": .text(SpreadsheetSheet.allCases.map { $0.label.text(.de) + " (" + $0.label.text(.en) + ")" }.joined(separator: ", ")),
                    ]), at: nil, file: sheet.isDelimitedText ? sheet.file : "\(sheet.file):\(sheet.name)"))
                }
                continue
            }
            if let other = found[kind] {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.duplicateSheet, [
                    "sheet": .text(sheet.name), "other": .text(other.isDelimitedText ? other.file : "\(other.file):\(other.name)"),
                ]), at: nil, file: sheet.isDelimitedText ? sheet.file : "\(sheet.file):\(sheet.name)"))
                continue
            }
            found[kind] = sheet
            vote(sheet.name, kind.label)
            for merged in sheet.mergedRanges {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.mergedCells, ["range": .text(merged.range)]),
                                                 at: sheet.place(row: merged.row, column: merged.column), file: sheet.file))
            }
        }
        guard let allianceSheet = found[.alliance] else {
            problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.allianceSheetMissing), at: nil, file: file))
            return
        }
        let tables = Dictionary(uniqueKeysWithValues: found.map { ($0.key, table($0.value, $0.key)) })
        for (kind, table) in tables { rowCounts[kind] = rows(table).count }
        var allianceYears: ClosedRange<Int>?
        // The alliance: one row.
        let allianceTable = tables[.alliance]!
        let allianceRows = rows(allianceTable)
        if allianceRows.isEmpty {
            problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.allianceRowMissing),
                                             at: allianceSheet.place(row: allianceTable.headerRow, column: 1), file: file))
        }
        for extra in allianceRows.dropFirst() {
            problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.severalAllianceRows),
                                             at: allianceSheet.place(row: extra, column: 1), file: file))
        }
        if let row = allianceRows.first {
            let item = self.item(allianceTable, row: row)
            if let years = item.first(where: { $0.key == "years" }), case .text(let text) = years.value,
               let period = try? Period.parse(text), let start = period.start?.year, let end = period.end?.year, start <= end {
                allianceYears = start...end
            }
            emit(item, indent: "")
        }
        // Actors, with their core-group years from the core-group sheet.
        var actorItems = tables[.actors].map { t in rows(t).map { item(t, row: $0) } } ?? []
        if let coreGroup = tables[.coreGroup] {
            addCoreGroup(coreGroup, to: &actorItems, years: allianceYears)
        }
        emitList("actors", actorItems)
        emitList("relations", tables[.relations].map { t in rows(t).map { item(t, row: $0) } } ?? [])
        emitList("interfaces", tables[.interfaces].map { t in rows(t).map { item(t, row: $0) } } ?? [])
        if let chains = tables[.chains] { emitChains(chains) }
    }

    /// The sheet's header (its first row with anything in it) read into columns; unknown, repeated
    /// and missing headers reported.
    mutating func table(_ sheet: Sheet, _ kind: SpreadsheetSheet) -> Table {
        var table = Table(sheet: sheet)
        guard let header = sheet.rows.firstIndex(where: { $0.contains { $0.map { !$0.isBlank } ?? false } }) else { return table }
        table.headerRow = header + 1
        let columns = kind.columns
        var seen: [String: Int] = [:]
        let width = sheet.rows.dropFirst(header).map(\.count).max() ?? 0
        for index in 0..<width {
            let column = index + 1
            let text = sheet.cell(row: table.headerRow, column: column).map(\.text)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty {
                if let row = (table.headerRow + 1...max(table.headerRow + 1, sheet.rows.count)).first(where: {
                    sheet.cell(row: $0, column: column).map { !$0.isBlank } ?? false
                }) {
                    problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.valueWithoutHeader), at: sheet.place(row: row, column: column), file: file))
                }
                continue
            }
            let key = SpreadsheetLayout.folded(text)
            let place = sheet.place(row: table.headerRow, column: column, header: text)
            if kind == .coreGroup && index > 0 {
                let year: Int? = switch sheet.cell(row: table.headerRow, column: column) {
                case .number(let n) where n.rounded() == n: Int(n)
                default: Int(text)
                }
                guard let year, (1900...2200).contains(year) else {
                    problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.notYearHeader, ["header": .text(text)]), at: place, file: file))
                    continue
                }
                if let first = seen[String(year)] {
                    problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.duplicateHeader, ["header": .text(text), "first": .text(CellPlace.columnLetters(first))]), at: place, file: file))
                    continue
                }
                seen[String(year)] = column
                table.years[column] = year
                continue
            }
            guard let match = columns.first(where: { [$0.header.de, $0.header.en, $0.key].map(SpreadsheetLayout.folded).contains(key) }) else {
                let names = columns.map { $0.header.de } + columns.map { $0.header.en }
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.unknownHeader, [
                    "header": .text(text), "suggestion": Suggestion.phrase(for: text, in: names),
                    "allowed": .text(columns.map { $0.header.de }.joined(separator: ", ") + (kind == .coreGroup ? ", 2019, 2020, …" : "")),
                ]), at: place, file: file))
                continue
            }
            if let first = seen[match.key] {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.duplicateHeader, ["header": .text(text), "first": .text(sheet.isDelimitedText ? String(first) : CellPlace.columnLetters(first))]), at: place, file: file))
                continue
            }
            seen[match.key] = column
            table.columns[column] = (match.key, text, match.list)
            vote(text, match.header)
        }
        return table
    }

    /// Counts `text` for the language of `label` it is written in, if it is in only one.
    mutating func vote(_ text: String, _ label: Label) {
        let key = SpreadsheetLayout.folded(text), de = SpreadsheetLayout.folded(label.de), en = SpreadsheetLayout.folded(label.en)
        guard de != en else { return }
        if key == de { languageVotes[.de, default: 0] += 1 } else if key == en { languageVotes[.en, default: 0] += 1 }
    }

    /// The rows (from 1) below the header with anything in them.
    func rows(_ table: Table) -> [Int] {
        guard table.headerRow < table.sheet.rows.count else { return [] }
        return (table.headerRow + 1...table.sheet.rows.count).filter { row in
            table.sheet.rows[row - 1].contains { $0.map { !$0.isBlank } ?? false }
        }
    }

    // MARK: Cells

    /// The keys of a row: every non-empty cell of a known column, converted.
    mutating func item(_ table: Table, row: Int) -> Item {
        var item: Item = []
        for column in table.columns.keys.sorted() {
            let (key, header, list) = table.columns[column]!
            guard let cell = table.sheet.cell(row: row, column: column), !cell.isBlank else { continue }
            let place = table.sheet.place(row: row, column: column, header: header)
            guard let value = value(cell, key: key, list: list, place: place) else { continue }
            item.append((key, value, place))
        }
        return item
    }

    static let periodKeys: Set<String> = ["years", "managing_office"]
    static let listKeys: Set<String> = ["actors", "from", "to"]
    static let freeTextKeys: Set<String> = ["name", "note", "source", "risk", "label", "district", "region"]
    static let yesWords: Set<String> = ["ja", "j", "x", "yes", "y", "true", "wahr", "1", "✓", "✔"]
    static let noWords: Set<String> = ["nein", "n", "no", "false", "falsch", "0", "-", "–"]

    /// The value of one cell for `key`, or `nil` (with a problem reported) when it cannot be one.
    mutating func value(_ cell: Cell, key: String, list: SpreadsheetList?, place: CellPlace) -> Value? {
        let text: String
        switch cell {
        case .formulaWithoutResult(let formula):
            problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.formulaWithoutResult, ["formula": .text("=" + formula)]), at: place, file: file))
            return nil
        case .error(let code):
            problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.errorValue, ["value": .text(code)]), at: place, file: file))
            return nil
        case .date(let year, let month, _) where Self.periodKeys.contains(key):
            // Excel turns 06/2022 typed into a cell into the date 1 June 2022: the month was meant.
            return .text(String(format: "%02d/%04d", month, year))
        case .date:
            guard Self.freeTextKeys.contains(key) else {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.dateInText, ["date": .text(cell.text)]), at: place, file: file))
                return nil
            }
            text = cell.text
        case .bool(let flag):
            return Self.periodKeys.contains(key) || key == "illustrative" ? .plain(String(flag)) : .text(String(flag))
        default:
            text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if key == "illustrative" || key == "managing_office" {
            let word = SpreadsheetLayout.folded(text)
            if Self.yesWords.contains(word) { return .plain("true") }
            if Self.noWords.contains(word) { return .plain("false") }
        }
        if Self.periodKeys.contains(key) {
            let periods = Self.periods(text)
            return periods.count == 1 ? .text(periods[0]) : .list(periods)
        }
        if Self.listKeys.contains(key) {
            let items = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return key == "actors" || items.count > 1 ? .list(items) : .text(items.first ?? text)
        }
        if key == "observations" { return .raw(observations(text)) }
        if let list {
            return .text(term(text, list))
        }
        return .text(Self.freeTextKeys.contains(key) ? cell.text : text)
    }

    /// The id of a drop-down entry (in either language), or of a mechanism's or sub-form's label; else the text as written.
    /// - Complexity: O(1) after the list's index is made (once per list and import).
    mutating func term(_ text: String, _ list: SpreadsheetList) -> String {
        let key = SpreadsheetLayout.folded(text)
        if termIndex[list] == nil {
            var index: [String: String] = [:]
            for language in Language.allCases {
                // The first entry wins, in the vocabulary's order, as a search through the list would find it.
                for entry in list.entries(vocabulary, language) {
                    let folded = SpreadsheetLayout.folded(entry.text)
                    if index[folded] == nil { index[folded] = entry.id }
                }
            }
            termIndex[list] = index
        }
        if let id = termIndex[list]?[key] { return id }
        if list == .mechanism {
            if let mechanism = Mechanism.term(labelled: text) { return mechanism.id }
            if let form = MechanismSubForm.term(labelled: text) { return "\(form.mechanism.id)/\(form.id)" }
        }
        return text
    }

    /// Observations as a flow list: codes (or their labels) separated by `,` or `;`, each optionally
    /// followed by the actor who showed the behaviour in brackets: `calls_on_others (ki), joint_case_planning`.
    mutating func observations(_ text: String) -> String {
        if observationIndex == nil {
            var index: [String: String] = [:]
            for code in vocabulary.observationCodes.values {
                for label in [code.label.de, code.label.en] where index[SpreadsheetLayout.folded(label)] == nil {
                    index[SpreadsheetLayout.folded(label)] = code.id.rawValue
                }
            }
            observationIndex = index
        }
        let index = observationIndex ?? [:]
        let items = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map { part -> String in
            var code = part.trimmingCharacters(in: .whitespaces), by: String?
            if code.hasSuffix(")"), let open = code.lastIndex(of: "(") {
                by = code[code.index(after: open)..<code.index(before: code.endIndex)].trimmingCharacters(in: .whitespaces)
                code = code[..<open].trimmingCharacters(in: .whitespaces)
            }
            if let id = index[SpreadsheetLayout.folded(code)] { code = id }
            guard let by, !by.isEmpty else { return Self.quoted(code) }
            return "{code: \(Self.quoted(code)), by: \(Self.quoted(by))}"
        }.filter { $0 != "\"\"" }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// The periods a cell gives: separated by `;` (or `,` between periods), with `ab 2021`, `seit 2021`,
    /// `from 2021` read as `2021-`, `bis 2020`, `until 2020` as `-2020` and `2019 bis 2022` as `2019-2022`.
    static func periods(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" }).map { part in
            var t = part.trimmingCharacters(in: .whitespaces)
            let lower = t.lowercased()
            for word in ["ab ", "seit ", "from ", "since "] where lower.hasPrefix(word) {
                t = String(t.dropFirst(word.count)).trimmingCharacters(in: .whitespaces) + "-"
            }
            for word in ["bis ", "until ", "to "] where lower.hasPrefix(word) {
                t = "-" + String(t.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
            }
            for word in [" bis ", " until ", " to "] { t = t.replacingOccurrences(of: word, with: "-", options: .caseInsensitive) }
            return t
        }.filter { !$0.isEmpty }
    }

    // MARK: Core group

    /// Adds `core_group` to each actor the core-group sheet marks, from its years.
    mutating func addCoreGroup(_ table: Table, to actors: inout [Item], years: ClosedRange<Int>?) {
        let actorColumn = table.columns.first { $0.value.key == "actor" }?.key ?? 1
        var firstRow: [String: Int] = [:]
        let ids = actors.map { item in item.first { $0.key == "id" }.flatMap { if case .text(let t) = $0.value { t } else { nil } } }
        for row in rows(table) {
            let actorCell = table.sheet.cell(row: row, column: actorColumn)
            let actorPlace = table.sheet.place(row: row, column: actorColumn, header: table.columns[actorColumn]?.header)
            let actor = actorCell?.text.trimmingCharacters(in: .whitespaces) ?? ""
            var marked: [Int] = []
            for (column, year) in table.years.sorted(by: { $0.value < $1.value }) {
                guard let cell = table.sheet.cell(row: row, column: column), !cell.isBlank else { continue }
                let place = table.sheet.place(row: row, column: column, header: String(year))
                switch cell {
                case .bool(let flag): if flag { marked.append(year) }
                case .number(let n): if n == 1 { marked.append(year) } else if n != 0 { fallthrough }
                default:
                    let word = SpreadsheetLayout.folded(cell.text)
                    if Self.yesWords.contains(word) { marked.append(year) }
                    else if !Self.noWords.contains(word) {
                        problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.badMark, ["value": .text(cell.text)]), at: place, file: file))
                    }
                }
            }
            guard !actor.isEmpty else {
                if !marked.isEmpty { problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.rowWithoutID), at: actorPlace, file: file)) }
                continue
            }
            if let first = firstRow[actor] {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.coreGroupTwice, ["actor": .text(actor), "first": .int(first)]), at: actorPlace, file: file))
                continue
            }
            firstRow[actor] = row
            guard let index = ids.firstIndex(of: actor) else {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.unknownCoreGroupActor, [
                    "actor": .text(actor), "suggestion": Suggestion.phrase(for: actor, in: ids.compactMap { $0 }),
                ]), at: actorPlace, file: file))
                continue
            }
            guard !marked.isEmpty else { continue }
            actors[index].append(("core_group", Self.coreGroupValue(marked, years: years), actorPlace))
        }
    }

    /// Years as periods: `true` for all the alliance's years, a run to its last year as `2020-`, other runs as `2019-2020` or `2021`.
    static func coreGroupValue(_ years: [Int], years range: ClosedRange<Int>?) -> Value {
        if let range, Set(years) == Set(range) { return .plain("true") }
        var runs: [ClosedRange<Int>] = []
        for year in years.sorted() {
            if let last = runs.last, last.upperBound + 1 == year { runs[runs.count - 1] = last.lowerBound...year } else { runs.append(year...year) }
        }
        let texts = runs.map { run -> String in
            if let range, run.upperBound == range.upperBound, run.lowerBound > range.lowerBound { return "\(run.lowerBound)-" }
            return run.count == 1 ? String(run.lowerBound) : "\(run.lowerBound)-\(run.upperBound)"
        }
        return texts.count == 1 ? .text(texts[0]) : .list(texts)
    }

    // MARK: Chains

    /// Chains: consecutive rows with the same chain id are its steps, in order; name, years and note in its first row.
    mutating func emitChains(_ table: Table) {
        var chains: [(item: Item, steps: [(line: String, place: CellPlace)], rows: [String: (Int, String)])] = []
        var index: [String: Int] = [:]
        for row in rows(table) {
            let cells = item(table, row: row)
            let chainID = cells.first { $0.key == "id" }
            let stepKeys = ["actor", "topic", "label"]
            let step = cells.filter { stepKeys.contains($0.key) }
            guard let chainID, case .text(let id) = chainID.value else {
                problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.chainStepWithoutChain),
                                                 at: step.first?.place ?? table.sheet.place(row: row, column: 1), file: file))
                continue
            }
            let at = index[id] ?? { chains.append(([chainID], [], [:])); index[id] = chains.count - 1; return chains.count - 1 }()
            for cell in cells where !stepKeys.contains(cell.key) && cell.key != "id" {
                if let (first, value) = chains[at].rows[cell.key] {
                    if value != cell.value.yaml {
                        problems.append(ImportDiagnostic(.error, Message(SpreadsheetMessage.chainValueDiffers, [
                            "chain": .text(id), "first": .int(first), "value": .text(value), "header": .text(cell.place.header ?? cell.key),
                        ]), at: cell.place, file: file))
                    }
                    continue
                }
                chains[at].rows[cell.key] = (row, cell.value.yaml)
                chains[at].item.append(cell)
            }
            if !step.isEmpty {
                chains[at].steps.append(("{" + step.map { "\($0.key): \($0.value.yaml)" }.joined(separator: ", ") + "}", step[0].place))
            }
        }
        guard !chains.isEmpty else { return }
        add("chains:", nil)
        for chain in chains {
            emit(chain.item, indent: "  ", first: "- ")
            if !chain.steps.isEmpty {
                add("    steps:", chain.item.first?.place)
                for step in chain.steps { add("      - " + step.line, step.place) }
            }
        }
    }

    // MARK: Text

    mutating func add(_ line: String, _ place: CellPlace?) {
        lines.append(line)
        places.append(place)
    }

    mutating func emit(_ item: Item, indent: String, first: String = "") {
        for (index, entry) in item.enumerated() {
            let lead = index == 0 ? indent + first : indent + String(repeating: " ", count: first.count)
            add("\(lead)\(entry.key): \(entry.value.yaml)", entry.place)
        }
    }

    mutating func emitList(_ key: String, _ items: [Item]) {
        let items = items.filter { !$0.isEmpty }
        guard !items.isEmpty else { return }
        add("\(key):", nil)
        for item in items { emit(item, indent: "  ", first: "- ") }
    }

    /// `text` as a YAML double-quoted scalar: `\` and `"` escaped, control characters as escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += String(format: "\\x%02X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    // MARK: Result

    func result() -> SpreadsheetImporter.Result {
        var diagnostics = problems
        var alliance: Alliance?
        if !lines.isEmpty {
            let loaded = AllianceLoader(vocabulary: vocabulary).load(text: lines.joined(separator: "\n") + "\n", file: file)
            for diagnostic in loaded.diagnostics where diagnostic.severity != .note {
                var place: CellPlace?
                if let line = diagnostic.line, line >= 1 {
                    place = places[min(line, places.count) - 1] ?? places[..<min(line, places.count)].last { $0 != nil } ?? nil
                }
                diagnostics.append(ImportDiagnostic(diagnostic.severity, diagnostic.message, at: place, file: file))
            }
            alliance = loaded.alliance
        }
        func order(_ d: ImportDiagnostic) -> Int {
            d.place.flatMap { $0.sheet ?? (($0.file as NSString).lastPathComponent as NSString).deletingPathExtension }
                .flatMap(SpreadsheetSheet.named).flatMap { SpreadsheetSheet.allCases.firstIndex(of: $0) } ?? -1
        }
        diagnostics.sort { a, b in
            (a.severity, order(a), a.place?.row ?? 0, a.place?.column ?? 0) < (b.severity, order(b), b.place?.row ?? 0, b.place?.column ?? 0)
        }
        let failed = diagnostics.contains { $0.severity == .error }
        let (de, en) = (languageVotes[.de] ?? 0, languageVotes[.en] ?? 0)
        return SpreadsheetImporter.Result(alliance: failed ? nil : alliance, diagnostics: diagnostics, inputs: [], rowCounts: rowCounts,
                                          headerLanguage: de > en ? .de : en > de ? .en : nil)
    }
}
