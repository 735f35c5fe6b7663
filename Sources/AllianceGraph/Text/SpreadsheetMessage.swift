/// The messages of `alliance template` and `alliance import`: help, the template's instructions,
/// and the problems found in a spreadsheet.
public enum SpreadsheetMessage: String, MessageCatalogue {
    case templateAbstract = "template-abstract"
    case templateDiscussion = "template-discussion"
    case templateOptionOutput = "template-option-output"
    case optionForce = "option-force"
    case templateOutputRequired = "template-output-required"
    case outputExists = "output-exists"
    case templateWrote = "template-wrote"
    case importAbstract = "import-abstract"
    case importDiscussion = "import-discussion"
    case importOptionInput = "import-option-input"
    case importOptionOutput = "import-option-output"
    case importOutputRequired = "import-output-required"
    case importWrote = "import-wrote"
    case importFailed = "import-failed"
    case importedComment = "imported-comment"
    case instructions1, instructions2, instructions3, instructions4, instructions5, instructions6, instructions7, instructions8
    case listsNote = "lists-note"
    case exampleNote = "example-note"
    case exampleImmigrationOffice = "example-immigration-office"
    case exampleRisk = "example-risk"
    case exampleChain = "example-chain"
    case exampleFirstStep = "example-first-step"
    case exampleSecondStep = "example-second-step"
    case notAnArchive = "not-an-archive"
    case brokenPart = "broken-part"
    case cannotRead = "cannot-read"
    case noSpreadsheet = "no-spreadsheet"
    case unknownSheet = "unknown-sheet"
    case duplicateSheet = "duplicate-sheet"
    case allianceSheetMissing = "alliance-sheet-missing"
    case allianceRowMissing = "alliance-row-missing"
    case severalAllianceRows = "several-alliance-rows"
    case unknownHeader = "unknown-header"
    case duplicateHeader = "duplicate-header"
    case valueWithoutHeader = "value-without-header"
    case mergedCells = "merged-cells"
    case formulaWithoutResult = "formula-without-result"
    case errorValue = "error-value"
    case dateInText = "date-in-text"
    case notYearHeader = "not-year-header"
    case unknownCoreGroupActor = "unknown-core-group-actor"
    case coreGroupTwice = "core-group-twice"
    case badMark = "bad-mark"
    case chainStepWithoutChain = "chain-step-without-chain"
    case chainValueDiffers = "chain-value-differs"
    case rowWithoutID = "row-without-id"

    public static let area = "spreadsheet"

