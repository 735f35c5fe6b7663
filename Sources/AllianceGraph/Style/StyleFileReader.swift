import Yams

/// What reading a style file gave: the style (if the file has no errors), where its actor kinds
/// and formats were named, and the problems found.
public struct ParsedStyleFile: Sendable {
    /// The file as named.
    public var file: String
    /// The style, or `nil` when the file has errors.
    public var style: DiagramStyleSheet?
    /// The actor kinds and formats the file names, with where, for ``vocabularyWarnings(_:)``.
    public var kinds: [(id: String, location: SourceLocation?)]
    /// The formats the file names, with where.
    public var formats: [(id: String, location: SourceLocation?)]
    /// Problems found.
    public var diagnostics: [Diagnostic]

    /// A warning for each actor kind and format the file names that none of `vocabularies` (the
    /// user's vocabulary, the alliances' own terms) knows, with "did you mean" from ids and labels:
    /// a style for a term no diagram uses is harmless, but most often a typo.
    /// - Complexity: O(*t* · *v*) for *t* terms named and *v* terms known.
    public func vocabularyWarnings(_ vocabularies: [Vocabulary]) -> [Diagnostic] {
        let known = vocabularies.isEmpty ? [Vocabulary.builtIn] : vocabularies
        var warnings: [Diagnostic] = []
        func candidates(_ terms: [(id: String, label: Label)]) -> [(text: String, id: String)] {
            terms.flatMap { [($0.id, $0.id), ($0.label.de, $0.id), ($0.label.en, $0.id)] }
        }
        for (id, location) in kinds where !known.contains(where: { $0.actorKind(ActorKindID(id)) != nil }) {
            let names = candidates(known.flatMap { $0.actorKinds.values.map { ($0.id.rawValue, $0.label) } })
            warnings.append(Diagnostic(.warning, Message(StyleMessage.unknownKind, [
                "kind": .text(id), "suggestion": Suggestion.phrase(for: id, among: names)]), at: location, file: file))
        }
        for (id, location) in formats where !known.contains(where: { $0.format(FormatID(id)) != nil }) {
            let names = candidates(known.flatMap { $0.formats.values.map { ($0.id.rawValue, $0.label) } })
            warnings.append(Diagnostic(.warning, Message(StyleMessage.unknownFormat, [
                "format": .text(id), "suggestion": Suggestion.phrase(for: id, among: names)]), at: location, file: file))
        }
        return warnings
    }
}

/// Reads a style file (docs/RENDERING.md, schema docs/style.schema.json): a YAML mapping whose key
/// `style:` names the style and marks the file as one (``isStyleFile(keys:)``), with colours per
/// policy area (`areas`), actor kind (`kinds`), relation format (`formats`) and change
/// (`changes`), fonts (`fonts: {family, sizes}`) and lines (`lines: {colour, widths}`).
///
/// Problems are reported at file:line:column like those of alliance files: unknown keys, policy
/// areas and mechanisms with "did you mean" (``Suggestion``), colours that are neither `#rrggbb` nor
/// a colour name (a `#rrggbb` left unquoted, which YAML reads as a comment, is named as such),
/// sizes and widths that are no number or out of range. Actor kinds and formats are open (the
/// user's vocabulary): unknown ones are warnings, checked against the vocabularies in use
/// (``ParsedStyleFile/vocabularyWarnings(_:)``).
public struct StyleFileReader: Sendable {
    static let topLevelKeys = ["style", "fonts", "areas", "kinds", "formats", "lines", "changes", "note"]
    static let fontKeys = ["family", "sizes"]
    static let areaKeys = ["fill", "background"]
    static let lineKeys = ["colour", "widths"]
    /// The keys naming policy areas: the areas' ids and `other` (actors without an area).
    static var areaIDs: [String] { PolicyArea.allCases.map(\.rawValue) + ["other"] }
    /// The keys of `lines.widths`: the mechanisms' ids and `uncoded`.
    static var mechanismIDs: [String] { Mechanism.allCases.map(\.rawValue) + ["uncoded"] }
    /// Font sizes a style may set, in points.
    static let fontSizeRange = 4.0...96.0
    /// Line widths a style may set, in points.
    static let lineWidthRange = 0.1...12.0

    /// Creates a reader.
    public init() {}

    /// Whether a mapping with the top-level `keys` is a style file: it has the key `style` (no
    /// alliance, vocabulary or initiative file has one).
    static func isStyleFile(keys: [String]) -> Bool { keys.contains("style") }

    /// Reads the file at `path`.
    public func read(path: String) -> ParsedStyleFile {
        do {
            return read(text: try TextFile.read(path), file: path)
        } catch {
            return ParsedStyleFile(file: path, style: nil, kinds: [], formats: [], diagnostics: [error.diagnostic(path)])
        }
    }

