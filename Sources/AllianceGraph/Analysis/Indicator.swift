/// What makes an ``Indicator`` true for an alliance in a year.
///
/// Relation conditions (``formats``, ``actorKinds``, ``statuses``, ``formalisations``,
/// ``mechanisms``) must all hold for one relation of the year; an empty list does not restrict.
/// Planned relations (status `planned`) count only when ``statuses`` names `planned`. ``chains``
/// asks for an education and integration chain in the year, ``coreGroup`` for an actor of one of
/// the kinds in the core group. ``answerOnly`` takes only answers coded in the alliance's report
/// (``SurveyReport/answers``); without one the alliance counts as not answering. A coded answer
/// always takes precedence over what the data say.
public struct IndicatorRule: Hashable, Sendable {
    /// Relation formats, any of.
    public var formats: [FormatID] = []
    /// Actor kinds of which one must take part in the relation, any of.
    public var actorKinds: [ActorKindID] = []
    /// Statuses, any of.
    public var statuses: [RelationStatus] = []
    /// Formalisations in force (``Relation/effectiveFormalisation(in:)``), any of.
    public var formalisations: [Formalisation] = []
    /// Coordination mechanisms (coded, else inferred, per the ``MechanismBasis``), any of.
    public var mechanisms: [Mechanism] = []
    /// An education and integration chain applies in the year.
    public var chains = false
    /// Actor kinds of which one sits in the core group, any of.
    public var coreGroup: [ActorKindID] = []
    /// Only directly coded answers count.
    public var answerOnly = false

    /// Creates a rule.
    public init(formats: [FormatID] = [], actorKinds: [ActorKindID] = [], statuses: [RelationStatus] = [],
                formalisations: [Formalisation] = [], mechanisms: [Mechanism] = [], chains: Bool = false,
                coreGroup: [ActorKindID] = [], answerOnly: Bool = false) {
        self.formats = formats
        self.actorKinds = actorKinds
        self.statuses = statuses
        self.formalisations = formalisations
        self.mechanisms = mechanisms
        self.chains = chains
        self.coreGroup = coreGroup
        self.answerOnly = answerOnly
    }

    /// Whether the rule names any relation condition.
    var asksForRelation: Bool {
        !(formats.isEmpty && actorKinds.isEmpty && statuses.isEmpty && formalisations.isEmpty && mechanisms.isEmpty)
    }

    /// Whether the rule holds for `snapshot` from its data (coded answers aside).
    /// - Complexity: O(*r* · *a*) for *r* relations of *a* actors in the year.
    public func holds(in snapshot: AllianceYear, mechanisms basis: MechanismBasis = .effective) -> Bool {
        if answerOnly { return false }
        if chains, snapshot.chains.isEmpty { return false }
        if !coreGroup.isEmpty {
            let year = snapshot.year
            guard snapshot.coreGroup.contains(where: { $0.isPresent(in: year) && coreGroup.contains($0.kind) }) else { return false }
        }
        guard asksForRelation else { return chains || !coreGroup.isEmpty }
        let alliance = snapshot.alliance, vocab = alliance.vocabulary
        let relations: [Relation]
        if mechanisms.isEmpty {
            relations = snapshot.relations
        } else {
            relations = snapshot.analysedRelations(basis: basis).filter { a in
                a.mechanism.map { mechanisms.contains($0.mechanism) } ?? false
            }.map(\.relation)
        }
        return relations.contains { r in
            (formats.isEmpty || formats.contains(r.format))
                && (statuses.isEmpty ? r.effectiveStatus != .planned : statuses.contains(r.effectiveStatus))
                && (formalisations.isEmpty || r.effectiveFormalisation(in: vocab).map(formalisations.contains) == true)
                && (actorKinds.isEmpty || r.actors.contains { alliance.actor($0).map { actorKinds.contains($0.kind) } ?? false })
        }
    }
}

