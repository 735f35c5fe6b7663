/// Headings, titles and messages of the tables every data command prints (show, classify,
/// metrics, diff, compare, vocab) and of their shared output options. Column ids (CSV headers,
/// JSON keys) are not words and stay out of the catalogue.
public enum TableMessage: String, MessageCatalogue {
    case alliance
    case year
    case name
    case kind
    case district
    case region
    case years
    case illustrative
    case source
    case actor
    case policyArea = "policy-area"
    case managingOffice = "managing-office"
    case coreGroup = "core-group"
    /// The managing office's short form in a table cell.
    case managingOfficeShort = "managing-office-short"
    /// A core-group member's short form in a table cell.
    case coreGroupShort = "core-group-short"
    case relation
    case format
    case directed
    case from
    case to
    case mechanism
    case subForm = "sub-form"
    case inferred
    case coded
    case formalisation
    case status
    case interface
    case actors
    case actorNames = "actor-names"
    case topic
    case risk
    case type
    case codedType = "coded-type"
    case inferredType = "inferred-type"
    case types
    case inferredTypes = "inferred-types"
    case confidence
    case findings
    case situation
    case observedMechanism = "observed-mechanism"
    case observedRules = "observed-rules"
    case isDefault = "is-default"
    case rules
    case conflict
    case chain
    case steps
    case stepLabels = "step-labels"
    case responsible
    case condition
    case observations
    case link
    case step
    case firstBroken = "first-broken"
    case relations
    case section
    case label
    case german
    case english
    case abbreviation
    case details
    case origin
    case rule
    case problem
    case strategy
    case order
    case coverage
    case coveredBy = "covered-by"
    case warningSign = "warning-sign"
    case warningSigns = "warning-signs"
    case disagreement
    case reason
    case coverageReason = "coverage-reason"
    case perspective
    case interfaces
    case classified
    case covered
    case partial
    case uncovered
    case rate
    case change
    case sharesOf = "shares-of"
    case percentSuffix = "percent-suffix"
    case pointsSuffix = "points-suffix"
    case alliancesTitle = "alliances-title"
    case actorsTitle = "actors-title"
    case relationsTitle = "relations-title"
    case interfacesTitle = "interfaces-title"
    case chainsTitle = "chains-title"
    case situationsTitle = "situations-title"
    case mechanismsTitle = "mechanisms-title"
    case coverageTitle = "coverage-title"
    case vocabularyTitle = "vocabulary-title"
    case actorMetricsTitle = "actor-metrics-title"
    case severalTables = "several-tables"
    case csvNeedsFormat = "csv-needs-format"
    case unknownTable = "unknown-table"
    case noAllianceCoversBoth = "no-alliance-covers-both"
    case validateTextOrJSON = "validate-text-or-json"
    case formatOption = "format-option"
    case csvOption = "csv-option"
    case outputOption = "output-option"

    public static let area = "table"

