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

    /// What a request names, or the answer saying why it is not there (404, 409, 400).
    enum Lookup<Value> {
        case success(Value)
        case failure(Response)
    }

    /// The alliance file named `name`, or the 404 answer.
    func allianceEntry(_ name: String, _ request: Request, json: Bool = false) -> Lookup<AllianceFolder.Entry> {
        guard let entry = folder.entry(named: name), entry.kind == .alliance else {
            let language = language(request)
            return .failure(Pages.errorResponse(.notFound, ServeMessage.notFound.text(language), language, json: json))
        }
        return .success(entry)
    }

    /// The alliance file named `name` with its last version without errors (what every diagram,
    /// export and handout is drawn from), or the 404 or 409 answer.
    func goodAlliance(_ name: String, _ request: Request) -> Lookup<(entry: AllianceFolder.Entry, alliance: Alliance)> {
        switch allianceEntry(name, request) {
        case .failure(let response): return .failure(response)
        case .success(let entry):
            guard let alliance = entry.lastGood else {
                let language = language(request)
                return .failure(Pages.errorResponse(.conflict, ServeMessage.noDiagram.text(language), language))
            }
            return .success((entry, alliance))
        }
    }

    /// The export's or handout's choices in `request` for `alliance` (``DiagramQuery/document(for:formats:)``),
    /// or the 400 answer naming the bad parameter.
    func document(_ request: Request, of alliance: Alliance, formats: [String]) -> Lookup<DiagramQuery.Document> {
        switch DiagramQuery(request.uri.queryParameters).document(for: alliance, formats: formats) {
        case .success(let document): return .success(document)
        case .failure(let problem):
            let language = language(request)
            return .failure(Pages.errorResponse(.badRequest, problem.message.text(language), language))
        }
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
        let (entry, alliance): (AllianceFolder.Entry, Alliance)
        switch goodAlliance(name, request) {
        case .failure(let response): return response
        case .success(let found): (entry, alliance) = found
        }
        let query = DiagramQuery(request.uri.queryParameters)
        let parsed: (DiagramKind, DiagramOptions, RenderFormat)
        switch query.resolve(for: alliance, language: language) {
        case .failure(let problem):
            return Pages.errorResponse(.badRequest, problem.message.text(language), language)
        case .success(let value): parsed = value
        }
        let (kind, options, format) = parsed
        let request = DiagramRequest(file: entry.name, goodGeneration: entry.goodGeneration, kind: kind, options: options, format: format)
        let result = await server.renderer.render(request, alliance: alliance)
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
        case .failure(.failed(let details)):
            return Pages.errorResponse(.unprocessableContent, ServeMessage.renderFailed.text(language, ["details": .text(details)]),
                                       language)
        }
    }

    func export(_ request: Request, name: String) -> Response {
        let language = language(request)
        let alliance: Alliance, document: DiagramQuery.Document
        switch goodAlliance(name, request) {
        case .failure(let response): return response
        case .success(let found): alliance = found.alliance
        }
        switch self.document(request, of: alliance, formats: ["graphml", "gexf"]) {
        case .failure(let response): return response
        case .success(let found): document = found
        }
        let network = ExportNetwork(alliance, options: ExportOptions(year: document.year, mechanisms: document.basis))
        let text: String
        let type: String
        do {
            if document.format == "gexf" {
                text = try GEXFWriter.document(network)
                type = "application/gexf+xml; charset=utf-8"
            } else {
                text = try GraphMLWriter.document(network)
                type = "application/graphml+xml; charset=utf-8"
            }
        } catch {
            return Pages.errorResponse(.internalServerError, String(describing: error), language)
        }
        return Self.download(Data(text.utf8), type: type,
                             name: Self.baseName(alliance, year: document.year) + "." + document.format)
    }

    /// The base name of a document of `alliance` for `year` (all years when `nil`), as the diagrams' files are named.
    static func baseName(_ alliance: Alliance, year: Int?) -> String {
        Diagram(alliance: alliance, kind: year.map { .year($0) } ?? .allYears).baseName
    }

    /// `data` as a file to save under `name`.
    static func download(_ data: Data, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store",
                                        .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
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
