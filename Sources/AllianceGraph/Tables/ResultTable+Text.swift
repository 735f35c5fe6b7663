extension ResultTable {
    /// Aligned plain text: the title, a header line, a rule and the rows; text left-aligned,
    /// numbers right-aligned; detail columns left out.
    public func text() -> String {
        let shown = displayedColumns
        let cells = rows.map { row in shown.map { i in i < row.count ? display(row[i], column: i) : "" } }
        var widths = shown.map { columns[$0].header.count }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func pad(_ s: String, _ w: Int, right: Bool) -> String {
            let fill = String(repeating: " ", count: max(0, w - s.count))
            return right ? fill + s : s + fill
        }
        func trimmed(_ s: String) -> String {
            var s = s
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var lines: [String] = []
        if !title.isEmpty { lines.append(title) }
        lines.append(trimmed(shown.enumerated().map { pad(columns[$1].header, widths[$0], right: false) }.joined(separator: "  ")))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (r, row) in cells.enumerated() {
            lines.append(trimmed(row.enumerated().map { k, c in
                let i = shown[k]
                let isText = i < rows[r].count && rows[r][i].isTextual
                return pad(c, widths[k], right: !isText)
            }.joined(separator: "  ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
