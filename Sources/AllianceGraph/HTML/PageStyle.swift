/// The stylesheet of every HTML page the package makes, inline in the page: readable on a screen and
/// a projector (large type, high contrast, content no wider than the window), and on paper
/// (`@media print`: the paper size, a page break before each alliance, no diagram or table row split).
///
/// Class names the blocks of ``HTMLBlock`` use: `alliance` (a section starting a new printed page),
/// `wide` (a section printed on a landscape page, for a diagram much wider than high),
/// `title-page` (a page of its own), `keep` (never split), `overview`; paragraphs `lead`, `small`,
/// `note`; notices `warning` and `info`; `warning-sign` and `covered` on list items of interfaces.
public struct PageStyle: Sendable, Hashable {
    /// The printed page: a CSS `@page` size such as `A4` or `A3 landscape`.
    public var printPage: String
    /// The largest height a diagram may take on paper, as a CSS length, so that it fits one page with
    /// its caption (e.g. `240mm` on A4 portrait).
    public var printDiagramHeight: String
    /// The page of sections marked `wide` (a diagram much wider than high); `nil`: they print on
    /// ``printPage`` like the others.
    public var printWidePage: WidePage?

    /// A page for wide diagrams: its CSS `@page` size (e.g. `A4 landscape`) and the largest height of a
    /// diagram on it.
    public struct WidePage: Sendable, Hashable {
        /// The CSS `@page` size.
        public var size: String
        /// The largest height of a diagram, as a CSS length.
        public var diagramHeight: String

        /// Creates the page.
        public init(size: String, diagramHeight: String) {
            self.size = size
            self.diagramHeight = diagramHeight
        }
    }

    /// Creates the style for printing on `printPage` (CSS `@page` size) with diagrams at most
    /// `printDiagramHeight` high, and sections marked `wide` on `printWidePage`.
    public init(printPage: String = "A4", printDiagramHeight: String = "230mm", printWidePage: WidePage? = nil) {
        self.printPage = printPage
        self.printDiagramHeight = printDiagramHeight
        self.printWidePage = printWidePage
    }

    /// The style for printing on `paper`: its CSS page size, and diagrams at most as high as the sheet
    /// less the margins and room for a heading and the caption (225 mm on A4 portrait, 348 mm on A3).
    /// Sections marked `wide` print on the sheet turned to landscape (138 mm high diagrams on A4,
    /// 225 mm on A3), where a diagram much wider than high is drawn larger.
    public init(paper: PaperSize) {
        let height = max(60, paper.millimetres.height - 72)
        let wide = paper.landscape
        self.init(printPage: paper.cssPageSize, printDiagramHeight: "\(Int(height))mm",
                  printWidePage: WidePage(size: wide.cssPageSize, diagramHeight: "\(Int(max(60, wide.millimetres.height - 72)))mm"))
    }

    /// The stylesheet's text. No fonts are fetched: system fonts only (DejaVu and Liberation on Debian).
    public func css() -> String {
        let wide = printWidePage.map { page in
            """
            @page wide { size: \(page.size); }
            @media print {
              section.wide { page: wide; }
              section.wide figure.diagram svg { max-height: \(page.diagramHeight); }
            }

            """
        } ?? ""
        return Self.screen + """

            @page { size: \(printPage); margin: 14mm 12mm 16mm 12mm; }
            @media print {
              html { font-size: 10.5pt; }
              body { background: #fff; }
              main { max-width: none; padding: 0; margin: 0; }
              a { color: inherit; text-decoration: none; }
              section.alliance, section.overview { break-before: page; }
              section.title-page { break-after: page; min-height: 0; padding-top: 30mm; border: 0; }
              section.keep, figure, tr, .notice, dl.facts div, li { break-inside: avoid; }
              h1, h2, h3, h4 { break-after: avoid; }
              figure.diagram svg { max-height: \(printDiagramHeight); }
              .table-wrap { overflow: visible; }
              /* A table wider than the sheet made Chromium shrink the whole document to fit it (the
                 folder report printed at 67 %): on paper tables are set smaller, headings may break
                 anywhere, numbers never. */
              table { max-width: 100%; font-size: .8rem; }
              th, td { padding: .2rem .3rem; }
              th { overflow-wrap: anywhere; }
              td.num { white-space: nowrap; }
              nav.contents { break-after: page; }
            }

            """ + wide
    }

    /// The screen part: one column, at most 70 characters of text wide, diagrams and tables as wide
    /// as the window.
    static let screen = """
        :root { --ink: #1d2430; --muted: #566070; --line: #c9d0da; --accent: #1f5f99; --warn: #9b2c1f;
                --warn-bg: #fdf0ec; --info-bg: #eef4fa; --ok: #2d6b35; }
        * { box-sizing: border-box; }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 17px;
               line-height: 1.45; color: var(--ink); background: #fff; }
        body { margin: 0; }
        main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .6rem; }
        h2 { font-size: 1.45rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
        p, ul, ol, dl { max-width: 46rem; margin: .4rem 0 .8rem; }
        p.lead { font-size: 1.15rem; }
        p.small, p.note, .detail, figcaption, caption { color: var(--muted); font-size: .88rem; }
        a { color: var(--accent); }
        li { margin: .2rem 0; }
        li.warning-sign { color: var(--warn); }
        dl dt { font-weight: bold; margin-top: .5rem; }
        dl dd { margin: 0 0 .3rem 0; }
        dl.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .6rem 1.5rem;
                   max-width: none; }
        dl.facts div { border-left: 4px solid var(--accent); padding: .2rem .7rem; }
        dl.facts dt { margin: 0; font-weight: normal; color: var(--muted); font-size: .85rem; }
        dl.facts dd { font-size: 1.1rem; font-weight: bold; margin: 0; overflow-wrap: anywhere; }
        section.title-page { padding: 2rem 0 1rem; border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
        section.alliance { margin-top: 3rem; }
        section.alliance > h1 { border-top: 6px solid var(--accent); padding-top: .8rem; }
        .notice { max-width: 46rem; padding: .6rem .9rem; margin: .8rem 0; border-radius: 4px;
                  background: var(--info-bg); border-left: 5px solid var(--accent); }
        .notice.warning { background: var(--warn-bg); border-left-color: var(--warn); }
        figure.diagram { margin: 1rem 0 1.6rem; }
        figure.diagram svg { display: block; width: 100%; height: auto; max-width: 100%; margin: 0 auto; }
        figure.chart svg { max-width: 46rem; }
        figcaption { margin-top: .3rem; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: .6rem 0 1.2rem; }
        table { border-collapse: collapse; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; color: var(--ink); padding: .2rem 0 .4rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top;
                 overflow-wrap: break-word; }
        th { background: #f2f4f7; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        nav.contents ol { padding-left: 1.4rem; }
        nav.contents h2 { border: 0; }

        """
}
