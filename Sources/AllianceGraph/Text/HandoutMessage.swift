/// Words of the workshop handout (`alliance report`, ``Handout``): headings, the plain-language
/// sentences about changes, interfaces, chains and metrics, and the command's own messages.
public enum HandoutMessage: String, MessageCatalogue {
    // Title page and overview
    case documentTitle = "document-title"
    case folderTitle = "folder-title"
    case folderLead = "folder-lead"
    case contents
    case overview
    case allianceCount = "alliance-count"
    case kind
    case years
    case managingOffice = "managing-office"
    case coreGroup = "core-group"
    case district
    case sourceNote = "source-note"
    case illustrative
    case invalidFilesNotice = "invalid-files-notice"
    case compositionTitle = "composition-title"
    case compositionLead = "composition-lead"
    case trendsTitle = "trends-title"
    case trendsLead = "trends-lead"
    case chartTitle = "chart-title"
    case none
    // Landscapes
    case landscapeTitle = "landscape-title"
    case landscapeSummary = "landscape-summary"
    case landscapeCaption = "landscape-caption"
    case diagramFailed = "diagram-failed"
    // Changes
    case changesTitle = "changes-title"
    case changesCaption = "changes-caption"
    case changesOneYear = "changes-one-year"
    case noChanges = "no-changes"
    case newPartners = "new-partners"
    case gonePartners = "gone-partners"
    case newRelations = "new-relations"
    case endedRelations = "ended-relations"
    case becameWritten = "became-written"
    case formalisationChanged = "formalisation-changed"
    case mechanismChanged = "mechanism-changed"
    case formatChanged = "format-changed"
    case replaced
    case relationBetween = "relation-between"
    case relationDirected = "relation-directed"
    // Interfaces
    case interfacesTitle = "interfaces-title"
    case interfacesLead = "interfaces-lead"
    case noInterfaces = "no-interfaces"
    case warningSignsTitle = "warning-signs-title"
    case otherInterfacesTitle = "other-interfaces-title"
    case interfaceName = "interface-name"
    case interfaceLine = "interface-line"
    case interfaceUntyped = "interface-untyped"
    case warningExplanation = "warning-explanation"
    case ruleExplicitChain = "rule-explicit-chain"
    case ruleSharedMandate = "rule-shared-mandate"
    case ruleExclusiveConditions = "rule-exclusive-conditions"
    case ruleConsecutiveMandates = "rule-consecutive-mandates"
    case ruleCrossCuttingGoal = "rule-cross-cutting-goal"
    case ruleBiographicalStep = "rule-biographical-step"
    case ruleSituationChange = "rule-situation-change"
    case ruleTopicOutsideMandates = "rule-topic-outside-mandates"
    case ruleCoded = "rule-coded"
    case coverageCovered = "coverage-covered"
    case coveragePartial = "coverage-partial"
    case coverageUncovered = "coverage-uncovered"
    case coverageUnclassified = "coverage-unclassified"
    case columnInterface = "column-interface"
    case columnType = "column-type"
    case columnStrategy = "column-strategy"
    case columnCoverage = "column-coverage"
    case columnWarning = "column-warning"
    case interfacesTable = "interfaces-table"
    // Chains
    case chainsTitle = "chains-title"
    case chainsLead = "chains-lead"
    case noChains = "no-chains"
    case chainIntact = "chain-intact"
    case chainBroken = "chain-broken"
    case chainActorMissing = "chain-actor-missing"
    case chainNoRelation = "chain-no-relation"
    case chainNoTransfer = "chain-no-transfer"
    case unnamedChain = "unnamed-chain"
    // Interfaces and chains over the chosen years
    case structureChangesTitle = "structure-changes-title"
    case structureChangesLead = "structure-changes-lead"
    case noStructureChanges = "no-structure-changes"
    case structureStep = "structure-step"
    case interfaceNew = "interface-new"
    case interfaceEnded = "interface-ended"
    case interfaceCoverageChanged = "interface-coverage-changed"
    case interfaceBecameWarning = "interface-became-warning"
    case interfaceWarningGone = "interface-warning-gone"
    case chainNew = "chain-new"
    case chainEnded = "chain-ended"
    case chainNowIntact = "chain-now-intact"
    case chainNowBroken = "chain-now-broken"
    case chainGapMoved = "chain-gap-moved"
    // Trend indicators of one alliance
    case allianceTrendsTitle = "alliance-trends-title"
    case allianceTrendsLead = "alliance-trends-lead"
    case allianceTrendsTable = "alliance-trends-table"
    case columnIndicator = "column-indicator"
    // Metrics
    case metricsTitle = "metrics-title"
    case metricsConnectors = "metrics-connectors"
    case metricsNoConnectors = "metrics-no-connectors"
    case metricsOffice = "metrics-office"
    case metricsNoOffice = "metrics-no-office"
    case metricsDensity = "metrics-density"
    case metricsWritten = "metrics-written"
    case metricsTable = "metrics-table"
    case metricColumn = "metric-column"
    case valueColumn = "value-column"
    case metricActors = "metric-actors"
    case metricRelations = "metric-relations"
    case metricDensity = "metric-density"
    case metricComponents = "metric-components"
    case metricMeanDegree = "metric-mean-degree"
    case metricEI = "metric-ei"
    case metricWritten = "metric-written"
    case metricOfficeDegree = "metric-office-degree"
    case metricOfficeRank = "metric-office-rank"
    // The command
    case written
    case chromiumMissing = "chromium-missing"
    case pdfFailed = "pdf-failed"
    case invalidFilesStop = "invalid-files-stop"
    case keptGoing = "kept-going"
    case noAlliances = "no-alliances"
    case noYearCovered = "no-year-covered"
    case yearsAndYear = "years-and-year"
    case noOutput = "no-output"
    case formatConflict = "format-conflict"
    // --help
    case helpAbstract = "help-abstract"
    case helpDiscussion = "help-discussion"
    case optionOutput = "option-output"
    case optionYear = "option-year"
    case optionYears = "option-years"
    case optionFormat = "option-format"
    case optionPage = "option-page"
    case optionKeepGoing = "option-keep-going"

