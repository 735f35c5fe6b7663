/// The messages of survey waves: reading the initiative file and the alliance files' `reports:`,
/// the checks across files (roster, waves, duplicate alliance ids), and the words of the trend,
/// transition and chart outputs of `alliance compare` (docs/SURVEYS.md).
public enum SurveyMessage: String, MessageCatalogue {
    // Places
    case placeInitiativeFile = "place-initiative-file"
    case placeProgramme = "place-programme"
    case placeWave = "place-wave"
    case placeRosterEntry = "place-roster-entry"
    case placeQuestion = "place-question"
    case placeIndicator = "place-indicator"
    case placeRule = "place-rule"
    case placeReport = "place-report"
    // The initiative file
    case initiativeFileEmpty = "initiative-file-empty"
    case programmeYears = "programme-years"
    case notAYear = "not-a-year"
    case waveOutsideProgramme = "wave-outside-programme"
    case givenTwice = "given-twice"
    case unknownQuestion = "unknown-question"
    case unknownRuleTerm = "unknown-rule-term"
    case ruleNeedsCondition = "rule-needs-condition"
    case severalInitiativeFiles = "several-initiative-files"
    // Reports in alliance files
    case reportOutsideYears = "report-outside-years"
    case reportTwice = "report-twice"
    case relationNotReported = "relation-not-reported"
    // Across files
    case duplicateAlliance = "duplicate-alliance"
    case reportOutsideProgramme = "report-outside-programme"
    case reportNoWave = "report-no-wave"
    case questionNotAsked = "question-not-asked"
    case unknownAnswer = "unknown-answer"
    case notInRoster = "not-in-roster"
    case rosterWithoutFile = "roster-without-file"
    case rosterKindDiffers = "roster-kind-differs"
    // Tables
    case notReported = "not-reported"
    case unanswered
    case notAsked = "not-asked"
    case transitionsTitle = "title-transitions"
    case fromYear = "from-year"
    case toYear = "to-year"
    case started
    case kept
    case ended
    case absent
    case notComparable = "not-comparable"
    case answeredBoth = "answered-both"
    case question
    // Charts
    case chartTrendsTitle = "chart-trends-title"
    case chartCompositionTitle = "chart-composition-title"
    case chartShare = "chart-share"
    case chartNotAsked = "chart-not-asked"
    case chartCannotWrite = "chart-cannot-write"
    case chartFormat = "chart-format"
    case chartNeedsTable = "chart-needs-table"
    case indicatorSource = "indicator-source"
    case byKindNeedsChart = "by-kind-needs-chart"
    case reportedColumn = "reported-column"
    case optionChart = "option-chart"
    case optionByKind = "option-by-kind"

    public static let area = "survey"

