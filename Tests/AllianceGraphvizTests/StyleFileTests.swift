import AllianceGraph
import Foundation
import Testing

/// Style files (issue 15 item 10): `alliance render --style`, `alliance report --style`,
/// `alliance validate` on a style file, through the binary.
@Suite("style files")
struct StyleFileTests {
    static let rheinstadt = RenderCommandTests.sample
    static let sampleStyle = RenderCommandTests.packageRoot.appendingPathComponent("Examples/workshop-style.yaml")

    /// A style colouring the education area, the immigration office (abh), case conferences and added relations.
    static let style = """
        style: Probe
        fonts:
          family: [Liberation Sans, Arial, sans-serif]
          sizes: {actor: 15}
        areas:
          education: "#123456"
        kinds:
          abh: "#ABCDEF"
        formats:
          case_conference: "#0A0B0C"
        lines:
          widths: {positive: 4.5}
        changes:
          added: "#FEDCBA"
        """

    /// Runs `alliance` with `arguments` in a temporary folder holding `style.yaml` (`style`) and
    /// returns the status, standard error and the text written to `file` (nil when none was written).
    func run(_ arguments: [String], style: String = Self.style, file: String = "out.svg")
        throws -> (status: Int32, errors: String, output: String?, stylePath: String) {
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stylePath = folder.appendingPathComponent("style.yaml").path
        try style.write(toFile: stylePath, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent(file).path
        let resolved = arguments.map { $0 == "STYLE" ? stylePath : $0 == "OUT" ? output : $0 }
        let result = try RenderCommandTests().run(resolved)
        return (result.status, result.errors, try? String(contentsOfFile: output, encoding: .utf8), stylePath)
    }

    @Test("a style colours a policy area, an actor kind and a format in the SVG, sets fonts and widths, and the legend shows them",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func styleColoursTheSVG() throws {
        let styled = try run(["render", Self.rheinstadt.path, "--year", "2022", "--style", "STYLE", "--lang", "en", "-o", "OUT"])
        #expect(styled.status == 0, "\(styled.errors)")
        let svgText = try #require(styled.output)
        let svg = try SVG(Data(svgText.utf8))
        let fills = Set(svg.elements("path").compactMap { $0.value(of: "fill")?.lowercased() }
                        + svg.elements("polygon").compactMap { $0.value(of: "fill")?.lowercased() })
        #expect(fills.contains("#abcdef"), "the immigration office is filled in its kind's colour")
        #expect(fills.contains("#123456"), "education actors are filled in the area's colour")
        let strokes = Set(svg.elements("path").compactMap { $0.value(of: "stroke")?.lowercased() })
        #expect(strokes.contains("#0a0b0c"), "case conferences are drawn in the format's colour")
        #expect(svgText.contains("stroke-width=\"4.5\""), "positive coordination is drawn 4.5 points wide")
        #expect(svgText.contains("font-family=\"Liberation Sans, Arial, sans-serif\" font-weight=\"bold\""),
                "bold is the style's family list with a weight, not a family named '… Bold'")
        #expect(!svgText.contains("sans-serif Bold"))
        #expect(svgText.contains("font-size=\"15.00\""), "actor names in the style's size")
        // The legend: a row for the kind and one for the format (the areas are named by their regions).
        let texts = svg.texts
        #expect(texts.contains("Actor kinds") && texts.contains("Formats"), "\(texts)")
        let legendColours = Set(svg.elements("text").compactMap { $0.value(of: "fill")?.lowercased() })
        #expect(legendColours.isSuperset(of: ["#abcdef", "#0a0b0c"]), "\(legendColours)")
        // Without regions (neato) the legend's area swatch is in the style's colour.
        let neato = try run(["render", Self.rheinstadt.path, "--year", "2022", "--layout", "neato", "--style", "STYLE", "--lang", "en", "-o", "OUT"])
        let neatoSVG = try SVG(Data(try #require(neato.output, "\(neato.errors)").utf8))
        let neatoColours = Set(neatoSVG.elements("text").compactMap { $0.value(of: "fill")?.lowercased() })
        #expect(neatoColours.contains("#123456"), "\(neatoColours)")

        // Without the style none of these colours occurs.
        let plain = try run(["render", Self.rheinstadt.path, "--year", "2022", "--lang", "en", "-o", "OUT"])
        let plainText = try #require(plain.output).lowercased()
        for colour in ["#abcdef", "#123456", "#0a0b0c"] { #expect(!plainText.contains(colour)) }
    }

    @Test("every view draws with the style: difference, all years, ego view, and the report's diagrams",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func everyViewTakesTheStyle() throws {
        let difference = try run(["render", Self.rheinstadt.path, "--diff", "2019", "2022", "--style", "STYLE", "-o", "OUT"], file: "d.dot")
        let diffDOT = try #require(difference.output, "\(difference.errors)")
        #expect(diffDOT.contains("#FEDCBA"), "added relations in the style's colour")
        #expect(diffDOT.contains("neu in 2022") && !diffDOT.contains("Grün: neu in 2022"),
                "the legend does not call the style's colour green")
        #expect(diffDOT.contains("Rot: 2022 nicht mehr vorhanden"), "a change colour the style keeps keeps its name")
        #expect(diffDOT.contains("#ABCDEF"))
        let poster = try run(["render", Self.rheinstadt.path, "--all-years", "--style", "STYLE", "-o", "OUT"], file: "p.dot")
        let posterDOT = try #require(poster.output, "\(poster.errors)")
        #expect(posterDOT.contains("#ABCDEF") && posterDOT.contains("#0A0B0C") && posterDOT.contains("Liberation Sans, Arial, sans-serif"))
        let ego = try run(["render", Self.rheinstadt.path, "--year", "2022", "--actor", "abh", "--style", "STYLE", "-o", "OUT"], file: "e.dot")
        #expect(try #require(ego.output, "\(ego.errors)").contains("#ABCDEF"))
        let report = try run(["report", Self.rheinstadt.path, "--year", "2022", "--style", "STYLE", "-o", "OUT"], file: "r.html")
        let html = try #require(report.output, "\(report.errors)").lowercased()
        #expect(html.contains("#abcdef") && html.contains("#0a0b0c"), "the report's diagrams are drawn with the style")
    }

    @Test("a style naming nothing draws exactly the built-in diagram",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func emptyStyleChangesNothing() throws {
        let styled = try run(["render", Self.rheinstadt.path, "--year", "2022", "--style", "STYLE", "-o", "OUT"], style: "style: Leer\n", file: "a.dot")
        let plain = try run(["render", Self.rheinstadt.path, "--year", "2022", "-o", "OUT"], file: "a.dot")
        #expect(styled.status == 0 && styled.output != nil && styled.output == plain.output, "\(styled.errors)")
    }

    static let broken = """
        style: Kaputt
        colours: {}
        areas:
          migraton: "#ff0000"
          education: rot
        formats:
          case_conference: #ff0000
        fonts:
          sizes: {actor: 200}
        """

    @Test("a broken style file: every problem at file:line:column with 'did you mean', exit non-zero, nothing written",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func brokenStyle() throws {
        let render = try run(["render", Self.rheinstadt.path, "--year", "2022", "--style", "STYLE", "--lang", "en", "-o", "OUT"],
                             style: Self.broken)
        #expect(render.status != 0)
        #expect(render.output == nil, "nothing is written")
        let path = render.stylePath
        let errors = render.errors
        #expect(errors.contains("\(path):2:1: error: unknown key 'colours' in the style file"), "\(errors)")
        #expect(errors.contains("\(path):4:3: error: unknown key 'migraton' in 'areas' of the style file (did you mean 'migration'?)"), "\(errors)")
        #expect(errors.contains("\(path):5:14: error: 'education' of 'areas' of the style file: 'rot' is not a colour (did you mean 'red'?)"), "\(errors)")
        #expect(errors.contains("\(path):7:") && errors.contains("write a colour such as #ff0000 in quotes"), "\(errors)")
        #expect(errors.contains("\(path):9:18: error: 'actor' of 'sizes' of 'fonts' of the style file: 200 is outside 4 to 96 points"), "\(errors)")
        #expect(errors.contains("the style file has errors"))

        // alliance validate reports the same and fails.
        let validate = try run(["validate", "STYLE", "--lang", "en"], style: Self.broken)
        #expect(validate.status != 0)
        #expect(validate.errors.contains("\(validate.stylePath):4:3: error: unknown key 'migraton'"), "\(validate.errors)")
        // The report refuses too, writing nothing.
        let report = try run(["report", Self.rheinstadt.path, "--style", "STYLE", "-o", "OUT"], style: Self.broken, file: "r.html")
        #expect(report.status != 0 && report.output == nil)
    }

    @Test("a kind or format the vocabulary lacks is a warning with 'did you mean'; the diagram is still drawn",
          .enabled(if: FileManager.default.fileExists(atPath: rheinstadt.path)))
    func unknownKindIsAWarning() throws {
        let style = "style: Tippfehler\nkinds:\n  abhh: red\nformats:\n  case_conferense: blue\n"
        let render = try run(["render", Self.rheinstadt.path, "--year", "2022", "--style", "STYLE", "--lang", "en", "-o", "OUT"], style: style)
        #expect(render.status == 0 && render.output != nil, "\(render.errors)")
        #expect(render.errors.contains("\(render.stylePath):3:3: warning: 'kinds': the vocabulary has no actor kind 'abhh' (did you mean 'abh'?)"),
                "\(render.errors)")
        #expect(render.errors.contains("\(render.stylePath):5:3: warning: 'formats': the vocabulary has no format 'case_conferense' (did you mean 'case_conference'?)"),
                "\(render.errors)")
        let validate = try run(["validate", "STYLE", "--lang", "en", "--strict"], style: style)
        #expect(validate.status != 0 && validate.errors.contains("did you mean 'abh'?"), "\(validate.errors)")
    }

    @Test("alliance validate accepts the sample style; a style file in a folder is recognised, not read as an alliance",
          .enabled(if: FileManager.default.fileExists(atPath: sampleStyle.path)))
    func validateSampleStyle() throws {
        let result = try RenderCommandTests().run(["validate", Self.sampleStyle.path, "--strict"])
        #expect(result.status == 0, "\(result.errors)")
        let folder = try RenderCommandTests().temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.rheinstadt.path, toPath: folder.appendingPathComponent("rheinstadt.yaml").path)
        try Self.style.write(to: folder.appendingPathComponent("style.yaml"), atomically: true, encoding: .utf8)
        let out = folder.path + "/out/"
        let render = try RenderCommandTests().run(["render", folder.path, "--year", "2022", "--format", "dot", "-o", out])
        #expect(render.status == 0, "\(render.errors)")
        let dot = try String(contentsOfFile: out + "rheinstadt-2022.dot", encoding: .utf8)
        #expect(dot.contains("#ABCDEF"), "a style file among the paths is drawn with")
    }
}
