import Mustache

/// The Mustache templates of every HTML page the package makes (swift-mustache): the page shell and
/// one partial per ``HTMLBlock`` kind. `{{…}}` escapes text for HTML; the only unescaped values
/// (`{{{…}}}`) are the stylesheet of ``PageStyle`` and the markup of ``InlineSVG``.
///
/// A caller with pages of its own (the web view) registers further templates into a copy of
/// ``library`` and uses the partials `blocks` and `block` in them.
public enum HTMLTemplates {
    /// The page shell: doctype, language, character set, viewport, title, inline style, the blocks.
    public static let page = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="{{generator}}">
        <title>{{title}}</title>
        <style>
        {{{css}}}
        </style>
        </head>
        <body>
        <main>
        {{>blocks}}
        </main>
        </body>
        </html>

        """

    /// A list of blocks, each by the partial `block`.
    public static let blocks = "{{#blocks}}{{>block}}{{/blocks}}"

    /// One block: exactly one of the sections below is not `false`.
    public static let block = """
        {{#heading}}<h{{level}}{{#hasID}} id="{{id}}"{{/hasID}}>{{text}}</h{{level}}>
        {{/heading}}{{#paragraph}}<p{{#hasClass}} class="{{cls}}"{{/hasClass}}>{{text}}</p>
        {{/paragraph}}{{#list}}<ul>{{#items}}<li>{{text}}</li>{{/items}}</ul>
        {{/list}}{{#definitions}}<dl>{{#items}}<dt>{{term}}</dt><dd>{{explanation}}</dd>{{/items}}</dl>
        {{/definitions}}{{#table}}<div class="table-wrap"><table>{{#hasCaption}}<caption>{{caption}}</caption>{{/hasCaption}}\
        <thead><tr>{{#headers}}<th scope="col"{{#numeric}} class="num"{{/numeric}}>{{text}}</th>{{/headers}}</tr></thead>\
        <tbody>{{#rows}}<tr>{{#cells}}<td{{#numeric}} class="num"{{/numeric}}>{{text}}</td>{{/cells}}</tr>{{/rows}}</tbody></table></div>
        {{/table}}{{#figure}}<figure class="diagram" id="{{id}}">{{{svg}}}{{#hasCaption}}<figcaption>{{caption}}</figcaption>{{/hasCaption}}</figure>
        {{/figure}}{{#notice}}<div class="notice {{kind}}" role="note">{{text}}</div>
        {{/notice}}{{#contents}}<nav class="contents" aria-label="{{title}}"><h2>{{title}}</h2><ol>\
        {{#entries}}<li><a href="#{{id}}">{{text}}</a>{{#hasDetail}} <span class="detail">{{detail}}</span>{{/hasDetail}}</li>{{/entries}}</ol></nav>
        {{/contents}}{{#section}}<section class="{{cls}}"{{#hasID}} id="{{id}}"{{/hasID}}>
        {{#blocks}}{{>block}}{{/blocks}}</section>
        {{/section}}{{#facts}}<dl class="facts">{{#items}}<div><dt>{{label}}</dt><dd>{{value}}</dd></div>{{/items}}</dl>
        {{/facts}}
        """

    /// The templates `page`, `blocks` and `block`, parsed once.
    public static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        // The templates are constants of this file: a parse error is a programming error the tests catch.
        // swiftlint:disable force_try
        try! library.register(page, named: "page")
        try! library.register(blocks, named: "blocks")
        try! library.register(block, named: "block")
        return library
    }()
}