    public var template: MessageTemplate {
        switch self {
        case .placeInitiativeFile: MessageTemplate(de: "Initiativdatei", en: "the initiative file")
        case .placeProgramme: MessageTemplate(de: "'programme'", en: "'programme'")
        case .placeWave: MessageTemplate(de: "Welle Nr. {n}", en: "wave #{n}")
        case .placeRosterEntry: MessageTemplate(de: "Eintrag Nr. {n} von 'roster'", en: "roster entry #{n}")
        case .placeQuestion: MessageTemplate(de: "Frage Nr. {n}", en: "question #{n}")
        case .placeIndicator: MessageTemplate(de: "Merkmal Nr. {n}", en: "indicator #{n}")
        case .placeRule: MessageTemplate(de: "'rule' von {owner}", en: "'rule' of {owner}")
        case .placeReport: MessageTemplate(de: "Bericht Nr. {n} unter 'reports'", en: "report #{n} under 'reports'")
        case .initiativeFileEmpty: MessageTemplate(de: "die Initiativdatei ist leer; sie braucht 'programme' mit 'name' und 'years'",
                                                   en: "the initiative file is empty; it needs 'programme' with 'name' and 'years'")
        case .programmeYears: MessageTemplate(de: "'years' von 'programme': eine geschlossene Spanne ganzer Jahre angeben, z. B. 2019-2022",
                                              en: "'years' of 'programme': give one closed range of whole years, e.g. 2019-2022")
        case .notAYear: MessageTemplate(de: "{place}: '{value}' ist kein Jahr; das Jahr der Welle angeben, z. B. 2021",
                                        en: "{place}: '{value}' is not a year; give the year of the wave, e.g. 2021")
        case .waveOutsideProgramme: MessageTemplate(de: "{place}: {year} liegt außerhalb der Jahre des Programms ({years}); das Jahr oder 'years' von 'programme' korrigieren",
                                                    en: "{place}: {year} lies outside the programme's years ({years}); correct the year or the programme's 'years'")
        case .givenTwice: MessageTemplate(de: "{place}: '{id}' steht zweimal da (zuerst in Zeile {line}); jeden Eintrag nur einmal angeben",
                                          en: "{place}: '{id}' is given twice (first at line {line}); give each entry once")
        case .unknownQuestion: MessageTemplate(de: "{place}: unbekannte Frage '{question}'{suggestion}; unter 'questions' definieren oder eine dieser nehmen: {known}",
                                               en: "{place}: unknown question '{question}'{suggestion}; define it under 'questions' or use one of: {known}")
        case .unknownRuleTerm: MessageTemplate(de: "{place}: unbekannter Wert '{value}' für '{key}'{suggestion}; siehe 'alliance vocab'",
                                               en: "{place}: unknown value '{value}' for '{key}'{suggestion}; see 'alliance vocab'")
        case .ruleNeedsCondition: MessageTemplate(de: "{place} nennt keine Bedingung; z. B. 'formats', 'with', 'status', 'formalisation', 'mechanisms', 'chains', 'core_group' oder 'answer: true' angeben",
                                                  en: "{place} names no condition; give e.g. 'formats', 'with', 'status', 'formalisation', 'mechanisms', 'chains', 'core_group' or 'answer: true'")
        case .severalInitiativeFiles: MessageTemplate(de: "eine zweite Initiativdatei (die erste ist {other}); nur eine Initiativdatei je Aufruf angeben",
                                                      en: "a second initiative file (the first is {other}); give one initiative file per run")
        case .reportOutsideYears: MessageTemplate(de: "{place}: {year} liegt außerhalb der Jahre des Bündnisses {years}; das Jahr oder 'years' des Bündnisses korrigieren",
                                                  en: "{place}: {year} lies outside the alliance's years {years}; correct the year or widen the alliance's 'years'")
        case .reportTwice: MessageTemplate(de: "{place}: für {year} steht schon ein Bericht da (Zeile {line}); die beiden zusammenfassen",
                                           en: "{place}: there is already a report for {year} (line {line}); merge the two")
        case .relationNotReported: MessageTemplate(de: "{place} beginnt oder endet {years}, als das Bündnis nicht berichtet hat (Berichte: {reported}); die Jahre der Beziehung korrigieren oder den Bericht unter 'reports' nachtragen",
                                                   en: "{place} starts or ends in {years}, when the alliance did not report (reports: {reported}); correct the relation's years or add the report under 'reports'")
        case .duplicateAlliance: MessageTemplate(de: "die Bündnis-Id '{id}' hat auch {other} (Zeile {line}); jedes Bündnis braucht seine eigene Id: eine der beiden umbenennen oder die doppelte Datei entfernen",
                                                 en: "the alliance id '{id}' is also the id of {other} (line {line}); every alliance needs its own id: rename one of them or remove the duplicate file")
        case .reportOutsideProgramme: MessageTemplate(de: "{place}: {year} liegt außerhalb der Jahre von '{programme}' ({years}, {file}); das Jahr korrigieren",
                                                      en: "{place}: {year} lies outside the years of '{programme}' ({years}, {file}); correct the year")
        case .reportNoWave: MessageTemplate(de: "{place}: {year} hatte keine Befragungswelle (Wellen in {file}: {waves}); das Jahr korrigieren oder die Welle in der Initiativdatei ergänzen",
                                            en: "{place}: there was no survey wave in {year} (waves in {file}: {waves}); correct the year or add the wave to the initiative file")
        case .questionNotAsked: MessageTemplate(de: "{place}: die Welle '{wave}' hat die Frage '{question}' nicht gestellt{suggestion}; gestellt wurden: {asked}",
                                                en: "{place}: the wave '{wave}' did not ask the question '{question}'{suggestion}; it asked: {asked}")
        case .unknownAnswer: MessageTemplate(de: "{place}: Antwort auf das unbekannte Merkmal '{indicator}'{suggestion}; bekannt sind: {known}",
                                             en: "{place}: answer to the unknown indicator '{indicator}'{suggestion}; known ones: {known}")
        case .notInRoster: MessageTemplate(de: "das Bündnis '{id}' steht nicht im 'roster' von {file}{suggestion}; es dort eintragen",
                                           en: "the alliance '{id}' is not in the 'roster' of {file}{suggestion}; add it there")
        case .rosterWithoutFile: MessageTemplate(de: "'{id}' steht im 'roster', aber keine der gelesenen Dateien ist dieses Bündnis; es zählt in jeder Welle als nicht berichtend",
                                                 en: "'{id}' is in the 'roster', but none of the files read is this alliance; it counts as not reporting in every wave")
        case .rosterKindDiffers: MessageTemplate(de: "die Art '{kind}' weicht von der im 'roster' von {file} ab ('{roster}'); eine der beiden korrigieren",
                                                 en: "the kind '{kind}' differs from the one in the 'roster' of {file} ('{roster}'); correct one of them")
        case .notReported: MessageTemplate(de: "nicht berichtet", en: "not reported")
        case .unanswered: MessageTemplate(de: "ohne Antwort", en: "unanswered")
        case .notAsked: MessageTemplate(de: "nicht gefragt", en: "not asked")
        case .transitionsTitle: MessageTemplate(de: "Übergänge von Jahr zu Jahr", en: "Year-to-year transitions")
        case .fromYear: MessageTemplate(de: "von", en: "from")
        case .toYear: MessageTemplate(de: "bis", en: "to")
        case .started: MessageTemplate(de: "begonnen", en: "started")
        case .kept: MessageTemplate(de: "beibehalten", en: "kept")
        case .ended: MessageTemplate(de: "beendet", en: "ended")
        case .absent: MessageTemplate(de: "in beiden Jahren nicht", en: "in neither year")
        case .notComparable: MessageTemplate(de: "nicht vergleichbar", en: "not comparable")
        case .answeredBoth: MessageTemplate(de: "N (beide Jahre)", en: "N (both years)")
        case .question: MessageTemplate(de: "Frage", en: "Question")
        case .chartTrendsTitle: MessageTemplate(de: "Entwicklung über die Jahre (Anteil der antwortenden Bündnisse)",
                                                en: "Trends across years (share of the alliances answering)")
        case .chartCompositionTitle: MessageTemplate(de: "Zusammensetzung der Bündniskerngruppen {year} (N={n})",
                                                     en: "Composition of the core groups {year} (N={n})")
        case .chartShare: MessageTemplate(de: "Anteil", en: "Share")
        case .chartNotAsked: MessageTemplate(de: "nicht gefragt", en: "not asked")
        case .chartCannotWrite: MessageTemplate(de: "das Diagramm kann nicht gezeichnet werden: {reason}", en: "cannot draw the chart: {reason}")
        case .chartFormat: MessageTemplate(de: "--chart: die Endung von '{file}' sagt nicht, welches Format; .svg, .png oder .pdf nehmen",
                                           en: "--chart: the ending of '{file}' does not say which format; use .svg, .png or .pdf")
        case .chartNeedsTable: MessageTemplate(de: "--chart zeichnet eine Tabelle: --table trends oder --table composition angeben",
                                               en: "--chart draws one table: give --table trends or --table composition")
        case .indicatorSource: MessageTemplate(de: "Quelle: {source}", en: "Source: {source}")
        case .reportedColumn: MessageTemplate(de: "berichtet", en: "reported")
        case .byKindNeedsChart: MessageTemplate(de: "--by-kind gilt für das Diagramm: auch --chart DATEI angeben",
                                                en: "--by-kind is for the chart: give --chart FILE too")
        case .optionChart: MessageTemplate(de: "Zeichnet die Tabelle (trends oder composition) als Diagramm in DATEI: .svg, .png oder .pdf.",
                                           en: "Draws the table (trends or composition) as a chart into FILE: .svg, .png or .pdf.")
        case .optionByKind: MessageTemplate(de: "Im Diagramm je Art des Bündnisses ein Balken (kreisfreie Stadt, Kreis, kreisangehörige Kommune).",
                                            en: "In the chart, one bar per kind of alliance (independent city, district, municipality).")
        }
    }
}
