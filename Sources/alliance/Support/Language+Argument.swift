import AllianceGraph
import ArgumentParser

extension Language: ExpressibleByArgument {}

/// `--lang de|en`, shared by every command that prints labels.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of labels and messages: de (German, default) or en (English).")
    var language: Language = .de
}