    /// Reads `text` as the content of `file`.
    public func read(text: String, file: String) -> ParsedStyleFile {
        let sink = DiagnosticSink(file: file)
        var parsed = ParsedStyleFile(file: file, style: nil, kinds: [], formats: [], diagnostics: [])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            if let root = try YAMLDocument.compose(text) {
                parsed.style = readStyle(root, lines: lines, sink: sink, parsed: &parsed)
            } else {
                sink.add(.error, Message(StyleMessage.empty), at: nil)
            }
        } catch let error as YamlError {
            AllianceFileReader.reportYAMLError(error, text: text, sink: sink)
        } catch {
            sink.error(.malformedYAML, ["problem": .text("\(error)")], at: nil)
        }
        parsed.diagnostics = sink.diagnostics.sortedForDisplay()
        if parsed.diagnostics.containsErrors { parsed.style = nil }
        return parsed
    }

    /// The pairs of a mapping whose keys are ids of an open list (kinds, formats), each key's text and mark.
    private func pairs(_ node: Node, what: Message, sink: DiagnosticSink) -> [(key: String, mark: Mark?, value: Node)] {
        guard case .mapping(let mapping) = node else {
            sink.error(.notAMapping, ["place": .message(what), "shape": node.shapeName], at: node.mark)
            return []
        }
        return mapping.compactMap { keyNode, value in
            guard case .scalar(let scalar) = keyNode else {
                sink.error(.keyNotPlain, ["place": .message(what), "shape": keyNode.shapeName], at: keyNode.mark)
                return nil
            }
            return (scalar.string, keyNode.mark, value)
        }
    }

    private func readStyle(_ root: Node, lines: [Substring], sink: DiagnosticSink, parsed: inout ParsedStyleFile) -> DiagramStyleSheet? {
        let place = Message(StyleMessage.placeStyleFile)
        guard let top = MappingReader(root, what: place, allowed: Self.topLevelKeys, sink: sink) else { return nil }
        var style = DiagramStyleSheet()
        style.name = top.string("style", required: true) ?? ""

        /// The colour `node` names (the value of `key`, written at `keyMark`), or `nil` after reporting why not.
        func colour(_ node: Node?, key: String, keyMark: Mark?, what: Message) -> String? {
            guard let node else { return nil }
            if node.isNull {
                // `key: #ff0000` unquoted: YAML reads the colour as a comment.
                let line = keyMark.map { $0.line - 1 }.flatMap { $0 >= 0 && $0 < lines.count ? lines[$0] : nil }
                let isComment = line.map { $0.contains(": #") || $0.contains(":#") } ?? false
                sink.add(.error, Message(isComment ? StyleMessage.colourIsComment : StyleMessage.colourMissing,
                                         ["place": .message(ValidationMessage.key(key, of: what))]), at: keyMark ?? node.mark)
                return nil
            }
            guard let text = scalarText(node, what: ValidationMessage.key(key, of: what), sink: sink) else { return nil }
            if let resolved = StyleColour.resolve(text) { return resolved }
            sink.add(.error, Message(StyleMessage.badColour, [
                "place": .message(ValidationMessage.key(key, of: what)), "value": .text(text),
                "suggestion": ValidationMessage.suggestion(StyleColour.suggestion(for: text)),
            ]), at: node.mark)
            return nil
        }
        func number(_ node: Node, key: String, what: Message, range: ClosedRange<Double>) -> Double? {
            let place = ValidationMessage.key(key, of: what)
            guard let text = scalarText(node, what: place, sink: sink) else { return nil }
            guard let value = Double(text), value.isFinite else {
                sink.add(.error, Message(StyleMessage.notANumber, ["place": .message(place), "value": .text(text)]), at: node.mark)
                return nil
            }
            guard range.contains(value) else {
                sink.add(.error, Message(StyleMessage.outOfRange, [
                    "place": .message(place), "value": .text(text),
                    "low": .text(DiagramStyleSheet.format(range.lowerBound)), "high": .text(DiagramStyleSheet.format(range.upperBound)),
                ]), at: node.mark)
                return nil
            }
            return value
        }
        /// Entries of a mapping every key of which must be one of `allowed` (with "did you mean").
        func closed(_ node: Node, what: Message, allowed: [String]) -> [(key: String, mark: Mark?, value: Node)] {
            guard MappingReader(node, what: what, allowed: allowed, sink: sink) != nil else { return [] }
            return entries(node).filter { allowed.contains($0.key) }
        }
        /// The colour of `key` in the mapping `reader` read.
        func colourOf(_ key: String, in reader: MappingReader, what: Message) -> String? {
            guard let entry = entries(reader.node).first(where: { $0.key == key }) else { return nil }
            return colour(entry.value, key: key, keyMark: entry.mark, what: what)
        }

        if let fonts = top.value("fonts") {
            let what = ValidationMessage.key("fonts", of: place)
            if let reader = MappingReader(fonts, what: what, allowed: Self.fontKeys, sink: sink) {
                if let families = reader.list("family") {
                    var names: [String] = []
                    for node in families {
                        guard let name = scalarText(node, what: ValidationMessage.key("family", of: what), sink: sink) else { continue }
                        if Self.isFamilyName(name) {
                            names.append(name)
                        } else {
                            sink.add(.error, Message(StyleMessage.badFamily, ["value": .text(name)]), at: node.mark)
                        }
                    }
                    if !names.isEmpty, names.count == families.count { style.fontFamilies = names }
                }
                if let sizes = reader.value("sizes") {
                    let sizesWhat = ValidationMessage.key("sizes", of: what)
                    for (key, _, value) in closed(sizes, what: sizesWhat, allowed: DiagramStyleSheet.FontRole.allCases.map(\.rawValue)) {
                        if let role = DiagramStyleSheet.FontRole(rawValue: key),
                           let size = number(value, key: key, what: sizesWhat, range: Self.fontSizeRange) {
                            style.fontSizes[role] = size
                        }
                    }
                }
            }
        }
        if let areas = top.value("areas") {
            let what = ValidationMessage.key("areas", of: place)
            for (key, mark, value) in closed(areas, what: what, allowed: Self.areaIDs) {
                let area = PolicyArea(rawValue: key)
                if case .mapping = value {
                    let areaWhat = ValidationMessage.key(key, of: what)
                    guard let reader = MappingReader(value, what: areaWhat, allowed: Self.areaKeys, sink: sink) else { continue }
                    if let fill = colourOf("fill", in: reader, what: areaWhat) { style.areaFills[area] = fill }
                    if let background = colourOf("background", in: reader, what: areaWhat) { style.areaBackgrounds[area] = background }
                } else if let fill = colour(value, key: key, keyMark: mark, what: what) {
                    style.areaFills[area] = fill
                }
            }
        }
        if let kinds = top.value("kinds") {
            let what = ValidationMessage.key("kinds", of: place)
            for (key, mark, value) in pairs(kinds, what: what, sink: sink) {
                parsed.kinds.append((key, sink.location(mark)))
                if let fill = colour(value, key: key, keyMark: mark, what: what) { style.kindFills[ActorKindID(key)] = fill }
            }
        }
        if let formats = top.value("formats") {
            let what = ValidationMessage.key("formats", of: place)
            for (key, mark, value) in pairs(formats, what: what, sink: sink) {
                parsed.formats.append((key, sink.location(mark)))
                if let line = colour(value, key: key, keyMark: mark, what: what) { style.formatColours[FormatID(key)] = line }
            }
        }
        if let lines = top.value("lines") {
            let what = ValidationMessage.key("lines", of: place)
            if let reader = MappingReader(lines, what: what, allowed: Self.lineKeys, sink: sink) {
                style.lineColour = colourOf("colour", in: reader, what: what)
                if let widths = reader.value("widths") {
                    let widthsWhat = ValidationMessage.key("widths", of: what)
                    for (key, _, value) in closed(widths, what: widthsWhat, allowed: Self.mechanismIDs) {
                        if let width = number(value, key: key, what: widthsWhat, range: Self.lineWidthRange) {
                            style.lineWidths[Mechanism(rawValue: key)] = width
                        }
                    }
                }
            }
        }
        if let changes = top.value("changes") {
            let what = ValidationMessage.key("changes", of: place)
            for (key, mark, value) in closed(changes, what: what, allowed: DiagramStyleSheet.Change.allCases.map(\.rawValue)) {
                if let change = DiagramStyleSheet.Change(rawValue: key), let line = colour(value, key: key, keyMark: mark, what: what) {
                    style.changeColours[change] = line
                }
            }
        }
        return style
    }

    /// The entries of the mapping `node` with plain keys: each key's text and mark and its value
    /// (null values included, so that a colour left unquoted can be named as such).
    private func entries(_ node: Node) -> [(key: String, mark: Mark?, value: Node)] {
        guard case .mapping(let mapping) = node else { return [] }
        return mapping.compactMap { keyNode, value in
            guard case .scalar(let scalar) = keyNode else { return nil }
            return (scalar.string, keyNode.mark, value)
        }
    }

    /// Whether `name` can stand in a font fallback list: ASCII letters, digits, spaces, `-`, `_` and
    /// `.`, starting with a letter or digit (no comma, which separates the list, and no quote, which
    /// would end the SVG attribute), as the schema's pattern.
    static func isFamilyName(_ name: String) -> Bool {
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        guard let first = name.unicodeScalars.first, isAlphanumeric(first) else { return false }
        return name.unicodeScalars.allSatisfy { isAlphanumeric($0) || " -_.".unicodeScalars.contains($0) }
    }
}

extension DiagramStyleSheet {
    /// `value` without a trailing `.0`, for messages.
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