    public var template: MessageTemplate {
        switch self {
        case .alliance: MessageTemplate(de: "Bündnis", en: "Alliance")
        case .year: MessageTemplate(de: "Jahr", en: "Year")
        case .name: MessageTemplate(de: "Name", en: "Name")
        case .kind: MessageTemplate(de: "Art", en: "Kind")
        case .district: MessageTemplate(de: "Kreis", en: "District")
        case .region: MessageTemplate(de: "Region", en: "Region")
        case .years: MessageTemplate(de: "Jahre", en: "Years")
        case .illustrative: MessageTemplate(de: "Illustrativ", en: "Illustrative")
        case .source: MessageTemplate(de: "Quelle", en: "Source")
        case .actor: MessageTemplate(de: "Akteur", en: "Actor")
        case .policyArea: MessageTemplate(de: "Politikfeld", en: "Policy area")
        case .managingOffice: MessageTemplate(de: "GfS", en: "Managing office")
        case .coreGroup: MessageTemplate(de: "BKG", en: "Core group")
        case .managingOfficeShort: MessageTemplate(de: "GfS", en: "MO")
        case .coreGroupShort: MessageTemplate(de: "BKG", en: "CG")
        case .relation: MessageTemplate(de: "Beziehung", en: "Relation")
        case .format: MessageTemplate(de: "Format", en: "Format")
        case .directed: MessageTemplate(de: "Gerichtet", en: "Directed")
        case .from: MessageTemplate(de: "Von", en: "From")
        case .to: MessageTemplate(de: "An", en: "To")
        case .mechanism: MessageTemplate(de: "Mechanismus", en: "Mechanism")
        case .subForm: MessageTemplate(de: "Unterform", en: "Sub-form")
        case .inferred: MessageTemplate(de: "Erschlossen", en: "Inferred")
        case .coded: MessageTemplate(de: "Codiert", en: "Coded")
        case .formalisation: MessageTemplate(de: "Formalisierung", en: "Formalisation")
        case .status: MessageTemplate(de: "Status", en: "Status")
        case .interface: MessageTemplate(de: "Schnittstelle", en: "Interface")
        case .actors: MessageTemplate(de: "Akteure", en: "Actors")
        case .actorNames: MessageTemplate(de: "Namen", en: "Names")
        case .topic: MessageTemplate(de: "Thema", en: "Topic")
        case .risk: MessageTemplate(de: "Risiko", en: "Risk")
        case .type: MessageTemplate(de: "Typ", en: "Type")
        case .codedType: MessageTemplate(de: "Typ codiert", en: "Coded type")
        case .inferredType: MessageTemplate(de: "Typ erschlossen", en: "Inferred type")
        case .types: MessageTemplate(de: "Typen", en: "Types")
        case .inferredTypes: MessageTemplate(de: "Typen erschlossen", en: "Inferred types")
        case .confidence: MessageTemplate(de: "Sicherheit", en: "Confidence")
        case .findings: MessageTemplate(de: "Befunde (Typ:Regel:Sicherheit)", en: "Findings (type:rule:confidence)")
        case .situation: MessageTemplate(de: "Situation", en: "Situation")
        case .observedMechanism: MessageTemplate(de: "Beobachteter Mechanismus", en: "Observed mechanism")
        case .observedRules: MessageTemplate(de: "Beobachtungsregeln", en: "Observation rules")
        case .isDefault: MessageTemplate(de: "Vorgabe aus dem Format", en: "Format default")
        case .rules: MessageTemplate(de: "Regeln (Mechanismus:Regel)", en: "Rules (mechanism:rule)")
        case .conflict: MessageTemplate(de: "Widerspruch", en: "Conflict")
        case .chain: MessageTemplate(de: "Kette", en: "Chain")
        case .steps: MessageTemplate(de: "Glieder", en: "Steps")
        case .stepLabels: MessageTemplate(de: "Bezeichnungen", en: "Labels")
        case .responsible: MessageTemplate(de: "Zuständig", en: "Responsible")
        case .condition: MessageTemplate(de: "Bedingung", en: "Condition")
        case .observations: MessageTemplate(de: "Beobachtungen", en: "Observations")
        case .link: MessageTemplate(de: "Glied", en: "Link")
        case .step: MessageTemplate(de: "Schritt", en: "Step")
        case .firstBroken: MessageTemplate(de: "Erster Bruch", en: "First break")
        case .relations: MessageTemplate(de: "Beziehungen", en: "Relations")
        case .section: MessageTemplate(de: "Bereich", en: "Section")
        case .label: MessageTemplate(de: "Bezeichnung", en: "Label")
        case .german: MessageTemplate(de: "Deutsch", en: "German")
        case .english: MessageTemplate(de: "Englisch", en: "English")
        case .abbreviation: MessageTemplate(de: "Abkürzung", en: "Abbreviation")
        case .details: MessageTemplate(de: "Merkmale", en: "Details")
        case .origin: MessageTemplate(de: "Herkunft", en: "Origin")
        case .rule: MessageTemplate(de: "Regel", en: "Rule")
        case .problem: MessageTemplate(de: "Typisches Problem", en: "Typical problem")
        case .strategy: MessageTemplate(de: "Strategie", en: "Strategy")
        case .order: MessageTemplate(de: "Reihenfolge", en: "Order")
        case .coverage: MessageTemplate(de: "Abdeckung", en: "Coverage")
        case .coveredBy: MessageTemplate(de: "Abgedeckt durch", en: "Covered by")
        case .warningSign: MessageTemplate(de: "Warnsignal", en: "Warning sign")
        case .warningSigns: MessageTemplate(de: "Warnsignale", en: "Warning signs")
        case .disagreement: MessageTemplate(de: "Abweichung", en: "Disagreement")
        case .reason: MessageTemplate(de: "Begründung", en: "Reason")
        case .coverageReason: MessageTemplate(de: "Begründung der Abdeckung", en: "Reason for the coverage")
        case .perspective: MessageTemplate(de: "Sicht", en: "Stance")
        case .interfaces: MessageTemplate(de: "Schnittstellen", en: "Interfaces")
        case .classified: MessageTemplate(de: "klassifiziert", en: "classified")
        case .covered: MessageTemplate(de: "abgedeckt", en: "covered")
        case .partial: MessageTemplate(de: "teilweise", en: "partly")
        case .uncovered: MessageTemplate(de: "nicht abgedeckt", en: "not covered")
        case .rate: MessageTemplate(de: "Quote", en: "Rate")
        case .change: MessageTemplate(de: "Veränderung", en: "Change")
        case .sharesOf: MessageTemplate(de: "Anteile von", en: "Shares of")
        case .percentSuffix: MessageTemplate(de: " %", en: "%")
        case .pointsSuffix: MessageTemplate(de: " Pp.", en: " pp")
        case .alliancesTitle: MessageTemplate(de: "Bündnisse", en: "Alliances")
        case .actorsTitle: MessageTemplate(de: "Akteure", en: "Actors")
        case .relationsTitle: MessageTemplate(de: "Kooperationen", en: "Relations")
        case .interfacesTitle: MessageTemplate(de: "Schnittstellen", en: "Interfaces")
        case .chainsTitle: MessageTemplate(de: "Bildungs- und Integrationsketten", en: "Education and integration chains")
        case .situationsTitle: MessageTemplate(de: "Situationen", en: "Situations")
        case .mechanismsTitle: MessageTemplate(de: "Koordinationsmechanismen", en: "Coordination mechanisms")
        case .coverageTitle: MessageTemplate(de: "Abdeckung durch passende Strategien", en: "Coverage by matching strategies")
        case .vocabularyTitle: MessageTemplate(de: "Vokabular", en: "Vocabulary")
        case .actorMetricsTitle: MessageTemplate(de: "Akteurskennzahlen", en: "Actor metrics")
        case .severalTables: MessageTemplate(de: "CSV enthält eine Tabelle: wählen Sie {option} {names}", en: "CSV holds one table: add {option} {names}")
        case .csvNeedsFormat: MessageTemplate(de: "--csv wählt die CSV-Variante; geben Sie --format csv an.", en: "--csv chooses the CSV dialect; add --format csv.")
        case .unknownTable: MessageTemplate(de: "unbekannte Tabelle '{table}'; wählen Sie eine von: {tables}.", en: "unknown table '{table}'; choose one of: {tables}.")
        case .noAllianceCoversBoth: MessageTemplate(de: "kein Bündnis umfasst sowohl {from} als auch {to}", en: "no alliance covers both {from} and {to}")
        case .formatOption: MessageTemplate(de: "Ausgabe: text (Vorgabe), csv, json oder markdown.", en: "Output: text (default), csv, json or markdown.")
        case .csvOption:
            MessageTemplate(de: "CSV-Variante: plain (Vorgabe; Komma, Dezimalpunkt) oder excel-de (Semikolon, Dezimalkomma, UTF-8-Byte-Order-Mark).",
                            en: "CSV dialect: plain (default; comma, decimal point) or excel-de (semicolon, decimal comma, UTF-8 byte-order mark).")
        case .outputOption:
            MessageTemplate(de: "In diese Datei statt auf die Standardausgabe schreiben (erst in eine temporäre Datei, dann umbenannt).",
                            en: "Write to this file instead of standard output (written to a temporary file, then renamed).")
        case .validateTextOrJSON: MessageTemplate(de: "validate schreibt text oder json; --format {format} gilt für Datenbefehle.", en: "validate writes text or json; --format {format} is for data commands.")
        }
    }
}
