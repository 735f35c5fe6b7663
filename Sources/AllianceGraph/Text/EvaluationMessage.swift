/// The messages of the evaluation against the report's worked examples (`alliance classify
/// --evaluate FOLDER`, docs/VALIDITY.md): reading the answer key and the words of the result.
public enum EvaluationMessage: String, MessageCatalogue {
    // Places
    case placeKey = "place-key"
    case placeCase = "place-case"
    case placeNamedCase = "place-named-case"
    // Reading the answer key
    case keyEmpty = "key-empty"
    case caseTwice = "case-twice"
    case badLines = "bad-lines"
    case badChapter = "bad-chapter"
    case situationAndInterface = "situation-and-interface"
    case emptyTarget = "empty-target"
    case nothingExpected = "nothing-expected"
    case subFormOfOtherMechanism = "sub-form-of-other-mechanism"
    case typeNeedsInterface = "type-needs-interface"
    case noKey = "no-key"
    case evaluateTakesFolder = "evaluate-takes-folder"
    case tableNotWithEvaluate = "table-not-with-evaluate"
    case tableNeedsEvaluate = "table-needs-evaluate"
    // Checks against the corpus's alliance files
    case unknownAlliance = "unknown-alliance"
    case unknownSituation = "unknown-situation"
    case unknownInterface = "unknown-interface"
    case unknownRelation = "unknown-relation"
    // Result words
    case title
    case summaryTitle = "summary-title"
    case confusionTitle = "confusion-title"
    case disagreementsTitle = "disagreements-title"
    case casesLine = "cases-line"
    case family
    case cases
    case expectedLabels = "expected-labels"
    case foundLabels = "found-labels"
    case agreement
    case exactCases = "exact-cases"
    case extraLabels = "extra-labels"
    case expectedColumn = "expected-column"
    case predictedColumn = "predicted-column"
    case count
    case caseColumn = "case-column"
    case lines
    case rule
    case note
    case none
    case noDisagreement = "no-disagreement"
    case disagreementLine = "disagreement-line"
    case ambiguousMark = "ambiguous-mark"
    case inconsistentMark = "inconsistent-mark"
    case basis
    case scope

    public static let area = "evaluation"

