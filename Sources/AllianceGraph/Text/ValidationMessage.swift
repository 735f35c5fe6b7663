/// The messages of reading and checking alliance and vocabulary files (``Diagnostic/message``), and
/// the phrases that name a place in a file ("actor 'abh'", "'years' of relation #2").
///
/// German texts lead with the place ("Akteur 'abh': …") so that the phrases fit every sentence.
public enum ValidationMessage: String, MessageCatalogue {
    // Places and nouns
    case nounActor = "noun-actor"
    case nounRelation = "noun-relation"
    case nounInterface = "noun-interface"
    case nounChain = "noun-chain"
    case nounFormat = "noun-format"
    case nounTopic = "noun-topic"
    case nounActorKind = "noun-actor-kind"
    case nounSituation = "noun-situation"
    case nounObservationCode = "noun-observation-code"
    case nounSituationKind = "noun-situation-kind"
    case nounResidenceStatus = "noun-residence-status"
    case nounLegalBasis = "noun-legal-basis"
    case placeActorOf = "place-actor-of"
    case placeAnObservationCode = "place-an-observation-code"
    case placeASituationKind = "place-a-situation-kind"
    case placeAResidenceStatus = "place-a-residence-status"
    case placeALegalBasis = "place-a-legal-basis"
    case placeNamed = "place-named"
    case placeNumbered = "place-numbered"
    case placeDerived = "place-derived"
    case placeKeyOf = "place-key-of"
    case placeMandateOf = "place-mandate-of"
    case placeActorIn = "place-actor-in"
    case placeStepOf = "place-step-of"
    case placeAllianceFile = "place-alliance-file"
    case placeAllianceYears = "place-alliance-years"
    case placeVocabularyFile = "place-vocabulary-file"
    case placeVocabularySection = "place-vocabulary-section"
    case placeAFormat = "place-a-format"
    case placeATopic = "place-a-topic"
    case placeAnActorKind = "place-an-actor-kind"
    case shapeScalar = "shape-scalar"
    case shapeMapping = "shape-mapping"
    case shapeList = "shape-list"
    case shapeAlias = "shape-alias"
    case shapeEmpty = "shape-empty"
    case didYouMean = "did-you-mean"
    // Shapes of values
    case notAMapping = "not-a-mapping"
    case keyNotPlain = "key-not-plain"
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case keyNotSingleValue = "key-not-single-value"
    case notTrueOrFalse = "not-true-or-false"
    case unknownTerm = "unknown-term"
    case notSingleValue = "not-single-value"
    case notAList = "not-a-list"
    case emptyPeriodList = "empty-period-list"
    case badPeriod = "bad-period"
    case periodMalformed = "period-malformed"
    case periodImpossibleYear = "period-impossible-year"
    case periodImpossibleMonth = "period-impossible-month"
    case periodEndBeforeStart = "period-end-before-start"
    // Files
    case fileEmpty = "file-empty"
    case severalDocuments = "several-documents"
    case cannotRead = "cannot-read"
    case reasonNoSuchFile = "reason-no-such-file"
    case reasonPermissionDenied = "reason-permission-denied"
    case notUTF8Byte = "not-utf8-byte"
    case reasonDevice = "reason-device"
    case reasonNotAFile = "reason-not-a-file"
    case reasonLinkLoop = "reason-link-loop"
    case reasonDanglingLink = "reason-dangling-link"
    case emptyPath = "empty-path"
    case unreadableFolder = "unreadable-folder"
    case folderLoop = "folder-loop"
    case notUTF8At = "not-utf8-at"
    /// A character YAML does not allow (a control character, U+FFFE, U+FFFF) in otherwise good UTF-8 text (`code`: hex).
    case controlCharacter = "control-character"
    case atByte = "at-byte"
    case malformedYAML = "malformed-yaml"
    case malformedYAMLHere = "malformed-yaml-here"
    case tabIndentation = "tab-indentation"
    case labelReadAsID = "label-read-as-id"
    case yamlContext = "yaml-context"
    case duplicateKey = "duplicate-key"
    case firstGivenAt = "first-given-at"
    case notFound = "not-found"
    case emptyFolder = "empty-folder"
    case cannotReadVocabulary = "cannot-read-vocabulary"
    case vocabularyFileEmpty = "vocabulary-file-empty"
    // The alliance
    case allianceNeedsKind = "alliance-needs-kind"
    case allianceNeedsYears = "alliance-needs-years"
    case allianceYearsOneRange = "alliance-years-one-range"
    case allianceYearsWhole = "alliance-years-whole"
    case municipalityNeedsDistrict = "municipality-needs-district"
    case districtContradiction = "district-contradiction"
    case duplicateID = "duplicate-id"
    case invalidID = "invalid-id"
    case useInstead = "use-instead"
    case idNotText = "id-not-text"
    case readAsNumber = "read-as-number"
    case readAsTrueOrFalse = "read-as-true-or-false"
    case readAsDate = "read-as-date"
    case firstDefinedAt = "first-defined-at"
    case noManagingOffice = "no-managing-office"
    case severalManagingOffices = "several-managing-offices"
    case yearOutside = "year-outside"
    // Actors
    case unknownActorKind = "unknown-actor-kind"
    case ownParent = "own-parent"
    case parentCircle = "parent-circle"
    case roleOutsideYears = "role-outside-years"
    case mandateOnePeriod = "mandate-one-period"
    case unknownActor = "unknown-actor"
    case actorListedTwice = "actor-listed-twice"
    case unknownTopic = "unknown-topic"
    // Relations
    case relationNeedsActors = "relation-needs-actors"
    case relationHalfDirected = "relation-half-directed"
    case relationBothEnds = "relation-both-ends"
    case unknownMechanism = "unknown-mechanism"
    case contradictoryMechanism = "contradictory-mechanism"
    case noSubForms = "no-sub-forms"
    case subFormsAre = "sub-forms-are"
    case unknownFormat = "unknown-format"
    case relationSelfLoop = "relation-self-loop"
    case tooFewActors = "too-few-actors"
    case writtenFormatFormalisation = "written-format-formalisation"
    case endedButOpen = "ended-but-open"
    case plannedButWritten = "planned-but-written"
    case coreGroupOutsideOne = "core-group-outside-one"
    case coreGroupOutsideOther = "core-group-outside-other"
    case coreGroupLeavesOutOne = "core-group-leaves-out-one"
    case coreGroupLeavesOutOther = "core-group-leaves-out-other"
    case coreGroupTooSmall = "core-group-too-small"
    case actorAbsent = "actor-absent"
    case replacedBySelf = "replaced-by-self"
    case replacedByUnknown = "replaced-by-unknown"
    case replacementCircle = "replacement-circle"
    case replacedButHolds = "replaced-but-holds"
    case replacementStartsEarly = "replacement-starts-early"
    // Interfaces and chains
    case interfaceNeedsActors = "interface-needs-actors"
    case interfaceNeedsTopic = "interface-needs-topic"
    case interfaceTooFewActors = "interface-too-few-actors"
    case chainNeedsSteps = "chain-needs-steps"
    case chainTooFewSteps = "chain-too-few-steps"
    case chainNoHandOver = "chain-no-hand-over"
    // Situations, conditions and observations
    case badInterval = "bad-interval"
    case emptyConditionList = "empty-condition-list"
    case unknownSituationKind = "unknown-situation-kind"
    case unknownResidenceStatus = "unknown-residence-status"
    case unknownLegalBasis = "unknown-legal-basis"
    case unknownObservationCode = "unknown-observation-code"
    case situationTooFewActors = "situation-too-few-actors"
    case situationActorTwice = "situation-actor-twice"
    case notResponsibleButCondition = "not-responsible-but-condition"
    case observerNotInvolved = "observer-not-involved"
    case neighbourItself = "neighbour-itself"
    case excludesItself = "excludes-itself"
    // Vocabulary files
    case vocabularyWrittenFormalisation = "vocabulary-written-formalisation"
    case vocabularyKindNeedsArea = "vocabulary-kind-needs-area"
    case vocabularyNeedsLabel = "vocabulary-needs-label"
    case vocabularyOnlyEnglish = "vocabulary-only-english"
    case vocabularyOnlyGerman = "vocabulary-only-german"

