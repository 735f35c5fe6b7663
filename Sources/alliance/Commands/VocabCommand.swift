import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance vocab`: the built-in vocabularies (and a user's additions).
struct VocabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocab",
        abstract: HelpMessage.vocab.text(LanguageOption.forHelp),
        discussion: HelpMessage.vocabDiscussion.text(LanguageOption.forHelp) + "\n" + """

            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance vocab
              alliance vocab --section actor-kinds --lang en
              alliance vocab --vocabulary my-terms.yaml --format json
              alliance vocab --format csv --csv excel-de -o vocabulary.csv
            """
    )

    @Option(help: ArgumentHelp(HelpMessage.optionVocabSection.text(LanguageOption.forHelp, ["sections": .text(VocabularyListing.sectionIDs.joined(separator: ", "))]),
                               valueName: "section"))
    var section: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        try output.check(language.language)
        if let section, !VocabularyListing.sectionIDs.contains(section) {
            let hint: MessageArgument = Suggestion.closest(to: section, in: VocabularyListing.sectionIDs)
                .map { .message(Message(CommandMessage.didYouMean, ["id": .text($0)])) } ?? ""
            throw ValidationError(CommandMessage.unknownSection.text(language.language, [
                "section": .text(section), "hint": hint, "sections": .text(VocabularyListing.sectionIDs.joined(separator: ", ")),
            ]))
        }
    }

    func run() throws {
        var listing = VocabularyListing(vocabulary: try vocabulary.load(language.language), language: language.language)
        if let section { listing.sections = listing.sections.filter { $0.id == section } }
        try output.emit(listing.document(language: language.language), inputs: vocabulary.files, language.language)
    }
}
