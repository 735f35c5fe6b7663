import Mustache

/// One self-contained HTML5 page: the building block of the handout (`alliance report`) and of the
/// web view (`alliance serve`), rendered with the Mustache templates of ``HTMLTemplates`` and styled
/// by ``PageStyle``, inline (no scripts, no fonts, nothing fetched).
///
/// Every text of a page, block or table is HTML-escaped by the templates; only ``InlineSVG`` is
/// inserted as markup, after it was made safe to inline.
///
/// ```swift
/// let page = HTMLPage(title: "Rheinstadt", language: .de, blocks: [
///     .heading(1, "Rheinstadt", id: "rheinstadt"),
///     .paragraph("Kreisfreie Stadt, 2019–2022"),
///     .table(table),
/// ])
/// let html = page.render()
/// ```
public struct HTMLPage: Sendable {
    /// The page title (the browser tab, the PDF's title).
    public var title: String
    /// The language of the page's text (`<html lang>`).
    public var language: Language
    /// The content, in order.
    public var blocks: [HTMLBlock]
    /// The inline stylesheet.
    public var style: PageStyle
    /// The `content` of `<meta name="generator">`, e.g. "alliance report".
    public var generator: String

    /// Creates a page.
    public init(title: String, language: Language, blocks: [HTMLBlock], style: PageStyle = PageStyle(),
                generator: String = "AllianceGraph") {
        self.title = title
        self.language = language
        self.blocks = blocks
        self.style = style
        self.generator = generator
    }

    /// The page as HTML5 text.
    /// - Complexity: O(n) in the size of the output.
    public func render() -> String {
        let context: [String: Any] = [
            "title": title, "lang": language.rawValue, "generator": generator, "css": style.css(),
            "blocks": blocks.map(\.context),
        ]
        return HTMLTemplates.library.render(context, withTemplate: "page") ?? ""
    }

    /// Only the blocks as an HTML fragment (for a page whose shell another template makes).
    public static func fragment(_ blocks: [HTMLBlock]) -> String {
        HTMLTemplates.library.render(["blocks": blocks.map(\.context)], withTemplate: "blocks") ?? ""
    }
}

/// A piece of a page's content. Text is plain text (escaped when rendered), never markup.
public indirect enum HTMLBlock: Sendable {
    /// A heading of `level` 1–6 with an anchor `id` (for the table of contents; empty for none).
    case heading(Int, String, id: String = "")
    /// A paragraph. `style` is a class name of ``PageStyle`` (`lead`, `small`, `note`) or empty.
    case paragraph(String, style: String = "")
    /// A bulleted list.
    case list([String])
    /// A list of terms and their explanations.
    case definitions([(term: String, explanation: String)])
    /// A table of the one table model (detail columns left out, as in text output).
    case table(ResultTable)
    /// A diagram or chart with a caption.
    case figure(InlineSVG, caption: String)
    /// A box that must be seen (an invalid file left out, illustrative data). `kind`: `warning` or `info`.
    case notice(String, kind: String = "info")
    /// A table of contents: links to headings by their `id`, with an optional detail after each.
    case contents(title: String, entries: [(id: String, text: String, detail: String)])
    /// A group of blocks: `<section>` with a class of ``PageStyle`` (`alliance` starts a new
    /// printed page, `title-page` is a page of its own, `keep` is never split across pages).
    case section(cssClass: String, id: String = "", [HTMLBlock])
    /// Items side by side on a screen (the title page's facts): each a label and a value.
    case facts([(label: String, value: String)])

    /// Every kind's key is present in each block's context (false when it is another kind), so that a
    /// Mustache section never finds the key of an enclosing block instead.
    private static let kinds = ["heading", "paragraph", "list", "definitions", "table", "figure", "notice", "contents",
                                "section", "facts"]

    /// The Mustache context of the block.
    var context: [String: Any] {
        var context: [String: Any] = [:]
        for kind in Self.kinds { context[kind] = false }
        switch self {
        case .heading(let level, let text, let id):
            context["heading"] = ["level": min(max(level, 1), 6), "text": text, "id": id, "hasID": !id.isEmpty]
        case .paragraph(let text, let style):
            context["paragraph"] = ["text": text, "cls": style, "hasClass": !style.isEmpty]
        case .list(let items):
            context["list"] = ["items": items.map { ["text": $0] }]
        case .definitions(let pairs):
            context["definitions"] = ["items": pairs.map { ["term": $0.term, "explanation": $0.explanation] }]
        case .table(let table):
            context["table"] = table.htmlContext
        case .figure(let svg, let caption):
            context["figure"] = ["svg": svg.markup, "caption": caption, "hasCaption": !caption.isEmpty, "id": svg.id]
        case .notice(let text, let kind):
            context["notice"] = ["text": text, "kind": kind]
        case .contents(let title, let entries):
            context["contents"] = ["title": title, "entries": entries.map {
                ["id": $0.id, "text": $0.text, "detail": $0.detail, "hasDetail": !$0.detail.isEmpty]
            }]
        case .section(let cssClass, let id, let blocks):
            context["section"] = ["cls": cssClass, "id": id, "hasID": !id.isEmpty, "blocks": blocks.map(\.context)]
        case .facts(let pairs):
            context["facts"] = ["items": pairs.map { ["label": $0.label, "value": $0.value] }]
        }
        return context
    }
}

extension ResultTable {
    /// The table as an HTML `<table>` (caption = title; detail columns left out; numbers right-aligned),
    /// all text escaped.
    public func html() -> String {
        HTMLPage.fragment([.table(self)])
    }

    /// The Mustache context of ``html()``.
    var htmlContext: [String: Any] {
        let shown = displayedColumns
        let numeric = shown.map { index in
            rows.contains { row in index < row.count && !row[index].isTextual && row[index] != .empty }
                && !rows.contains { row in index < row.count && row[index].isTextual && row[index] != .empty }
        }
        return [
            "caption": title, "hasCaption": !title.isEmpty,
            "headers": zip(shown, numeric).map { ["text": columns[$0.0].header, "numeric": $0.1] },
            "rows": rows.map { row in
                ["cells": zip(shown, numeric).map { index, numeric in
                    ["text": index < row.count ? display(row[index], column: index) : "", "numeric": numeric]
                }]
            },
        ]
    }
}
