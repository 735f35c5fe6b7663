import AllianceGraph
import AllianceGraphviz
import Hummingbird

/// The diagram a page asks for in its query: the same choices as `alliance render`'s options.
///
/// `view=year|side-by-side|difference`, `year` (one year; the later year of a difference),
/// `from` (the earlier year of a difference), `area`, `relation-format`, `mechanism`, `actor`
/// (each repeatable), `depth=1|2`, `interfaces=none|coded|all`, `mechanisms=effective|coded`,
/// `legend=0`, `format=svg|png|pdf|dot`, `download=1`.
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
        var overlay = InterfaceOverlay.none
        if let text = interfaces {
            guard let value = InterfaceOverlay(rawValue: text) else { return bad("interfaces", text) }
            overlay = value
        }
        if case .allYears = kind { overlay = .none }
        var basis = MechanismBasis.effective
        if let text = mechanismBasisText {
            guard let value = MechanismBasis(rawValue: text) else { return bad("mechanisms", text) }
            basis = value
        }
        var format = RenderFormat.svg
        if let text = self.format {
            guard let value = RenderFormat(rawValue: text) else { return bad("format", text) }
            format = value
        }
        let filter = DiagramFilter(areas: areas, formats: Set(formats.map { FormatID($0) }), mechanisms: mechanisms,
                                   actors: Set(actors.map { ActorID($0) }), depth: depth)
        let options = DiagramOptions(language: language, filter: filter, showsLegend: legend != "0", interfaces: overlay,
                                     mechanismBasis: basis)
        return .success((kind, options, format))
    }
}

/// A parameter of a diagram's query that names nothing drawable (`message` says which and what).
struct QueryProblem: Error, Sendable {
    var message: Message
}
