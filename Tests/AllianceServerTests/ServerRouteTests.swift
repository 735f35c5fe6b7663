import AllianceGraph
@testable import AllianceServer
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTTP API and pages of `alliance serve`, through Hummingbird's testing client.
@Suite("alliance serve: pages and API")
struct ServerRouteTests {
    @Test("the list names every alliance of the folder with kind, years and validation status, in German by default")
    func list() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml", "kreis-lindenau.yaml", "initiative.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try ServerSupport.write("id: kaputt\nname: Kaputt\nkind: district\nyears: 2021\nactors:\n  - id: a\n    kind: no_such_kind\n",
                                to: folder.appendingPathComponent("kaputt.yaml"))
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let html = ServerSupport.text(response)
                #expect(html.contains("<html lang=\"de\">"))
                #expect(html.contains("Bündnisse"))
                #expect(html.contains("href=\"/alliance/rheinstadt.yaml?lang=de\""))
                #expect(html.contains("Rheinstadt"))
                #expect(html.contains("Kreisfreie Stadt") || html.contains("kreisfreie Stadt"))
                #expect(html.contains("2019–2022"))
                #expect(html.contains("data-file=\"kaputt.yaml\""))
                #expect(html.contains("fehlerhaft"))
                // The initiative file is no alliance: not listed.
                #expect(!html.contains("data-file=\"initiative.yaml\""))
            }
            try await client.execute(uri: "/?lang=en", method: .get) { response in
                let html = ServerSupport.text(response)
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("Alliances"))
                #expect(html.contains("with errors"))
            }
            try await client.execute(uri: "/api/alliances", method: .get) { response in
                #expect(response.status == .ok)
                let answer = try JSONDecoder().decode(Routes.ListAnswer.self, from: Data(ServerSupport.text(response).utf8))
                #expect(answer.files.map(\.file) == ["kaputt.yaml", "kreis-lindenau.yaml", "rheinstadt.yaml"])
                let rheinstadt = try #require(answer.files.first { $0.file == "rheinstadt.yaml" })
                #expect(rheinstadt.status == "valid" || rheinstadt.status == "warnings")
                #expect(rheinstadt.years == [2019, 2022])
                #expect(rheinstadt.allianceKind == "independent_city")
                let broken = try #require(answer.files.first { $0.file == "kaputt.yaml" })
                #expect(broken.status == "errors")
                #expect(broken.errors > 0)
            }
        }
    }

    @Test("only files of the folder are served: '..', encoded slashes and dots, absolute paths and links leading out give 404")
    func noTraversal() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        let outside = try ServerSupport.sampleFolder(["hafenau.yaml"])
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: outside.appendingPathComponent("hafenau.yaml").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("out").path,
                                                   withDestinationPath: outside.path)
        let server = ServerSupport.server(folder)
        #expect(server.folder.files.map(\.name) == ["rheinstadt.yaml"])
        let outsideName = outside.lastPathComponent
        let attempts = [
            "/alliance/../\(outsideName)/hafenau.yaml", "/alliance/..%2F\(outsideName)%2Fhafenau.yaml",
            "/alliance/%2e%2e/\(outsideName)/hafenau.yaml", "/alliance/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/alliance/link.yaml", "/alliance/out/hafenau.yaml", "/diagram/link.yaml", "/diagram/..%2Frheinstadt.yaml",
            "/export/link.yaml?format=graphml", "/api/alliance/link.yaml", "/alliance/%2Fetc%2Fpasswd",
            "/alliance//etc/passwd", "/static/..%2F..%2FPackage.swift", "/alliance/rheinstadt.yaml%00.txt",
        ]
        try await ServerSupport.application(server).test(.router) { client in
            for uri in attempts {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    let body = ServerSupport.text(response)
                    #expect(!body.contains("hafenau"), "\(uri)")
                    #expect(!body.contains("root:"), "\(uri)")
                }
            }
            try await client.execute(uri: "/alliance/rheinstadt.yaml", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("only loopback host names pass on a loopback server (the 403 itself: ServeProcessTests)")
    func loopbackHosts() {
        for host in ["localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:80", "127.1.2.3:9", "[::1]", "[::1]:8080", "LOCALHOST:1"] {
            #expect(SafetyMiddleware<BasicRequestContext>.isLoopbackHost(host), "\(host)")
        }
        for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]:80", "10.0.0.1"] {
            #expect(!SafetyMiddleware<BasicRequestContext>.isLoopbackHost(host), "\(host)")
        }
    }

    @Test("read-only and bounded: other methods 405, a body 413, a long target 414; security headers")
    func limits() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                try await client.execute(uri: "/alliance/rheinstadt.yaml", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                }
            }
            try await client.execute(uri: "/", method: .get, headers: [.contentLength: "5"],
                                     body: ByteBuffer(string: "hello")) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/?q=" + String(repeating: "x", count: 5000), method: .get) { response in
                #expect(response.status == .uriTooLong)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test("a diagram is drawn by a worker process as SVG, PNG and PDF, with a download name; bad parameters are 400")
    func diagrams() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/diagram/rheinstadt.yaml?year=2021", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                let svg = ServerSupport.text(response)
                #expect(svg.contains("<svg"))
                #expect(svg.contains("<!-- a:ki -->"))
                #expect(svg.contains("<!-- a:jc -->"))
                #expect(svg.contains("2021"))
            }
            try await client.execute(uri: "/diagram/rheinstadt.yaml?year=2021&format=png&download=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"rheinstadt-2021.png\"")
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            }
            try await client.execute(uri: "/diagram/rheinstadt.yaml?view=difference&from=2019&year=2022&format=pdf", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("%PDF"))
            }
            try await client.execute(uri: "/diagram/rheinstadt.yaml?year=2021&area=migration", method: .get) { response in
                #expect(response.status == .ok)
                let svg = ServerSupport.text(response)
                // The filter keeps the immigration office (migration) and leaves out the job centre.
                #expect(svg.contains("<!-- a:abh -->"))
                #expect(!svg.contains("<!-- a:jc -->"))
            }
            try await ServerSupport.expectBadRequests(client, "/diagram/rheinstadt.yaml", [
                "year=1990", "year=zwei", "view=poster", "area=nowhere", "format=gif", "actor=nobody", "depth=3",
                "view=difference&from=2021&year=2021", "interfaces=some", "mechanisms=both",
            ])
        }
    }

    @Test("the alliance page and its API: details of actors and relations, filter choices, tables, problems with file:line:column")
    func alliancePage() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/alliance/rheinstadt.yaml?lang=en", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerSupport.text(response)
                #expect(html.contains("id=\"controls\""))
                #expect(html.contains("data-year=\"2019\""))
                #expect(html.contains("data-year=\"2022\""))
                #expect(html.contains("Years side by side"))
                #expect(html.contains("id=\"download-svg\""))
                // The handout's sheet is chosen beside its links, in words of the page's language.
                #expect(html.contains("id=\"paper\""))
                #expect(html.contains("<option value=\"a3 landscape\">A3 landscape</option>"))
                #expect(html.contains("Paper of the handout"))
            }
            try await client.execute(uri: "/alliance/rheinstadt.yaml", method: .get) { response in
                let html = ServerSupport.text(response)
                #expect(html.contains("<option value=\"a4 portrait\">A4 hochkant</option>"))
                #expect(html.contains("<option value=\"a3 landscape\">A3 quer</option>"))
            }
            try await client.execute(uri: "/api/alliance/rheinstadt.yaml?year=2021", method: .get) { response in
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(ServerSupport.text(response).utf8)) as? [String: Any])
                #expect(json["year"] as? Int == 2021)
                #expect(json["hasGood"] as? Bool == true)
                #expect(json["hasErrors"] as? Bool == false)
                let actors = try #require(json["actors"] as? [[String: Any]])
                let ki = try #require(actors.first { $0["id"] as? String == "ki" })
                #expect(ki["name"] as? String == "KI Rheinstadt")
                #expect(ki["coreGroupYears"] as? [Int] == [2019, 2020, 2021, 2022])
                #expect(ki["node"] as? String == "a:ki")
                #expect(ki["degree"] as? Int != nil)
                let relations = try #require(json["relations"] as? [[String: Any]])
                #expect(!relations.isEmpty)
                #expect(relations.allSatisfy { $0["format"] as? String != nil && $0["years"] as? [Int] != nil })
                let tables = try #require(json["tables"] as? [[String: Any]])
                #expect(tables.count >= 3)
                #expect(tables.contains { ($0["html"] as? String)?.contains("ki") == true })
                // For a managing office: no column repeating the page's alliance and year, no internal interface ids.
                let html = tables.compactMap { $0["html"] as? String }.joined()
                #expect(!html.contains("auto:"))
                #expect(!html.contains(">Bündnis<") && !html.contains(">Ebene<") && !html.contains(">Jahr<"))
                #expect(html.contains(">Thema<") || html.contains(">Topic<"))
            }
        }
        // Broken: the page's API names the error with file:line:column; the last good version stays drawable.
        let file = folder.appendingPathComponent("rheinstadt.yaml")
        let good = try String(contentsOf: file, encoding: .utf8)
        try ServerSupport.write(good.replacingOccurrences(of: "    kind: abh\n", with: "    kind: abh\n    colour: red\n"), to: file)
        #expect(server.checkForChanges() == ["rheinstadt.yaml"])
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/api/alliance/rheinstadt.yaml", method: .get) { response in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(ServerSupport.text(response).utf8)) as? [String: Any])
                #expect(json["hasErrors"] as? Bool == true)
                #expect(json["hasGood"] as? Bool == true)
                let problems = try #require(json["problems"] as? [[String: Any]])
                let location = try #require(problems.first { $0["severity"] as? String == "error" }?["location"] as? String)
                #expect(location.hasSuffix("rheinstadt.yaml:21:5"), "\(location)")
            }
            try await client.execute(uri: "/diagram/rheinstadt.yaml?year=2021", method: .get) { response in
                #expect(response.status == .ok)
                #expect(ServerSupport.text(response).contains("<svg"))
            }
            // The years side by side too show the last good version (drawn from it, not from the broken file).
            try await client.execute(uri: "/diagram/rheinstadt.yaml?view=side-by-side", method: .get) { response in
                #expect(response.status == .ok)
                let svg = ServerSupport.text(response)
                #expect(svg.contains("<svg"))
                #expect(svg.contains("2019") && svg.contains("2022"))
            }
        }
        #expect(server.checkForChanges() == [])
    }

    @Test("while a file is broken every view (year, side by side, difference) shows its last good version, drawn by render workers only")
    func lastGoodInEveryView() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        // The server's `alliance` program behind a script noting every start: only render workers may start.
        let log = folder.appendingPathComponent("starts.log")
        let wrapper = folder.appendingPathComponent("alliance-wrapper.sh")
        try ServerSupport.write("#!/bin/sh\necho \"$*\" >> '\(log.path)'\nexec '\(ServerSupport.alliance.path)' \"$@\"\n", to: wrapper)
        #expect(chmod(wrapper.path, 0o755) == 0)
        let server = AllianceWebServer(configuration: ServerConfiguration(folder: folder.path, port: 0, toolExecutable: wrapper))
        let file = folder.appendingPathComponent("rheinstadt.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        // A good edit, then a broken one: the last good version is the edited one, not the first.
        let edited = original.replacingOccurrences(of: "name: KI Rheinstadt", with: "name: KI Rheinstadt Neu")
        try ServerSupport.write(edited, to: file)
        #expect(server.checkForChanges() == ["rheinstadt.yaml"])
        try ServerSupport.write(edited.replacingOccurrences(of: "    kind: abh\n", with: "    kind: abh\n    colour: red\n"), to: file)
        #expect(server.checkForChanges() == ["rheinstadt.yaml"])
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/api/alliance/rheinstadt.yaml", method: .get) { response in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(ServerSupport.text(response).utf8)) as? [String: Any])
                #expect(json["hasErrors"] as? Bool == true)
                #expect(json["hasGood"] as? Bool == true)
                let problems = try #require(json["problems"] as? [[String: Any]])
                #expect(problems.contains { ($0["location"] as? String)?.hasSuffix("rheinstadt.yaml:21:5") == true }, "\(problems)")
            }
            for view in ["view=year&year=2021", "view=side-by-side", "view=difference&from=2019&year=2022"] {
                try await client.execute(uri: "/diagram/rheinstadt.yaml?" + view, method: .get) { response in
                    #expect(response.status == .ok, "\(view): \(ServerSupport.text(response).prefix(300))")
                    let svg = ServerSupport.text(response)
                    #expect(svg.contains("<svg"), "\(view)")
                    #expect(svg.contains("KI Rheinstadt Neu"), "\(view): not the last good version")
                }
            }
        }
        let starts = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(!starts.isEmpty)
        #expect(starts.allSatisfy { $0 == "render --worker" }, "\(starts)")
    }

    @Test("the handout of the alliance on screen (alliance report's page through the library) for a year or all years")
    func handout() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/handout/rheinstadt.yaml?year=2021", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"rheinstadt-2021-handout.html\"")
                let html = ServerSupport.text(response)
                #expect(html.contains("<html"))
                #expect(html.contains("Rheinstadt"))
                #expect(html.contains("<svg"))
                #expect(html.contains("2021"))
                // A4 portrait unless the page chose another sheet.
                #expect(html.contains("@page { size: A4;"))
            }
            // The sheet chosen in the page: its CSS page size and a diagram height fitting it.
            try await client.execute(uri: "/handout/rheinstadt.yaml?year=2021&paper=a3&orientation=landscape", method: .get) { response in
                #expect(response.status == .ok)
                let html = ServerSupport.text(response)
                #expect(html.contains("@page { size: A3 landscape;"))
                #expect(!html.contains("size: A4;"))
            }
            try await client.execute(uri: "/handout/rheinstadt.yaml?paper=a3", method: .get) { response in
                #expect(ServerSupport.text(response).contains("@page { size: A3;"))
                #expect(ServerSupport.text(response).contains("max-height: 348mm"))
            }
            try await client.execute(uri: "/handout/rheinstadt.yaml?lang=en", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"rheinstadt-2019-2022-handout.html\"")
                #expect(ServerSupport.text(response).contains("lang=\"en\""))
            }
            try await ServerSupport.expectBadRequests(client, "/handout/rheinstadt.yaml",
                                                      ["format=doc", "year=1990", "year=zwei", "paper=a5", "orientation=sideways", "mechanisms=both"])
            try await client.execute(uri: "/handout/missing.yaml", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("HEAD is answered like GET, without the body")
    func head() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            for uri in ["/", "/alliance/rheinstadt.yaml", "/api/alliance/rheinstadt.yaml", "/static/app.js"] {
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(get.status == .ok, "\(uri)")
                #expect(head.status == .ok, "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(head.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(get.body.readableBytes > 0, "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
            }
            try await client.execute(uri: "/alliance/missing.yaml", method: .head) { response in
                #expect(response.status == .notFound)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test("a change to one alliance file reads only that file again; the JSON answer is kept until the folder changes")
    func onlyChangedFileReread() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml", "hafenau.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        // hafenau.yaml rewritten behind the server's back with size, modification time and inode kept:
        // a reload of the whole folder would read the new name, a reload of the changed file only does not.
        let hafenau = folder.appendingPathComponent("hafenau.yaml")
        let original = try String(contentsOf: hafenau, encoding: .utf8)
        #expect(original.contains("name: Hafenau"))
        var before = stat()
        #expect(stat(hafenau.path, &before) == 0)
        let handle = try FileHandle(forWritingTo: hafenau)
        try handle.write(contentsOf: Data(original.replacingOccurrences(of: "name: Hafenau", with: "name: Hafenbu").utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, hafenau.path, &times, 0) == 0)
        var after = stat()
        #expect(stat(hafenau.path, &after) == 0)
        #expect(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_ino == before.st_ino && after.st_size == before.st_size)
        let rheinstadt = folder.appendingPathComponent("rheinstadt.yaml")
        try ServerSupport.write(try String(contentsOf: rheinstadt, encoding: .utf8)
            .replacingOccurrences(of: "name: Rheinstadt", with: "name: Rheinstadt am Fluss"), to: rheinstadt)
        #expect(server.checkForChanges() == ["rheinstadt.yaml"])
        #expect(server.folder.entry(named: "rheinstadt.yaml")?.lastGood?.name == "Rheinstadt am Fluss")
        #expect(server.folder.entry(named: "hafenau.yaml")?.lastGood?.name == "Hafenau")

        try await ServerSupport.application(server).test(.router) { client in
            let first = try await client.execute(uri: "/api/alliance/rheinstadt.yaml?year=2021", method: .get)
            let again = try await client.execute(uri: "/api/alliance/rheinstadt.yaml?year=2021", method: .get)
            #expect(ServerSupport.text(first).contains("Rheinstadt am Fluss"))
            #expect(ServerSupport.text(again) == ServerSupport.text(first))
            let key = AnswerCache.Key(file: "rheinstadt.yaml", folderGeneration: server.folder.generation, year: 2021,
                                      language: .de, basis: .effective)
            // Kept: asking again does not work it out again.
            let kept = server.answers.answer(key) { Data("worked out again".utf8) }
            #expect(String(decoding: kept, as: UTF8.self) == ServerSupport.text(first))
        }
        // A change makes a new answer.
        try ServerSupport.write(try String(contentsOf: rheinstadt, encoding: .utf8)
            .replacingOccurrences(of: "name: Rheinstadt am Fluss", with: "name: Rheinstadt am Strom"), to: rheinstadt)
        #expect(server.checkForChanges() == ["rheinstadt.yaml"])
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/api/alliance/rheinstadt.yaml?year=2021", method: .get) { response in
                #expect(ServerSupport.text(response).contains("Rheinstadt am Strom"))
            }
        }
    }

    @Test("GraphML and GEXF of the alliance (one year or all) through the existing export")
    func exports() async throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        try await ServerSupport.application(server).test(.router) { client in
            try await client.execute(uri: "/export/rheinstadt.yaml?format=graphml&year=2021", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"rheinstadt-2021.graphml\"")
                #expect(ServerSupport.text(response).contains("http://graphml.graphdrawing.org/xmlns"))
            }
            try await client.execute(uri: "/export/rheinstadt.yaml?format=gexf", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"rheinstadt-2019-2022.gexf\"")
                #expect(ServerSupport.text(response).contains("http://gexf.net/1.3"))
            }
            try await ServerSupport.expectBadRequests(client, "/export/rheinstadt.yaml", ["format=kumu", "year=1990", "year=zwei", "mechanisms=both"])
        }
    }

    @Test("a saved file is noticed at once (the kernel's notice), not only at the next poll")
    func noticedAtOnce() throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        // A poll every minute: only the notification can make the change show within the test.
        let server = AllianceWebServer(configuration: ServerConfiguration(folder: folder.path, port: 0, toolExecutable: ServerSupport.alliance,
                                                                          pollInterval: .seconds(60)))
        let watch = FolderWatch(server: server)
        try #require(watch.notifies, "inotify is not available")
        watch.start()
        defer { watch.stop() }
        let file = folder.appendingPathComponent("rheinstadt.yaml")
        let before = server.folder.generation
        try ServerSupport.write(try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "name: Rheinstadt", with: "name: Rheinstadt am Fluss"), to: file)
        // The watch runs on a thread of its own: looked at here by the clock, not through the
        // event stream (whose reader may wait for a thread of a busy test run).
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, server.folder.generation == before { usleep(10_000) }
        #expect(server.folder.generation > before, "not noticed within 5 s")
        #expect(server.folder.entry(named: "rheinstadt.yaml")?.lastGood?.name == "Rheinstadt am Fluss")
    }

    @Test("the folder notices a changed, a new and a removed file by size and modification time")
    func changes() throws {
        let folder = try ServerSupport.sampleFolder(["rheinstadt.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = ServerSupport.server(folder)
        let events = server.events.subscribe()
        _ = events
        #expect(server.checkForChanges() == [])
        try FileManager.default.copyItem(at: ServerSupport.packageRoot.appendingPathComponent("Graphs/hafenau.yaml"),
                                         to: folder.appendingPathComponent("hafenau.yaml"))
        #expect(server.checkForChanges() == ["hafenau.yaml"])
        let before = try #require(server.folder.entry(named: "rheinstadt.yaml"))
        let file = folder.appendingPathComponent("rheinstadt.yaml")
        try ServerSupport.write(try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "name: Rheinstadt", with: "name: Rheinstadt am Fluss"), to: file)
        #expect(server.checkForChanges() == ["rheinstadt.yaml"])
        let after = try #require(server.folder.entry(named: "rheinstadt.yaml"))
        #expect(after.generation == before.generation + 1)
        #expect(after.goodGeneration == before.goodGeneration + 1)
        #expect(after.lastGood?.name == "Rheinstadt am Fluss")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("hafenau.yaml"))
        #expect(server.checkForChanges() == ["hafenau.yaml"])
        #expect(server.folder.entry(named: "hafenau.yaml") == nil)
    }
}
