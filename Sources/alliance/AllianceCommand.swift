import AllianceGraph
import ArgumentParser

/// The `alliance` command: validate, show, classify, analyse and render alliance networks.
@main
struct AllianceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance",
        abstract: HelpMessage.alliance.text(LanguageOption.forHelp),
        discussion: HelpMessage.allianceDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance validate Graphs/
              alliance show Graphs/rheinstadt.yaml --year 2021
              alliance render Graphs/ -o out/diagrams
              alliance classify Graphs/rheinstadt.yaml --year 2022
              alliance metrics Graphs/ --year 2022 --format csv
              alliance compare Graphs/ --table composition --year 2019
              alliance vocab --lang en
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            ShowCommand.self,
            VocabCommand.self,
            ClassifyCommand.self,
            MetricsCommand.self,
            DiffCommand.self,
            CompareCommand.self,
            RenderCommand.self,
        ]
    )
}