    public static let area = "validation"

    public var template: MessageTemplate {
        switch self {
        case .nounActor: MessageTemplate(de: "Akteur", en: "actor")
        case .nounRelation: MessageTemplate(de: "Beziehung", en: "relation")
        case .nounInterface: MessageTemplate(de: "Schnittstelle", en: "interface")
        case .nounChain: MessageTemplate(de: "Kette", en: "chain")
        case .nounFormat: MessageTemplate(de: "Format", en: "format")
        case .nounTopic: MessageTemplate(de: "Thema", en: "topic")
        case .nounActorKind: MessageTemplate(de: "Akteursart", en: "actor kind")
        case .nounSituation: MessageTemplate(de: "Situation", en: "situation")
        case .nounObservationCode: MessageTemplate(de: "Beobachtungscode", en: "observation code")
        case .nounSituationKind: MessageTemplate(de: "Situationsart", en: "situation kind")
        case .nounResidenceStatus: MessageTemplate(de: "Aufenthaltsstatus", en: "residence status")
        case .nounLegalBasis: MessageTemplate(de: "Rechtsgrundlage", en: "legal basis")
        case .placeActorOf: MessageTemplate(de: "Akteur '{actor}' in {owner}", en: "actor '{actor}' in {owner}")
        case .placeAnObservationCode: MessageTemplate(de: "Beobachtungscode", en: "an observation code")
        case .placeASituationKind: MessageTemplate(de: "Situationsart", en: "a situation kind")
        case .placeAResidenceStatus: MessageTemplate(de: "Aufenthaltsstatus", en: "a residence status")
        case .placeALegalBasis: MessageTemplate(de: "Rechtsgrundlage", en: "a legal basis")
        case .placeNamed: MessageTemplate(de: "{noun} '{id}'", en: "{noun} '{id}'")
        case .placeNumbered: MessageTemplate(de: "{noun} Nr. {number}", en: "{noun} #{number}")
        case .placeDerived: MessageTemplate(de: "{noun} Nr. {number} ('{id}')", en: "{noun} #{number} ('{id}')")
        case .placeKeyOf: MessageTemplate(de: "'{key}' von {owner}", en: "'{key}' of {owner}")
        case .placeMandateOf: MessageTemplate(de: "Kernauftrag von {owner}", en: "a mandate of {owner}")
        case .placeActorIn: MessageTemplate(de: "Akteur in '{key}' von {owner}", en: "an actor in '{key}' of {owner}")
        case .placeStepOf: MessageTemplate(de: "Schritt von {owner}", en: "a step of {owner}")
        case .placeAllianceFile: MessageTemplate(de: "Bündnisdatei", en: "the alliance file")
        case .placeAllianceYears: MessageTemplate(de: "'years' des Bündnisses", en: "the alliance's 'years'")
        case .placeVocabularyFile: MessageTemplate(de: "Vokabulardatei", en: "the vocabulary file")
        case .placeVocabularySection: MessageTemplate(de: "Abschnitt 'vocabulary'", en: "the 'vocabulary' section")
        case .placeAFormat: MessageTemplate(de: "Format", en: "a format")
        case .placeATopic: MessageTemplate(de: "Thema", en: "a topic")
        case .placeAnActorKind: MessageTemplate(de: "Akteursart", en: "an actor kind")
        case .shapeScalar: MessageTemplate(de: "ein einzelner Wert", en: "a single value")
        case .shapeMapping: MessageTemplate(de: "eine Zuordnung (Zeilen 'Schlüssel: Wert')", en: "a mapping (key: value lines)")
        case .shapeList: MessageTemplate(de: "eine Liste", en: "a list")
        case .shapeAlias: MessageTemplate(de: "ein Alias", en: "an alias")
        case .shapeEmpty: MessageTemplate(de: "leer", en: "empty")
        case .didYouMean: MessageTemplate(de: " (meinten Sie '{id}'?)", en: " (did you mean '{id}'?)")

        case .notAMapping:
            MessageTemplate(de: "{place}: muss eine Zuordnung sein (Zeilen 'Schlüssel: Wert'), nicht {shape}",
                            en: "{place} must be a mapping (key: value lines), not {shape}")
        case .keyNotPlain:
            MessageTemplate(de: "{place}: Schlüssel müssen einfache Wörter sein, nicht {shape}",
                            en: "keys in {place} must be plain words, not {shape}")
        case .unknownKey:
            MessageTemplate(de: "{place}: unbekannter Schlüssel '{key}'{suggestion}; erlaubte Schlüssel: {allowed}",
                            en: "unknown key '{key}' in {place}{suggestion}; allowed keys: {allowed}")
        case .missingKey: MessageTemplate(de: "{place}: '{key}' fehlt", en: "{place} needs '{key}'")
        case .keyNotSingleValue:
            MessageTemplate(de: "{place}: '{key}' muss ein einzelner Wert sein, nicht {shape}",
                            en: "'{key}' in {place} must be a single value, not {shape}")
        case .notTrueOrFalse:
            MessageTemplate(de: "{place}: '{key}' muss true oder false sein", en: "'{key}' in {place} must be true or false")
        case .unknownTerm:
            MessageTemplate(de: "{place}: unbekannter Wert '{value}' für '{key}'{suggestion}; erlaubt: {allowed}",
                            en: "unknown {key} '{value}' in {place}{suggestion}; use one of: {allowed}")
        case .notSingleValue:
            MessageTemplate(de: "{place}: muss ein einzelner Wert sein, nicht {shape}", en: "{place} must be a single value, not {shape}")
        case .notAList:
            MessageTemplate(de: "'{key}' muss eine Liste sein (Zeilen, die mit '- ' beginnen), nicht {shape}",
                            en: "'{key}' must be a list (lines starting with '- '), not {shape}")
        case .emptyPeriodList:
            MessageTemplate(de: "{place}: leere Liste; lassen Sie den Eintrag weg, wenn alle Jahre gemeint sind",
                            en: "{place} is an empty list; leave it out to mean all years")
        case .badPeriod: MessageTemplate(de: "{place}: {problem}", en: "{place}: {problem}")
        case .periodMalformed:
            MessageTemplate(de: "'{text}' ist kein Zeitraum; schreiben Sie ein Jahr (2021), einen Bereich (2020-2022), einen offenen Bereich (2021-) oder Monate (06/2020-06/2022)",
                            en: "'{text}' is not a period; write a year (2021), a range (2020-2022), an open range (2021-) or months (06/2020-06/2022)")
        case .periodImpossibleYear:
            MessageTemplate(de: "unmögliches Jahr {year}; Jahre müssen zwischen {min} und {max} liegen",
                            en: "impossible year {year}; years must lie between {min} and {max}")
        case .periodImpossibleMonth:
            MessageTemplate(de: "unmöglicher Monat {month}; Monate laufen von 01 bis 12", en: "impossible month {month}; months run from 01 to 12")
        case .periodEndBeforeStart:
            MessageTemplate(de: "Zeitraum '{text}' endet, bevor er beginnt", en: "period '{text}' ends before it starts")

        case .fileEmpty:
            MessageTemplate(de: "die Datei ist leer; eine Bündnisdatei braucht mindestens 'id', 'name', 'kind' und 'years'",
                            en: "the file is empty; an alliance file needs at least 'id', 'name', 'kind' and 'years'")
        case .severalDocuments:
            MessageTemplate(de: "die Datei enthält mehr als ein YAML-Dokument (eine Zeile '---'); legen Sie jedes Bündnis in eine eigene Datei",
                            en: "the file holds more than one YAML document (a '---' line); put each alliance in a file of its own")
        case .cannotRead: MessageTemplate(de: "die Datei kann nicht gelesen werden: {reason}", en: "cannot read the file: {reason}")
        case .reasonNoSuchFile: MessageTemplate(de: "Datei nicht vorhanden", en: "no such file")
        case .reasonPermissionDenied: MessageTemplate(de: "keine Berechtigung", en: "permission denied")
        case .notUTF8Byte:
            MessageTemplate(de: "die Datei ist kein UTF-8-Text: Byte {byte} ist hier kein UTF-8-Zeichen (die Datei wurde vielleicht als Latin-1 oder Windows-1252 gespeichert); speichern Sie sie als UTF-8",
                            en: "the file is not UTF-8 text: byte {byte} here is no UTF-8 character (the file was perhaps saved as Latin-1 or Windows-1252); save it as UTF-8")
        case .reasonDevice:
            MessageTemplate(de: "das ist ein Gerät, keine Datei; nennen Sie eine Bündnisdatei (.yaml, .yml oder .json)",
                            en: "it is a device, not a file; name an alliance file (.yaml, .yml or .json)")
        case .reasonNotAFile:
            MessageTemplate(de: "das ist keine gewöhnliche Datei; nennen Sie eine Bündnisdatei (.yaml, .yml oder .json)",
                            en: "it is not a regular file; name an alliance file (.yaml, .yml or .json)")
        case .reasonLinkLoop:
            MessageTemplate(de: "das ist ein symbolischer Verweis, der im Kreis führt; lassen Sie ihn auf die Datei zeigen oder entfernen Sie ihn",
                            en: "it is a symbolic link that leads in a circle; make it point to the file or remove it")
        case .reasonDanglingLink:
            MessageTemplate(de: "das ist ein symbolischer Verweis auf '{target}', den es nicht gibt; lassen Sie ihn auf die Datei zeigen oder entfernen Sie ihn",
                            en: "it is a symbolic link to '{target}', which does not exist; make it point to the file or remove it")
        case .emptyPath:
            MessageTemplate(de: "ein leerer Pfad nennt keine Datei; geben Sie den Pfad einer Datei oder eines Ordners an",
                            en: "an empty path names no file; give the path of a file or folder")
        case .unreadableFolder:
            MessageTemplate(de: "der Ordner kann nicht gelesen werden: {reason}; erlauben Sie das Lesen (chmod +r) oder nennen Sie einen anderen Ordner",
                            en: "cannot read the folder: {reason}; allow reading it (chmod +r) or name another folder")
        case .folderLoop:
            MessageTemplate(de: "dieser symbolische Verweis führt zurück in einen Ordner, der ihn enthält, sodass der Ordner immer wieder gelesen würde; entfernen Sie den Verweis oder nennen Sie die Ordner, die gelesen werden sollen",
                            en: "this symbolic link leads back to a folder that contains it, so the folder would be read again and again; remove the link or name the folders to read")
        case .notUTF8At:
            MessageTemplate(de: "die Datei kann nicht als UTF-8-Text gelesen werden: {problem}{offset}",
                            en: "cannot read the file as UTF-8 text: {problem}{offset}")
        case .controlCharacter:
            MessageTemplate(de: "hier steht das Steuerzeichen U+{code}, das YAML nicht erlaubt (es ist in den meisten Editoren unsichtbar und kommt oft mit Text, der aus einem anderen Programm kopiert wurde); löschen Sie es",
                            en: "here is the control character U+{code}, which YAML does not allow (most editors do not show it; it often comes with text copied from another program); delete it")
        case .atByte: MessageTemplate(de: " bei Byte {offset}", en: " at byte {offset}")
        case .malformedYAML: MessageTemplate(de: "fehlerhaftes YAML: {problem}", en: "malformed YAML: {problem}")
        case .tabIndentation:
            MessageTemplate(de: "fehlerhaftes YAML: YAML erlaubt keine Tabulatoren zum Einrücken; verwenden Sie Leerzeichen",
                            en: "malformed YAML: YAML does not allow tabs for indentation; use spaces")
        case .labelReadAsID:
            MessageTemplate(de: "'{value}' bei '{key}' als '{id}' gelesen; gespeichert wird die Id '{id}'",
                            en: "'{value}' for '{key}' read as '{id}'; the id '{id}' is what is written")
        case .malformedYAMLHere:
            MessageTemplate(de: "fehlerhaftes YAML: {problem}{context}; prüfen Sie Einrückung, Doppelpunkte und Anführungszeichen an dieser Stelle",
                            en: "malformed YAML: {problem}{context}; check indentation, colons and quotes around this place")
        case .yamlContext:
            MessageTemplate(de: " ({context}, beginnend in Zeile {line}, Spalte {column})",
                            en: " ({context} that starts at line {line}, column {column})")
        case .duplicateKey:
            MessageTemplate(de: "doppelter Schlüssel '{key}'{first}; behalten Sie einen davon", en: "duplicate key '{key}'{first}; keep one of them")
        case .firstGivenAt: MessageTemplate(de: " (zuerst angegeben in Zeile {line})", en: " (first given at line {line})")
        case .notFound: MessageTemplate(de: "Datei oder Ordner nicht vorhanden", en: "no such file or folder")
        case .emptyFolder:
            MessageTemplate(de: "der Ordner enthält keine Bündnisdateien (.yaml, .yml oder .json)",
                            en: "the folder holds no alliance files (.yaml, .yml or .json)")
        case .cannotReadVocabulary:
            MessageTemplate(de: "die Vokabulardatei kann nicht gelesen werden; prüfen Sie den Pfad", en: "cannot read the vocabulary file; check the path")
        case .vocabularyFileEmpty:
            MessageTemplate(de: "die Vokabulardatei ist leer; geben Sie 'actor_kinds', 'formats' oder 'topics' an",
                            en: "the vocabulary file is empty; give 'actor_kinds', 'formats' or 'topics'")

        case .allianceNeedsKind:
            MessageTemplate(de: "Bündnisdatei: 'kind' fehlt; eines von {allowed}", en: "the alliance file needs 'kind': one of {allowed}")
        case .allianceNeedsYears:
            MessageTemplate(de: "Bündnisdatei: 'years' fehlt, z. B. 'years: 2019-2022'", en: "the alliance file needs 'years', e.g. 'years: 2019-2022'")
        case .allianceYearsOneRange:
            MessageTemplate(de: "'years' des Bündnisses muss ein geschlossener Bereich sein, z. B. 2019-2022",
                            en: "the alliance's 'years' must be one closed range such as 2019-2022")
        case .allianceYearsWhole:
            MessageTemplate(de: "'years' des Bündnisses müssen ganze Jahre sein, z. B. 2019-2022, ohne Monate",
                            en: "the alliance's 'years' must be whole years such as 2019-2022, without months")
        case .municipalityNeedsDistrict:
            MessageTemplate(de: "Bündnis '{id}' ist eine kreisangehörige Kommune; nennen Sie ihren Kreis mit 'district: …'",
                            en: "alliance '{id}' is a municipality within a district; name its district with 'district: …'")
        case .districtContradiction:
            MessageTemplate(de: "widersprüchliche Angaben: Bündnis '{id}' ist von der Art '{kind}', nennt aber einen Kreis ('{district}'); nur eine 'municipality' gehört zu einem Kreis",
                            en: "contradictory attributes: alliance '{id}' is of kind '{kind}' but names a district ('{district}'); only a 'municipality' belongs to a district")
        case .duplicateID:
            MessageTemplate(de: "{noun}: doppelte Id '{id}'{first}; jeder Eintrag braucht eine eigene Id",
                            en: "duplicate {noun} id '{id}'{first}; give each {noun} its own id")
        case .invalidID:
            MessageTemplate(de: "{place}: '{id}' ist keine gültige Id{suggestion}; eine Id besteht nur aus den Buchstaben A–Z und a–z, Ziffern, '_', '-' und '.' und beginnt nicht mit '-' oder '.'",
                            en: "{place}: '{id}' is not a valid id{suggestion}; an id holds only the letters A–Z and a–z, digits, '_', '-' and '.', and does not start with '-' or '.'")
        case .useInstead: MessageTemplate(de: " (verwenden Sie z. B. '{id}')", en: " (use e.g. '{id}')")
        case .idNotText:
            MessageTemplate(de: "{place}: {value} wird als {kind} gelesen, nicht als Id; schreiben Sie die Id in Anführungszeichen: \"{value}\"",
                            en: "{place}: {value} is read as {kind}, not as an id; write the id in quotes: \"{value}\"")
        case .readAsNumber: MessageTemplate(de: "Zahl", en: "a number")
        case .readAsTrueOrFalse: MessageTemplate(de: "Wahrheitswert (true/false)", en: "a true/false value")
        case .readAsDate: MessageTemplate(de: "Datum", en: "a date")
        case .firstDefinedAt: MessageTemplate(de: " (zuerst definiert in Zeile {line})", en: " (first defined at line {line})")
        case .noManagingOffice:
            MessageTemplate(de: "kein Akteur ist die Geschäftsführende Stelle (GfS) des Bündnisses '{id}'; markieren Sie sie mit 'managing_office: {years}'",
                            en: "no actor is the managing office (GfS) of alliance '{id}'; mark it with 'managing_office: {years}'")
        case .severalManagingOffices:
            MessageTemplate(de: "{count} Geschäftsführende Stellen in {year} ({actors}); ein Bündnis hat normalerweise eine",
                            en: "{count} managing offices in {year} ({actors}); an alliance normally has one")
        case .yearOutside:
            MessageTemplate(de: "{place}: Jahr {year} liegt außerhalb der Jahre des Bündnisses {years}; korrigieren Sie das Jahr oder erweitern Sie 'years' des Bündnisses",
                            en: "year {year} of {place} lies outside the alliance's years {years}; correct the year or widen the alliance's 'years'")

        case .unknownActorKind:
            MessageTemplate(de: "{place}: unbekannte Akteursart '{kind}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie die Art in einer Vokabulardatei",
                            en: "unknown actor kind '{kind}' for {place}{suggestion}; see 'alliance vocab', or add the kind in a vocabulary file")
        case .ownParent: MessageTemplate(de: "{place}: nennt sich selbst als übergeordneten Akteur", en: "{place} names itself as its parent")
        case .parentCircle:
            MessageTemplate(de: "{place}: die übergeordneten Akteure laufen im Kreis ({circle}); ein Akteur kann nicht zu einem gehören, der zu ihm gehört, also entfernen Sie 'parent' bei einem von ihnen",
                            en: "the parents of {place} run in a circle ({circle}); an actor cannot belong to one that belongs to it, so remove 'parent' from one of them")
        case .roleOutsideYears:
            MessageTemplate(de: "widersprüchliche Angaben: {place} hat '{role}' in {years}, nimmt aber nur in {present} teil",
                            en: "contradictory attributes: {place} holds '{role}' in {years} but takes part only in {present}")
        case .mandateOnePeriod:
            MessageTemplate(de: "ein Kernauftrag hat einen Zeitraum; schreiben Sie einen Kernauftrag je Zeitraum",
                            en: "a mandate has one period; write one mandate per period")
        case .unknownActor:
            MessageTemplate(de: "{place}: unbekannter Akteur '{actor}'{suggestion}; jeder Akteur muss mit dieser Id unter 'actors' stehen",
                            en: "unknown actor '{actor}' in {place}{suggestion}; every actor must be listed under 'actors' with this id")
        case .actorListedTwice:
            MessageTemplate(de: "{place}: Akteur '{actor}' steht zweimal in '{key}'", en: "actor '{actor}' is listed twice in '{key}' of {place}")
        case .unknownTopic:
            MessageTemplate(de: "{place}: unbekanntes Thema '{topic}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie das Thema in einer Vokabulardatei",
                            en: "unknown topic '{topic}' in {place}{suggestion}; see 'alliance vocab', or add the topic in a vocabulary file")

        case .relationNeedsActors:
            MessageTemplate(de: "{place}: die Akteure fehlen: 'actors: [a, b]' für eine Gruppe oder 'from: a' und 'to: b' für eine Richtung",
                            en: "{place} needs its actors: 'actors: [a, b]' for a group, or 'from: a' and 'to: b' for a direction")
        case .relationHalfDirected:
            MessageTemplate(de: "{place}: nur eines von 'from' und 'to' ist angegeben; eine gerichtete Beziehung braucht beide",
                            en: "{place} has only one of 'from' and 'to'; a directed relation needs both")
        case .relationBothEnds:
            MessageTemplate(de: "{place}: sowohl 'actors' als auch 'from'/'to' angegeben; verwenden Sie 'actors' für eine Gruppe oder 'from'/'to' für eine Richtung, nicht beides",
                            en: "{place} has both 'actors' and 'from'/'to'; use 'actors' for a group or 'from'/'to' for a direction, not both")
        case .unknownMechanism:
            MessageTemplate(de: "{place}: unbekannter Mechanismus '{value}'{suggestion}; verwenden Sie einen Mechanismus ({mechanisms}), eine Unterform ({forms}) oder 'Mechanismus/Unterform'",
                            en: "unknown mechanism '{value}' in {place}{suggestion}; use a mechanism ({mechanisms}), a sub-form ({forms}) or 'mechanism/sub-form'")
        case .contradictoryMechanism:
            MessageTemplate(de: "{place}: widersprüchlicher Mechanismus: '{form}' ist eine Form von {formMechanism}, nicht von {mechanism}; {hint}",
                            en: "contradictory mechanism in {place}: '{form}' is a form of {formMechanism}, not of {mechanism}; {hint}")
        case .noSubForms: MessageTemplate(de: "{mechanism} hat keine Unterformen", en: "{mechanism} has no sub-forms")
        case .subFormsAre: MessageTemplate(de: "Formen von {mechanism} sind {forms}", en: "forms of {mechanism} are {forms}")
        case .unknownFormat:
            MessageTemplate(de: "{place}: unbekanntes Format '{format}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie das Format in einer Vokabulardatei",
                            en: "unknown format '{format}' in {place}{suggestion}; see 'alliance vocab', or add the format in a vocabulary file")
        case .relationSelfLoop:
            MessageTemplate(de: "widersprüchliche Angaben: {place} führt von und zu demselben Akteur ({actors})",
                            en: "contradictory attributes: {place} runs from and to the same actor ({actors})")
        case .tooFewActors:
            MessageTemplate(de: "{place}: braucht mindestens zwei verschiedene Akteure; angegeben sind {count} ({actors})",
                            en: "{place} needs at least two distinct actors; it has {count} ({actors})")
        case .writtenFormatFormalisation:
            MessageTemplate(de: "widersprüchliche Angaben: {place} hat das Format {format} und ist damit schriftlich, hat aber die Formalisierung '{formalisation}'; verwenden Sie 'written' oder lassen Sie sie weg",
                            en: "contradictory attributes: {place} is a {format}, which is written, but has formalisation '{formalisation}'; use 'written' or leave it out")
        case .endedButOpen:
            MessageTemplate(de: "widersprüchliche Angaben: {place} hat den Status 'ended', aber ihre Jahre reichen bis zum Ende des Bündnisses; geben Sie die Jahre an, in denen sie noch bestand, z. B. 'years: 2019-2020'",
                            en: "contradictory attributes: {place} has status 'ended' but its years run to the end of the alliance; give the years in which it still held, e.g. 'years: 2019-2020'")
        case .plannedButWritten:
            MessageTemplate(de: "{place} ist erst geplant, aber als schriftlich markiert; ist die Vereinbarung schon unterzeichnet?",
                            en: "{place} is only planned but marked as written; is the agreement already signed?")
        case .coreGroupOutsideOne:
            MessageTemplate(de: "{place} tagt {year} mit {actors}, der {year} nicht als 'core_group' markiert ist; markieren Sie die Mitgliedschaft beim Akteur oder korrigieren Sie die Jahre der Beziehung",
                            en: "{place} meets in {year} with {actors}, which is not marked 'core_group' in {year}; mark the membership on the actor or correct the relation's years")
        case .coreGroupOutsideOther:
            MessageTemplate(de: "{place} tagt {year} mit {actors}, die {year} nicht als 'core_group' markiert sind; markieren Sie die Mitgliedschaft bei den Akteuren oder korrigieren Sie die Jahre der Beziehung",
                            en: "{place} meets in {year} with {actors}, which are not marked 'core_group' in {year}; mark the membership on the actor or correct the relation's years")
        case .coreGroupLeavesOutOne:
            MessageTemplate(de: "{place} nennt ihre Mitglieder selbst und lässt {year} {actors} aus, der {year} als 'core_group' markiert ist; lassen Sie 'actors' weg, dann folgen die Mitglieder 'core_group' bei den Akteuren",
                            en: "{place} lists its members itself and leaves out {actors} in {year}, which is marked 'core_group' in {year}; leave out 'actors' so that the members follow 'core_group' on the actors")
        case .coreGroupLeavesOutOther:
            MessageTemplate(de: "{place} nennt ihre Mitglieder selbst und lässt {year} {actors} aus, die {year} als 'core_group' markiert sind; lassen Sie 'actors' weg, dann folgen die Mitglieder 'core_group' bei den Akteuren",
                            en: "{place} lists its members itself and leaves out {actors} in {year}, which are marked 'core_group' in {year}; leave out 'actors' so that the members follow 'core_group' on the actors")
        case .coreGroupTooSmall:
            MessageTemplate(de: "{place} ist die Bündniskerngruppe, die {year} nur {count} Mitglied(er) hat ({actors}); markieren Sie die Mitglieder mit 'core_group' bei den Akteuren oder korrigieren Sie die Jahre der Beziehung",
                            en: "{place} is the core group, which has only {count} member(s) in {year} ({actors}); mark the members with 'core_group' on the actors or correct the relation's years")
        case .actorAbsent:
            MessageTemplate(de: "{place} besteht in {years}, obwohl Akteur '{actor}' dann nicht teilnimmt (seine Jahre: {present})",
                            en: "{place} holds in {years} when actor '{actor}' does not take part (its years: {present})")
        case .replacedBySelf:
            MessageTemplate(de: "{place} nennt sich selbst in 'replaced_by'; nennen Sie die Beziehung, die an ihre Stelle trat, oder lassen Sie 'replaced_by' weg",
                            en: "{place} names itself in 'replaced_by'; name the relation that took its place, or leave 'replaced_by' out")
        case .replacedByUnknown:
            MessageTemplate(de: "{place} wird durch '{successor}' ersetzt, aber dieses Bündnis hat keine solche Beziehung{suggestion}; geben Sie die Id der Beziehung an, die an ihre Stelle trat",
                            en: "{place} is replaced by '{successor}', which is no relation of this alliance{suggestion}; give the id of the relation that took its place")
        case .replacementCircle:
            MessageTemplate(de: "die Ersetzungen von {place} laufen im Kreis ({circle}); eine Beziehung kann nicht durch eine ersetzt werden, die sie selbst ersetzt, also entfernen Sie 'replaced_by' bei einer von ihnen",
                            en: "the replacements of {place} run in a circle ({circle}); a relation cannot be replaced by one that it replaces itself, so remove 'replaced_by' from one of them")
        case .replacedButHolds:
            MessageTemplate(de: "{place} wird durch '{successor}' ersetzt, besteht aber bis zum Ende der Jahre des Bündnisses; geben Sie die Jahre an, in denen sie bestand, z. B. 'years: {example}'",
                            en: "{place} is replaced by '{successor}' but holds to the end of the alliance's years; give the years in which it held, e.g. 'years: {example}'")
        case .replacementStartsEarly:
            MessageTemplate(de: "{place} wird durch '{successor}' ersetzt, die beginnt ({start}), bevor '{id}' endet ({end}); lassen Sie die Nachfolgerin beginnen, wenn oder nachdem ihre Vorgängerin endet, oder korrigieren Sie die 'years' einer der beiden",
                            en: "{place} is replaced by '{successor}', which starts ({start}) before '{id}' ends ({end}); let the successor start when or after its predecessor ends, or correct the 'years' of one of them")

        case .interfaceNeedsActors:
            MessageTemplate(de: "{place}: 'actors' fehlt, z. B. 'actors: [abh, ki]'", en: "{place} needs 'actors', e.g. 'actors: [abh, ki]'")
        case .interfaceNeedsTopic:
            MessageTemplate(de: "{place}: 'topic' oder 'risk' (die Risikosituation in Worten) fehlt",
                            en: "{place} needs a 'topic' or a 'risk' (the risk situation in words)")
        case .interfaceTooFewActors:
            MessageTemplate(de: "{place}: braucht mindestens zwei verschiedene Akteure: eine Schnittstelle liegt zwischen Akteuren",
                            en: "{place} needs at least two distinct actors: an interface lies between actors")
        case .chainNeedsSteps:
            MessageTemplate(de: "{place}: 'steps' fehlt, eine Liste der Akteure in ihrer Reihenfolge", en: "{place} needs 'steps', a list of actors in order")
        case .chainTooFewSteps:
            MessageTemplate(de: "{place}: braucht mindestens zwei Schritte: eine Kette übergibt von einem Akteur an den nächsten",
                            en: "{place} needs at least two steps: a chain hands over from one actor to the next")
        case .chainNoHandOver:
            MessageTemplate(de: "{place} bleibt von Schritt {from} zu Schritt {to} bei Akteur '{actor}'; ein Schritt ohne Übergabe ist kein Übergang",
                            en: "{place} stays with actor '{actor}' from step {from} to step {to}; a step without a hand-over is no transition")

        case .badInterval:
            MessageTemplate(de: "{place}: '{value}' ist kein Bereich ganzer Zahlen; schreiben Sie z. B. {examples} (beide Enden eingeschlossen, das kleinere zuerst)",
                            en: "{place}: '{value}' is no range of whole numbers; write e.g. {examples} (both ends included, the smaller first)")
        case .emptyConditionList:
            MessageTemplate(de: "{place}: leere Liste, die für niemanden gilt; lassen Sie den Schlüssel weg, wenn er nicht einschränken soll",
                            en: "{place} is an empty list, which holds for no one; leave the key out if it should not restrict")
        case .unknownSituationKind:
            MessageTemplate(de: "{place}: unbekannte Situationsart '{value}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie sie unter 'situation_kinds' in einer Vokabulardatei",
                            en: "unknown situation kind '{value}' in {place}{suggestion}; see 'alliance vocab', or add it under 'situation_kinds' in a vocabulary file")
        case .unknownResidenceStatus:
            MessageTemplate(de: "{place}: unbekannter Aufenthaltsstatus '{value}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie ihn unter 'residence_statuses' in einer Vokabulardatei",
                            en: "unknown residence status '{value}' in {place}{suggestion}; see 'alliance vocab', or add it under 'residence_statuses' in a vocabulary file")
        case .unknownLegalBasis:
            MessageTemplate(de: "{place}: unbekannte Rechtsgrundlage '{value}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie sie unter 'legal_bases' in einer Vokabulardatei",
                            en: "unknown legal basis '{value}' in {place}{suggestion}; see 'alliance vocab', or add it under 'legal_bases' in a vocabulary file")
        case .unknownObservationCode:
            MessageTemplate(de: "{place}: unbekannter Beobachtungscode '{value}'{suggestion}; siehe 'alliance vocab', oder ergänzen Sie ihn unter 'observations' in einer Vokabulardatei",
                            en: "unknown observation code '{value}' in {place}{suggestion}; see 'alliance vocab', or add it under 'observations' in a vocabulary file")
        case .situationTooFewActors:
            MessageTemplate(de: "{place}: braucht mindestens zwei verschiedene Akteure; eine Situation, die ein Akteur allein löst, ist keine Schnittstelle",
                            en: "{place} needs at least two distinct actors; a situation one actor solves alone is no interface")
        case .situationActorTwice:
            MessageTemplate(de: "widersprüchliche Angaben: {place} nennt Akteur '{actor}' zweimal (zuerst in Zeile {line}); fassen Sie seine Bedingungen in einem Eintrag zusammen",
                            en: "contradictory attributes: {place} lists actor '{actor}' twice (first at line {line}); put its conditions in one entry")
        case .notResponsibleButCondition:
            MessageTemplate(de: "widersprüchliche Angaben: {place} ist 'responsible: false', hat aber eine Bedingung 'when:'; eine Bedingung sagt, wann der Akteur zuständig ist, also lassen Sie eines von beiden weg",
                            en: "contradictory attributes: {place} is 'responsible: false' but has a condition 'when:'; a condition says when the actor is responsible, so leave out one of the two")
        case .observerNotInvolved:
            MessageTemplate(de: "{place}: '{actor}' hat das Verhalten '{code}' gezeigt, ist aber nicht beteiligt (beteiligt: {actors}); nennen Sie einen der Beteiligten in 'by' oder ergänzen Sie den Akteur",
                            en: "{place}: '{actor}' showed the behaviour '{code}' but is not involved (involved: {actors}); name one of those involved in 'by', or add the actor")
        case .neighbourItself:
            MessageTemplate(de: "{place}: nennt sich selbst unter 'neighbours'; Nachbarthemen sind andere Themen für dasselbe Risiko",
                            en: "{place} names itself under 'neighbours'; neighbouring topics are other topics for the same risk")
        case .excludesItself:
            MessageTemplate(de: "{place}: nennt sich selbst unter 'excludes'; dort stehen andere Rechtsgrundlagen, die nicht zugleich gelten können (z. B. sgb3 bei sgb2)",
                            en: "{place} names itself under 'excludes'; list the other legal bases that cannot apply at the same time (e.g. sgb3 for sgb2)")
        case .vocabularyWrittenFormalisation:
            MessageTemplate(de: "Format '{id}' ist 'written: true', hat aber die Formalisierung '{formalisation}'; ein schriftliches Format ist als 'written' formalisiert",
                            en: "format '{id}' is 'written: true' but has formalisation '{formalisation}'; a written format is formalised as 'written'")
        case .vocabularyKindNeedsArea:
            MessageTemplate(de: "Akteursart '{id}': 'area' fehlt; eines von {allowed}", en: "actor kind '{id}' needs 'area': one of {allowed}")
        case .vocabularyNeedsLabel:
            MessageTemplate(de: "{noun} '{id}': Bezeichnung fehlt: 'de' (Deutsch) und 'en' (Englisch)",
                            en: "{noun} '{id}' needs a label: 'de' (German) and 'en' (English)")
        case .vocabularyOnlyEnglish:
            MessageTemplate(de: "{noun} '{id}' hat nur eine englische Bezeichnung; ergänzen Sie 'de', damit beide Sprachen sie zeigen",
                            en: "{noun} '{id}' has only an English label; add 'de' so both languages show it")
        case .vocabularyOnlyGerman:
            MessageTemplate(de: "{noun} '{id}' hat nur eine deutsche Bezeichnung; ergänzen Sie 'en', damit beide Sprachen sie zeigen",
                            en: "{noun} '{id}' has only a German label; add 'en' so both languages show it")
        }
    }
}

