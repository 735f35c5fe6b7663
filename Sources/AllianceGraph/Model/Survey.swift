/// Id of a ``SurveyQuestion``, e.g. `agreements`.
public typealias QuestionID = Identifier<SurveyQuestion>
/// Id of an ``Indicator``, e.g. `written_agreements`.
public typealias IndicatorID = Identifier<Indicator>

/// One question of the yearly questionnaires to the managing offices (e.g. "Are there written
/// cooperation agreements?"). An indicator answers one question; the question decides its N.
public struct SurveyQuestion: Hashable, Sendable, Identifiable {
    /// The id waves and reports use, e.g. `agreements`.
    public var id: QuestionID
    /// German and English label.
    public var label: Label

    /// Creates a question.
    public init(id: QuestionID, label: Label) {
        self.id = id
        self.label = label
    }

    /// The questions of the report's questionnaires (*Arbeitshilfen* 2019–2022) that its figures use.
    public static let builtIn: [SurveyQuestion] = [
        SurveyQuestion(id: "core_group", label: Label(de: "Zusammensetzung der Bündniskerngruppe", en: "Composition of the core group")),
        SurveyQuestion(id: "agreements", label: Label(de: "Kooperationsvereinbarungen", en: "Cooperation agreements")),
        SurveyQuestion(id: "abh_cooperation", label: Label(de: "Kooperation mit der Ausländerbehörde", en: "Cooperation with the immigration office")),
        SurveyQuestion(id: "case_conferences", label: Label(de: "Fallkonferenzen", en: "Case conferences")),
        SurveyQuestion(id: "chains", label: Label(de: "Bildungs- und Integrationsketten", en: "Education and integration chains")),
    ]
}

/// One survey wave: the questionnaire of one year (e.g. "AH 2021") and the questions it asked.
public struct SurveyWave: Hashable, Sendable {
    /// The year the wave reports on.
    public var year: Int
    /// Its name, e.g. `AH 2021`.
    public var name: String
    /// The questions asked that year.
    public var questions: [QuestionID]

    /// Creates a wave.
    public init(year: Int, name: String, questions: [QuestionID]) {
        self.year = year
        self.name = name
        self.questions = questions
    }
}

/// One member alliance of the initiative, whether or not a file for it exists.
public struct RosterEntry: Hashable, Sendable {
    /// The alliance's id (its file's `id`).
    public var alliance: AllianceID
    /// A name, for alliances without a file (else the file's name is used).
    public var name: String?
    /// Independent city, district, or municipality within a district.
    public var kind: AllianceKind
    /// The district of a municipality.
    public var district: String?
    /// Whether the initiative file says the alliance never reported (`never_reported: true`): it
    /// has no file, counts as not reporting in every wave, and its missing file is not warned about.
    public var neverReported: Bool

    /// Creates a roster entry.
    public init(alliance: AllianceID, name: String? = nil, kind: AllianceKind, district: String? = nil, neverReported: Bool = false) {
        self.alliance = alliance
        self.name = name
        self.kind = kind
        self.district = district
        self.neverReported = neverReported
    }
}

/// The programme the alliances belong to (e.g. "Gemeinsam klappt's", 2019–2022): its member
/// alliances (the roster, including those without a file), its survey waves and the questions
/// they asked, and the indicators it defines (``Indicator``). Read from an initiative file
/// (``InitiativeFileReader``; docs/SURVEYS.md).
public struct Initiative: Hashable, Sendable {
    /// The programme's name.
    public var name: String
    /// The programme's years.
    public var years: ClosedRange<Int>
    /// Every member alliance.
    public var roster: [RosterEntry]
    /// The survey waves, by year.
    public var waves: [SurveyWave]
    /// Questions the file defines in addition to ``SurveyQuestion/builtIn``.
    public var questions: [SurveyQuestion]
    /// Indicators the file defines in addition to ``Indicator/builtIn``.
    public var indicators: [Indicator]

    /// Creates an initiative.
    public init(name: String, years: ClosedRange<Int>, roster: [RosterEntry] = [], waves: [SurveyWave] = [],
                questions: [SurveyQuestion] = [], indicators: [Indicator] = []) {
        self.name = name
        self.years = years
        self.roster = roster
        self.waves = waves
        self.questions = questions
        self.indicators = indicators
    }

    /// The wave of `year`, if there is one.
    public func wave(in year: Int) -> SurveyWave? { waves.first { $0.year == year } }

    /// Every question known: the file's, then the built-in ones it does not redefine.
    public var allQuestions: [SurveyQuestion] {
        questions + SurveyQuestion.builtIn.filter { q in !questions.contains { $0.id == q.id } }
    }

    /// Every indicator known: the built-in ones (replaced by the file's of the same id), then the file's own.
    public var allIndicators: [Indicator] { Indicator.merged(indicators) }
}

/// That an alliance reported in a survey wave, and what it left unanswered: an alliance file's
/// `reports:` item.
public struct SurveyReport: Hashable, Sendable {
    /// The wave's year.
    public var year: Int
    /// Questions of the wave the alliance did not answer: neither yes nor no, left out of their N.
    public var unanswered: [QuestionID]
    /// Answers coded directly, by indicator id; they take precedence over what the relations say.
    public var answers: [IndicatorID: Bool]

    /// Creates a report.
    public init(year: Int, unanswered: [QuestionID] = [], answers: [IndicatorID: Bool] = [:]) {
        self.year = year
        self.unanswered = unanswered
        self.answers = answers
    }
}

extension Alliance {
    /// Whether the alliance reported in the wave of `year`: without `reports:` in its file, in
    /// every year of its ``years``; with them, in the years listed.
    public func reported(in year: Int) -> Bool {
        guard let reports else { return years.contains(year) }
        return reports.contains { $0.year == year }
    }

    /// The report for `year`: the one written, or for a file without `reports:` an empty one in
    /// each of its years.
    public func report(in year: Int) -> SurveyReport? {
        guard let reports else { return years.contains(year) ? SurveyReport(year: year) : nil }
        return reports.first { $0.year == year }
    }
}
