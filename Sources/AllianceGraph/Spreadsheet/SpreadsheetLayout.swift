import Foundation

/// The layout of the spreadsheet a managing office fills in (`alliance template`) and `alliance
/// import` reads: its sheets, their columns with German and English headers, and the lists of
/// vocabulary terms offered in drop-downs. docs/FORMAT.de.md describes it for the office.
public enum SpreadsheetSheet: String, CaseIterable, Sendable {
    /// The alliance itself: one row.
    case alliance
    /// The organisations, one per row.
    case actors
    /// Core-group membership: one row per actor, one column per year.
    case coreGroup = "core_group"
    /// The cooperations, one per row.
    case relations
    /// Interfaces coded by researchers, one per row (optional).
    case interfaces
    /// Education and integration chains, one row per step (optional).
    case chains

    /// The sheet's name in German and English (also the name of its CSV file).
    public var label: Label {
        switch self {
        case .alliance: Label(de: "Bündnis", en: "Alliance")
        case .actors: Label(de: "Akteure", en: "Actors")
        case .coreGroup: Label(de: "Kerngruppe", en: "Core group")
        case .relations: Label(de: "Kooperationen", en: "Relations")
        case .interfaces: Label(de: "Schnittstellen", en: "Interfaces")
        case .chains: Label(de: "Ketten", en: "Chains")
        }
    }

    /// The columns, in order. The core-group sheet has the actor column, then one per year (``SpreadsheetLayout/yearColumn(_:)``).
    public var columns: [SpreadsheetColumn] {
        typealias C = SpreadsheetColumn
        switch self {
        case .alliance:
            return [C("id", de: "Id", en: "Id"), C("name", de: "Name", en: "Name"),
                    C("kind", de: "Art", en: "Kind", list: .allianceKind),
                    C("district", de: "Kreis", en: "District"), C("region", de: "Region", en: "Region"),
                    C("years", de: "Jahre", en: "Years"), C("illustrative", de: "Illustrativ", en: "Illustrative", list: .yesNo),
                    C("source", de: "Quelle", en: "Source"), C("note", de: "Notiz", en: "Note")]
        case .actors:
            return [C("id", de: "Id", en: "Id"), C("kind", de: "Art", en: "Kind", list: .actorKind),
                    C("name", de: "Name", en: "Name"), C("area", de: "Politikfeld", en: "Policy area", list: .policyArea),
                    C("managing_office", de: "Geschäftsführende Stelle", en: "Managing office", list: .yesNo),
                    C("years", de: "Jahre", en: "Years"), C("parent", de: "Gehört zu", en: "Belongs to"),
                    C("note", de: "Notiz", en: "Note")]
        case .coreGroup:
            return [C("actor", de: "Akteur", en: "Actor")]
        case .relations:
            return [C("id", de: "Id", en: "Id"), C("actors", de: "Akteure", en: "Actors"),
                    C("from", de: "Von", en: "From"), C("to", de: "An", en: "To"),
                    C("format", de: "Format", en: "Format", list: .format),
                    C("mechanism", de: "Mechanismus", en: "Mechanism", list: .mechanism),
                    C("formalisation", de: "Formalisierung", en: "Formalisation", list: .formalisation),
                    C("status", de: "Status", en: "Status", list: .status), C("years", de: "Jahre", en: "Years"),
                    C("topic", de: "Thema", en: "Topic", list: .topic),
                    C("replaced_by", de: "Ersetzt durch", en: "Replaced by"),
                    C("observations", de: "Beobachtungen", en: "Observations"),
                    C("source", de: "Quelle", en: "Source"), C("note", de: "Notiz", en: "Note")]
        case .interfaces:
            return [C("id", de: "Id", en: "Id"), C("actors", de: "Akteure", en: "Actors"),
                    C("topic", de: "Thema", en: "Topic", list: .topic), C("risk", de: "Risiko", en: "Risk"),
                    C("type", de: "Typ", en: "Type", list: .interfaceType), C("years", de: "Jahre", en: "Years"),
                    C("observations", de: "Beobachtungen", en: "Observations"),
                    C("source", de: "Quelle", en: "Source"), C("note", de: "Notiz", en: "Note")]
        case .chains:
            return [C("id", de: "Kette", en: "Chain"), C("name", de: "Name", en: "Name"),
                    C("years", de: "Jahre", en: "Years"), C("note", de: "Notiz", en: "Note"),
                    C("actor", de: "Schritt: Akteur", en: "Step: actor"),
                    C("topic", de: "Schritt: Thema", en: "Step: topic", list: .topic),
                    C("label", de: "Schritt: Bezeichnung", en: "Step: label")]
        }
    }

