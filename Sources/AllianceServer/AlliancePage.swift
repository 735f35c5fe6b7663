import AllianceGraph
import AllianceGraphviz

/// The page of one alliance: the diagram with the year selector, the views and the filters, the
/// details of what is pointed at, the downloads, the file's problems and the tables. The page's
/// script (``Assets/script``) draws it from `/api/alliance/<file>` and `/diagram/<file>` and
/// follows `/events`.
enum AlliancePage {
    static func html(_ entry: AllianceFolder.Entry, language l: Language) -> String {
        let alliance = entry.lastGood ?? entry.result.alliance
        let title = alliance?.name ?? entry.name
        func word(_ message: ServeMessage) -> String { HTML.escape(message.text(l)) }
        let years = alliance.map { Array($0.years) } ?? []
        let yearButtons = years.map { "<button type=\"button\" class=\"year\" data-year=\"\($0)\">\($0)</button>" }.joined()
        let fromOptions = years.map { "<option value=\"\($0)\">\($0)</option>" }.joined()
        let kind = alliance.map { HTML.escape($0.kind.label.text(l)) } ?? ""
        let span = years.isEmpty ? "" : years.first == years.last ? "\(years[0])" : "\(years[0])–\(years[years.count - 1])"
        let path = "/alliance/" + HTML.urlComponent(entry.name)
        // The handout's sheet (`paper` and `orientation` of /handout), A4 portrait first.
        let paperOptions = PaperSize.Sheet.allCases.flatMap { sheet in
            PaperSize.Orientation.allCases.map { orientation in
                let way = orientation == .portrait ? word(.portrait) : word(.landscape)
                return "<option value=\"\(sheet.rawValue) \(orientation.rawValue)\">\(sheet.name) \(way)</option>"
            }
        }.joined()
        let body = """
            <p class="crumbs"><a id="back" href="/?lang=\(l.rawValue)">\(word(.back))</a></p>
            <h1 id="title">\(HTML.escape(title))</h1>
            <p class="lead">\(kind) · \(span) · <code>\(HTML.escape(entry.name))</code></p>
            <section id="problems" class="notice warning" hidden>
            <h2>\(word(.fileErrors))</h2>
            <ul id="problem-list"></ul>
            </section>
            <form id="controls" class="controls" data-file="\(HTML.escape(entry.name))">
            <fieldset class="views"><legend>\(word(.view))</legend>
            <label><input type="radio" name="view" value="year" checked> \(word(.viewYear))</label>
            <label><input type="radio" name="view" value="side-by-side"> \(word(.viewSideBySide))</label>
            <label><input type="radio" name="view" value="difference"> \(word(.viewDifference))</label>
            </fieldset>
            <fieldset class="years" id="year-choice"><legend>\(word(.year))</legend>
            <div id="years" role="group">\(yearButtons)</div>
            <label id="from-label" hidden>\(word(.compareWith)) <select id="from" name="from">\(fromOptions)</select></label>
            </fieldset>
            <fieldset class="filters"><legend>\(word(.filters))</legend>
            <label>\(word(.policyArea)) <select id="area" name="area"><option value="">\(word(.any))</option></select></label>
            <label>\(word(.format)) <select id="relation-format" name="relation-format"><option value="">\(word(.any))</option></select></label>
            <label>\(word(.mechanism)) <select id="mechanism" name="mechanism"><option value="">\(word(.any))</option></select></label>
            <label>\(word(.actor)) <select id="actor" name="actor"><option value="">\(word(.any))</option></select></label>
            <label>\(word(.depth)) <select id="depth" name="depth"><option value="1">1</option><option value="2">2</option></select></label>
            <label>\(word(.interfaces)) <select id="interfaces" name="interfaces">
            <option value="none">\(word(.interfacesNone))</option><option value="coded">\(word(.interfacesCoded))</option><option value="all">\(word(.interfacesAll))</option>
            </select></label>
            <label>\(word(.mechanismBasis)) <select id="mechanisms" name="mechanisms">
            <option value="effective">\(word(.mechanismBasisEffective))</option><option value="coded">\(word(.mechanismBasisCoded))</option>
            </select></label>
            <button type="button" id="reset">\(word(.reset))</button>
            </fieldset>
            </form>
            <div class="workspace">
            <figure id="diagram" class="diagram" data-state="loading" aria-live="polite"><p class="small">\(word(.rendering))</p></figure>
            <aside id="details" class="details"><h2>\(word(.details))</h2><div id="details-body"><p class="small">\(word(.detailsHint))</p></div></aside>
            </div>
            <p id="render-error" class="notice warning" hidden></p>
            <nav id="downloads" class="downloads" aria-label="\(word(.download))">\(word(.download)):
            <a id="download-svg" href="#" download>SVG</a>
            <a id="download-png" href="#" download>PNG</a>
            <a id="download-pdf" href="#" download>PDF</a>
            <a id="download-graphml" href="#" download>GraphML</a>
            <a id="download-gexf" href="#" download>GEXF</a>
            <label>\(word(.paper)) <select id="paper" name="paper">\(paperOptions)</select></label>
            <a id="download-handout-html" href="#" download>\(word(.handout)) (HTML)</a>\(ChromiumPrinter.executable == nil ? "" : """

            <a id="download-handout-pdf" href="#" download>\(word(.handout)) (PDF)</a>
            """)
            </nav>
            <section id="tables" class="tables"></section>
            """
        return Pages.page(title: title, language: l, body: body, switchPath: path)
    }
}
