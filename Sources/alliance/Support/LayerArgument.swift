import AllianceGraph
import ArgumentParser

/// `--layer` as used by metrics, diff and compare.
func parseLayer(_ text: String?, vocabulary: Vocabulary, _ language: Language) throws -> NetworkLayer {
    guard let text else { return .all }
    guard let layer = NetworkLayer(text, vocabulary: vocabulary) else {
        Terminal.error(Message(CommandMessage.unknownLayer, ["layer": .text(text), "mechanisms": .text(Mechanism.ids.joined(separator: ", "))]),
                       language)
        throw ExitCode.validationFailure
    }
    return layer
}
