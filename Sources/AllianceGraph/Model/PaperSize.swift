import Foundation

/// A sheet of paper to print on: an ISO 216 size (A4 or A3) in portrait or landscape.
///
/// One type serves every printed output: diagrams (`alliance render --page a4|a3 [--landscape]`)
/// and handouts (`alliance report --page a4|a3`). It gives the sheet in millimetres and in
/// PostScript points (1/72 inch, Graphviz's and PDF's unit), the area inside a margin, the pixels
/// at a print resolution, and the CSS `@page` size.
///
/// ```swift
/// let paper = try PaperSize(parsing: "a3", landscape: true)
/// paper.millimetres        // 420 × 297
/// paper.points             // ≈ 1190.55 × 841.89
/// paper.pixels(dpi: 300)   // 4961 × 3508
/// paper.cssPageSize        // "A3 landscape"
/// ```
public struct PaperSize: Hashable, Sendable, Codable, CustomStringConvertible {
    /// An ISO 216 A-series sheet, named as on the command line.
    public enum Sheet: String, CaseIterable, Hashable, Sendable, Codable {
        /// 210 × 297 mm: handouts and single diagrams.
        case a4
        /// 297 × 420 mm: posters.
        case a3

        /// The sheet in portrait, in millimetres (the shorter side is the width).
        public var portraitMillimetres: Dimensions {
            switch self {
            case .a4: Dimensions(width: 210, height: 297)
            case .a3: Dimensions(width: 297, height: 420)
            }
        }

        /// The name as printed: "A4", "A3".
        public var name: String { rawValue.uppercased() }
    }

    /// Which way up the sheet is.
    public enum Orientation: String, CaseIterable, Hashable, Sendable, Codable {
        /// Taller than wide (the default).
        case portrait
        /// Wider than tall.
        case landscape
    }

    /// A width and a height in one unit (millimetres, points or pixels, as the property says).
    public struct Dimensions: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The horizontal extent.
        public var width: Double
        /// The vertical extent.
        public var height: Double

        /// Creates dimensions.
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }

        /// "210 × 297" (whole numbers without decimals, others with two).
        public var description: String {
            func number(_ value: Double) -> String {
                value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
            }
            return "\(number(width)) × \(number(height))"
        }
    }

    /// Why a text names no paper size.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What was written.
        public var text: String
        /// The message: what was written and what to write instead.
        public var message: Message {
            Message(CommonMessage.unknownPaper, [
                "text": .text(text), "allowed": .list(Sheet.allCases.map { .text($0.rawValue) }),
            ])
        }
        /// The message in German.
        public var description: String { message.text(.de) }
    }

    /// Millimetres per PostScript point's inch: 1 in = 25.4 mm = 72 pt.
    public static let millimetresPerInch = 25.4
    /// Points per inch.
    public static let pointsPerInch = 72.0

    /// A4 portrait.
    public static let a4 = PaperSize(.a4)
    /// A3 portrait.
    public static let a3 = PaperSize(.a3)

    /// The sheet.
    public var sheet: Sheet
    /// Which way up.
    public var orientation: Orientation

    /// Creates a paper size; portrait unless `orientation` says otherwise.
    public init(_ sheet: Sheet, orientation: Orientation = .portrait) {
        self.sheet = sheet
        self.orientation = orientation
    }

    /// Reads a paper size as written on the command line: `a4` or `a3` in any case, surrounding
    /// spaces ignored; `landscape` turns it (as `--landscape` does).
    ///
    /// - Throws: ``ParseError`` naming what was written and the sizes there are.
    public init(parsing text: String, landscape: Bool = false) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let sheet = Sheet(rawValue: trimmed) else { throw ParseError(text: text) }
        self.init(sheet, orientation: landscape ? .landscape : .portrait)
    }

    /// The same sheet in landscape.
    public var landscape: PaperSize { PaperSize(sheet, orientation: .landscape) }
    /// The same sheet in portrait.
    public var portrait: PaperSize { PaperSize(sheet, orientation: .portrait) }
    /// Whether the sheet is wider than tall.
    public var isLandscape: Bool { orientation == .landscape }

    /// The sheet in millimetres, width first as it lies.
    public var millimetres: Dimensions {
        let upright = sheet.portraitMillimetres
        return isLandscape ? Dimensions(width: upright.height, height: upright.width) : upright
    }

    /// The sheet in PostScript points (1/72 inch), the unit of PDF pages and Graphviz's `size`.
    public var points: Dimensions {
        let sheet = millimetres
        return Dimensions(width: Self.points(millimetres: sheet.width), height: Self.points(millimetres: sheet.height))
    }

    /// The area inside a margin of `margin` millimetres on every side, in points.
    /// A margin wider than half the shorter side leaves nothing (zero, never negative).
    public func printableArea(marginMillimetres margin: Double) -> Dimensions {
        let sheet = millimetres
        return Dimensions(width: Self.points(millimetres: max(0, sheet.width - 2 * margin)),
                          height: Self.points(millimetres: max(0, sheet.height - 2 * margin)))
    }

    /// The sheet in whole pixels at `dpi` dots per inch (rounded to the nearest pixel), e.g.
    /// 2480 × 3508 for A4 portrait at 300 dpi.
    public func pixels(dpi: Double) -> (width: Int, height: Int) {
        let sheet = millimetres
        return (Int((sheet.width / Self.millimetresPerInch * dpi).rounded()),
                Int((sheet.height / Self.millimetresPerInch * dpi).rounded()))
    }

    /// The value of CSS's `@page { size: … }`: "A4", "A3 landscape".
    public var cssPageSize: String { isLandscape ? "\(sheet.name) landscape" : sheet.name }

    /// "A4", "A3 landscape" (as ``cssPageSize``).
    public var description: String { cssPageSize }

    /// Converts millimetres to points.
    public static func points(millimetres: Double) -> Double { millimetres / millimetresPerInch * pointsPerInch }

    /// Converts points to millimetres.
    public static func millimetres(points: Double) -> Double { points / pointsPerInch * millimetresPerInch }
}
