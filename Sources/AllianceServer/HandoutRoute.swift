import AllianceGraph
import AllianceGraphviz
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension Routes {
    /// The workshop handout of the alliance on screen (the page of `alliance report`, through the
    /// library's ``Handout`` and ``HandoutDiagrams``): `format=html` (default) or `pdf` (printed by
    /// headless Chromium, ``ChromiumPrinter``, where it is installed), `year` for one year (else all
    /// years), `mechanisms`, `lang`, the sheet `paper=a4|a3` and `orientation=portrait|landscape`
    /// (A4 portrait by default, as `alliance report --page`). Drawn from the last version without errors, under the render limit.
    func handout(_ request: Request, name: String) async -> Response {
        let language = language(request)
        let alliance: Alliance, document: DiagramQuery.Document
        switch goodAlliance(name, request) {
        case .failure(let response): return response
        case .success(let found): alliance = found.alliance
        }
        switch self.document(request, of: alliance, formats: ["html", "pdf"]) {
        case .failure(let response): return response
        case .success(let found): document = found
        }
        let basis = document.basis
        let handout = Handout(panel: SurveyPanel(alliances: [alliance], initiative: folder.initiative),
                              years: document.year.map { [$0] }, language: language, mechanisms: basis)
        let pool = configuration.pool
        let pdf = document.format == "pdf"
        let style = PageStyle(paper: document.paper)
        let made: Result<Data, ChromiumPrinter.Failure>? = await server.renderer.limited {
            let drawn = HandoutDiagrams.draw(handout, options: HandoutDiagrams.options(language: language, mechanisms: basis), pool: pool)
            let html = handout.page(svgs: drawn.svgs, failures: drawn.failures, style: style).render()
            guard pdf else { return .success(Data(html.utf8)) }
            do throws(ChromiumPrinter.Failure) {
                return .success(try ChromiumPrinter.pdf(html: html))
            } catch {
                return .failure(error)
            }
        }
        switch made {
        case nil:
            var response = Pages.errorResponse(.serviceUnavailable, ServeMessage.tooBusy.text(language), language)
            response.headers[.retryAfter] = "1"
            return response
        case .failure(let failure)?:
            return Pages.errorResponse(.notImplemented, failure.message.text(language), language)
        case .success(let data)?:
            return Self.download(data, type: pdf ? "application/pdf" : "text/html; charset=utf-8",
                                 name: Self.baseName(alliance, year: document.year) + "-handout." + document.format)
        }
    }
}
