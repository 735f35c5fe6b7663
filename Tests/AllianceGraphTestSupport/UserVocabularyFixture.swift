import AllianceGraph
import Foundation

/// A user's vocabulary file and an alliance file using its terms, for tests that follow a user's
/// term from the file to every consumer (validation, metrics, summaries, classification, diagrams).
///
/// Every term the alliance uses from the file is unknown to ``Vocabulary/builtIn``, and each has
/// an effect a built-in fallback would lose: the kind's policy area and label, the format's label
/// and its written formalisation, the topic's label.
public enum UserVocabularyFixture {
    /// The vocabulary file.
    public static let vocabularyFile = """
        actor_kinds:
          - id: language_cafe
            de: Sprachcafé
            en: Language café
            area: education
            mandates: [driving_licence]
        formats:
          - id: job_shadowing
            de: Hospitation
            en: Job shadowing
            written: true
        topics:
          - id: driving_licence
            de: Führerschein
            en: Driving licence

        """

    /// An alliance file using the vocabulary file's terms (and none of its own).
    public static let allianceFile = """
        id: wortstadt
        name: Wortstadt
        kind: independent_city
        years: 2021-2022
        actors:
          - id: ki
            kind: ki
            managing_office: 2021-2022
            core_group: 2021-2022
          - id: cafe
            kind: language_cafe
            core_group: 2021-2022
          - id: abh
            kind: abh
        relations:
          - actors: [ki, cafe]
            format: job_shadowing
            topic: driving_licence
          - actors: [ki, abh]
            format: exchange_round
            years: 2022
        interfaces:
          - id: licence
            actors: [cafe, abh]
            topic: driving_licence

        """

    /// The vocabulary the file gives: ``Vocabulary/builtIn`` plus its terms.
    public static func vocabulary() throws -> Vocabulary {
        let path = try TemporaryFile.write("terms.yaml", vocabularyFile)
        let (vocabulary, diagnostics) = VocabularyFileReader().read(files: [path], extending: .builtIn)
        guard diagnostics.isEmpty else { throw FixtureError(diagnostics.map(\.description).joined(separator: "\n")) }
        return vocabulary
    }

    /// The alliance, loaded against the vocabulary file's terms.
    public static func alliance() throws -> Alliance {
        let result = AllianceLoader(vocabulary: try vocabulary()).load(text: allianceFile, file: "wortstadt.yaml")
        guard let alliance = result.validAlliance, result.diagnostics.isEmpty else {
            throw FixtureError(result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return alliance
    }

    /// A new temporary folder holding the alliance file (`wortstadt.yaml`) and, beside it, the
    /// vocabulary file (`terms.yaml`, or `vocabularyName`); returns the folder's path.
    public static func dataFolder(vocabularyName: String = "terms.yaml", vocabulary: String = vocabularyFile) throws -> String {
        let alliance = try TemporaryFile.write("wortstadt.yaml", allianceFile)
        let folder = (alliance as NSString).deletingLastPathComponent
        try vocabulary.write(toFile: folder + "/" + vocabularyName, atomically: true, encoding: .utf8)
        return folder
    }
}

/// A fixture that does not load as it should.
public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
