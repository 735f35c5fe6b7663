import AllianceGraph
import ArgumentParser

/// `--style FILE`: the diagram style of `alliance render` and `alliance report` (docs/RENDERING.md).
struct StyleOption: ParsableArguments {
    @Option(name: .customLong("style"), help: ArgumentHelp(HelpMessage.optionStyle.text(LanguageOption.forHelp), valueName: "file"))
    var files: [String] = []

    /// The style of the `--style` files followed by the style files found among the paths
    /// (`input.found.styles`), each laid over the one before, checked as `alliance validate` checks
    /// them: errors (file:line:column) are printed and fail the command before anything is
    /// written; actor kinds and formats `input`'s vocabulary lacks are warned about.
    func load(_ input: CommandInput, _ language: Language) throws -> DiagramStyleSheet {
        var style = DiagramStyleSheet.empty
        var failed = false
        for file in files + input.found.styles.filter({ !files.contains($0) }) {
            let parsed = StyleFileReader().read(path: file)
            let problems = parsed.diagnostics.filter { $0.severity != .note }
                + (parsed.diagnostics.containsErrors ? [] : parsed.vocabularyWarnings([input.vocabulary]))
            problems.forEach { Terminal.error($0.text(language)) }
            if let read = parsed.style { style = style.adding(read) } else { failed = true }
        }
        if failed {
            Terminal.error(Message(StyleMessage.cannotUse), language)
            throw ExitCode.failure
        }
        return style
    }
}
