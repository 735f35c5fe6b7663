import AllianceGraph
import ArgumentParser
import Foundation

/// `alliance vocab`: the built-in vocabularies (and a user's additions).
struct VocabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocab",
        abstract: "List the vocabularies: actor kinds, formats, mechanisms, interface types and more.",
        discussion: """
            Each entry shows the id to write in alliance files and its label.

            Examples:
              alliance vocab
              alliance vocab --section actor-kinds --lang en
              alliance vocab --vocabulary my-terms.yaml --format json
            """
    )

    @Option(help: ArgumentHelp("Show only this section: \(VocabularyListing.sectionIDs.joined(separator: ", ")).",
                               valueName: "section"))
    var section: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    @Option(help: "Output: text (default) or json.")
    var format: DataFormat = .text

    func validate() throws {
        if let section, !VocabularyListing.sectionIDs.contains(section) {
            let hint = Suggestion.closest(to: section, in: VocabularyListing.sectionIDs).map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError("Unknown section '\(section)'.\(hint) Sections: \(VocabularyListing.sectionIDs.joined(separator: ", ")).")
        }
    }

    func run() throws {
        var listing = VocabularyListing(vocabulary: try vocabulary.load(language.language), language: language.language)
        if let section { listing.sections = listing.sections.filter { $0.id == section } }
        switch format {
        case .text:
            print(listing.text(language: language.language))
        case .json:
            try printJSON(listing)
        }
    }
}
