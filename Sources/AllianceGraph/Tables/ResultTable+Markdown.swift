extension ResultTable {
    /// A Markdown table with the title as a bold line; `|` and line breaks in cells are escaped;
    /// detail columns left out.
    public func markdown() -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        let shown = displayedColumns
        var lines: [String] = []
        if !title.isEmpty { lines.append("**\(esc(title))**"); lines.append("") }
        lines.append("| " + shown.map { esc(columns[$0].header) }.joined(separator: " | ") + " |")
        let alignments = shown.map { i -> String in
            if let first = rows.first, i < first.count, first[i].isTextual { return " --- " }
            return rows.isEmpty ? " --- " : " ---: "
        }
        lines.append("|" + alignments.joined(separator: "|") + "|")
        for row in rows {
            lines.append("| " + shown.map { i in esc(i < row.count ? display(row[i], column: i) : "") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