    public var template: MessageTemplate {
        switch self {
        case .templateAbstract:
            MessageTemplate(de: "Eine leere Arbeitsmappe (.xlsx) oder CSV-Dateien zum Ausfüllen durch die Geschäftsführende Stelle schreiben.",
                            en: "Write an empty workbook (.xlsx) or CSV files for the managing office to fill in.")
        case .templateDiscussion:
            MessageTemplate(de: "Die Mappe hat die Blätter Bündnis, Akteure, Kerngruppe, Kooperationen, Schnittstellen und Ketten, je mit einer Kopfzeile, einer Beispielzeile und Auswahllisten aus dem Vokabular, dazu eine Anleitung (docs/FORMAT.de.md). Endet -o auf .xlsx, entsteht eine Arbeitsmappe, sonst ein Ordner mit einer CSV-Datei je Blatt (Semikolon, UTF-8 mit BOM, für Excel). 'alliance import' liest sie zurück.",
                            en: "The workbook has the sheets Alliance, Actors, Core group, Relations, Interfaces and Chains, each with a header row, an example row and drop-down lists from the vocabulary, and instructions (docs/FORMAT.de.md). If -o ends in .xlsx a workbook is written, otherwise a folder with one CSV file per sheet (semicolon, UTF-8 with BOM, for Excel). 'alliance import' reads it back.")
        case .templateOptionOutput:
            MessageTemplate(de: "Die Arbeitsmappe (FILE.xlsx) oder der Ordner für die CSV-Dateien.", en: "The workbook (FILE.xlsx) or the folder for the CSV files.")
        case .optionForce:
            MessageTemplate(de: "Eine vorhandene Ausgabe ersetzen.", en: "Replace an existing output.")
        case .templateOutputRequired:
            MessageTemplate(de: "Nennen Sie die Ausgabe mit -o, z. B. '-o buendnis.xlsx' oder '-o buendnis-csv'.",
                            en: "Name the output with -o, e.g. '-o alliance.xlsx' or '-o alliance-csv'.")
        case .outputExists:
            MessageTemplate(de: "'{path}' gibt es schon; nennen Sie eine andere Ausgabe oder ersetzen Sie sie mit --force.",
                            en: "'{path}' already exists; name another output or replace it with --force.")
        case .templateWrote:
            MessageTemplate(de: "Vorlage geschrieben: {path}", en: "Template written: {path}")
        case .importAbstract:
            MessageTemplate(de: "Eine ausgefüllte Vorlage (.xlsx oder ein Ordner mit CSV-Dateien) als Bündnisdatei (YAML) schreiben und prüfen.",
                            en: "Write a filled-in template (.xlsx or a folder of CSV files) as an alliance file (YAML) and check it.")
        case .importDiscussion:
            MessageTemplate(de: "Kopfzeilen und Werte dürfen deutsch oder englisch sein; Werte aus dem Vokabular werden über Bezeichnungen und Abkürzungen erkannt (Fallkonferenz, KI, Kreis, schriftlich, ja/nein), Zeiträume als 2020-2022, ab 2021, bis 2020 oder 06/2022. Jedes Problem wird mit Datei, Blatt, Zeile und Spalte (bei CSV Datei:Zeile:Spalte) und der Kopfzeile genannt, alle auf einmal; bei einem Fehler wird nichts geschrieben. Die Ausgabe wird als Ganzes geschrieben, nie über eine Eingabe, und eine vorhandene nur mit --force ersetzt.",
                            en: "Headers and values may be German or English; vocabulary values are recognised by their labels and abbreviations (Fallkonferenz, KI, Kreis, written, yes/no), periods as 2020-2022, from 2021, until 2020 or 06/2022. Every problem is named with file, sheet, row and column (for CSV file:line:column) and the header, all at once; when there is an error nothing is written. The output is written as a whole, never over an input, and an existing one is replaced only with --force.")
        case .importOptionInput:
            MessageTemplate(de: "Die ausgefüllte Arbeitsmappe (.xlsx) oder der Ordner mit den CSV-Dateien.", en: "The filled-in workbook (.xlsx) or the folder with the CSV files.")
        case .importOptionOutput:
            MessageTemplate(de: "Die Bündnisdatei, die geschrieben wird (.yaml).", en: "The alliance file to write (.yaml).")
        case .importOutputRequired:
            MessageTemplate(de: "Nennen Sie die Bündnisdatei mit -o, z. B. '-o buendnis.yaml'.", en: "Name the alliance file with -o, e.g. '-o alliance.yaml'.")
        case .importWrote:
            MessageTemplate(de: "{path} geschrieben: {actors} Akteure, {relations} Kooperationen; geprüft: {errors} Fehler, {warnings} Warnungen.",
                            en: "{path} written: {actors} actors, {relations} relations; checked: {errors} errors, {warnings} warnings.")
        case .importFailed:
            MessageTemplate(de: "{errors} Fehler, {warnings} Warnungen; nichts geschrieben. Korrigieren Sie die Tabelle und importieren Sie erneut.",
                            en: "{errors} errors, {warnings} warnings; nothing written. Correct the spreadsheet and import again.")
        case .importedComment:
            MessageTemplate(de: "Aus {file} importiert (alliance import). Format: docs/FORMAT.de.md", en: "Imported from {file} (alliance import). Format: docs/FORMAT.md")
        case .instructions1:
            MessageTemplate(de: "So füllen Sie diese Mappe aus (ausführlich: docs/FORMAT.de.md)", en: "How to fill in this workbook (in detail: docs/FORMAT.md)")
        case .instructions2:
            MessageTemplate(de: "1. Bündnis: eine Zeile mit Id (kurzer Name ohne Leerzeichen, z. B. musterstadt), Name, Art und den Jahren (z. B. 2019-2022). Bei einer kreisangehörigen Kommune auch den Kreis.",
                            en: "1. Alliance: one row with id (a short name without blanks, e.g. musterstadt), name, kind and years (e.g. 2019-2022). For a municipality within a district also the district.")
        case .instructions3:
            MessageTemplate(de: "2. Akteure: eine Zeile je Organisation. Die Id verwenden Sie in den anderen Blättern. Art aus der Liste; Geschäftsführende Stelle: ja, oder die Jahre.",
                            en: "2. Actors: one row per organisation. You use its id in the other sheets. Kind from the list; managing office: yes, or the years.")
        case .instructions4:
            MessageTemplate(de: "3. Kerngruppe: eine Zeile je Mitglied (Akteur-Id), ein x in jedem Jahr, in dem es zur Bündniskerngruppe gehört. Weitere Jahre als weitere Spalten (Kopf: die Jahreszahl).",
                            en: "3. Core group: one row per member (actor id), an x in each year it belongs to the core group. More years as more columns (header: the year).")
        case .instructions5:
            MessageTemplate(de: "4. Kooperationen: eine Zeile je Zusammenarbeit. Entweder Akteure (mehrere Ids, durch Komma getrennt) oder Von und An (eine Richtung, z. B. Verweisberatung). Format aus der Liste.",
                            en: "4. Relations: one row per cooperation. Either actors (several ids, separated by commas) or from and to (a direction, e.g. a referral). Format from the list.")
        case .instructions6:
            MessageTemplate(de: "5. Jahre: 2021, 2020-2022, ab 2021 (oder 2021-), bis 2020, Monate als 06/2022; mehrere durch Semikolon getrennt. Leer heißt: alle Jahre des Bündnisses.",
                            en: "5. Years: 2021, 2020-2022, from 2021 (or 2021-), until 2020, months as 06/2022; several separated by semicolons. Empty means every year of the alliance.")
        case .instructions7:
            MessageTemplate(de: "6. Schnittstellen und Ketten sind freiwillig (für die Auswertung). Eine Kette hat eine Zeile je Schritt, in der Reihenfolge; Name und Jahre in der ersten Zeile.",
                            en: "6. Interfaces and chains are optional (for the analysis). A chain has one row per step, in order; name and years in its first row.")
        case .instructions8:
            MessageTemplate(de: "7. Die Beispielzeilen überschreiben oder löschen. Dann: alliance import MAPPE.xlsx -o buendnis.yaml und alliance render buendnis.yaml -o diagramme",
                            en: "7. Overwrite or delete the example rows. Then: alliance import WORKBOOK.xlsx -o alliance.yaml and alliance render alliance.yaml -o diagrams")
        case .listsNote:
            MessageTemplate(de: "Die Auswahllisten der Vorlage; 'alliance vocab' zeigt alle Begriffe.", en: "The template's drop-down lists; 'alliance vocab' shows every term.")
        case .exampleNote:
            MessageTemplate(de: "Beispielzeile: überschreiben Sie sie mit Ihren Daten.", en: "Example row: overwrite it with your data.")
        case .exampleImmigrationOffice:
            MessageTemplate(de: "Ausländerbehörde Musterstadt", en: "Immigration office Musterstadt")
        case .exampleRisk:
            MessageTemplate(de: "Ausbildungsduldung für junge Geduldete", en: "Training toleration for young people with a toleration")
        case .exampleChain:
            MessageTemplate(de: "Von der Erstberatung zur Begleitung", en: "From first counselling to support")
        case .exampleFirstStep:
            MessageTemplate(de: "Erstberatung", en: "First counselling")
        case .exampleSecondStep:
            MessageTemplate(de: "Begleitung", en: "Support")
        case .notAnArchive:
            MessageTemplate(de: "die Datei ist keine Excel-Arbeitsmappe (.xlsx); speichern Sie sie in Excel als 'Excel-Arbeitsmappe (*.xlsx)' oder als CSV",
                            en: "the file is no Excel workbook (.xlsx); save it in Excel as 'Excel Workbook (*.xlsx)' or as CSV")
        case .brokenPart:
            MessageTemplate(de: "die Arbeitsmappe ist beschädigt ({part} fehlt oder ist kein XML); öffnen und speichern Sie sie erneut in Excel",
                            en: "the workbook is damaged ({part} is missing or no XML); open and save it again in Excel")
        case .cannotRead:
            MessageTemplate(de: "kann nicht gelesen werden: {reason}", en: "cannot be read: {reason}")
        case .noSpreadsheet:
            MessageTemplate(de: "im Ordner ist keine CSV-Datei (.csv, .tsv, .txt); nennen Sie eine .xlsx-Datei oder einen Ordner mit den CSV-Dateien der Vorlage",
                            en: "the folder holds no CSV file (.csv, .tsv, .txt); name an .xlsx file or a folder with the template's CSV files")
        case .unknownSheet:
            MessageTemplate(de: "unbekanntes Blatt '{sheet}'{suggestion}; die Vorlage hat die Blätter {allowed}; benennen Sie es um oder löschen Sie es",
                            en: "unknown sheet '{sheet}'{suggestion}; the template has the sheets {allowed}; rename or delete it")
        case .duplicateSheet:
            MessageTemplate(de: "das Blatt '{sheet}' gibt es zweimal (auch in {other}); führen Sie die Zeilen in einem zusammen",
                            en: "the sheet '{sheet}' is there twice (also in {other}); join its rows in one")
        case .allianceSheetMissing:
            MessageTemplate(de: "das Blatt 'Bündnis' fehlt; es nennt Id, Name, Art und Jahre des Bündnisses (siehe 'alliance template')",
                            en: "the sheet 'Alliance' is missing; it gives the alliance's id, name, kind and years (see 'alliance template')")
        case .allianceRowMissing:
            MessageTemplate(de: "das Blatt hat keine Zeile unter der Kopfzeile; tragen Sie das Bündnis in Zeile 2 ein (Id, Name, Art, Jahre)",
                            en: "the sheet has no row below the header; enter the alliance in row 2 (id, name, kind, years)")
        case .severalAllianceRows:
            MessageTemplate(de: "eine Mappe beschreibt ein Bündnis, doch hier steht eine weitere Zeile; legen Sie je Bündnis eine eigene Mappe an",
                            en: "one workbook describes one alliance, but here is another row; make one workbook per alliance")
        case .unknownHeader:
            MessageTemplate(de: "unbekannte Spalte '{header}'{suggestion}; erlaubt: {allowed}",
                            en: "unknown column '{header}'{suggestion}; allowed: {allowed}")
        case .duplicateHeader:
            MessageTemplate(de: "die Spalte '{header}' gibt es zweimal (zuerst in Spalte {first}); löschen Sie eine",
                            en: "the column '{header}' is there twice (first in column {first}); delete one")
        case .valueWithoutHeader:
            MessageTemplate(de: "ein Wert in einer Spalte ohne Kopf; geben Sie der Spalte einen Kopf aus der Vorlage oder löschen Sie den Wert",
                            en: "a value in a column without a header; give the column a header from the template or delete the value")
        case .mergedCells:
            MessageTemplate(de: "die Zellen {range} sind verbunden; heben Sie die Verbindung auf und tragen Sie den Wert in jede Zeile ein",
                            en: "the cells {range} are merged; unmerge them and enter the value in each row")
        case .formulaWithoutResult:
            MessageTemplate(de: "eine Formel ohne berechneten Wert ({formula}); öffnen und speichern Sie die Mappe in Excel oder tragen Sie den Wert ein",
                            en: "a formula without a computed value ({formula}); open and save the workbook in Excel or enter the value")
        case .errorValue:
            MessageTemplate(de: "die Zelle zeigt den Fehler {value}; korrigieren Sie die Formel oder tragen Sie den Wert ein",
                            en: "the cell shows the error {value}; correct the formula or enter the value")
        case .dateInText:
            MessageTemplate(de: "die Zelle hält ein Datum ({date}), erwartet ist Text; formatieren Sie die Zelle als Text und geben Sie den Wert neu ein",
                            en: "the cell holds a date ({date}) where text belongs; format the cell as text and enter the value again")
        case .notYearHeader:
            MessageTemplate(de: "im Blatt Kerngruppe ist jede Spalte nach 'Akteur' ein Jahr, '{header}' ist keines; schreiben Sie die Jahreszahl (z. B. 2021)",
                            en: "in the sheet Core group each column after 'Actor' is a year, '{header}' is none; write the year (e.g. 2021)")
        case .unknownCoreGroupActor:
            MessageTemplate(de: "unbekannter Akteur '{actor}'{suggestion}; jeder Akteur der Kerngruppe muss mit dieser Id im Blatt Akteure stehen",
                            en: "unknown actor '{actor}'{suggestion}; every core-group member must be listed with this id on the sheet Actors")
        case .coreGroupTwice:
            MessageTemplate(de: "der Akteur '{actor}' steht zweimal im Blatt Kerngruppe (zuerst in Zeile {first}); führen Sie die Zeilen zusammen",
                            en: "the actor '{actor}' is listed twice on the sheet Core group (first in row {first}); join the rows")
        case .badMark:
            MessageTemplate(de: "'{value}' ist keine Markierung; schreiben Sie x (oder ja) für Mitglied in diesem Jahr, sonst lassen Sie die Zelle leer",
                            en: "'{value}' is no mark; write x (or yes) for a member in this year, else leave the cell empty")
        case .chainStepWithoutChain:
            MessageTemplate(de: "ein Schritt ohne Kette; schreiben Sie die Id der Kette in die Spalte 'Kette'",
                            en: "a step without a chain; write the chain's id in the column 'Chain'")
        case .chainValueDiffers:
            MessageTemplate(de: "die Kette '{chain}' hat in Zeile {first} schon '{value}' für {header}; geben Sie Name, Jahre und Notiz nur in der ersten Zeile der Kette an",
                            en: "the chain '{chain}' already has '{value}' for {header} in row {first}; give name, years and note only in the chain's first row")
        case .rowWithoutID:
            MessageTemplate(de: "eine Zeile ohne Id; jeder Akteur braucht eine Id (z. B. ki, abh), mit der die anderen Blätter ihn nennen",
                            en: "a row without an id; every actor needs an id (e.g. ki, abh) by which the other sheets name it")
        }
    }
}
