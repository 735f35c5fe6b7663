import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The `dot` command, for checking emitted DOT with Graphviz's real parser.
enum DotTool {
    static let path: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { path != nil }

    /// Runs `dot -T<format>` on `text`; returns exit status, stdout and stderr.
    static func run(_ text: String, format: String = "svg") throws -> (status: Int32, output: Data, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dottool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.dot"), output = folder.appendingPathComponent("out")
        let errors = folder.appendingPathComponent("err")
        try Data(text.utf8).write(to: input)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["-T" + format, "-o", output.path, input.path]
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let data = (try? Data(contentsOf: output)) ?? Data()
        return (process.terminationStatus, data, (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }
}

/// A parsed SVG document.
struct SVG {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [])
    }

    /// All elements named `name` (without namespace prefix), in document order.
    func elements(_ name: String) -> [XMLElement] {
        var result: [XMLElement] = []
        func walk(_ element: XMLElement) {
            if (element.localName ?? element.name) == name { result.append(element) }
            for child in element.children ?? [] {
                if let child = child as? XMLElement { walk(child) }
            }
        }
        if let root = document.rootElement() { walk(root) }
        return result
    }

    /// The text content of every `<text>` element, in document order.
    var texts: [String] { elements("text").compactMap(\.stringValue) }

    /// The `<g>` elements of class `kind` (`node` or `edge`).
    func groups(_ kind: String) -> [XMLElement] {
        elements("g").filter { $0.value(of: "class") == kind }
    }

    /// The elements drawn by a node, edge or cluster group, also those Graphviz wraps in a
    /// tooltip's `<g id="a_…"><a xlink:title=…>`.
    static func contents(of group: XMLElement) -> [XMLElement] {
        (group.children ?? []).compactMap { $0 as? XMLElement }.flatMap { element -> [XMLElement] in
            let name = element.localName ?? element.name
            if name == "a" || (name == "g" && element.value(of: "id")?.hasPrefix("a_") == true) { return contents(of: element) }
            return [element]
        }
    }

    /// The DOT name of a node, edge or cluster group (e.g. `a:abh->a:thm`), from the comment
    /// Graphviz writes before it (its `<title>` is the tooltip: actor name, relation format …).
    static func dotName(of group: XMLElement) -> String? {
        guard let parent = group.parent, let index = parent.children?.firstIndex(where: { $0 === group }), index > 0,
              let comment = parent.children?[index - 1], comment.kind == .comment else { return nil }
        return comment.stringValue?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The `<title>` of a group: what a browser shows as its tooltip.
    static func title(of group: XMLElement) -> String? {
        (group.children ?? []).compactMap { $0 as? XMLElement }.first { $0.name == "title" }?.stringValue
    }

    /// For every node group: its DOT node name and the position of its first text.
    var nodeTextPositions: [String: (x: Double, y: Double)] {
        var result: [String: (x: Double, y: Double)] = [:]
        for group in groups("node") {
            let children = Self.contents(of: group)
            guard let title = Self.dotName(of: group),
                  let text = children.first(where: { $0.name == "text" }),
                  let x = text.value(of: "x").flatMap(Double.init),
                  let y = text.value(of: "y").flatMap(Double.init)
            else { continue }
            result[title] = (x, y)
        }
        return result
    }

    /// All edge groups: DOT name (`from->to`), stroke colours of their lines, whether dashed, and their texts.
    var edges: [(title: String, strokes: [String], dashed: Bool, texts: [String])] {
        groups("edge").map { group in
            let children = Self.contents(of: group)
            let title = Self.dotName(of: group) ?? ""
            let paths = children.filter { $0.name == "path" }
            let strokes = paths.compactMap { $0.value(of: "stroke") }
            let dashed = paths.contains { $0.value(of: "stroke-dasharray") == "5,2" }
            let texts = children.filter { $0.name == "text" }.compactMap(\.stringValue)
            return (title, strokes, dashed, texts)
        }
    }
}

/// The fixture folder of this test target.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }
    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }
}

/// The `alliance` executable built next to the test bundle.
enum AllianceBinary {
    static let url: URL? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("alliance")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()
}

extension XMLElement {
    /// The value of attribute `name`. (`attribute(forName:)` misses attributes in documents with
    /// a default namespace on Linux.)
    func value(of name: String) -> String? {
        attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue
    }
}
