import AllianceGraph
import ArgumentParser
import Foundation

/// The values of `classify --table`: the classification's tables, and with `--evaluate` the evaluation's.
enum ClassifyTableChoice: String, CaseIterable, ExpressibleByArgument {
    case interfaces, mechanisms, chains, rates
    case agreement, confusion, disagreements

    var classification: ClassificationTable? { ClassificationTable(rawValue: rawValue) }
    var evaluation: EvaluationTable? { EvaluationTable(rawValue: rawValue) }
}

/// `alliance classify`: interface types, coordination mechanisms, strategy coverage and chains.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: HelpMessage.classify.text(LanguageOption.forHelp),
        discussion: HelpMessage.classifyDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance classify Graphs/rheinstadt.yaml
              alliance classify Graphs/ --year 2022 --lang en
              alliance classify Graphs/ --table rates
              alliance classify Graphs/ --format csv --table rates -o rates.csv
              alliance classify Graphs/ --format csv --csv excel-de -o interfaces.csv
              alliance classify Graphs/rheinstadt.yaml --format markdown > out.md
              alliance classify Graphs/rheinstadt.yaml --format json --interfaces coded
              alliance classify --evaluate Tests/AllianceGraphTests/Fixtures/corpus
              alliance classify --evaluate Tests/AllianceGraphTests/Fixtures/corpus --format csv --table disagreements
            """
    )

    @Argument(help: ArgumentHelp(HelpMessage.optionPathsHolding.text(LanguageOption.forHelp), valueName: "file-or-folder"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(HelpMessage.optionClassifyYear.text(LanguageOption.forHelp)))
    var year: Int?

    @Option(help: ArgumentHelp(HelpMessage.optionClassifyTable.text(LanguageOption.forHelp)))
    var table: ClassifyTableChoice?

    @Option(help: ArgumentHelp(HelpMessage.optionClassifyEvaluate.text(LanguageOption.forHelp), valueName: "folder"))
    var evaluate: String?

    @OptionGroup var interfaces: InterfaceChoiceOption

    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try output.check(language.language)
        if let evaluate {
            if !paths.isEmpty { throw ValidationError(EvaluationMessage.evaluateTakesFolder.text(language.language, ["folder": .text(evaluate)])) }
            if let table, table.evaluation == nil {
                throw ValidationError(EvaluationMessage.tableNotWithEvaluate.text(language.language, ["table": .text(table.rawValue)]))
            }
            return
        }
        if paths.isEmpty {
            throw ValidationError(CommandMessage.nameAPath.text(language.language, ["command": "classify"]))
        }
        if let table, table.classification == nil {
            throw ValidationError(EvaluationMessage.tableNeedsEvaluate.text(language.language, ["table": .text(table.rawValue)]))
        }
        try validatePlausible(years: [year], language.language)
    }

    func run() throws {
        if let evaluate { return try runEvaluation(folder: evaluate) }
        let input = try vocabulary.load(paths: paths, language.language)
        let alliances = try vocabulary.loadAlliances(input, language.language)
        if let year, !alliances.contains(where: { $0.years.contains(year) }) {
            let ranges = alliances.map { "\($0.id) \($0.years.lowerBound)-\($0.years.upperBound)" }.joined(separator: ", ")
            Terminal.error(Message(CommandMessage.noAllianceCoversRanges, ["year": .text(String(year)), "ranges": .text(ranges)]),
                           language.language)
            throw ExitCode.failure
        }
        // Only the parts the output shows, one alliance at a time (issue 10: 400 files in under 3 s and 150 MB).
        let chosen = table?.classification ?? (output.format == .csv ? .interfaces : nil)
        let parts: ClassificationReportParts = chosen.map { .tables([$0]) }
            ?? (output.format == .json ? .tables(ClassificationTable.allCases) : .readable)
        let document = ClassificationReport.document(alliances: alliances, years: year.map { [$0] }, discover: interfaces.discovers,
                                                     language: language.language, parts: parts)
        try output.emit(document, inputs: input.files, language.language)
    }

    /// `--evaluate FOLDER`: classify the corpus's alliance files and compare with its answer key.
    private func runEvaluation(folder: String) throws {
        let l = language.language
        let input = try vocabulary.load(paths: [folder], l)
        guard let keyFile = input.found.answerKeys.first else {
            Terminal.error(Message(EvaluationMessage.noKey, ["folder": .text(folder), "file": .text(EvaluationKey.fileName)]), l)
            throw ExitCode.failure
        }
        let parsed = EvaluationKeyReader().read(path: keyFile)
        parsed.diagnostics.forEach { Terminal.error($0.text(l)) }
        let alliances = try vocabulary.loadAlliances(input, l)
        guard let key = parsed.key else {
            Terminal.error(Message(CommandMessage.fixErrorsFirst), l)
            throw ExitCode.failure
        }
        let evaluation = CorpusEvaluation(key: key, alliances: alliances)
        evaluation.diagnostics.forEach { Terminal.error($0.text(l)) }
        if evaluation.diagnostics.containsErrors {
            Terminal.error(Message(CommandMessage.fixErrorsFirst), l)
            throw ExitCode.failure
        }
        let document = evaluation.document(l)
        let chosen = table?.evaluation ?? (output.format == .csv ? .agreement : nil)
        try output.emit(chosen.flatMap { document.only($0.rawValue) } ?? document, inputs: input.files + [keyFile], l)
    }
}