    /// The sheet whose name (or CSV file name) is `name` in either language, ignoring case, blanks and
    /// `ue` for `ü` (`Buendnis.csv`).
    public static func named(_ name: String) -> SpreadsheetSheet? {
        let key = SpreadsheetLayout.folded(name)
        return allCases.first { SpreadsheetLayout.folded($0.label.de) == key || SpreadsheetLayout.folded($0.label.en) == key || $0.rawValue == key }
    }
}

/// One column of a sheet: the alliance file's key it fills and its header in German and English.
public struct SpreadsheetColumn: Sendable, Hashable {
    /// The key of the alliance file the column fills (`id`, `kind`, …); for chains `actor`, `topic`
    /// and `label` fill a step.
    public var key: String
    /// The header.
    public var header: Label
    /// The list of terms offered in a drop-down, if any.
    public var list: SpreadsheetList?

    init(_ key: String, de: String, en: String, list: SpreadsheetList? = nil) {
        self.key = key
        self.header = Label(de: de, en: en)
        self.list = list
    }
}

/// A list of vocabulary terms for a drop-down: what the template offers, and what the import reads back.
public enum SpreadsheetList: String, CaseIterable, Sendable {
    case allianceKind = "alliance_kind"
    case actorKind = "actor_kind"
    case policyArea = "policy_area"
    case yesNo = "yes_no"
    case format
    case mechanism
    case formalisation
    case status
    case topic
    case interfaceType = "interface_type"

    /// The list's heading on the sheet of lists.
    public var label: Label {
        switch self {
        case .allianceKind: Label(de: "Bündnisart", en: "Alliance kind")
        case .actorKind: Label(de: "Akteursart", en: "Actor kind")
        case .policyArea: Label(de: "Politikfeld", en: "Policy area")
        case .yesNo: Label(de: "Ja/Nein", en: "Yes/No")
        case .format: Label(de: "Format", en: "Format")
        case .mechanism: Label(de: "Mechanismus", en: "Mechanism")
        case .formalisation: Label(de: "Formalisierung", en: "Formalisation")
        case .status: Label(de: "Status", en: "Status")
        case .topic: Label(de: "Thema", en: "Topic")
        case .interfaceType: Label(de: "Schnittstellentyp", en: "Interface type")
        }
    }

    /// The list's entries as (text shown in `language`, id written to the alliance file).
    public func entries(_ vocabulary: Vocabulary, _ language: Language) -> [(text: String, id: String)] {
        func terms<T: LabelledTerm>(_ type: T.Type) -> [(text: String, id: String)] {
            T.allCases.map { ($0.label.text(language), $0.id) }
        }
        switch self {
        case .allianceKind: return terms(AllianceKind.self)
        case .actorKind: return vocabulary.actorKinds.values.map { ($0.label.text(language), $0.id.rawValue) }
        case .policyArea: return terms(PolicyArea.self)
        case .yesNo: return [(Label(de: "ja", en: "yes").text(language), "true"), (Label(de: "nein", en: "no").text(language), "false")]
        case .format: return vocabulary.formats.values.map { ($0.label.text(language), $0.id.rawValue) }
        case .mechanism:
            return Mechanism.allCases.flatMap { mechanism -> [(text: String, id: String)] in
                [(mechanism.label.text(language), mechanism.id)]
                    + mechanism.subForms.map { ("\(mechanism.label.text(language)): \($0.label.text(language))", "\(mechanism.id)/\($0.id)") }
            }
        case .formalisation: return terms(Formalisation.self)
        case .status: return terms(RelationStatus.self)
        case .topic: return vocabulary.topics.values.map { ($0.label.text(language), $0.id.rawValue) }
        case .interfaceType: return terms(InterfaceType.self)
        }
    }
}

