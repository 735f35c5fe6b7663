import AllianceGraph
import Foundation
import HTTPTypes
import Hummingbird

/// The HTML pages and JSON answers of the web view.
enum Pages {
    /// The language a request asks for (`?lang=de|en`), else `fallback`.
    static func language(of request: Request, default fallback: Language) -> Language {
        request.uri.queryParameters.get("lang").flatMap { Language(rawValue: String($0)) } ?? fallback
    }

    /// A whole page: the shell with the stylesheet, the language switch and the page's script.
    static func page(title: String, language: Language, body: String, switchPath: String) -> String {
        let other: Language = switch language {
        case .de: .en
        case .en: .de
        }
        let separator = switchPath.contains("?") ? "&" : "?"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="alliance serve">
            <title>\(HTML.escape(title))</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/static/style.css">
            <script src="/static/app.js" defer></script>
            </head>
            <body data-lang="\(language.rawValue)">
            <header class="bar">
            <a class="home" href="/?lang=\(language.rawValue)">alliance serve</a>
            <span id="live" class="live" title="\(HTML.escape(ServeMessage.live.text(language)))"></span>
            <nav class="lang" aria-label="\(HTML.escape(ServeMessage.language.text(language)))">
            <a id="lang-switch" hreflang="\(other.rawValue)" href="\(HTML.escape(switchPath + separator + "lang=" + other.rawValue))">\(other.rawValue.uppercased())</a>
            </nav>
            </header>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// An error page (or a JSON error for `/api/…`) with `status`.
    static func errorResponse(_ status: HTTPResponse.Status, _ text: String, _ language: Language, json: Bool = false) -> Response {
        if json {
            let body = (try? JSONEncoder().encode(["error": text])) ?? Data()
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        let html = page(title: "\(status.code) \(status.reasonPhrase)", language: language,
                        body: "<h1>\(status.code)</h1>\n<p class=\"error\">\(HTML.escape(text))</p>\n"
                            + "<p><a href=\"/?lang=\(language.rawValue)\">\(HTML.escape(ServeMessage.back.text(language)))</a></p>",
                        switchPath: "/")
        return htmlResponse(html, status: status)
    }

    static func htmlResponse(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func jsonResponse<T: Encodable>(_ value: T) throws -> Response {
        jsonResponse(data: try jsonData(value))
    }

    /// `value` as the JSON the API answers (keys sorted, slashes kept).
    static func jsonData<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// The answer carrying the JSON `data`.
    static func jsonResponse(data: Data) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: The list of alliances

    /// One file of the folder as the list shows it.
    struct FileSummary: Codable, Sendable, Equatable {
        var file: String
        var kind: String
        var id: String?
        var name: String?
        var allianceKind: String?
        var allianceKindLabel: String?
        var years: [Int]?
        /// `valid`, `warnings`, `errors`.
        var status: String
        var statusLabel: String
        var errors: Int
        var warnings: Int
        var generation: Int
    }

    static func summary(_ entry: AllianceFolder.Entry, _ language: Language) -> FileSummary {
        let alliance = entry.result.alliance ?? entry.lastGood
        let status = !entry.errors.isEmpty ? "errors" : !entry.warnings.isEmpty ? "warnings" : "valid"
        let label: ServeMessage = status == "errors" ? .statusErrors : status == "warnings" ? .statusWarnings : .statusValid
        return FileSummary(file: entry.name, kind: entry.kind.rawValue, id: alliance?.id.rawValue, name: alliance?.name,
                           allianceKind: alliance?.kind.rawValue, allianceKindLabel: alliance?.kind.label.text(language),
                           years: alliance.map { [$0.years.lowerBound, $0.years.upperBound] },
                           status: status, statusLabel: label.text(language), errors: entry.errors.count,
                           warnings: entry.warnings.count, generation: entry.generation)
    }

    /// The start page: every alliance file of the folder with kind, years and validation status.
    static func list(_ folder: AllianceFolder, folderName: String, _ language: Language) -> String {
        let files = folder.files.filter { $0.kind == .alliance }
        var rows = ""
        for entry in files {
            let summary = summary(entry, language)
            let link = "/alliance/" + HTML.urlComponent(entry.name) + "?lang=" + language.rawValue
            let title = summary.name ?? entry.name
            var status = HTML.escape(summary.statusLabel)
            if summary.errors > 0 { status += " (" + HTML.escape(ServeMessage.errorCount.text(language, ["count": .int(summary.errors)])) + ")" }
            else if summary.warnings > 0 { status += " (" + HTML.escape(ServeMessage.warningCount.text(language, ["count": .int(summary.warnings)])) + ")" }
            let years = summary.years.map { $0[0] == $0[1] ? "\($0[0])" : "\($0[0])–\($0[1])" } ?? "–"
            rows += """
                <tr class="file status-\(summary.status)" data-file="\(HTML.escape(entry.name))">
                <td><a href="\(HTML.escape(link))">\(HTML.escape(title))</a></td>
                <td><code>\(HTML.escape(entry.name))</code></td>
                <td>\(HTML.escape(summary.allianceKindLabel ?? "–"))</td>
                <td class="num">\(years)</td>
                <td class="status">\(status)</td>
                </tr>

                """
        }
        let table = files.isEmpty ? "<p class=\"notice\">\(HTML.escape(ServeMessage.noFiles.text(language)))</p>" : """
            <table id="alliances" class="table">
            <thead><tr><th>\(HTML.escape(ServeMessage.columnAlliance.text(language)))</th><th>\(HTML.escape(ServeMessage.columnFile.text(language)))</th><th>\(HTML.escape(ServeMessage.kind.text(language)))</th><th>\(HTML.escape(ServeMessage.years.text(language)))</th><th>\(HTML.escape(ServeMessage.columnStatus.text(language)))</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            """
        let problem = folder.problem.map { "<p class=\"notice warning\">\(HTML.escape($0))</p>\n" } ?? ""
        let body = """
            <h1>\(HTML.escape(ServeMessage.listTitle.text(language)))</h1>
            <p class="lead">\(HTML.escape(ServeMessage.listIntro.text(language, ["folder": .text(folderName)])))</p>
            \(problem)\(table)
            """
        return page(title: ServeMessage.listTitle.text(language), language: language, body: body, switchPath: "/")
    }
}
