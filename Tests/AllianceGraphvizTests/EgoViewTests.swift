import Foundation
import Testing

/// Issue 15 item 9 through the built binary: `--actor X --depth 1|2`.
@Suite("alliance render --actor --depth (ego view)")
struct EgoViewTests {
    static let sample = RenderCommandTests.sample

    func dot(_ extra: [String]) throws -> (status: Int32, text: String, errors: String) {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("d.dot")
        let result = try RenderCommandTests().run(["render", Self.sample.path, "--year", "2022", "-o", output.path] + extra)
        return (result.status, (try? String(contentsOf: output, encoding: .utf8)) ?? "", result.errors)
    }

    static func nodes(_ dot: String) -> [String: Substring] {
        var result: [String: Substring] = [:]
        for line in dot.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\"a:"), !trimmed.contains("->"), let end = trimmed.dropFirst(3).firstIndex(of: "\"") else { continue }
            result[String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)..<end])] = line
        }
        return result
    }

    @Test("depth 2 keeps the partners' partners, faded; the actor is highlighted; depth 1 keeps direct partners only",
          .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func depths() throws {
        let one = try dot(["--actor", "thm"])
        #expect(one.status == 0, "\(one.errors)")
        let two = try dot(["--actor", "thm", "--depth", "2"])
        #expect(two.status == 0, "\(two.errors)")
        let near = Self.nodes(one.text), far = Self.nodes(two.text)
        #expect(Set(near.keys).isStrictSubset(of: Set(far.keys)), "\(near.keys.sorted()) \(far.keys.sorted())")
        #expect(near["thm"]?.contains("\"penwidth\"=4") == true, "the actor is highlighted")
        for (id, line) in far where near[id] == nil {
            #expect(line.contains("\"fontcolor\"=\"#808080\""), "\(id) two steps away is faded: \(line)")
        }
        for (id, line) in far where near[id] != nil && id != "thm" {
            #expect(!line.contains("\"fontcolor\"=\"#808080\""), "\(id) is a direct partner: \(line)")
        }
        #expect(two.text.contains("Blass: nur über einen Partner verbunden"))
        #expect(two.text.contains("Schwarzer dicker Rahmen: im Mittelpunkt (--actor)"))
    }

    @Test("--depth needs --actor and is 1 or 2", .enabled(if: AllianceBinary.url != nil && FileManager.default.fileExists(atPath: sample.path)))
    func wrongDepth() throws {
        let alone = try dot(["--depth", "2", "--lang", "en"])
        #expect(alone.status != 0 && alone.errors.contains("--depth is for the view around an actor: give --actor ID."), "\(alone.errors)")
        let three = try dot(["--actor", "thm", "--depth", "3", "--lang", "en"])
        #expect(three.status != 0 && three.errors.contains("--depth is 1 or 2."), "\(three.errors)")
    }
}
