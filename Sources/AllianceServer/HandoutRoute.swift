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
    /// years), `mechanisms`, `lang`. Drawn from the last version without errors, under the render limit.
    func handout(_ request: Request, name: String) async -> Response {
        let language = language(request)
        let entry: AllianceFolder.Entry
        switch allianceEntry(name, request) {
        case .failure(let response): return response
        case .success(let found): entry = found
        }
        guard let alliance = entry.lastGood else {
            return Pages.errorResponse(.conflict, ServeMessage.noDiagram.text(language), language)
        }
        let parameters = request.uri.queryParameters
        let format = parameters.get("format") ?? "html"
        guard format == "html" || format == "pdf" else {
            return Pages.errorResponse(.badRequest, ServeMessage.badParameter.text(language, ["name": "format", "value": .text(format)]),
                                       language)
        }
        let year = parameters.get("year").flatMap { Int(String($0)) }
        if let raw = parameters.get("year"), year.map({ !alliance.years.contains($0) }) ?? true {
            return Pages.errorResponse(.badRequest, ServeMessage.badParameter.text(language, ["name": "year", "value": .text(raw)]),
                                       language)
        }
        let basis = parameters.get("mechanisms").flatMap { MechanismBasis(rawValue: String($0)) } ?? .effective
        let handout = Handout(panel: SurveyPanel(alliances: [alliance], initiative: folder.initiative),
                              years: year.map { [$0] }, language: language, mechanisms: basis)
        let pool = configuration.pool
        let pdf = format == "pdf"
        let made: Result<Data, ChromiumPrinter.Failure>? = await server.renderer.limited {
            let drawn = HandoutDiagrams.draw(handout, options: HandoutDiagrams.options(language: language, mechanisms: basis), pool: pool)
            let html = handout.page(svgs: drawn.svgs, failures: drawn.failures, style: PageStyle(paper: .a4)).render()
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
            let base = Diagram(alliance: alliance, kind: year.map { .year($0) } ?? .allYears).baseName
            return Response(status: .ok,
                            headers: [.contentType: pdf ? "application/pdf" : "text/html; charset=utf-8", .cacheControl: "no-store",
                                      .contentDisposition: "attachment; filename=\"\(base)-handout.\(format)\""],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
