import AllianceGraph
import ArgumentParser

/// Which interfaces `alliance classify` classifies.
enum InterfaceChoice: String, ExpressibleByArgument, CaseIterable {
    /// Only the interfaces coded in the data.
    case coded
    /// Coded ones and those discovered from core mandates, chains and relation topics (the default).
    case all
}

/// `--interfaces coded|all` of `alliance classify` (the same words `alliance render --interfaces`
/// uses for the interfaces it draws). The default is `all`.
///
/// `--coded-only`, the spelling before, still works as a hidden alias of `--interfaces coded`
/// and prints one deprecation line on standard error.
struct InterfaceChoiceOption: ParsableArguments {
    @Option(name: .customLong("interfaces"),
            help: ArgumentHelp(HelpMessage.optionInterfaces.text(LanguageOption.forHelp),
                               valueName: "coded|all"))
    var choice: InterfaceChoice?

    @Flag(name: .customLong("coded-only"), help: .hidden)
    var codedOnly = false

    func validate() throws {
        guard codedOnly else { return }
        if choice == .all {
            throw ValidationError(CommandMessage.codedOnlyContradicts.text(LanguageOption.forHelp, ["option": "--interfaces", "other": "all"]))
        }
        Terminal.deprecated("--coded-only", use: "--interfaces coded")
    }

    /// The interfaces chosen: `all` unless `--interfaces coded` (or `--coded-only`) is given.
    var interfaces: InterfaceChoice { codedOnly ? .coded : choice ?? .all }

    /// Whether interfaces not coded in the data are discovered.
    var discovers: Bool { interfaces == .all }
}
