import AllianceGraph
import Foundation

/// Alliances built in code for the rendering tests.
enum Samples {
    /// A small district alliance over 2019–2022 with every mechanism, a group relation,
    /// directed relations, a mechanism change and actors joining and leaving.
    static let musterkreis: Alliance = {
        let years = 2019...2022
        func period(_ text: String) -> [Period] { [try! Period.parse(text)] }
        let actors: [Actor] = [
            Actor(id: "ki", kind: "ki", roles: [.managingOffice: [.years(years)], .coreGroup: [.years(years)]]),
            Actor(id: "abh", kind: "abh", roles: [.coreGroup: [.years(years)]]),
            Actor(id: "jc", kind: "jobcenter", name: "Jobcenter Musterkreis"),
            Actor(id: "aa", kind: "employment_agency"),
            Actor(id: "ja", kind: "youth_office"),
            Actor(id: "bk", kind: "vocational_college", name: "Berufskolleg Süd"),
            Actor(id: "jmd", kind: "jmd"),
            Actor(id: "thm", kind: "thm", periods: period("2020-2022")),
            Actor(id: "kim", kind: "kim", periods: period("2022-")),
            Actor(id: "ihk", kind: "ihk", periods: period("2019-2020")),
        ]
        let relations: [Relation] = [
            Relation(id: "core", ends: .undirected(["ki", "abh", "jc", "aa", "ja"]), format: "core_group",
                     mechanism: CodedMechanism(.exchange)),
            Relation(id: "kv", ends: .undirected(["abh", "ki"]), format: "cooperation_agreement",
                     mechanism: CodedMechanism(.positive, .linking), periods: period("2021-")),
            Relation(id: "ex-abh-jc-old", ends: .undirected(["abh", "jc"]), format: "exchange_round",
                     mechanism: CodedMechanism(.negative, .demarcation), periods: period("2019-2020")),
            Relation(id: "ex-abh-jc-new", ends: .undirected(["abh", "jc"]), format: "exchange_round",
                     mechanism: CodedMechanism(.positive), periods: period("2021-")),
            Relation(id: "ref", ends: .directed(from: ["jmd"], to: ["bk", "aa"]), format: "referral"),
            Relation(id: "check", ends: .directed(from: ["abh"], to: ["bk"]), format: "participation_check",
                     mechanism: CodedMechanism(.intervention, .encroachment)),
            Relation(id: "handover", ends: .directed(from: ["thm"], to: ["kim"]), format: "handover",
                     mechanism: CodedMechanism(.positive, .transfer), periods: period("2022")),
            Relation(id: "ihk-bk", ends: .undirected(["ihk", "bk"]), format: "working_group",
                     mechanism: CodedMechanism(.exchange), periods: period("2019-2020")),
            Relation(id: "ja-thm", ends: .undirected(["ja", "thm"]), format: "case_conference",
                     mechanism: CodedMechanism(.positive), periods: period("2020-2022")),
        ]
        return Alliance(id: "musterkreis", name: "Musterkreis", kind: .district, years: years,
                        isIllustrative: true, source: "Testdaten", actors: actors, relations: relations,
                        vocabulary: .builtIn)
    }()

    /// Names that try to break DOT: quotes, backslashes, newlines, markup, keywords, digits, emptiness.
    static let hostileNames: [String] = [
        "Büro \"Übergang\" & <Söhne>",
        "C:\\Pfad\\ende\\",
        "zwei\nZeilen",
        "node",
        "2021er Runde",
        "",
        "a\\\"b",
        "<b>fett</b> &amp; &lt;",
        "\\N \\G \\l",
        "}; digraph x {",
        "Straße – Ämter ½ €",
        "tab\there",
    ]

    /// An alliance whose actor ids and names are all hostile.
    static let hostile: Alliance = {
        var actors: [Actor] = []
        for (index, name) in hostileNames.enumerated() {
            actors.append(Actor(id: ActorID(index == 5 ? "" : name), kind: index % 2 == 0 ? "ki" : "jobcenter",
                                name: name.isEmpty ? nil : name))
        }
        var relations: [Relation] = []
        for index in 0..<actors.count - 1 {
            relations.append(Relation(id: RelationID("r\(index)"),
                                      ends: .undirected([actors[index].id, actors[index + 1].id]),
                                      format: FormatID(index == 3 ? "\"}<>&" : "exchange_round"),
                                      mechanism: CodedMechanism(Mechanism.allCases[index % 4])))
        }
        return Alliance(id: "1 \"böse\" <x>", name: "Böse \"Namen\" & <Tags>\\", kind: .independentCity,
                        years: 2021...2021, source: "Quelle \"x\" <y> & z\\", actors: actors, relations: relations,
                        vocabulary: .builtIn)
    }()

    /// Every actor label as the diagram shows it (first line of the label).
    static func displayNames(_ alliance: Alliance, year: Int, language: Language = .de) -> [String] {
        alliance.snapshot(year: year).actors.map { $0.displayName(in: .builtIn, language: language) }
    }
}
