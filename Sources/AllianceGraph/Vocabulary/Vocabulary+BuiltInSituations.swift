/// The built-in terms situations are described with: situation kinds, residence statuses, legal
/// bases and observation codes (see docs/MANDATES.md for their grounding in the report).
extension BuiltIn {
    static let situationKinds: [SituationKind] = [
        SituationKind(id: "turning_18", label: Label(de: "Volljährigkeit", en: "Turning 18"),
                      topic: "youth_welfare", change: .age),
        SituationKind(id: "end_of_compulsory_schooling", label: Label(de: "Ende der Vollzeitschulpflicht", en: "End of compulsory schooling"),
                      topic: "schooling", change: .age),
        SituationKind(id: "residence_status_change", label: Label(de: "Wechsel des Aufenthaltsstatus", en: "Change of residence status"),
                      topic: "residence_status", change: .residence),
        SituationKind(id: "benefit_law_change", label: Label(de: "Wechsel des Rechtskreises", en: "Change of benefit law"),
                      topic: "labour_market_integration", change: .legalBasis),
        SituationKind(id: "end_of_programme", label: Label(de: "Ende eines Programms", en: "End of a programme"),
                      topic: "case_management", change: .programmeMonths),
        SituationKind(id: "measure_access_check", label: Label(de: "Zugang zu einer Maßnahme mit aufenthaltsrechtlicher Prüfung",
                                                               en: "Access to a measure that needs a residence-law check"),
                      topic: "measure_access"),
        SituationKind(id: "asylum_decision", label: Label(de: "Entscheidung über den Asylantrag", en: "Decision on the asylum application"),
                      topic: "subsistence", change: .residence),
        // From one measure into the next step of the chain; the two actors hold different topics.
        SituationKind(id: "measure_step", label: Label(de: "Übergang in die nächste Maßnahme", en: "Step to the next measure"),
                      change: .programmeMonths),
    ]

    static let residenceStatuses: [ResidenceStatus] = [
        ResidenceStatus(id: "permission_to_reside", label: Label(de: "Aufenthaltsgestattung", en: "Permission to reside (asylum seekers)")),
        ResidenceStatus(id: "toleration", label: Label(de: "Duldung", en: "Toleration (Duldung)")),
        ResidenceStatus(id: "training_toleration", label: Label(de: "Ausbildungsduldung", en: "Toleration for training")),
        ResidenceStatus(id: "employment_toleration", label: Label(de: "Beschäftigungsduldung", en: "Toleration for employment")),
        ResidenceStatus(id: "toleration_unclear_identity", label: Label(de: "Duldung bei ungeklärter Identität (§ 60b AufenthG)",
                                                                         en: "Toleration with unclear identity (section 60b AufenthG)")),
        ResidenceStatus(id: "residence_permit", label: Label(de: "Aufenthaltserlaubnis", en: "Residence permit")),
        ResidenceStatus(id: "settlement_permit", label: Label(de: "Niederlassungserlaubnis", en: "Settlement permit")),
    ]

    private static func basis(_ id: String, _ de: String, _ en: String, _ abbreviation: String, excludes: [LegalBasisID] = []) -> LegalBasis {
        LegalBasis(id: LegalBasisID(id), label: Label(de: de, en: en, abbreviation: abbreviation), excludes: excludes)
    }

    static let legalBases: [LegalBasis] = [
        // SGB II or SGB III by the household's benefit status (Z. 306–314, 477–480); AsylbLG until
        // the asylum application is recognised, SGB II after (Z. 76–82, 307–308). Every other pair
        // applies side by side (SGB VIII in parallel, Z. 317–319; the Residence Act beside any).
        basis("sgb2", "Grundsicherung für Arbeitsuchende (SGB II)", "Basic income support for jobseekers (SGB II)", "SGB II",
              excludes: ["sgb3", "asylblg"]),
        basis("sgb3", "Arbeitsförderung (SGB III)", "Employment promotion (SGB III)", "SGB III"),
        basis("sgb8", "Kinder- und Jugendhilfe (SGB VIII)", "Child and youth welfare (SGB VIII)", "SGB VIII"),
        basis("sgb12", "Sozialhilfe (SGB XII)", "Social assistance (SGB XII)", "SGB XII"),
        basis("aufenthg", "Aufenthaltsgesetz", "Residence Act", "AufenthG"),
        basis("asylg", "Asylgesetz", "Asylum Act", "AsylG"),
        basis("asylblg", "Asylbewerberleistungsgesetz", "Asylum Seekers' Benefits Act", "AsylbLG"),
        basis("schulg", "Schulgesetz NRW", "School Act of North Rhine-Westphalia", "SchulG NRW"),
        basis("tintg", "Teilhabe- und Integrationsgesetz NRW", "Participation and Integration Act of North Rhine-Westphalia", "TIntG"),
    ]

    private static func observation(_ id: String, _ de: String, _ en: String, _ mechanism: Mechanism,
                                    _ subForm: MechanismSubForm? = nil) -> ObservationCode {
        ObservationCode(id: ObservationCodeID(id), label: Label(de: de, en: en), mechanism: CodedMechanism(mechanism, subForm))
    }

    static let observationCodes: [ObservationCode] = [
        observation("information_exchange", "Gegenseitige Information über Angebote und Fälle", "Mutual information about offers and cases", .exchange),
        observation("mutual_learning", "Gemeinsames Lernen (Fortbildung, Hospitation)", "Learning together (training, job shadowing)", .exchange),
        observation("calls_on_others", "Ruft andere Stellen zum Handeln auf", "Calls on other actors to act", .intervention, .appeal),
        observation("binding_requirement", "Setzt eine verbindliche rechtliche Vorgabe", "Imposes a binding legal requirement", .intervention, .encroachment),
        observation("declares_other_responsible", "Erklärt eine andere Stelle für zuständig", "Declares another actor responsible", .intervention, .shifting),
        observation("accepts_limits_unclarified", "Nimmt Grenzen eines anderen Feldes hin, ohne sie zu klären",
                    "Accepts another field's limits without clarifying them", .negative, .adaptation),
        observation("acts_alone", "Handelt mit eigenen Mitteln, ohne sich abzustimmen", "Acts with its own resources without consulting", .negative, .demarcation),
        observation("joint_case_planning", "Gemeinsame Fallplanung", "Joint case planning", .positive, .linking),
        observation("joint_planning", "Gemeinsame Planung von Angeboten und Maßnahmen", "Joint planning of offers and measures", .positive, .linking),
        observation("accompanied_handover", "Vorbereitete und begleitete Übergabe", "Prepared and accompanied hand-over", .positive, .transfer),
    ]
}
