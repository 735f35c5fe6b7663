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
              alliance export Graphs/rheinstadt.yaml --format gexf -o rheinstadt.gexf
              alliance report Graphs/ -o handout.pdf
              alliance template -o buendnis.xlsx
              alliance import buendnis.xlsx -o Graphs/musterstadt.yaml
              alliance vocab --lang en
              alliance serve Graphs/
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
            ExportCommand.self,
            ReportCommand.self,
            TemplateCommand.self,
            ImportCommand.self,
            ServeCommand.self,
        ]
    )

    /// Parses the command line and runs the command, as ArgumentParser's own `main()` does, except
    /// that help and the version go to standard output through ``Terminal/output(_:_:)``: all of
    /// the text, and a failed write (a full disk, a closed file) is reported and exits 1 instead of
    /// being lost with exit status 0.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .success else { exit(withError: error) }
            let text = fullMessage(for: error)
            if !text.isEmpty {
                do { try Terminal.output(text + "\n", LanguageOption.forHelp) } catch { exit(withError: error) }
            }
            exit()
        }
    }
}