    public var template: MessageTemplate {
        switch self {
        case .placeKey: MessageTemplate(de: "der Lösungsschlüssel", en: "the answer key")
        case .placeCase: MessageTemplate(de: "Fall Nr. {n}", en: "case #{n}")
        case .placeNamedCase: MessageTemplate(de: "Fall '{id}'", en: "case '{id}'")
        case .keyEmpty: MessageTemplate(de: "der Lösungsschlüssel ist leer; er braucht 'evaluation_cases' mit einer Liste von Fällen",
                                        en: "the answer key is empty; it needs 'evaluation_cases' with a list of cases")
        case .caseTwice: MessageTemplate(de: "der Fall '{id}' steht zweimal da (zuerst in Zeile {line}); jedem Fall eine eigene Id geben",
                                         en: "the case '{id}' is given twice (first at line {line}); give every case its own id")
        case .badLines: MessageTemplate(de: "{place}: '{value}' ist kein Zeilenbereich; z. B. \"1387-1397\" oder eine Zeilennummer angeben",
                                        en: "{place}: '{value}' is not a line range; give e.g. \"1387-1397\" or one line number")
        case .badChapter: MessageTemplate(de: "{place}: '{value}' ist keine Kapitelnummer; eine ganze Zahl angeben, z. B. 5",
                                          en: "{place}: '{value}' is not a chapter number; give a whole number, e.g. 5")
        case .situationAndInterface: MessageTemplate(de: "{place}: 'situation' und 'interface' zugleich; eines von beiden angeben (eine Situation ergibt die Schnittstelle situation:<id>)",
                                                     en: "{place}: both 'situation' and 'interface'; give one of them (a situation gives the interface situation:<id>)")
        case .emptyTarget: MessageTemplate(de: "{place} nennt nichts; 'situation', 'interface' oder 'relation' angeben",
                                           en: "{place} names nothing; give 'situation', 'interface' or 'relation'")
        case .nothingExpected: MessageTemplate(de: "{place} nennt kein Label; 'type', 'strategy', 'mechanism' oder 'sub_form' angeben",
                                               en: "{place} names no label; give 'type', 'strategy', 'mechanism' or 'sub_form'")
        case .subFormOfOtherMechanism: MessageTemplate(de: "{place}: die Unterform '{subForm}' gehört zum Mechanismus '{mechanism}', der unter 'mechanism' fehlt; ihn ergänzen oder die Unterform korrigieren",
                                                       en: "{place}: the sub-form '{subForm}' belongs to the mechanism '{mechanism}', which 'mechanism' does not list; add it or correct the sub-form")
        case .typeNeedsInterface: MessageTemplate(de: "{place}: Typ und Strategie gehören zu einer Schnittstelle; unter 'target' eine 'situation' oder ein 'interface' angeben",
                                                  en: "{place}: type and strategy belong to an interface; give a 'situation' or an 'interface' under 'target'")
        case .noKey: MessageTemplate(de: "--evaluate {folder}: der Ordner enthält keinen Lösungsschlüssel (eine Datei mit 'evaluation_cases', z. B. {file})",
                                     en: "--evaluate {folder}: the folder holds no answer key (a file with 'evaluation_cases', e.g. {file})")
        case .evaluateTakesFolder: MessageTemplate(de: "--evaluate {folder} liest genau diesen Ordner (Bündnisdateien und Lösungsschlüssel); die übrigen Pfade weglassen",
                                                   en: "--evaluate {folder} reads exactly that folder (alliance files and answer key); leave out the other paths")
        case .tableNotWithEvaluate: MessageTemplate(de: "--table {table} gehört zur Klassifikation; mit --evaluate: agreement, confusion oder disagreements",
                                                    en: "--table {table} belongs to the classification; with --evaluate: agreement, confusion or disagreements")
        case .tableNeedsEvaluate: MessageTemplate(de: "--table {table} gehört zum Abgleich mit dem Bericht; --evaluate ORDNER angeben oder interfaces, mechanisms, chains oder rates wählen",
                                                  en: "--table {table} belongs to the evaluation against the report; give --evaluate FOLDER or choose interfaces, mechanisms, chains or rates")
        case .unknownAlliance: MessageTemplate(de: "{place}: keine Bündnisdatei des Korpus hat die Id '{id}'{suggestion}; die Id korrigieren oder die Datei in den Ordner legen",
                                               en: "{place}: no alliance file of the corpus has the id '{id}'{suggestion}; correct the id or put the file into the folder")
        case .unknownSituation: MessageTemplate(de: "{place}: das Bündnis '{alliance}' hat keine Situation '{id}'{suggestion}",
                                                en: "{place}: the alliance '{alliance}' has no situation '{id}'{suggestion}")
        case .unknownInterface: MessageTemplate(de: "{place}: das Bündnis '{alliance}' hat keine Schnittstelle '{id}'{suggestion}",
                                                en: "{place}: the alliance '{alliance}' has no interface '{id}'{suggestion}")
        case .unknownRelation: MessageTemplate(de: "{place}: das Bündnis '{alliance}' hat keine Beziehung '{id}'{suggestion}",
                                               en: "{place}: the alliance '{alliance}' has no relation '{id}'{suggestion}")
        case .title: MessageTemplate(de: "Abgleich mit den Beispielen des Berichts", en: "Evaluation against the report's examples")
        case .summaryTitle: MessageTemplate(de: "Übereinstimmung je Labelfamilie", en: "Agreement per label family")
        case .confusionTitle: MessageTemplate(de: "Verwechslungstabelle: {family}", en: "Confusion table: {family}")
        case .disagreementsTitle: MessageTemplate(de: "Abweichungen", en: "Disagreements")
        case .casesLine: MessageTemplate(de: "{cases} Fälle aus {file}; {labels} Labels des Berichts",
                                         en: "{cases} cases from {file}; {labels} labels of the report")
        case .family: MessageTemplate(de: "Familie", en: "Family")
        case .cases: MessageTemplate(de: "Fälle", en: "Cases")
        case .expectedLabels: MessageTemplate(de: "Labels (Bericht)", en: "Labels (report)")
        case .foundLabels: MessageTemplate(de: "gefunden", en: "found")
        case .agreement: MessageTemplate(de: "Übereinstimmung", en: "Agreement")
        case .exactCases: MessageTemplate(de: "Fälle genau", en: "Cases exact")
        case .extraLabels: MessageTemplate(de: "zusätzlich abgeleitet", en: "Extra inferred")
        case .expectedColumn: MessageTemplate(de: "Bericht", en: "Report")
        case .predictedColumn: MessageTemplate(de: "abgeleitet", en: "Inferred")
        case .count: MessageTemplate(de: "Anzahl", en: "Count")
        case .caseColumn: MessageTemplate(de: "Fall", en: "Case")
        case .lines: MessageTemplate(de: "Zeilen", en: "Lines")
        case .rule: MessageTemplate(de: "Regel", en: "Rule")
        case .note: MessageTemplate(de: "Anmerkung", en: "Note")
        case .none: MessageTemplate(de: "—", en: "—")
        case .noDisagreement: MessageTemplate(de: "keine Abweichung", en: "no disagreement")
        case .disagreementLine: MessageTemplate(de: "{case} (Z. {lines}) {family}: Bericht {expected}, abgeleitet {predicted} – Regel {rule}",
                                                en: "{case} (l. {lines}) {family}: report {expected}, inferred {predicted} – rule {rule}")
        case .ambiguousMark: MessageTemplate(de: "Bericht mehrdeutig", en: "report ambiguous")
        case .inconsistentMark: MessageTemplate(de: "Bericht widersprüchlich", en: "report inconsistent")
        case .basis: MessageTemplate(de: "Grundlage", en: "Basis")
        case .scope: MessageTemplate(de: "Umfang", en: "Scope")
        }
    }
}
