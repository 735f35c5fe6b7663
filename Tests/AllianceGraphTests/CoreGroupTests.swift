import Foundation
import Testing
@testable import AllianceGraph

/// The core group is recorded once: `core_group:` on the actors. A `core_group` relation without
/// `actors` takes its members from there, year by year; older files that list them keep loading.
@Suite("Core group: one source")
struct CoreGroupTests {
    /// KI and JC in the core group every year, ABH from 2020, VHS in 2019–2020; relations from line 20.
    static let head = """
        id: kernort
        name: Kernort
        kind: independent_city
        years: 2019-2022
        actors:
          - id: ki
            kind: ki
            managing_office: true
            core_group: true
          - id: abh
            kind: abh
            core_group: 2020-
          - id: jc
            kind: jobcenter
            core_group: true
          - id: vhs
            kind: vhs
            core_group: 2019-2020
        relations:

        """

    func load(_ relations: String) -> LoadResult {
        AllianceLoader(vocabulary: .builtIn).load(text: Self.head + relations, file: "k.yaml")
    }

    func members(_ alliance: Alliance, _ year: Int) -> Set<ActorID> {
        Set(alliance.snapshot(year: year).relations.first { $0.format == .coreGroup }?.ends.actors ?? [])
    }

    @Test func theMembersFollowCoreGroupYearByYear() throws {
        let result = load("  - {id: bkg, format: core_group, mechanism: exchange}\n")
        #expect(result.diagnostics.isEmpty)
        let alliance = try #require(result.alliance)
        #expect(alliance.relation("bkg")?.ends == .coreGroup)
        #expect(members(alliance, 2019) == ["ki", "jc", "vhs"])
        #expect(members(alliance, 2021) == ["ki", "abh", "jc"])
        #expect(alliance.members(of: alliance.relation("bkg")!) == ["ki", "abh", "jc", "vhs"])
        // The analysis sees the year's members as a group: a triangle in 2019 and in 2021.
        #expect(alliance.snapshot(year: 2019).metrics().ties == 3)
        #expect(NetworkProjection(alliance.snapshot(year: 2021)).edgeList.map { "\($0.0)-\($0.1)" } == ["ki-abh", "ki-jc", "abh-jc"])
        // Without an id, the relation is named after its format.
        let unnamed = try #require(load("  - {format: core_group}\n").alliance)
        #expect(unnamed.relations.map(\.id) == ["core_group"])
    }

    @Test func writtenWithoutActorsAndReadBack() throws {
        let alliance = try #require(load("  - {id: bkg, format: core_group, years: 2020-}\n").alliance)
        let yaml = try AllianceFileWriter().yaml(alliance)
        let written = try #require(yaml.range(of: "id: bkg")).upperBound
        #expect(!yaml[written...].contains("actors:"), "\(yaml)")
        #expect(AllianceLoader(vocabulary: .builtIn).load(text: yaml, file: "w.yaml").alliance == alliance)
    }

    @Test func anOldListThatAgreesIsTheCoreGroup() throws {
        let result = load("  - {id: bkg, actors: [ki, abh, jc], format: core_group, years: 2021-}\n")
        #expect(result.diagnostics.isEmpty)
        let alliance = try #require(result.alliance)
        #expect(alliance.relation("bkg")?.ends == .coreGroup)
        #expect(try !AllianceFileWriter().yaml(alliance).contains("[ki, abh, jc]"))
    }

    @Test func anOldListThatDiffersIsKeptWithWarningsSayingWhatToChange() throws {
        let result = load("  - {id: bkg, actors: [ki, abh, jc], format: core_group}\n")
        let alliance = try #require(result.alliance)
        // Used as written, so old files give the results they gave.
        #expect(members(alliance, 2019) == ["ki", "abh", "jc"])
        #expect(result.diagnostics.map { $0.text(.en) } == [
            "k.yaml:20:23: warning: relation 'bkg' meets in 2019 with 'abh', which is not marked 'core_group' in 2019; mark the membership on the actor or correct the relation's years",
            "k.yaml:20:23: warning: relation 'bkg' lists its members itself and leaves out 'vhs' in 2019, which is marked 'core_group' in 2019; leave out 'actors' so that the members follow 'core_group' on the actors",
        ])
        #expect(result.diagnostics.map(\.description)[1].hasPrefix("k.yaml:20:23: warning: Beziehung 'bkg' nennt ihre Mitglieder selbst und lässt 2019 'vhs' aus"))
    }

    @Test func aCoreGroupWithoutMembersIsWarnedAbout() {
        let text = Self.head.replacingOccurrences(of: "    core_group: 2019-2020\n", with: "")
            .replacingOccurrences(of: "    kind: jobcenter\n    core_group: true\n", with: "    kind: jobcenter\n")
            + "  - {id: bkg, format: core_group}\n"
        let found = AllianceLoader(vocabulary: .builtIn).load(text: text, file: "k.yaml").diagnostics.map { $0.text(.en) }
        #expect(found == ["k.yaml:18:5: warning: relation 'bkg' is the core group, which has only 1 member(s) in 2019 ('ki'); mark the members with 'core_group' on the actors or correct the relation's years"])
    }

    @Test func onlyTheCoreGroupMayLeaveOutItsActors() {
        let found = load("  - {id: fk, format: case_conference}\n").diagnostics.filter { $0.severity == .error }
        #expect(found.count == 1 && found[0].message.id == "validation.relation-needs-actors")
    }

    @Test("every sample's core group follows core_group: the relation lists no members and the validator is silent")
    func samples() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Graphs").path
        let results = try AllianceLoader(vocabulary: .builtIn).loadAll(paths: [folder])
        #expect(results.count >= 9)
        for result in results where !result.isInitiativeFile {
            #expect(result.diagnostics.isEmpty, "\(result.file): \(result.diagnostics)")
            let alliance = try #require(result.alliance)
            let core = alliance.relations.filter { $0.format == .coreGroup }
            #expect(core.count == 1 && core.allSatisfy { $0.ends == .coreGroup }, "\(alliance.id)")
            for year in alliance.years where core[0].holds(in: year) {
                #expect(members(alliance, year) == Set(alliance.snapshot(year: year).coreGroup.map(\.id)), "\(alliance.id) \(year)")
            }
        }
    }
}
