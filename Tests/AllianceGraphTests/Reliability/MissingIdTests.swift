import AllianceGraphTestSupport
import Foundation
import Testing

/// Found by the property-based reader tests (docs/RELIABILITY.md): an alliance file without `id`
/// got, before the reader's "needs 'id'", an unplaced second error "'' is not a valid id" from the
/// id rule. A missing id is reported once, where the file is missing it.
@Suite("A missing alliance id, through the binary")
struct MissingIdTests {
    @Test("a file without 'id' gets one placed error about it, not an unplaced invalid-id error")
    func missingID() throws {
        let sample = try String(contentsOf: TestSupport.graphsFolder.appendingPathComponent("rheinstadt.yaml"), encoding: .utf8)
        let path = try TestSupport.temporaryFile("noid.yaml", sample.replacingOccurrences(of: "\nid: rheinstadt", with: "\nname_: x"))
        let output = try TestSupport.run("alliance", ["validate", path, "--lang", "en"])
        #expect(output.status == 1)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.range(of: #"^.*noid\.yaml:\d+:\d+: "#, options: .regularExpression) != nil }, "\(output.stderr)")
        #expect(lines.contains { $0.hasSuffix("error: the alliance file needs 'id'") }, "\(output.stderr)")
        #expect(!output.stderr.contains("is not a valid id"), "\(output.stderr)")
    }
}
