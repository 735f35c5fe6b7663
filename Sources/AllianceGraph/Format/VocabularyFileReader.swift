import Foundation
import Yams

/// Reads a user's own actor kinds, formats and topics, from a vocabulary file or from the
/// `vocabulary:` section of an alliance file.
///
/// ```yaml
/// actor_kinds:
///   - id: language_cafe
///     de: Sprachcafé
///     en: Language café
///     area: integration
///     mandates: [language]
/// formats:
///   - id: job_shadowing
///     de: Hospitation
///     en: Job shadowing
///     formalisation: regular
/// topics:
///   - id: driving_licence
///     de: Führerschein
///     en: Driving licence
/// ```
public struct VocabularyFileReader: Sendable {
    static let sectionKeys = ["actor_kinds", "formats", "topics"]
    static let kindKeys = ["id", "de", "en", "abbreviation", "area", "mandates"]
    static let formatKeys = ["id", "de", "en", "formalisation", "written", "directed"]
    static let topicKeys = ["id", "de", "en", "cross_cutting"]

    /// Creates a reader.
    public init() {}

    /// Reads the text of a vocabulary file. `file` names it in diagnostics.
    public func read(text: String, file: String) -> (VocabularyExtension?, [Diagnostic]) {
        let sink = DiagnosticSink(file: file)
        do {
            guard let root = try Yams.compose(yaml: text) else {
                sink.error("the vocabulary file is empty; give 'actor_kinds', 'formats' or 'topics'", at: nil)
                return (nil, sink.diagnostics)
            }
            let result = readExtension(root, what: "the vocabulary file", sink: sink)
            return (sink.diagnostics.containsErrors ? nil : result, sink.diagnostics)
        } catch {
            sink.error("malformed YAML: \(error)", at: nil)
            return (nil, sink.diagnostics)
        }
    }

    /// `base` plus the terms of each vocabulary file in `files`, in order (a later file's term replaces
    /// an earlier one with the same id), and the problems found. Start from ``Vocabulary/builtIn``.
    public func read(files: [String], extending base: Vocabulary) -> (Vocabulary, [Diagnostic]) {
        var vocabulary = base
        var diagnostics: [Diagnostic] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, "cannot read the vocabulary file; check the path", file: file))
                continue
            }
            let (addition, found) = read(text: text, file: file)
            diagnostics += found
            if let addition { vocabulary = vocabulary.adding(addition) }
        }
        return (vocabulary, diagnostics)
    }

    func readExtension(_ node: Node, what: String, sink: DiagnosticSink) -> VocabularyExtension? {
        guard let reader = MappingReader(node, what: what, allowed: Self.sectionKeys, sink: sink) else { return nil }
        var result = VocabularyExtension()
        for item in reader.list("actor_kinds") ?? [] {
            if let kind = readKind(item, sink: sink) { result.actorKinds.append(kind) }
        }
        for item in reader.list("formats") ?? [] {
            guard let entry = MappingReader(item, what: "a format", allowed: Self.formatKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: "format") else { continue }
            let written = entry.bool("written") ?? false
            let formalisation = entry.term("formalisation", Formalisation.self) ?? (written ? .written : .onDemand)
            if written && formalisation != .written {
                sink.error("format '\(id)' is 'written: true' but has formalisation '\(formalisation.id)'; a written format is formalised as 'written'",
                           at: entry.value("formalisation")?.mark)
            }
            result.formats.append(RelationFormat(id: FormatID(id), label: label, defaultFormalisation: formalisation,
                                                 isWritten: written, isDirected: entry.bool("directed") ?? false))
        }
        for item in reader.list("topics") ?? [] {
            guard let entry = MappingReader(item, what: "a topic", allowed: Self.topicKeys, sink: sink),
                  let (id, label) = readLabelled(entry, what: "topic") else { continue }
            result.topics.append(Topic(id: TopicID(id), label: label, isCrossCutting: entry.bool("cross_cutting") ?? false))
        }
        return result
    }

    private func readKind(_ node: Node, sink: DiagnosticSink) -> ActorKind? {
        guard let entry = MappingReader(node, what: "an actor kind", allowed: Self.kindKeys, sink: sink),
              let (id, label) = readLabelled(entry, what: "actor kind") else { return nil }
        guard let area = entry.term("area", PolicyArea.self) else {
            if entry.value("area") == nil {
                sink.error("actor kind '\(id)' needs 'area': one of \(PolicyArea.ids.joined(separator: ", "))", at: entry.mark)
            }
            return nil
        }
        var mandates: [CoreMandate] = []
        var map = SourceMap(file: sink.file)
        for (index, item) in (entry.list("mandates") ?? []).enumerated() {
            if let mandate = AllianceFileReader(vocabulary: .builtIn)
                .readMandate(item, owner: "actor kind '\(id)'", sink: sink, map: &map, path: "mandates[\(index)]") {
                mandates.append(mandate)
            }
        }
        return ActorKind(id: ActorKindID(id), label: Label(de: label.de, en: label.en, abbreviation: entry.string("abbreviation")),
                         area: area, mandates: mandates)
    }

    private func readLabelled(_ entry: MappingReader, what: String) -> (String, Label)? {
        guard let id = entry.string("id", required: true) else { return nil }
        let de = entry.string("de"), en = entry.string("en")
        if de == nil && en == nil {
            entry.sink.error("\(what) '\(id)' needs a label: 'de' (German) and 'en' (English)", at: entry.mark)
            return nil
        }
        if de == nil || en == nil {
            entry.sink.warning("\(what) '\(id)' has only a\(de == nil ? "n English" : " German") label; add '\(de == nil ? "de" : "en")' so both languages show it",
                               at: entry.mark)
        }
        return (id, Label(de: de ?? en!, en: en ?? de!))
    }
}
