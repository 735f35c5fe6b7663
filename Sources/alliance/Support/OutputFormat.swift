import ArgumentParser
import Foundation

/// `--format text|json` for commands whose output is data.
enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Prints `value` as pretty, key-sorted JSON on standard output.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
