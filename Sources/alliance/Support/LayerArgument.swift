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

/// Refuses, with a message per alliance-year on standard error and a failure exit, when the
/// metrics of one of `projections` would take more than ``NetworkProjection/metricsStepLimit``
/// steps (a group relation of about 1,000 actors or more), instead of running for minutes.
func refuseOversizedMetrics(_ projections: [NetworkProjection], _ language: Language) throws {
    let tooLarge = projections.filter(\.exceedsMetricsLimit)
    guard !tooLarge.isEmpty else { return }
    for projection in tooLarge { Terminal.error(projection.metricsTooLargeMessage, language) }
    throw ExitCode.failure
}
