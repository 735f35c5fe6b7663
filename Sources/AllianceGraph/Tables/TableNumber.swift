import Foundation

/// Rounding and writing of the numbers in tables.
enum TableNumber {
    /// `value` with exactly `decimals` places, as text and Markdown show it.
    static func fixed(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// `value` rounded to `decimals` places, trailing zeros dropped but one decimal kept
    /// (`0.316667`, `0.5`, `100.0`), with `mark` as the decimal mark: how CSV writes numbers.
    static func data(_ value: Double, decimals: Int, mark: String = ".") -> String {
        var text = fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text += "0" }
        }
        if text == "-0.0" { text = "0.0" }
        return mark == "." ? text : text.replacingOccurrences(of: ".", with: mark)
    }

    /// `value` rounded to `decimals` places as a number, for JSON.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        Double(data(value, decimals: decimals)) ?? value
    }
}