/// A yes/no property of an alliance in a year that trend tables count across alliances, with
/// the survey question whose answers make its N. The report's are built in (``builtIn``); an
/// initiative file adds its own (docs/SURVEYS.md), and the older text forms of `--indicator`
/// (``TrendIndicator``: `written`, `with:abh`, …) still work, without a question.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// The id, e.g. `written_agreements`.
    public var id: IndicatorID
    /// German and English label; `nil` for an indicator given in a text form (labelled from it).
    public var label: Label?
    /// The question it answers; `nil`: every alliance that reported counts in N.
    public var question: QuestionID?
    /// When it holds.
    public var rule: IndicatorRule

    /// Creates an indicator.
    public init(id: IndicatorID, label: Label?, question: QuestionID?, rule: IndicatorRule) {
        self.id = id
        self.label = label
        self.question = question
        self.rule = rule
    }

    /// The indicator a ``TrendIndicator`` text form stands for (its id is the text form).
    public init(_ trend: TrendIndicator) {
        var rule = IndicatorRule()
        switch trend {
        case .writtenAgreement: rule.formalisations = [.written]
        case .cooperatesWith(let k): rule.actorKinds = [k]
        case .format(let f): rule.formats = [f]
        case .formatWith(let f, let k): rule.formats = [f]; rule.actorKinds = [k]
        case .mechanism(let m): rule.mechanisms = [m]
        }
        // The text forms counted planned relations too; keep them as they were.
        rule.statuses = RelationStatus.allCases
        self.init(id: IndicatorID(trend.description), label: nil, question: nil, rule: rule)
    }

    /// The carriers of measures and other providers the report counts for agreements with carriers.
    static let carrierKinds: [ActorKindID] = ["carrier", "employment_provider", "education_provider", "coaching",
                                              "integration_course", "youth_vocational_aid", "youth_social_work"]

    /// The report's indicators: written cooperation agreements, cooperation with the immigration
    /// office, case conferences, the immigration office taking part in them, education and
    /// integration chains, agreements with carriers, and the immigration office in the core group.
    public static let builtIn: [Indicator] = [
        Indicator(id: "written_agreements", label: Label(de: "Schriftliche Kooperationsvereinbarungen", en: "Written cooperation agreements"),
                  question: "agreements", rule: IndicatorRule(formats: ["cooperation_agreement"])),
        Indicator(id: "abh_cooperation", label: Label(de: "Kooperation mit der Ausländerbehörde", en: "Cooperation with the immigration office"),
                  question: "abh_cooperation", rule: IndicatorRule(actorKinds: ["abh"])),
        Indicator(id: "case_conferences", label: Label(de: "Fallkonferenzen", en: "Case conferences"),
                  question: "case_conferences", rule: IndicatorRule(formats: ["case_conference"])),
        Indicator(id: "case_conferences_abh", label: Label(de: "Fallkonferenzen mit der Ausländerbehörde",
                                                           en: "Case conferences with the immigration office"),
                  question: "case_conferences", rule: IndicatorRule(formats: ["case_conference"], actorKinds: ["abh"])),
        Indicator(id: "chains", label: Label(de: "Bildungs- und Integrationsketten", en: "Education and integration chains"),
                  question: "chains", rule: IndicatorRule(chains: true)),
        Indicator(id: "carrier_agreements", label: Label(de: "Vereinbarungen mit Trägern", en: "Agreements with carriers"),
                  question: "agreements", rule: IndicatorRule(actorKinds: carrierKinds, formalisations: [.written])),
        Indicator(id: "core_group_abh", label: Label(de: "Ausländerbehörde in der Bündniskerngruppe",
                                                     en: "Immigration office in the core group"),
                  question: "core_group", rule: IndicatorRule(coreGroup: ["abh"])),
    ]

    /// The report's trend figures (Fig. 4, Fig. 5, ch. 3.2.4): the default of a trends table with an initiative.
    public static let reportTrends: [IndicatorID] = ["written_agreements", "abh_cooperation", "case_conferences", "case_conferences_abh"]

    /// The built-in indicators, each replaced by one of `own` with the same id, then the rest of `own`.
    public static func merged(_ own: [Indicator]) -> [Indicator] {
        builtIn.map { b in own.first { $0.id == b.id } ?? b } + own.filter { o in !builtIn.contains { $0.id == o.id } }
    }

    /// The indicator `text` names: the id of one of `known`, else a ``TrendIndicator`` text form.
    public static func named(_ text: String, among known: [Indicator]) -> Indicator? {
        if let found = known.first(where: { $0.id.rawValue == text }) { return found }
        return TrendIndicator(text).map(Indicator.init)
    }

    /// The label in `language`.
    public func label(_ language: Language, vocabulary: Vocabulary) -> String {
        if let label { return label.text(language) }
        return TrendIndicator(id.rawValue)?.label(language, vocabulary: vocabulary) ?? id.rawValue
    }

    /// The value for `snapshot`: the answer coded in `report`, else what the data say; `nil` when
    /// only coded answers count and there is none.
    public func value(in snapshot: AllianceYear, report: SurveyReport?, mechanisms basis: MechanismBasis = .effective) -> Bool? {
        if let coded = report?.answers[id] { return coded }
        if rule.answerOnly { return nil }
        return rule.holds(in: snapshot, mechanisms: basis)
    }
}
