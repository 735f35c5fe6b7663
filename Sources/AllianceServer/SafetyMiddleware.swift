import AllianceGraph
import Foundation
import HTTPTypes
import Hummingbird

/// The server's limits, applied before any route: only `GET` and `HEAD` (the server is read-only),
/// a bounded request target, no request body beyond ``ServerConfiguration/maximumBodySize``, and on
/// a loopback address only requests naming a loopback host (so that a web page elsewhere cannot
/// reach the server through a DNS name that points to 127.0.0.1). Every answer carries headers that
/// keep the pages from being framed or sniffed and scripts to the server's own.
struct SafetyMiddleware<Context: RequestContext>: RouterMiddleware {
    let configuration: ServerConfiguration

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let language = Pages.language(of: request, default: configuration.language)
        if request.method != .get && request.method != .head {
            var response = Pages.errorResponse(.methodNotAllowed, ServeMessage.methodNotAllowed.text(language), language)
            response.headers[.allow] = "GET, HEAD"
            return Self.secured(response)
        }
        if (request.head.path ?? "").utf8.count > configuration.maximumURILength {
            return Self.secured(Pages.errorResponse(.uriTooLong, ServeMessage.tooLarge.text(language), language))
        }
        let length = request.headers[.contentLength].flatMap { Int($0) } ?? 0
        if length > configuration.maximumBodySize || request.headers[.transferEncoding] != nil {
            return Self.secured(Pages.errorResponse(.contentTooLarge, ServeMessage.tooLarge.text(language), language))
        }
        if configuration.isLoopback, let host = request.head.authority, !Self.isLoopbackHost(host) {
            return Self.secured(Pages.errorResponse(.forbidden, ServeMessage.notFound.text(language), language))
        }
        return Self.secured(try await next(request, context))
    }

    /// `response` with the headers every answer carries.
    static func secured(_ response: Response) -> Response {
        var response = response
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"
        return response
    }

    /// Whether the `Host` header names this computer: localhost, 127.x.x.x or ::1, with any port.
    static func isLoopbackHost(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = String(name.dropFirst().prefix { $0 != "]" })
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return isLoopbackName(name)
    }

    /// Whether `name` (no port) is `localhost`, `::1` or an IPv4 address 127.x.y.z.
    static func isLoopbackName(_ name: String) -> Bool {
        let name = name.lowercased()
        if name == "localhost" || name == "::1" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
