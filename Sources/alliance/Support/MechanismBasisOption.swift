import AllianceGraph
import ArgumentParser

extension MechanismBasis: ExpressibleByArgument {}

/// `--mechanisms coded|effective`, shared by every command that chooses which coordination
/// mechanisms count (render, metrics, diff, compare). The default is `effective` everywhere
/// (docs/CLASSIFICATION.md, "Which mechanisms count").
///
/// `--coded-only`, the spelling before, still works as a hidden alias of `--mechanisms coded`
/// and prints one deprecation line on standard error.
struct MechanismBasisOption: ParsableArguments {
    @Option(name: .customLong("mechanisms"),
            help: ArgumentHelp(HelpMessage.optionMechanisms.text(LanguageOption.forHelp),
                               valueName: "coded|effective"))
    var choice: MechanismBasis?

    @Flag(name: .customLong("coded-only"), help: .hidden)
    var codedOnly = false

    func validate() throws {
        guard codedOnly else { return }
        if choice == .effective {
            throw ValidationError(CommandMessage.codedOnlyContradicts.text(LanguageOption.forHelp, ["option": "--mechanisms", "other": "effective"]))
        }
        Terminal.deprecated("--coded-only", use: "--mechanisms coded")
    }

    /// The basis chosen: `effective` unless `--mechanisms coded` (or `--coded-only`) is given.
    var basis: MechanismBasis { codedOnly ? .coded : choice ?? .effective }

    /// Whether the option was given at all (some tables use no mechanisms and refuse it).
    var isGiven: Bool { codedOnly || choice != nil }
}
