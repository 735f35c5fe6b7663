import AllianceGraph
import Foundation
import Testing
@testable import AllianceGraphviz

/// `alliance diff` (``YearDifference``) and `render --diff` (``DifferenceView``) report the same
/// relations as added, removed, changed and replaced: on every sample alliance, every pair of its
/// years, both ways and on both mechanism bases. The diagram's side is read from what the view
/// plans to draw (its marks), the diff's from the diff's own lists.
@Suite("diff and render --diff agree")
struct DifferenceAgreementTests {
    static let samples: [Alliance] = {
        let folder = RenderCommandTests.packageRoot.appendingPathComponent("Graphs").path
        let results = (try? AllianceLoader(vocabulary: .builtIn).loadAll(paths: [folder])) ?? []
        return results.compactMap(\.validAlliance)
    }()

    /// What one side reports, by relation id.
    struct Report: Equatable, CustomStringConvertible {
        var added: Set<String> = []
        var removed: Set<String> = []
        /// Later relation id → what changed.
        var changed: [String: Set<String>] = [:]
        /// "before → after" → what changed.
        var replaced: [String: Set<String>] = [:]

        var description: String { "added \(added.sorted()), removed \(removed.sorted()), changed \(changed), replaced \(replaced)" }
    }

    static func report(_ d: YearDifference) -> Report {
        var report = Report(added: Set(d.relationsAdded), removed: Set(d.relationsRemoved))
        let replacements = Set(d.replacements.map { "\($0.before) → \($0.after)" })
        for pair in replacements { report.replaced[pair] = [] }
        for change in d.changes {
            let pair = "\(change.before) → \(change.after)"
            if replacements.contains(pair) {
                report.replaced[pair, default: []].insert(change.field)
            } else {
                report.changed[change.after, default: []].insert(change.field)
            }
        }
        return report
    }

    static func report(_ plan: [DifferenceView.PlannedRelation]) -> Report {
        var report = Report()
        for planned in plan {
            let id = planned.drawn.relation.id.rawValue
            switch planned.mark {
            case .added: report.added.insert(id)
            case .removed: report.removed.insert(id)
            case .changed(let match) where match.isReplacement:
                report.replaced["\(match.before.relation.id) → \(id)"] = Set(match.changes.map(\.rawValue))
            case .changed(let match):
                report.changed[id] = Set(match.changes.map(\.rawValue))
            default: break
            }
        }
        return report
    }

    @Test("every sample, every pair of years, both mechanism bases")
    func agreement() throws {
        try #require(Self.samples.count >= 8, "the sample alliances in Graphs/ did not load")
        var replacementsSeen = 0
        for alliance in Self.samples {
            for from in alliance.years {
                for to in alliance.years where to != from {
                    for basis in MechanismBasis.allCases {
                        let diff = Self.report(YearDifference(alliance, from: from, to: to, mechanisms: basis))
                        let view = DifferenceView(alliance: alliance, from: from, to: to,
                                                  options: DiagramOptions(mechanismBasis: basis))
                        let drawn = Self.report(view.plan())
                        #expect(diff == drawn, "\(alliance.id) \(from) → \(to) (\(basis)):\n diff    \(diff)\n diagram \(drawn)")
                        replacementsSeen += diff.replaced.count
                    }
                }
            }
        }
        // The samples do record replacements, so the agreement covers them.
        #expect(replacementsSeen > 0)
    }

    @Test("a replacement is one relation in both diffs: no ended plus new relation")
    func replacement() throws {
        let alliance = try #require(Self.samples.first { $0.id == "bergheide" })
        let diff = YearDifference(alliance, from: 2021, to: 2022)
        #expect(diff.replacements.map { "\($0.before) → \($0.after)" } == ["kv-thm → kv-kim"])
        #expect(!diff.relationsRemoved.contains("kv-thm") && !diff.relationsAdded.contains("kv-kim"))
        let dot = try Diagram(alliance: alliance, kind: .difference(from: 2021, to: 2022)).dotText()
        // One box for the agreement, orange, captioned as replacing the old one; THM left, KIM and the social office joined.
        let hubs = dot.split(separator: "\n").filter { $0.contains("Kooperationsvereinbarung") }
        #expect(hubs.count == 1, "\(hubs)")
        // Orange (an uncoded agreement's inferred mechanism lightens it).
        #expect(hubs.first.map { $0.contains(DiagramStyle.changedColor) || $0.contains(DiagramStyle.inferredColor(DiagramStyle.changedColor)) } == true)
        #expect(hubs.first?.contains("ersetzt Kooperationsvereinbarung") == true)
    }