    public static let area = "handout"

    public var template: MessageTemplate {
        switch self {
        case .documentTitle: MessageTemplate(de: "Bündnisbericht {name}", en: "Alliance report {name}")
        case .folderTitle: MessageTemplate(de: "Kommunale Bündnisse im Vergleich", en: "Local alliances compared")
        case .folderLead: MessageTemplate(de: "{count} Bündnisse, Jahre {years}. Jedes Bündnis hat einen eigenen Abschnitt.",
                                          en: "{count} alliances, years {years}. Each alliance has a section of its own.")
        case .contents: MessageTemplate(de: "Inhalt", en: "Contents")
        case .overview: MessageTemplate(de: "Überblick", en: "Overview")
        case .allianceCount: MessageTemplate(de: "{kind}, Jahre {years}", en: "{kind}, years {years}")
        case .kind: MessageTemplate(de: "Art", en: "Kind")
        case .years: MessageTemplate(de: "Jahre", en: "Years")
        case .managingOffice: MessageTemplate(de: "Geschäftsführende Stelle", en: "Managing office")
        case .coreGroup: MessageTemplate(de: "Bündniskerngruppe {year}", en: "Core group {year}")
        case .district: MessageTemplate(de: "Kreis", en: "District")
        case .sourceNote: MessageTemplate(de: "Quelle der Daten: {source}", en: "Source of the data: {source}")
        case .illustrative: MessageTemplate(
            de: "Illustrative Daten: Diese Datei beschreibt keine reale Kommune. Sie zeigt, wie ein Bündnis dargestellt wird.",
            en: "Illustrative data: this file does not describe a real municipality. It shows how an alliance is presented.")
        case .invalidFilesNotice: MessageTemplate(
            de: "Nicht enthalten: {count} Datei(en) mit Fehlern ({files}). Der Bericht zeigt nur die übrigen Bündnisse; `alliance validate` nennt die Fehler.",
            en: "Not included: {count} file(s) with errors ({files}). The report shows the other alliances only; `alliance validate` names the errors.")
        case .compositionTitle: MessageTemplate(de: "Zusammensetzung der Bündniskerngruppen {year}", en: "Composition of the core groups {year}")
        case .compositionLead: MessageTemplate(
            de: "Wie viele Bündnisse welche Stelle in ihrer Kerngruppe haben (wie Tabelle 2 des Abschlussberichts).",
            en: "How many alliances have which organisation in their core group (as Table 2 of the final report).")
        case .trendsTitle: MessageTemplate(de: "Entwicklung über die Jahre", en: "Development over the years")
        case .trendsLead: MessageTemplate(
            de: "Anteil der Bündnisse mit dem jeweiligen Merkmal, je Jahr (Anzahl von N).",
            en: "Share of the alliances with each feature, per year (count of N).")
        case .chartTitle: MessageTemplate(de: "Diagramm: {title}", en: "Chart: {title}")
        case .none: MessageTemplate(de: "keine", en: "none")
        case .landscapeTitle: MessageTemplate(de: "Kooperationslandschaft {year}", en: "Cooperation landscape {year}")
        case .landscapeSummary: MessageTemplate(
            de: "{year}: {actors} Akteure und {relations} Kooperationen; die Bündniskerngruppe hat {core} Mitglieder.",
            en: "{year}: {actors} actors and {relations} relations; the core group has {core} members.")
        case .landscapeCaption: MessageTemplate(de: "{name}: Kooperationslandschaft {year}", en: "{name}: cooperation landscape {year}")
        case .diagramFailed: MessageTemplate(de: "Dieses Diagramm konnte nicht gezeichnet werden: {reason}",
                                             en: "This diagram could not be drawn: {reason}")
        case .changesTitle: MessageTemplate(de: "Was sich von {from} bis {to} verändert hat", en: "What changed from {from} to {to}")
        case .changesCaption: MessageTemplate(
            de: "{name}: Veränderung {from} → {to} (grün: neu, rot: beendet, orange: verändert)",
            en: "{name}: change {from} → {to} (green: new, red: ended, orange: changed)")
        case .changesOneYear: MessageTemplate(de: "Nur ein Jahr gewählt: Es gibt keine Veränderung zu zeigen.",
                                              en: "Only one year chosen: there is no change to show.")
        case .noChanges: MessageTemplate(de: "Keine Veränderungen zwischen {from} und {to}.", en: "No changes between {from} and {to}.")
        case .newPartners: MessageTemplate(de: "Neue Partner: {actors}", en: "New partners: {actors}")
        case .gonePartners: MessageTemplate(de: "Nicht mehr dabei: {actors}", en: "No longer taking part: {actors}")
        case .newRelations: MessageTemplate(de: "Neue Kooperation: {relation}", en: "New relation: {relation}")
        case .endedRelations: MessageTemplate(de: "Beendet: {relation}", en: "Ended: {relation}")
        case .becameWritten: MessageTemplate(de: "Jetzt schriftlich vereinbart: {relation} ({from} → {to})",
                                             en: "Now agreed in writing: {relation} ({from} → {to})")
        case .formalisationChanged: MessageTemplate(de: "Anders formalisiert: {relation} ({from} → {to})",
                                                    en: "Formalised differently: {relation} ({from} → {to})")
        case .mechanismChanged: MessageTemplate(de: "Anderer Koordinationsmechanismus: {relation} ({from} → {to})",
                                                en: "Different coordination mechanism: {relation} ({from} → {to})")
        case .formatChanged: MessageTemplate(de: "Anderes Format: {relation} ({from} → {to})", en: "Different format: {relation} ({from} → {to})")
        case .replaced: MessageTemplate(de: "Ersetzt: {before} durch {after}", en: "Replaced: {before} by {after}")
        case .relationBetween: MessageTemplate(de: "{format} ({actors})", en: "{format} ({actors})")
        case .relationDirected: MessageTemplate(de: "{format} ({from} → {to})", en: "{format} ({from} → {to})")
        case .interfacesTitle: MessageTemplate(de: "Schnittstellen {year}", en: "Interfaces {year}")
        case .interfacesLead: MessageTemplate(
            de: "Eine Schnittstelle entsteht, wo mehrere Stellen zur Lösung beitragen müssen. Übergänge (Transition) brauchen eine vorbereitete Übergabe, Überschneidungen (Interferenz) eine frühe gemeinsame Fallplanung, verteilte Zuständigkeit (Diffusion) eine sensible Arbeitsweise in jedem Bereich.",
            en: "An interface exists where several organisations must contribute to a solution. Transitions need a prepared handover, overlaps (interference) early joint case planning, spread responsibility (diffusion) a sensitive way of working in every field.")
        case .noInterfaces: MessageTemplate(de: "Für {year} sind keine Schnittstellen erfasst.", en: "No interfaces are recorded for {year}.")
        case .warningSignsTitle: MessageTemplate(de: "Warnzeichen", en: "Warning signs")
        case .otherInterfacesTitle: MessageTemplate(de: "Weitere Schnittstellen", en: "Other interfaces")
        case .interfaceName: MessageTemplate(de: "{topic}: {actors}", en: "{topic}: {actors}")
        case .interfaceLine: MessageTemplate(de: "{type}, passende Strategie: {strategy}. {coverage}",
                                             en: "{type}, matching strategy: {strategy}. {coverage}")
        case .interfaceUntyped: MessageTemplate(de: "Typ unbekannt: Weder codiert noch aus den Daten erschließbar.",
                                                en: "Type unknown: neither coded nor inferable from the data.")
        case .warningExplanation: MessageTemplate(
            de: "Warnzeichen: Hier wird nur mit Mechanismen ohne Kommunikation gearbeitet ({mechanisms}). So wird das Problem nicht gemeinsam gelöst, sondern verschoben oder umgangen.",
            en: "Warning sign: only mechanisms without communication are used here ({mechanisms}). The problem is then not solved together but shifted or avoided.")
        case .ruleExplicitChain: MessageTemplate(
            de: "Regel: Die Stellen folgen in einer Bildungs- und Integrationskette aufeinander, also geht die Verantwortung von einer zur nächsten über.",
            en: "Rule: the organisations follow one another in an education and integration chain, so responsibility passes from one to the next.")
        case .ruleSharedMandate: MessageTemplate(
            de: "Regel: Mehrere Stellen sind zur selben Zeit für dasselbe Thema zuständig; ihre Zuständigkeiten überschneiden sich.",
            en: "Rule: several organisations are responsible for the same topic at the same time; their responsibilities overlap.")
        case .ruleExclusiveConditions: MessageTemplate(
            de: "Regel: Die Zuständigkeit hängt von einer Bedingung ab (etwa Alter oder Rechtskreis) und wechselt, wenn sie sich ändert.",
            en: "Rule: responsibility depends on a condition (such as age or legal basis) and passes on when it changes.")
        case .ruleConsecutiveMandates: MessageTemplate(
            de: "Regel: Die Stellen sind nacheinander zuständig, etwa wenn ein Programm endet und ein anderes übernimmt.",
            en: "Rule: the organisations are responsible one after the other, e.g. when a programme ends and another takes over.")
        case .ruleCrossCuttingGoal: MessageTemplate(
            de: "Regel: Das Thema ist ein Querschnittsziel, das in keinem Kernauftrag steht; die Verantwortung ist verteilt.",
            en: "Rule: the topic is a cross-cutting goal in no one's core mandate; responsibility is spread.")
        case .ruleBiographicalStep: MessageTemplate(
            de: "Regel: Die Stellen sind für aufeinanderfolgende Schritte desselben Lebenswegs zuständig (etwa Schule, Ausbildung, Beruf).",
            en: "Rule: the organisations are responsible for successive steps of the same path (e.g. school, training, work).")
        case .ruleSituationChange: MessageTemplate(
            de: "Regel: Die Lage der jungen Person ändert sich (etwa der Schritt von einer Maßnahme in die nächste), und mit ihr wechselt die zuständige Stelle.",
            en: "Rule: the young person's situation changes (e.g. the step from one measure into the next), and the responsible organisation changes with it.")
        case .ruleTopicOutsideMandates: MessageTemplate(
            de: "Regel: Keine der beteiligten Stellen ist für das Thema zuständig; die Verantwortung ist ungeklärt.",
            en: "Rule: none of the organisations involved is responsible for the topic; responsibility is unclear.")
        case .ruleCoded: MessageTemplate(de: "Der Typ ist in den Daten so erfasst.", en: "The type is recorded so in the data.")
        case .coverageCovered: MessageTemplate(de: "Die passende Strategie ist umgesetzt.", en: "The matching strategy is in place.")
        case .coveragePartial: MessageTemplate(de: "Die passende Strategie ist nur für einen Teil der Beteiligten umgesetzt.",
                                               en: "The matching strategy is in place for some of those involved only.")
        case .coverageUncovered: MessageTemplate(de: "Die passende Strategie fehlt.", en: "The matching strategy is missing.")
        case .coverageUnclassified: MessageTemplate(de: "Ohne Typ lässt sich keine Strategie prüfen.", en: "Without a type no strategy can be checked.")
        case .columnInterface: MessageTemplate(de: "Schnittstelle", en: "Interface")
        case .columnType: MessageTemplate(de: "Typ", en: "Type")
        case .columnStrategy: MessageTemplate(de: "Passende Strategie", en: "Matching strategy")
        case .columnCoverage: MessageTemplate(de: "Umgesetzt", en: "In place")
        case .columnWarning: MessageTemplate(de: "Warnzeichen", en: "Warning sign")
        case .interfacesTable: MessageTemplate(de: "Schnittstellen {year} im Überblick", en: "Interfaces {year} at a glance")
        case .chainsTitle: MessageTemplate(de: "Bildungs- und Integrationsketten {year}", en: "Education and integration chains {year}")
        case .chainsLead: MessageTemplate(
            de: "Eine Kette trägt, wenn jede Stelle an die nächste übergibt. Genannt ist die erste Lücke.",
            en: "A chain holds when each organisation hands over to the next. The first gap is named.")
        case .noChains: MessageTemplate(de: "Für {year} sind keine Ketten erfasst.", en: "No chains are recorded for {year}.")
        case .chainIntact: MessageTemplate(de: "{chain}: Alle Übergänge tragen ({steps}).", en: "{chain}: every handover holds ({steps}).")
        case .chainBroken: MessageTemplate(de: "{chain}: Erste Lücke zwischen {from} und {to}: {reason}",
                                           en: "{chain}: first gap between {from} and {to}: {reason}")
        case .chainActorMissing: MessageTemplate(de: "Eine der Stellen ist in diesem Jahr nicht im Bündnis.",
                                                 en: "One of the organisations is not in the alliance that year.")
        case .chainNoRelation: MessageTemplate(de: "Die beiden Stellen kooperieren nicht.", en: "The two organisations do not cooperate.")
        case .chainNoTransfer: MessageTemplate(de: "Sie kooperieren, aber keine Kooperation bereitet die Übergabe vor.",
                                               en: "They cooperate, but no relation prepares the handover.")
        case .unnamedChain: MessageTemplate(de: "Kette", en: "Chain")
        case .structureChangesTitle: MessageTemplate(de: "Schnittstellen und Ketten von {from} bis {to}",
                                                     en: "Interfaces and chains from {from} to {to}")
        case .structureChangesLead: MessageTemplate(
            de: "Was sich an den Schnittstellen und Ketten geändert hat, jedes gewählte Jahr verglichen mit dem vorigen.",
            en: "What changed in the interfaces and chains, each chosen year compared with the one before.")
        case .noStructureChanges: MessageTemplate(de: "Von {from} bis {to} blieben die Schnittstellen und Ketten gleich.",
                                                  en: "From {from} to {to} the interfaces and chains stayed the same.")
        case .structureStep: MessageTemplate(de: "{from} → {to}: {change}", en: "{from} → {to}: {change}")
        case .interfaceNew: MessageTemplate(de: "Neue Schnittstelle {interface} ({coverage})", en: "New interface {interface} ({coverage})")
        case .interfaceEnded: MessageTemplate(de: "Schnittstelle {interface} besteht nicht mehr", en: "Interface {interface} no longer exists")
        case .interfaceCoverageChanged: MessageTemplate(de: "Schnittstelle {interface}: vorher {from}, jetzt {to}",
                                                        en: "Interface {interface}: {from} before, {to} now")
        case .interfaceBecameWarning: MessageTemplate(de: "Schnittstelle {interface} ist jetzt ein Warnzeichen",
                                                      en: "Interface {interface} is now a warning sign")
        case .interfaceWarningGone: MessageTemplate(de: "Schnittstelle {interface} ist kein Warnzeichen mehr",
                                                    en: "Interface {interface} is no longer a warning sign")
        case .chainNew: MessageTemplate(de: "Neue Kette {chain}", en: "New chain {chain}")
        case .chainEnded: MessageTemplate(de: "Kette {chain} ist nicht mehr erfasst", en: "Chain {chain} is no longer recorded")
        case .chainNowIntact: MessageTemplate(de: "Kette {chain}: Jetzt tragen alle Übergänge (vorher erste Lücke zwischen {from} und {to})",
                                              en: "Chain {chain}: every handover holds now (before: first gap between {from} and {to})")
        case .chainNowBroken: MessageTemplate(de: "Kette {chain}: Neue Lücke zwischen {from} und {to} (vorher trugen alle Übergänge)",
                                              en: "Chain {chain}: new gap between {from} and {to} (before, every handover held)")
        case .chainGapMoved: MessageTemplate(
            de: "Kette {chain}: Die erste Lücke liegt jetzt zwischen {from} und {to} (vorher zwischen {beforeFrom} und {beforeTo})",
            en: "Chain {chain}: the first gap is now between {from} and {to} (before: between {beforeFrom} and {beforeTo})")
        case .allianceTrendsTitle: MessageTemplate(de: "Antworten in den Befragungswellen", en: "Answers in the survey waves")
        case .allianceTrendsLead: MessageTemplate(
            de: "Die Merkmale der Entwicklung über die Jahre, wie sie für dieses Bündnis aus seinen Antworten in den jährlichen Befragungen folgen: ein voller Balken heißt ja.",
            en: "The features of the development over the years as they follow for this alliance from its answers in the yearly surveys: a full bar means yes.")
        case .allianceTrendsTable: MessageTemplate(de: "Antworten je Befragungsjahr", en: "Answers per survey year")
        case .columnIndicator: MessageTemplate(de: "Merkmal", en: "Feature")
        case .metricsTitle: MessageTemplate(de: "Kennzahlen {year}", en: "Key figures {year}")
        case .metricsConnectors: MessageTemplate(
            de: "Die Politikfelder verbinden vor allem {actors}: Sie liegen am häufigsten auf den kürzesten Wegen zwischen anderen Stellen.",
            en: "The policy areas are connected mainly by {actors}: they lie most often on the shortest paths between other organisations.")
        case .metricsNoConnectors: MessageTemplate(de: "Keine Stelle vermittelt zwischen anderen.", en: "No organisation links others.")
        case .metricsOffice: MessageTemplate(
            de: "Die Geschäftsführende Stelle ({office}) hat {degree} direkte Partner und steht beim Vermitteln auf Rang {rank} von {count}.",
            en: "The managing office ({office}) has {degree} direct partners and ranks {rank} of {count} in linking others.")
        case .metricsNoOffice: MessageTemplate(de: "Für dieses Jahr ist keine Geschäftsführende Stelle erfasst.",
                                               en: "No managing office is recorded for this year.")
        case .metricsDensity: MessageTemplate(de: "Von allen möglichen Verbindungen zwischen den Akteuren bestehen {percent} %.",
                                              en: "{percent} % of all possible links between the actors exist.")
        case .metricsWritten: MessageTemplate(de: "{written} von {relations} Kooperationen sind schriftlich vereinbart.",
                                              en: "{written} of {relations} relations are agreed in writing.")
        case .metricsTable: MessageTemplate(de: "Kennzahlen {year}", en: "Key figures {year}")
        case .metricColumn: MessageTemplate(de: "Kennzahl", en: "Figure")
        case .valueColumn: MessageTemplate(de: "Wert", en: "Value")
        case .metricActors: MessageTemplate(de: "Akteure", en: "Actors")
        case .metricRelations: MessageTemplate(de: "Kooperationen", en: "Relations")
        case .metricDensity: MessageTemplate(de: "Dichte (Anteil bestehender Verbindungen)", en: "Density (share of links that exist)")
        case .metricComponents: MessageTemplate(de: "Getrennte Teilnetze", en: "Separate parts of the network")
        case .metricMeanDegree: MessageTemplate(de: "Partner je Akteur im Mittel", en: "Partners per actor on average")
        case .metricEI: MessageTemplate(de: "Offenheit über Politikfelder (E-I-Index, −1 bis 1)",
                                        en: "Openness across policy areas (E-I index, −1 to 1)")
        case .metricWritten: MessageTemplate(de: "Schriftlich vereinbarte Kooperationen", en: "Relations agreed in writing")
        case .metricOfficeDegree: MessageTemplate(de: "Direkte Partner der Geschäftsführenden Stelle", en: "Direct partners of the managing office")
        case .metricOfficeRank: MessageTemplate(de: "Rang der Geschäftsführenden Stelle beim Vermitteln", en: "Managing office's rank in linking others")
        case .written: MessageTemplate(de: "Bericht geschrieben: {file} ({alliances} Bündnis(se), {diagrams} Diagramm(e), {seconds} s)",
                                       en: "Report written: {file} ({alliances} alliance(s), {diagrams} diagram(s), {seconds} s)")
        case .chromiumMissing: MessageTemplate(
            de: "Für --format pdf wird Chromium gebraucht, es ist nicht installiert: das Debian-Paket 'chromium' installieren (apt-get install chromium oder scripts/bootstrap --browser), oder den Bericht als HTML schreiben und im Browser drucken",
            en: "--format pdf needs Chromium, which is not installed: install the Debian package 'chromium' (apt-get install chromium or scripts/bootstrap --browser), or write the report as HTML and print it from a browser")
        case .pdfFailed: MessageTemplate(de: "Chromium konnte das PDF nicht erzeugen: {reason}", en: "Chromium could not make the PDF: {reason}")
        case .invalidFilesStop: MessageTemplate(
            de: "{count} Datei(en) mit Fehlern: kein Bericht geschrieben. Die Fehler beheben, oder mit --keep-going den Bericht aus den übrigen Dateien erstellen",
            en: "{count} file(s) with errors: no report written. Fix the errors, or use --keep-going to build the report from the other files")
        case .keptGoing: MessageTemplate(de: "{count} Datei(en) mit Fehlern ausgelassen (--keep-going); der Bericht sagt es auf der ersten Seite",
                                         en: "{count} file(s) with errors left out (--keep-going); the report says so on its first page")
        case .noAlliances: MessageTemplate(de: "keine gültige Bündnisdatei: kein Bericht geschrieben", en: "no valid alliance file: no report written")
        case .noYearCovered: MessageTemplate(de: "kein Bündnis deckt die Jahre {years} ab", en: "no alliance covers the years {years}")
        case .yearsAndYear: MessageTemplate(de: "--year und --years schließen sich aus: eines von beiden angeben",
                                            en: "--year and --years exclude each other: give one of them")
        case .noOutput: MessageTemplate(de: "-o DATEI fehlt: wohin der Bericht geschrieben wird, z. B. -o bericht.html",
                                        en: "-o FILE is missing: where to write the report, e.g. -o report.html")
        case .formatConflict: MessageTemplate(de: "--format {format} passt nicht zur Endung von {file}",
                                              en: "--format {format} does not match the ending of {file}")
        case .helpAbstract: MessageTemplate(de: "Handreichung für Workshops: ein Bericht als eigenständige HTML-Datei oder PDF.",
                                            en: "Workshop handout: a report as one self-contained HTML file or a PDF.")
        case .helpDiscussion: MessageTemplate(
            de: "Je Bündnis: Titelseite, Kooperationslandschaft je Jahr, Veränderungen vom ersten zum letzten Jahr, Schnittstellen mit Typ, Strategie und Warnzeichen, Ketten mit der ersten Lücke, Kennzahlen. Für einen Ordner zuerst ein Überblick mit Inhaltsverzeichnis, Zusammensetzung der Kerngruppen und Entwicklung. Die HTML-Datei lädt nichts nach und öffnet auch ohne Internet; das PDF druckt headless Chromium (Debian-Paket chromium).",
            en: "Per alliance: title page, cooperation landscape per year, changes from the first to the last year, interfaces with type, strategy and warning signs, chains with their first gap, key figures. For a folder an overview comes first, with contents, the composition of the core groups and the trends. The HTML file fetches nothing and opens without internet; the PDF is printed by headless Chromium (Debian package chromium).")
        case .optionOutput: MessageTemplate(de: "Die Berichtsdatei (.html oder .pdf); nie eine Eingabedatei",
                                            en: "The report file (.html or .pdf); never an input file")
        case .optionYear: MessageTemplate(de: "Nur dieses Jahr", en: "Only this year")
        case .optionYears: MessageTemplate(de: "Diese Jahre, z. B. 2019-2022 oder 2019,2022 (Standard: alle Jahre jedes Bündnisses)",
                                           en: "These years, e.g. 2019-2022 or 2019,2022 (default: every year of each alliance)")
        case .optionFormat: MessageTemplate(de: "html oder pdf (Standard: nach der Endung von -o, sonst html)",
                                            en: "html or pdf (default: by the ending of -o, else html)")
        case .optionPage: MessageTemplate(de: "Papier für Druck und PDF: a4 oder a3 (Plakat)", en: "Paper for printing and the PDF: a4 or a3 (poster)")
        case .optionKeepGoing: MessageTemplate(
            de: "Dateien mit Fehlern auslassen und den Bericht aus den übrigen erstellen (mit Hinweis im Bericht)",
            en: "Leave out files with errors and build the report from the others (with a notice in the report)")
        }
    }
}
