import ArgumentParser

/// `--format text|json` for commands whose output is data.
enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