    @Test("a format change without replaced_by is an ended and a new relation in both")
    func formatChangeWithoutLink() {
        var alliance = Replacing.alliance
        alliance.relations = alliance.relations.map { var r = $0; r.replacedBy = nil; return r }
        let diff = Self.report(YearDifference(alliance, from: 2020, to: 2021))
        #expect(diff.removed == ["ex"] && diff.added == ["kv", "ref"] && diff.changed.isEmpty && diff.replaced.isEmpty)
        #expect(Self.report(DifferenceView(alliance: alliance, from: 2020, to: 2021).plan()) == diff)
        let linked = Self.report(YearDifference(Replacing.alliance, from: 2020, to: 2021))
        #expect(linked.replaced == ["ex → kv": ["format", "mechanism", "formalisation"]] && linked.added == ["ref"])
        #expect(Self.report(DifferenceView(alliance: Replacing.alliance, from: 2020, to: 2021).plan()) == linked)
    }
}

/// A small alliance built in code: KI, ABH and JC in an exchange round in 2019–2020 replaced
/// (`replaced_by`) by a written agreement from 2021; a referral KI → VHS from 2021.
enum Replacing {
    static let alliance: Alliance = {
        func period(_ text: String) -> [Period] { [try! Period.parse(text)] }
        return Alliance(
            id: "testhausen", name: "Testhausen", kind: .independentCity, years: 2019...2022,
            actors: [Actor(id: "ki", kind: "ki", roles: [.managingOffice: [.years(2019...2022)]]), Actor(id: "abh", kind: "abh"),
                     Actor(id: "jc", kind: "jobcenter"), Actor(id: "vhs", kind: "vhs", periods: period("2021-"))],
            relations: [
                Relation(id: "ex", ends: .undirected(["ki", "abh", "jc"]), format: "exchange_round",
                         periods: period("2019-2020"), replacedBy: "kv"),
                Relation(id: "kv", ends: .undirected(["jc", "abh", "ki"]), format: "cooperation_agreement",
                         mechanism: CodedMechanism(.positive, .linking), periods: period("2021-")),
                Relation(id: "ref", ends: .directed(from: ["ki"], to: ["vhs"]), format: "referral", periods: period("2021-")),
            ], vocabulary: .builtIn)
    }()
}

/// The core group (`RelationEnds.coreGroup`) is drawn with the year's members: since issue 15
/// item 5 as a badge (◆) beside each member's name instead of a line from a box to each member.
@Suite("Diagrams of the core group")
struct CoreGroupDiagramTests {
    static let alliance = Alliance(
        id: "kernort", name: "Kernort", kind: .independentCity, years: 2019...2022,
        actors: [Actor(id: "ki", kind: "ki", roles: [.managingOffice: [.years(2019...2022)], .coreGroup: [.years(2019...2022)]]),
                 Actor(id: "abh", kind: "abh", roles: [.coreGroup: [try! Period.parse("2021-")]]),
                 Actor(id: "jc", kind: "jobcenter", roles: [.coreGroup: [.years(2019...2022)]]),
                 Actor(id: "vhs", kind: "vhs", roles: [.coreGroup: [try! Period.parse("2019-2020")]])],
        relations: [Relation(id: "bkg", ends: .coreGroup, format: .coreGroup, mechanism: CodedMechanism(.exchange))],
        vocabulary: .builtIn)

    /// The DOT statement of actor `id`'s node.
    static func node(_ id: String, in dot: String) -> Substring? {
        dot.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"a:\(id)\" [") }
    }

    @Test func aYearShowsThatYearsMembers() throws {
        let dot = try Diagram(alliance: Self.alliance, kind: .year(2019)).dotText()
        #expect(Self.node("vhs", in: dot)?.contains("◆") == true && Self.node("abh", in: dot)?.contains("◆") == false)
        #expect(!dot.contains("\"r:0\""), "no box and no lines for the core group")
        let later = try Diagram(alliance: Self.alliance, kind: .year(2022)).dotText()
        #expect(Self.node("abh", in: later)?.contains("◆") == true && Self.node("vhs", in: later)?.contains("◆") != true)
    }

    @Test func theDifferenceMarksWhoJoinedAndWhoLeft() throws {
        let plan = DifferenceView(alliance: Self.alliance, from: 2019, to: 2022).plan()
        #expect(plan.count == 1)
        #expect(plan.first?.memberMarks == ["abh": .added, "vhs": .removed])
        let dot = try Diagram(alliance: Self.alliance, kind: .difference(from: 2019, to: 2022)).dotText()
        let joined = try #require(Self.node("abh", in: dot))
        #expect(joined.contains("◆") && joined.contains(DiagramStyle.addedColor))
        let left = try #require(Self.node("vhs", in: dot))
        #expect(left.contains("◆") && left.contains(DiagramStyle.removedColor))
        let stayed = try #require(Self.node("jc", in: dot))
        #expect(stayed.contains("◆") && stayed.contains(DiagramStyle.unchangedColor))
    }
}