/// The template's content and the rules shared by template and import.
public enum SpreadsheetLayout {
    /// Text compared without case, blanks at the ends, and with `ae`, `oe`, `ue`, `ss` for `ä`, `ö`, `ü`, `ß`.
    /// Runs of blanks (and `_`) become one blank.
    /// - Complexity: O(*n*), one pass over the characters (the import folds every cell it looks up).
    static func folded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var blank = false
        for character in text.lowercased() {
            if character.isWhitespace || character == "_" {
                blank = !out.isEmpty
                continue
            }
            if blank { out.append(" "); blank = false }
            switch character {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            default: out.append(character)
            }
        }
        return out
    }

    /// The name of the sheet with the instructions.
    public static let instructionsSheet = Label(de: "Anleitung", en: "Instructions")
    /// The name of the sheet holding the drop-down lists.
    public static let listsSheet = Label(de: "Listen", en: "Lists")

    /// Rows (below the header) each sheet offers for entries in the template: drop-downs reach this far.
    public static let templateRows = 500

    /// The years the template's core-group sheet starts with (the years of the initiative's evaluation).
    public static let templateYears = 2019...2022

    /// The example rows of the template, one or two per sheet (a small valid alliance, Musterstadt), in `language`.
    public static func exampleRows(_ sheet: SpreadsheetSheet, _ vocabulary: Vocabulary, _ language: Language) -> [[String]] {
        func entry(_ list: SpreadsheetList, _ id: String) -> String {
            list.entries(vocabulary, language).first { $0.id == id }?.text ?? id
        }
        let yes = entry(.yesNo, "true")
        switch sheet {
        case .alliance:
            return [["musterstadt", "Musterstadt", entry(.allianceKind, "independent_city"), "", "Regierungsbezirk Köln", "2019-2022",
                     yes, "", SpreadsheetMessage.exampleNote.text(language)]]
        case .actors:
            return [["ki", entry(.actorKind, "ki"), "KI Musterstadt", "", yes, "", "", ""],
                    ["abh", entry(.actorKind, "abh"), SpreadsheetMessage.exampleImmigrationOffice.text(language), "", "", "", "", ""],
                    ["jmd", entry(.actorKind, "jmd"), "", "", "", "2020-", "", ""]]
        case .coreGroup:
            return [["ki", "x", "x", "x", "x"], ["abh", "", "x", "x", "x"], ["jmd", "", "x", "x", "x"]]
        case .relations:
            return [["fallkonferenz", "ki, abh, jmd", "", "", entry(.format, "case_conference"), entry(.mechanism, "positive/linking"),
                     entry(.formalisation, "regular"), entry(.status, "established"), "2021-", entry(.topic, "residence_status"), "",
                     "joint_case_planning", "", ""],
                    ["", "", "jmd", "ki", entry(.format, "referral"), "", "", "", "2020-", "", "", "", "", ""]]
        case .interfaces:
            return [["aufenthalt", "abh, ki", entry(.topic, "residence_status"),
                     SpreadsheetMessage.exampleRisk.text(language),
                     entry(.interfaceType, "interference"), "", "", "", ""]]
        case .chains:
            return [["erstberatung-begleitung", SpreadsheetMessage.exampleChain.text(language),
                     "2020-", "", "jmd", entry(.topic, "integration_counselling"), SpreadsheetMessage.exampleFirstStep.text(language)],
                    ["erstberatung-begleitung", "", "", "", "ki", entry(.topic, "integration_coordination"), SpreadsheetMessage.exampleSecondStep.text(language)]]
        }
    }
}
