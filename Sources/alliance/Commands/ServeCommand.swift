import AllianceGraph
import AllianceServer
import ArgumentParser
import Foundation

/// `alliance serve FOLDER`: the local web view of a folder of alliance files (the server is the
/// `AllianceServer` library; this only reads the options and prints the address).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: ServeMessage.abstract.text(LanguageOption.forHelp),
        discussion: ServeMessage.discussion.text(LanguageOption.forHelp) + "\n\n" + """
            \(HelpMessage.examples.text(LanguageOption.forHelp))
              alliance serve Graphs/
              alliance serve Graphs/ --port 8090 --lang en

            """
    )

    @Argument(help: ArgumentHelp(ServeMessage.optionFolder.text(LanguageOption.forHelp), valueName: "folder"))
    var folder: String

    @Option(help: ArgumentHelp(ServeMessage.optionPort.text(LanguageOption.forHelp)))
    var port: Int = 8080

    @Option(help: ArgumentHelp(ServeMessage.optionHost.text(LanguageOption.forHelp)))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp(ServeMessage.optionRenders.text(LanguageOption.forHelp)))
    var renders: Int = 2

    @OptionGroup var language: LanguageOption
    @OptionGroup var vocabulary: VocabularyOption

    func validate() throws {
        if !(0...65535).contains(port) {
            throw ValidationError(ServeMessage.badParameter.text(language.language, ["name": "--port", "value": .int(port)]))
        }
        if renders < 1 {
            throw ValidationError(ServeMessage.badParameter.text(language.language, ["name": "--renders", "value": .int(renders)]))
        }
    }

    func run() async throws {
        let lang = language.language
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            Terminal.error(Message(ServeMessage.notAFolder, ["path": .text(folder)]), lang)
            throw ExitCode.failure
        }
        let configuration = ServerConfiguration(folder: folder, host: host, port: port, language: lang,
                                                maximumConcurrentRenders: renders)
        if !configuration.isLoopback { Terminal.error(ServeMessage.notLoopback.text(lang, ["host": .text(host)])) }
        let server = AllianceWebServer(configuration: configuration, vocabulary: try vocabulary.load(lang))
        try await server.run { address in
            try? Terminal.output(ServeMessage.listening.text(lang, ["address": .text(address)]) + "\n"
                                 + ServeMessage.stopHint.text(lang) + "\n", lang)
        }
    }
}
