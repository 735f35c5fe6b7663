import Foundation
import Testing

/// `scripts/measure_diagrams.py`, the independent measure of the diagrams' readability (crossings,
/// lines through texts, overlaps, legend share, smallest text on A4 and A3), run on SVG files.
enum MeasureDiagrams {
    /// The script's output lines over the SVG files in `folder`, with `options` (e.g. `--why`, `--csv`).
    /// Requires the script to exit 0.
    static func lines(_ folder: URL, _ options: [String] = []) throws -> [Substring] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RenderCommandTests.packageRoot.appendingPathComponent("scripts/measure_diagrams.py").path]
            + options + [folder.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
    }
}
