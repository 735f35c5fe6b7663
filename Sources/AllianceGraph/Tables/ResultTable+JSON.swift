import Foundation

extension ResultTable {
    /// The rows as JSON-ready objects keyed by column id (term columns add `<id>_label`); numbers
    /// rounded to the column's ``Column/dataDecimals``, undefined values `NSNull`.
    func jsonObjects() -> [[String: Any]] {
        let labelled = columns.indices.map(hasLabels)
        return rows.map { row in
            var object: [String: Any] = [:]
            for (i, column) in columns.enumerated() {
                let cell = i < row.count ? row[i] : .empty
                object[column.id] = Self.jsonValue(cell, decimals: dataDecimals(i))
                if labelled[i] {
                    if case .term(_, let label) = cell { object[column.id + "_label"] = label } else { object[column.id + "_label"] = NSNull() }
                }
            }
            return object
        }
    }

    /// One cell as a JSON value.
    static func jsonValue(_ cell: TableCell, decimals: Int) -> Any {
        switch cell {
        case .text(let s): s
        case .int(let v): v
        case .number(let d): d.isFinite ? TableNumber.rounded(d, decimals: decimals) : NSNull()
        case .term(let id, _): id
        case .list(let values): values
        case .bool(let b): b
        case .empty: NSNull()
        }
    }

    /// Pretty, key-sorted JSON text of `object`, ending in a newline.
    static func jsonText(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// JSON: an array of objects keyed by column id (see ``jsonObjects()``); undefined values are `null`.
    /// Written by ``JSONTableWriter`` (the same text as ``jsonText(_:)`` of ``jsonObjects()``).
    /// - Complexity: O(*c* log *c*) for *c* columns, then linear in the output.
    public func json() throws -> String {
        var writer = JSONTableWriter()
        writer.write(self, level: 0)
        return writer.output + "\n"
    }
}
