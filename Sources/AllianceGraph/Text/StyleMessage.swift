/// The messages of reading style files (`alliance render --style`, docs/RENDERING.md) and the
/// words diagrams take from a style.
public enum StyleMessage: String, MessageCatalogue {
    case placeStyleFile = "place-style-file"
    case empty
    case colourIsComment = "colour-is-comment"
    case colourMissing = "colour-missing"
    case badColour = "bad-colour"
    case notANumber = "not-a-number"
    case outOfRange = "out-of-range"
    case badFamily = "bad-family"
    case unknownKind = "unknown-kind"
    case unknownFormat = "unknown-format"
    case cannotUse = "cannot-use"
    case formatsHeading = "formats-heading"
    case kindsHeading = "kinds-heading"
    /// Legend entries of change in a colour the style chose, without the built-in colour's name.
    case added
    case removed
    case changed
    case unchanged

    public static let area = "style"

    public var template: MessageTemplate {
        switch self {
        case .placeStyleFile: MessageTemplate(de: "Stildatei", en: "the style file")
        case .empty: MessageTemplate(de: "die Stildatei ist leer; sie braucht mindestens 'style: NAME'",
                                     en: "the style file is empty; it needs at least 'style: NAME'")
        case .colourIsComment:
            MessageTemplate(de: "{place}: die Farbe fehlt; eine Farbe wie #ff0000 in Anführungszeichen schreiben (\"#ff0000\"), sonst liest YAML sie als Kommentar",
                            en: "{place}: the colour is missing; write a colour such as #ff0000 in quotes (\"#ff0000\"), else YAML reads it as a comment")
        case .colourMissing:
            MessageTemplate(de: "{place}: die Farbe fehlt; \"#rrggbb\" oder einen Farbnamen wie 'orange' angeben",
                            en: "{place}: the colour is missing; give \"#rrggbb\" or a colour name such as 'orange'")
        case .badColour:
            MessageTemplate(de: "{place}: '{value}' ist keine Farbe{suggestion}; \"#rrggbb\" (sechs Hex-Ziffern) oder einen SVG-Farbnamen in Kleinbuchstaben angeben, z. B. 'darkblue'",
                            en: "{place}: '{value}' is not a colour{suggestion}; give \"#rrggbb\" (six hex digits) or an SVG colour name in lower case, e.g. 'darkblue'")
        case .notANumber: MessageTemplate(de: "{place}: '{value}' ist keine Zahl; eine Zahl in Punkt angeben, z. B. 12",
                                          en: "{place}: '{value}' is not a number; give a number of points, e.g. 12")
        case .outOfRange: MessageTemplate(de: "{place}: {value} liegt außerhalb von {low} bis {high} Punkt",
                                          en: "{place}: {value} is outside {low} to {high} points")
        case .badFamily:
            MessageTemplate(de: "'family' von 'fonts': '{value}' ist kein Schriftname; jede Schrift als eigenen Listeneintrag angeben (Buchstaben, Ziffern, Leerzeichen, - _ .), z. B. [Liberation Sans, Arial, sans-serif]",
                            en: "'family' of 'fonts': '{value}' is not a font name; give each font as an item of its own (letters, digits, spaces, - _ .), e.g. [Liberation Sans, Arial, sans-serif]")
        case .unknownKind:
            MessageTemplate(de: "'kinds': die Akteursart '{kind}' kennt das Vokabular nicht{suggestion}; ihre Farbe wird nicht verwendet (siehe 'alliance vocab')",
                            en: "'kinds': the vocabulary has no actor kind '{kind}'{suggestion}; its colour is not used (see 'alliance vocab')")
        case .unknownFormat:
            MessageTemplate(de: "'formats': das Format '{format}' kennt das Vokabular nicht{suggestion}; seine Farbe wird nicht verwendet (siehe 'alliance vocab')",
                            en: "'formats': the vocabulary has no format '{format}'{suggestion}; its colour is not used (see 'alliance vocab')")
        case .cannotUse: MessageTemplate(de: "die Stildatei hat Fehler; sie korrigieren, dann wird gezeichnet", en: "the style file has errors; fix them and draw again")
        case .formatsHeading: MessageTemplate(de: "Formate", en: "Formats")
        case .kindsHeading: MessageTemplate(de: "Akteursarten", en: "Actor kinds")
        case .added: MessageTemplate(de: "neu in {year}", en: "new in {year}")
        case .removed: MessageTemplate(de: "{year} nicht mehr vorhanden", en: "no longer there in {year}")
        case .changed: MessageTemplate(de: "geändert oder ersetzt (alt → neu)", en: "changed or replaced (old → new)")
        case .unchanged: MessageTemplate(de: "unverändert", en: "unchanged")
        }
    }
}
