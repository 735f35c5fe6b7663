import AllianceGraph
import AllianceGraphviz
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The handlers of the server's routes.
struct Routes: Sendable {
    let server: AllianceWebServer

    var configuration: ServerConfiguration { server.configuration }
    var folder: AllianceFolder { server.folder }

    func language(_ request: Request) -> Language { Pages.language(of: request, default: configuration.language) }

    /// The folder's name as shown on the list page.
    var folderName: String { (configuration.folder as NSString).lastPathComponent }

    // MARK: List

    func list(_ request: Request) -> Response {
        Pages.htmlResponse(Pages.list(folder, folderName: folderName, language(request)))
    }

    func listJSON(_ request: Request) throws -> Response {
        let language = language(request)
        return try Pages.jsonResponse(ListAnswer(folder: folderName, generation: folder.generation,
                                                 files: folder.files.filter { $0.kind == .alliance }.map { Pages.summary($0, language) }))
    }

    struct ListAnswer: Codable {
        var folder: String
        var generation: Int
        var files: [Pages.FileSummary]
    }

    // MARK: One alliance

    /// The alliance file named `name`, or the 404 answer.
    /// An alliance file found, or the answer saying it is not there.
    enum Lookup {
        case success(AllianceFolder.Entry)
        case failure(Response)
    }

    /// The alliance file named `name`, or the 404 answer.
    func allianceEntry(_ name: String, _ request: Request, json: Bool = false) -> Lookup {
        guard let entry = folder.entry(named: name), entry.kind == .alliance else {
            let language = language(request)
            return .failure(Pages.errorResponse(.notFound, ServeMessage.notFound.text(language), language, json: json))
        }
        return .success(entry)
    }

    func alliancePage(_ request: Request, name: String) -> Response {
        switch allianceEntry(name, request) {
        case .failure(let response): return response
        case .success(let entry): return Pages.htmlResponse(AlliancePage.html(entry, language: language(request)))
        }
    }

    func allianceJSON(_ request: Request, name: String) throws -> Response {
        // Read before the file: an answer is never kept under a generation newer than its file.
        let generation = folder.generation
        switch allianceEntry(name, request, json: true) {
        case .failure(let response): return response
        case .success(let entry):
            let language = language(request)
            let query = DiagramQuery(request.uri.queryParameters)
            let basis = query.mechanismBasis ?? .effective
            let key = AnswerCache.Key(file: entry.name, folderGeneration: generation, year: query.year,
                                      language: language, basis: basis)
            let data = try server.answers.answer(key) {
                try Pages.jsonData(AllianceAnswer(entry, year: query.year, language: language, basis: basis))
            }
            return Pages.jsonResponse(data: data)
        }
    }

    // MARK: Diagrams and exports

    func diagram(_ request: Request, name: String) async -> Response {
        let language = language(request)
        let entry: AllianceFolder.Entry
        switch allianceEntry(name, request) {
        case .failure(let response): return response
        case .success(let found): entry = found
        }
        guard let alliance = entry.lastGood else {
            return Pages.errorResponse(.conflict, ServeMessage.noDiagram.text(language), language)
        }
        let query = DiagramQuery(request.uri.queryParameters)
        let parsed: (DiagramKind, DiagramOptions, RenderFormat)
        switch query.resolve(for: alliance, language: language) {
        case .failure(let problem):
            return Pages.errorResponse(.badRequest, problem.message.text(language), language)
        case .success(let value): parsed = value
        }
        let (kind, options, format) = parsed
        let vocabularyFiles = folder.files.filter { $0.kind == .vocabulary }.map(\.path)
        let request = DiagramRequest(file: entry.name, goodGeneration: entry.goodGeneration, kind: kind, options: options, format: format)
        let result = await server.renderer.render(request, alliance: alliance, path: entry.path, text: entry.lastGoodText,
                                                  vocabularyFiles: vocabularyFiles)
        switch result {
        case .success(let data):
            var headers: HTTPFields = [.contentType: format.mediaType, .cacheControl: "no-store"]
            if query.download {
                let base = Diagram(alliance: alliance, kind: kind, options: options).baseName
                headers[.contentDisposition] = "attachment; filename=\"\(base).\(format.fileExtension)\""
            }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        case .failure(.busy):
            var response = Pages.errorResponse(.serviceUnavailable, ServeMessage.tooBusy.text(language), language)
            response.headers[.retryAfter] = "1"
            return response
        case .failure(.sideBySideUnavailable):
            return Pages.errorResponse(.notImplemented, ServeMessage.sideBySideUnavailable.text(language), language)
        case .failure(.failed(let details)):
            return Pages.errorResponse(.unprocessableContent, ServeMessage.renderFailed.text(language, ["details": .text(details)]),
                                       language)
        }
    }

    func export(_ request: Request, name: String) -> Response {
        let language = language(request)
        let entry: AllianceFolder.Entry
        switch allianceEntry(name, request) {
        case .failure(let response): return response
        case .success(let found): entry = found
        }
        guard let alliance = entry.lastGood else {
            return Pages.errorResponse(.conflict, ServeMessage.noDiagram.text(language), language)
        }
        let format = request.uri.queryParameters.get("format") ?? "graphml"
        let year = request.uri.queryParameters.get("year").flatMap { Int(String($0)) }
        if let year, !alliance.years.contains(year) {
            return Pages.errorResponse(.badRequest, ServeMessage.badParameter.text(language, ["name": "year", "value": .text(String(year))]),
                                       language)
        }
        let basis = request.uri.queryParameters.get("mechanisms").flatMap { MechanismBasis(rawValue: String($0)) } ?? .effective
        let network = ExportNetwork(alliance, options: ExportOptions(year: year, mechanisms: basis))
        let text: String
        let type: String
        do {
            switch format {
            case "graphml":
                text = try GraphMLWriter.document(network)
                type = "application/graphml+xml; charset=utf-8"
            case "gexf":
                text = try GEXFWriter.document(network)
                type = "application/gexf+xml; charset=utf-8"
            default:
                return Pages.errorResponse(.badRequest, ServeMessage.badParameter.text(language, ["name": "format", "value": .text(format)]),
                                           language)
            }
        } catch {
            return Pages.errorResponse(.internalServerError, String(describing: error), language)
        }
        let base = Diagram(alliance: alliance, kind: year.map { .year($0) } ?? .allYears).baseName
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store",
                                               .contentDisposition: "attachment; filename=\"\(base).\(format)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Live updates

    /// Server-sent events: `change` with the changed files and the folder's generation, whenever a
    /// file of the folder changes; a comment every 15 s keeps the connection open.
    func eventStream(_ request: Request) -> Response {
        let changes = server.events.subscribe()
        let generation = folder.generation
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\nevent: hello\ndata: {\"generation\":\(generation)}\n\n"))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for await change in changes {
                let data = String(decoding: (try? encoder.encode(change)) ?? Data("{}".utf8), as: UTF8.self)
                try await writer.write(ByteBuffer(string: "event: change\ndata: \(data)\n\n"))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }
}

extension RenderFormat {
    /// The media type of the format's files.
    var mediaType: String {
        switch self {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        case .dot: "text/vnd.graphviz; charset=utf-8"
        }
    }
}
