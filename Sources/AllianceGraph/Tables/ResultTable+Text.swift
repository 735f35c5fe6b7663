extension ResultTable {
    /// Aligned plain text: the title, a header line, a rule and the rows; text left-aligned,
    /// numbers right-aligned, an empty cell (`–`) like the rest of its column; detail columns left out.
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
        // A column is textual when any of its cells is; its empty cells are then left-aligned too.
        let textual = shown.map { i in rows.contains { i < $0.count && $0[i].isTextual } }
        var lines: [String] = []
        if !title.isEmpty { lines.append(title) }
        lines.append(trimmed(shown.enumerated().map { pad(columns[$1].header, widths[$0], right: false) }.joined(separator: "  ")))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (r, row) in cells.enumerated() {
            lines.append(trimmed(row.enumerated().map { k, c in
                let i = shown[k]
                let cell = i < rows[r].count ? rows[r][i] : .empty
                let isText = cell.isTextual || (cell == .empty && textual[k])
                return pad(c, widths[k], right: !isText)
            }.joined(separator: "  ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
