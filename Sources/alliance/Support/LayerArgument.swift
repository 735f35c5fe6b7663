import AllianceGraph
import ArgumentParser

/// `--layer` as used by metrics, diff and compare.
func parseLayer(_ text: String?, vocabulary: Vocabulary) throws -> NetworkLayer {
    guard let text else { return .all }
    guard let layer = NetworkLayer(text, vocabulary: vocabulary) else {
        Terminal.error("error: unknown layer '\(text)'; give all, uncoded, a mechanism (\(Mechanism.ids.joined(separator: ", "))) or a format id (see 'alliance vocab')")
        throw ExitCode.validationFailure
    }
    return layer
}
