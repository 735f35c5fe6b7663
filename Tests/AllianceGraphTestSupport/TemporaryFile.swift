import Foundation

/// Files for tests, each in a new temporary folder of its own.
public enum TemporaryFile {
    /// Writes `text` to a new temporary folder as `name`; returns the file's path.
    public static func write(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
