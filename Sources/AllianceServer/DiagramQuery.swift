import AllianceGraph
import AllianceGraphviz
import Hummingbird

/// The diagram a page asks for in its query: the same choices as `alliance render`'s options.
///
/// `view=year|side-by-side|difference`, `year` (one year; the later year of a difference),
/// `from` (the earlier year of a difference), `area`, `relation-format`, `mechanism`, `actor`
/// (each repeatable), `depth=1|2`, `interfaces=none|coded|all`, `mechanisms=effective|coded`,
/// `legend=0`, `format=svg|png|pdf|dot`, `download=1`; for a handout also `paper=a4|a3` and
/// `orientation=portrait|landscape`. The one place a page's query is read: the diagrams
/// (``resolve(for:language:)``), the exports and the handout (``document(for:formats:)``).
struct DiagramQuery: Sendable {
    var view: String?
    var year: Int?
    var from: Int?
    var areas: [String]
    var formats: [String]
    var mechanisms: [String]
    var actors: [String]
    var depth: String?
    var interfaces: String?
    var mechanismBasisText: String?
    var legend: String?
    var format: String?
    var download: Bool
    var paper: String?
    var orientation: String?
    /// A year given but not a number.
    var badNumber: (name: String, value: String)?

    init(_ parameters: Parameters) {
        func one(_ name: String) -> String? { parameters.get(name).flatMap { $0.isEmpty ? nil : $0 } }
        func all(_ name: String) -> [String] { parameters.getAll(name).filter { !$0.isEmpty } }
        view = one("view")
        var bad: (String, String)?
        func number(_ name: String) -> Int? {
            guard let text = one(name) else { return nil }
            guard let value = Int(text) else {
                bad = (name, text)
                return nil
            }
            return value
        }
        year = number("year")
        from = number("from")
        areas = all("area")
        formats = all("relation-format")
        mechanisms = all("mechanism")
        actors = all("actor")
        depth = one("depth")
        interfaces = one("interfaces")
        mechanismBasisText = one("mechanisms")
        legend = one("legend")
        format = one("format")
        download = one("download") == "1"
        paper = one("paper")
        orientation = one("orientation")
        badNumber = bad
    }

    /// The mechanism basis asked for, if a valid one.
    var mechanismBasis: MechanismBasis? { mechanismBasisText.flatMap(MechanismBasis.init(rawValue:)) }

    /// What to draw of `alliance`, or the message naming the bad parameter. Without a year the
    /// alliance's last year is drawn; a difference without `from` compares with the first year.
    func resolve(for alliance: Alliance, language: Language) -> Result<(DiagramKind, DiagramOptions, RenderFormat), QueryProblem> {
        func bad(_ name: String, _ value: String) -> Result<(DiagramKind, DiagramOptions, RenderFormat), QueryProblem> {
            .failure(QueryProblem(message: Message(ServeMessage.badParameter, ["name": .text(name), "value": .text(value)])))
        }
        if let badNumber { return bad(badNumber.name, badNumber.value) }
        let years = alliance.years
        let year = self.year ?? years.upperBound
        if !years.contains(year) { return bad("year", String(year)) }
        let kind: DiagramKind
        switch view ?? "year" {
        case "year": kind = .year(year)
        case "side-by-side": kind = .allYears
        case "difference":
            let from = self.from ?? years.lowerBound
            if !years.contains(from) || from == year { return bad("from", String(from)) }
            kind = .difference(from: min(from, year), to: max(from, year))
        default: return bad("view", view ?? "")
        }
        var areas = Set<PolicyArea>()
        for text in self.areas {
            guard let area = PolicyArea(rawValue: text) else { return bad("area", text) }
            areas.insert(area)
        }
        let vocabulary = alliance.vocabulary
        for text in formats where vocabulary.format(FormatID(text)) == nil { return bad("relation-format", text) }
        var mechanisms = Set<Mechanism>()
        for text in self.mechanisms {
            guard let mechanism = Mechanism(rawValue: text) else { return bad("mechanism", text) }
            mechanisms.insert(mechanism)
        }
        for text in actors where alliance.actor(ActorID(text)) == nil { return bad("actor", text) }
        var depth = 1
        if let text = self.depth {
            guard let value = Int(text), [1, 2].contains(value) else { return bad("depth", text) }
            depth = value
        }
        guard var overlay = Self.value(interfaces, InterfaceOverlay.none) else { return bad("interfaces", interfaces ?? "") }
        if case .allYears = kind { overlay = .none }
        guard let basis = Self.value(mechanismBasisText, MechanismBasis.effective) else { return bad("mechanisms", mechanismBasisText ?? "") }
        guard let format = Self.value(self.format, RenderFormat.svg) else { return bad("format", self.format ?? "") }
        let filter = DiagramFilter(areas: areas, formats: Set(formats.map { FormatID($0) }), mechanisms: mechanisms,
                                   actors: Set(actors.map { ActorID($0) }), depth: depth)
        let options = DiagramOptions(language: language, filter: filter, showsLegend: legend != "0", interfaces: overlay,
                                     mechanismBasis: basis)
        return .success((kind, options, format))
    }
}

extension DiagramQuery {
    /// What a download of a whole document (an export, a handout) asks for.
    struct Document: Sendable {
        /// One of the formats offered.
        var format: String
        /// One year of the alliance, or `nil` for all years.
        var year: Int?
        var basis: MechanismBasis
        /// The handout's sheet (A4 portrait unless `paper` and `orientation` say otherwise).
        var paper: PaperSize
    }

    /// The document of `alliance` asked for: `format` among `formats` (the first when not given),
    /// `year` one of the alliance's years, `mechanisms`, `paper` and `orientation`; or the message
    /// naming the bad parameter.
    func document(for alliance: Alliance, formats: [String]) -> Result<Document, QueryProblem> {
        func bad(_ name: String, _ value: String) -> Result<Document, QueryProblem> {
            .failure(QueryProblem(message: Message(ServeMessage.badParameter, ["name": .text(name), "value": .text(value)])))
        }
        if let badNumber { return bad(badNumber.name, badNumber.value) }
        let format = self.format ?? formats[0]
        if !formats.contains(format) { return bad("format", format) }
        if let year, !alliance.years.contains(year) { return bad("year", String(year)) }
        guard let basis = Self.value(mechanismBasisText, MechanismBasis.effective) else { return bad("mechanisms", mechanismBasisText ?? "") }
        guard let sheet = Self.value(paper, PaperSize.Sheet.a4) else { return bad("paper", paper ?? "") }
        guard let way = Self.value(orientation, PaperSize.Orientation.portrait) else { return bad("orientation", orientation ?? "") }
        return .success(Document(format: format, year: year, basis: basis, paper: PaperSize(sheet, orientation: way)))
    }

    /// `text` read as a `T` by its raw value: `fallback` when not given, `nil` when it names none.
    static func value<T: RawRepresentable>(_ text: String?, _ fallback: T) -> T? where T.RawValue == String {
        guard let text else { return fallback }
        return T(rawValue: text)
    }
}

/// A parameter of a diagram's query that names nothing drawable (`message` says which and what).
struct QueryProblem: Error, Sendable {
    var message: Message
}