extension ValidationMessage {
    /// `actor 'abh'`: an item of the file by its id.
    static func named(_ noun: ValidationMessage, _ id: String) -> Message {
        Message(placeNamed, ["noun": .message(Message(noun)), "id": .text(id)])
    }

    /// `relation #3`: an item without an id, counted from one.
    static func numbered(_ noun: ValidationMessage, _ number: Int) -> Message {
        Message(placeNumbered, ["noun": .message(Message(noun)), "number": .int(number)])
    }

    /// `'years' of actor 'abh'`.
    static func key(_ key: String, of owner: Message) -> Message {
        Message(placeKeyOf, ["key": .text(key), "owner": .message(owner)])
    }

    /// `'id' of actor #2: 'a b' is not a valid id (use e.g. 'a_b'); …`, with the suggestion of
    /// ``IdentifierRule/suggestion(for:)``.
    static func invalidID(_ id: String, place: Message) -> Message {
        Message(invalidID, ["place": .message(place), "id": .text(IdentifierRule.shown(id)),
                            "suggestion": IdentifierRule.suggestion(for: id).map { .message(Message(useInstead, ["id": .text($0)])) } ?? ""])
    }

    /// `unknown residence status 'x' in … (did you mean 'y'?)` and the like: an id of the open
    /// vocabulary `key` names (``unknownResidenceStatus``, …) that `among` (ids and labels) lacks.
    static func unknownVocabularyTerm(_ key: ValidationMessage, _ id: String, place: Message,
                                      among names: [(text: String, id: String)]) -> Message {
        Message(key, ["value": .text(id), "place": .message(place), "suggestion": Suggestion.phrase(for: id, among: names)])
    }

    /// ` (did you mean 'x'?)` for `suggestion`, or nothing.
    static func suggestion(_ suggestion: String?) -> MessageArgument {
        suggestion.map { .message(Message(didYouMean, ["id": .text($0)])) } ?? .text("")
    }
}
