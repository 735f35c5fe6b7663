import Foundation
import Testing
@testable import AllianceGraph

/// The built-in mandates carry the conditions the report supports (docs/MANDATES.md).
@Suite("Built-in mandates and their conditions")
struct BuiltInMandateTests {
    let vocabulary = Vocabulary.builtIn

    private func mandate(_ kind: String, _ topic: String) throws -> CoreMandate {
        try #require(vocabulary.actorKind(ActorKindID(kind))?.mandates.first { $0.topic == TopicID(topic) },
                     "\(kind) holds no mandate for \(topic)")
    }

    @Test("job centre and employment agency hold labour-market integration under different benefit laws")
    func jobCentreAndAgencySplitByBenefitLaw() throws {
        let jc = try #require(try mandate("jobcenter", "labour_market_integration").condition)
        let aa = try #require(try mandate("employment_agency", "labour_market_integration").condition)
        #expect(jc.legalBasis == ["sgb2"])
        #expect(aa.legalBasis == ["sgb3"])
        #expect(jc.exclusiveDimensions(with: aa, in: vocabulary) == [.legalBasis])
        #expect(aa.exclusiveDimensions(with: jc, in: vocabulary) == [.legalBasis])
        // Vocational guidance is open to every young person (report Z. 306–307).
        #expect(try mandate("employment_agency", "vocational_orientation").condition == nil)
    }

    @Test("the AsylbLG office's subsistence mandate is bounded by the benefit law")
    func socialOfficeByBenefitLaw() throws {
        let social = try #require(try mandate("social_office", "subsistence").condition)
        #expect(social.legalBasis == ["asylblg"])
        #expect(social.exclusiveDimensions(with: ResponsibilityCondition(legalBasis: ["sgb2"]), in: vocabulary) == [.legalBasis])
    }

    @Test("youth welfare is bounded by age (to 27) and runs in parallel to SGB II")
    func youthWelfareByAge() throws {
        for kind in ["youth_office", "youth_social_work", "youth_vocational_aid", "school_social_work"] {
            let condition = try #require(try mandate(kind, "youth_welfare").condition)
            #expect(condition.age == WholeNumberInterval(through: 26), "\(kind)")
            #expect(condition.legalBasis == nil, "\(kind)")
        }
        let youth = try #require(try mandate("youth_office", "youth_welfare").condition)
        let jc = try #require(try mandate("jobcenter", "labour_market_integration").condition)
        #expect(youth.canHoldTogether(with: jc, in: vocabulary))
    }

    @Test("the general school is distinct from the school authority and ends with compulsory schooling")
    func generalSchool() throws {
        let school = try #require(vocabulary.actorKind("general_school"))
        #expect(school.label.de == "Allgemeinbildende Schule")
        #expect(school.area == .education)
        #expect(try mandate("general_school", "schooling").condition?.age == WholeNumberInterval(through: 17))
        #expect(try mandate("school_authority", "schooling").condition == nil)
        #expect(vocabulary.actorKind("school_authority")?.label != school.label)
    }

    @Test("the immigration office checks access to measures only for insecure residence statuses")
    func immigrationOfficeAccessCheck() throws {
        let access = try #require(try mandate("abh", "measure_access").condition?.residence)
        #expect(Set(access) == ["permission_to_reside", "toleration", "training_toleration", "employment_toleration",
                                "toleration_unclear_identity"])
        #expect(!access.contains("residence_permit") && !access.contains("settlement_permit"))
        #expect(try mandate("abh", "residence_status").condition == nil)
    }

    @Test("participation management and coaching serve tolerated and permitted young adults of 18 to 27")
    func targetGroupOfTheProgrammes() throws {
        for (kind, topic) in [("thm", "case_management"), ("coaching", "transition_support")] {
            let condition = try #require(try mandate(kind, topic).condition, "\(kind)")
            #expect(condition.age == WholeNumberInterval(from: 18, through: 26))
            #expect(condition.residence?.contains("toleration") == true && condition.residence?.contains("residence_permit") == false)
        }
        let coaching = try #require(try mandate("coaching", "transition_support").period)
        #expect(coaching.start == YearMonth(2020, 1) && coaching.end == YearMonth(2023, 6))
        #expect(try mandate("kim", "case_management").condition == nil)
    }

    @Test("every condition of a built-in mandate names known residence statuses and legal bases")
    func conditionsNameKnownTerms() {
        for kind in vocabulary.actorKinds.values {
            for mandate in kind.mandates {
                for status in mandate.condition?.residence ?? [] {
                    #expect(vocabulary.residenceStatus(status) != nil, "\(kind.id): \(status)")
                }
                for basis in mandate.condition?.legalBasis ?? [] {
                    #expect(vocabulary.legalBasis(basis) != nil, "\(kind.id): \(basis)")
                }
            }
        }
    }

    @Test("the catalogue has the terms the report needs beyond the first design")
    func reportTerms() throws {
        #expect(vocabulary.situationKind("measure_step")?.change == .programmeMonths)
        #expect(vocabulary.residenceStatus("toleration_unclear_identity") != nil)
        #expect(vocabulary.legalBasis("tintg") != nil)
        #expect(try #require(vocabulary.observationCode("joint_planning")).mechanism == CodedMechanism(.positive, .linking))
        for kind in ["integration_commissioner", "school_supervision", "school_social_work", "district_government"] {
            #expect(vocabulary.actorKind(ActorKindID(kind)) != nil, "\(kind)")
        }
    }

    /// docs/MANDATES.md documents every built-in term with report lines.
    static let mandatesPage: String = {
        let url = TestSupport.packageRoot.appendingPathComponent("docs/MANDATES.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test("docs/MANDATES.md documents every built-in actor kind and situation term")
    func everyTermIsDocumented() {
        let page = Self.mandatesPage
        #expect(!page.isEmpty)
        let ids = vocabulary.actorKinds.keys.map(\.rawValue) + vocabulary.situationKinds.keys.map(\.rawValue)
            + vocabulary.residenceStatuses.keys.map(\.rawValue) + vocabulary.legalBases.keys.map(\.rawValue)
            + vocabulary.observationCodes.keys.map(\.rawValue)
        for id in ids {
            // Each term's row starts with its id in backticks and cites report lines ("Z. …") or says it is not in the report.
            let row = page.split(separator: "\n").first { $0.hasPrefix("| `\(id)`") || $0.contains(", `\(id)`") }
            #expect(row != nil, "\(id) is not documented in docs/MANDATES.md")
            if let row { #expect(row.contains("Z. ") || row.contains("not in the report"), "\(id): no report lines") }
        }
    }
}
