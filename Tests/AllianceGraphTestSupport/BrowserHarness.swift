import Foundation

/// The tests' way into headless Chromium: runs scripts/browser.py (Selenium with Debian's chromium and
/// chromium-driver, installed by `scripts/bootstrap --browser`) in the consumer environment of
/// scripts/consumer-python, and decodes what it saw. One call opens the page once and does everything
/// asked (boxes, screenshot, PDF), since starting the browser costs seconds on a loaded machine.
///
/// ```swift
/// let page = try BrowserHarness.inspect("report.html", selectors: ["figure.diagram svg"],
///                                       screenshot: "page.png", pdf: "page.pdf", paper: "a4")
/// #expect(page.consoleErrors.isEmpty)
/// #expect(page.wider.isEmpty)
/// ```
public enum BrowserHarness {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// An element's box in CSS pixels and its accessible name.
    public struct Box: Decodable, Sendable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        /// The accessible title: an SVG's `<title>` child, else `aria-label`, `title` or `alt`.
        public var title: String
        public var id: String
        public var tag: String
        public var role: String
        /// The `aria-labelledby` attribute.
        public var labelledby: String
    }

    /// An element reaching past the page's edge.
    public struct Overflow: Decodable, Sendable, CustomStringConvertible {
        public var tag: String
        public var id: String
        public var cls: String
        public var left: Double
        public var right: Double
        public var width: Double
        public var description: String { "<\(tag) id=\(id) class=\(cls)> \(left)…\(right)" }
    }

    /// A printed PDF as pdfinfo reads it.
    public struct PDFInfo: Decodable, Sendable {
        public var pages: Int
        /// The first page's size in points.
        public var widthPt: Double
        public var heightPt: Double
        /// Every page's size in points.
        public var pageSizes: [[Double]]
        /// Every page's first line of text (``pdfInfo(_:)`` only).
        public var firstLines: [String]?
        /// How many raster images the PDF embeds (``pdfInfo(_:)`` only): 0 when the drawings stayed vector.
        public var images: Int?

        enum CodingKeys: String, CodingKey {
            case pages, widthPt = "width_pt", heightPt = "height_pt", pageSizes = "page_sizes", firstLines = "first_lines", images
        }
    }

    /// What the browser saw.
    public struct Page: Decodable, Sendable {
        /// Errors the page logged or threw (console.error, exceptions, failed loads).
        public var consoleErrors: [String]
        /// The viewport's width in CSS pixels.
        public var pageWidth: Double
        /// The content's width: larger than ``pageWidth`` when something sticks out.
        public var scrollWidth: Double
        /// Visible elements reaching past the page's edge (outside scrolling boxes).
        public var wider: [Overflow]
        /// The boxes of the elements of each selector asked for.
        public var elements: [String: [Box]]
        /// The PDF printed, if one was asked for.
        public var pdf: PDFInfo?

        enum CodingKeys: String, CodingKey {
            case consoleErrors = "console_errors", pageWidth = "page_width", scrollWidth = "scroll_width", wider, elements, pdf
        }
    }

    /// Why the harness gave nothing.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether Chromium, its driver and pdfinfo are installed (`scripts/bootstrap --browser`).
    public static var isAvailable: Bool {
        (try? python(["scripts/browser.py", "check"]))?.status == 0
    }

    /// Opens `target` (a file path or URL) in a window `width` × `height` CSS pixels wide, reports the
    /// boxes of `selectors`, takes a `screenshot` (PNG; the whole page with `fullPage`) and prints a `pdf` on `paper`.
    public static func inspect(_ target: String, width: Int = 1280, height: Int = 900, selectors: [String] = [],
                               screenshot: String? = nil, fullPage: Bool = false, scrollTo: String? = nil,
                               pdf: String? = nil, paper: String = "a4", landscape: Bool = false) throws -> Page {
        var arguments = ["scripts/browser.py", "inspect", target, "--width", String(width), "--height", String(height)]
        for selector in selectors { arguments += ["--selector", selector] }
        if let screenshot { arguments += ["--screenshot", screenshot] }
        if fullPage { arguments.append("--full-page") }
        if let scrollTo { arguments += ["--scroll-to", scrollTo] }
        if let pdf { arguments += ["--pdf", pdf, "--paper", paper] }
        if landscape { arguments.append("--landscape") }
        let result = try python(arguments)
        guard result.status == 0 else {
            throw Failure(description: "scripts/browser.py failed (\(result.status)): \(result.errors)")
        }
        do {
            return try JSONDecoder().decode(Page.self, from: result.output)
        } catch {
            throw Failure(description: "scripts/browser.py printed no page: \(error) \(String(decoding: result.output, as: UTF8.self))")
        }
    }

    /// A PDF as poppler-utils read it: pages, every page's size, first line of text and the images embedded.
    public static func pdfInfo(_ path: String) throws -> PDFInfo {
        let result = try python(["scripts/browser.py", "pdf", path])
        guard result.status == 0 else {
            throw Failure(description: "scripts/browser.py pdf failed (\(result.status)): \(result.errors)")
        }
        return try JSONDecoder().decode(PDFInfo.self, from: result.output)
    }

    /// Runs a script of its own that drives the browser through `scripts/browser.py`'s `Browser` (e.g.
    /// `scripts/serve_browser.py`, the web view's scenario) in the same environment, from the package root.
    public static func run(script arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        try python(arguments)
    }

    /// Runs scripts/consumer-python with `arguments` from the package root.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [packageRoot.appendingPathComponent("scripts/consumer-python").path] + arguments
        process.currentDirectoryURL = packageRoot
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: outURL),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
