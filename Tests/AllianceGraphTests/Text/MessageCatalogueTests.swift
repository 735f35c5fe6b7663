import Foundation
import Testing
@testable import AllianceGraph

/// The message catalogues: every entry has both languages with the same placeholders, and messages
/// are put into words with their arguments.
@Suite struct MessageCatalogueTests {
    @Test func everyMessageHasGermanAndEnglishWithTheSamePlaceholders() {
        var ids: Set<String> = []
        for catalogue in MessageCatalogues.all {
            #expect(!catalogue.entries.isEmpty, "\(catalogue) has no entries")
            for (id, template) in catalogue.entries {
                #expect(ids.insert(id).inserted, "duplicate message id \(id)")
                #expect(!template.de.trimmingCharacters(in: .whitespaces).isEmpty, "\(id): German text is empty")
                #expect(!template.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(id): English text is empty")
                #expect(Set(template.de.placeholders) == Set(template.en.placeholders),
                        "\(id): placeholders differ: de \(template.de.placeholders), en \(template.en.placeholders)")
            }
        }
    }

    @Test func idsAreAreaDotName() {
        #expect(CommonMessage.allYears.id == "common.all-years")
        #expect(Message(CommonMessage.allYears).id == "common.all-years")
    }

    @Test func placeholdersAreFilledInTheMessagesLanguage() {
        #expect("a {x} b {y_2} {x}".placeholders == ["x", "y_2", "x"])
        #expect("{ no } {} {x".placeholders == [])
        let label = Label(de: "Kreis", en: "District")
        let filled = "{label}: {n}, {list}; {and}; {missing}".fillingPlaceholders { name in
            let arguments: [String: MessageArgument] = [
                "label": .label(label), "n": 3, "list": .list(["a", "b"]),
                "and": .and(["a", "b", .message(Message(CommonMessage.allYears))]),
            ]
            return arguments[name]?.text(.de)
        }
        #expect(filled == "Kreis: 3, a, b; a, b und (alle); {missing}")
        #expect(MessageArgument.and(["a", "b"]).text(.en) == "a and b")
        #expect(MessageArgument.and(["a"]).text(.en) == "a")
        #expect(Message(CommonMessage.allYears).text(.en) == "(all)")
        #expect(Message(CommonMessage.allYears).description == "(alle)")
    }

    @Test func bilingualTextIsWrittenOneWay() throws {
        // The ad-hoc forms the catalogue replaced: choosing words by comparing the language, and
        // the helpers that did so. Vocabulary terms keep their `Label`s; sentences come from catalogues.
        let forbidden = ["== .de ?", "== .en ?", "Label.both", "ReportWords.t(", "_ de: String, _ en: String, _ language"]
        let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in forbidden {
                #expect(!text.contains(pattern), "\(file.lastPathComponent) writes bilingual text ad hoc: '\(pattern)'")
            }
        }
    }
}
