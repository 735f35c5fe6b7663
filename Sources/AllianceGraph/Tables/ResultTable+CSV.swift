import CSV
import Foundation

extension ResultTable {
    /// The CSV header: the column ids, each term column followed by its `_label` column.
    public var dataColumnIDs: [String] {
        columns.indices.flatMap { i in hasLabels(i) ? [columns[i].id, columns[i].id + "_label"] : [columns[i].id] }
    }

    /// CSV via CSV.swift in `dialect`: a header row of column ids (see ``dataColumnIDs``), then
    /// the rows; numbers rounded to the column's ``Column/dataDecimals``, lists joined by `;`
    /// (by `,` in the semicolon dialect), undefined values empty.
    public func csv(dialect: CSVDialect = .plain) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: dialect.separator, newline: dialect == .plain ? .lf : .crlf)
        let labelled = columns.indices.map(hasLabels)
        let listSeparator = dialect.separator == ";" ? "," : ";"
        try writer.write(row: dataColumnIDs)
        for row in rows {
            var fields: [String] = []
            for i in columns.indices {
                let cell = i < row.count ? row[i] : .empty
                switch cell {
                case .text(let s): fields.append(s)
                case .int(let v): fields.append(String(v))
                case .number(let d):
                    fields.append(d.isFinite ? TableNumber.data(d, decimals: dataDecimals(i), mark: dialect.decimalMark) : "")
                case .term(let id, _): fields.append(id)
                case .list(let values): fields.append(values.joined(separator: listSeparator))
                case .bool(let b): fields.append(String(b))
                case .empty: fields.append("")
                }
                if labelled[i] {
                    if case .term(_, let label) = cell { fields.append(label) } else { fields.append("") }
                }
            }
            try writer.write(row: fields)
        }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return (dialect.writesByteOrderMark ? "\u{FEFF}" : "") + String(decoding: data, as: UTF8.self) + dialect.lineEnding
    }
}
