import AllianceGraph
import ArgumentParser

extension Language: ExpressibleByArgument {}

/// `--lang de|en`, shared by every command: the language of labels, messages and `--help`.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(HelpMessage.language.text(LanguageOption.forHelp)))
    var language: Language = .de

    /// The language `--lang` names on this process's command line (`--lang en` or `--lang=en`), else
    /// German: for the texts made before the options are parsed (`--help`) and for option groups'
    /// checks, which cannot see the command's ``language``.
    static var forHelp: Language { given ?? .de }

    /// The language `--lang` names on this process's command line, or `nil` when it is not given
    /// (for `alliance import`, whose file comments otherwise follow the spreadsheet's headers).
    static var given: Language? {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
        }
        return nil
    }
}
