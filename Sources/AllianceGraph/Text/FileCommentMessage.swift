/// The comments ``AllianceFileWriter`` writes into an alliance file when asked to
/// (``AllianceFileWriter/yaml(_:comments:)``, used by `alliance import`): one before each section,
/// saying what it holds and where docs/FORMAT.md (docs/FORMAT.de.md in German) describes it, and
/// the provenance lines of an import.
public enum FileCommentMessage: String, MessageCatalogue {
    /// Before the alliance's own keys (`id`, `name`, `kind`, `years`, …).
    case alliance
    /// Before `reports:`.
    case reports
    /// Before `vocabulary:`.
    case vocabulary
    /// Before `actors:`.
    case actors
    /// Before `relations:`.
    case relations
    /// Before `interfaces:`.
    case interfaces
    /// Before `chains:`.
    case chains
    /// Before `situations:`.
    case situations
    /// An import's provenance: the rows read per sheet (`sheets`) and the vocabulary (`vocabulary`).
    case importRead = "import-read"
    /// The built-in vocabulary alone.
    case builtInVocabulary = "built-in-vocabulary"
    /// The built-in vocabulary and the user's files (`files`).
    case vocabularyFiles = "vocabulary-files"
    /// An import's advice: the spreadsheet is the source.
    case importAdvice = "import-advice"

    public static let area = "file-comment"

    public var template: MessageTemplate {
        switch self {
        case .alliance:
            MessageTemplate(de: "Das Bündnis selbst: Id, Name, Art und Jahre (docs/FORMAT.de.md, Abschnitt 3 „Bündnis“)",
                            en: "The alliance itself: id, name, kind and years (docs/FORMAT.md, section 3)")
        case .reports:
            MessageTemplate(de: "Die Befragungswellen, an denen das Bündnis teilnahm (docs/FORMAT.md, Abschnitt 3)",
                            en: "The survey waves the alliance reported in (docs/FORMAT.md, section 3)")
        case .vocabulary:
            MessageTemplate(de: "Eigene Begriffe zusätzlich zu 'alliance vocab' (docs/FORMAT.md, Abschnitt 9)",
                            en: "Own terms in addition to 'alliance vocab' (docs/FORMAT.md, section 9)")
        case .actors:
            MessageTemplate(de: "Akteure: die Organisationen; managing_office = Geschäftsführende Stelle, core_group = Jahre in der Bündniskerngruppe (docs/FORMAT.de.md, Abschnitt 3 „Akteure“ und „Kerngruppe“)",
                            en: "Actors: the organisations; managing_office and core_group give the years of those roles (docs/FORMAT.md, section 4)")
        case .relations:
            MessageTemplate(de: "Kooperationen: wer mit wem in welchem Format zusammenarbeitet, mit welchem Mechanismus, in welchen Jahren (docs/FORMAT.de.md, Abschnitt 3 „Kooperationen“)",
                            en: "Relations: who cooperates with whom in which format, with which mechanism, in which years (docs/FORMAT.md, sections 5 and 6)")
        case .interfaces:
            MessageTemplate(de: "Schnittstellen, für die Auswertung kodiert: beteiligte Akteure, Thema oder Risiko, Typ (docs/FORMAT.de.md, Abschnitt 3 „Schnittstellen“)",
                            en: "Interfaces coded for the analysis: the actors involved, topic or risk, type (docs/FORMAT.md, section 7)")
        case .chains:
            MessageTemplate(de: "Bildungs- und Integrationsketten: ihre Schritte in der Reihenfolge (docs/FORMAT.de.md, Abschnitt 3 „Ketten“)",
                            en: "Education and integration chains: their steps in order (docs/FORMAT.md, section 8)")
        case .situations:
            MessageTemplate(de: "Situationen der jungen Person und wer unter welcher Bedingung zuständig ist (docs/FORMAT.md, Abschnitt 8)",
                            en: "The young person's situations and who is responsible under which condition (docs/FORMAT.md, section 8)")
        case .importRead:
            MessageTemplate(de: "Gelesene Zeilen je Blatt: {sheets}. Vokabular: {vocabulary}.",
                            en: "Rows read per sheet: {sheets}. Vocabulary: {vocabulary}.")
        case .builtInVocabulary:
            MessageTemplate(de: "eingebaut", en: "built in")
        case .vocabularyFiles:
            MessageTemplate(de: "eingebaut und {files}", en: "built in and {files}")
        case .importAdvice:
            MessageTemplate(de: "Die Tabelle ist die Quelle: ändern Sie sie und importieren Sie erneut (mit --force), statt diese Datei zu bearbeiten.",
                            en: "The spreadsheet is the source: change it and import again (with --force) rather than editing this file.")
        }
    }
}
