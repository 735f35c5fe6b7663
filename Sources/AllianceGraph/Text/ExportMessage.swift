/// The messages of `alliance export`: its help and its errors.
public enum ExportMessage: String, MessageCatalogue {
    case abstract
    case discussion
    case optionFormat = "option-format"
    case optionOutput = "option-output"
    case optionYear = "option-year"
    case optionMultiActor = "option-multi-actor"
    case outputRequired = "output-required"
    case csvDialectNeedsCSV = "csv-dialect-needs-csv"
    case yearNotCovered = "year-not-covered"
    case wrote

    public static let area = "export"

    public var template: MessageTemplate {
        switch self {
        case .abstract:
            MessageTemplate(de: "Bündnisnetzwerke für Gephi, yEd, Cytoscape, visone, R (igraph), NetworkX oder Kumu ausgeben: GraphML, GEXF, Kumu-JSON oder nodes.csv und edges.csv.",
                            en: "Export alliance networks for Gephi, yEd, Cytoscape, visone, R (igraph), NetworkX or Kumu: GraphML, GEXF, Kumu JSON, or nodes.csv and edges.csv.")
        case .discussion:
            MessageTemplate(de: "Jedes Format trägt dieselben Attribute unter denselben Namen (docs/EXPORT.md): Ids, Namen, Arten, Politikfelder, Geschäftsführende Stelle und Kerngruppe je Jahr, Formate, Mechanismen (mechanism_source: coded oder inferred), Formalisierung, Status, Richtung, Zeiträume und Themen. Ohne --year enthält eine Datei alle Jahre, mit den Jahren als Attributen (present_2021, in_2021, …) und in GEXF als Zeitintervalle (spells) für die Zeitleiste von Gephi. Beziehungen mehrerer Akteure werden zu Paaren (--multi-actor pairs, Vorgabe) oder zu eigenen Knoten mit Mitgliedschaftskanten (--multi-actor affiliation). -o nennt die Datei; bei mehreren Bündnissen oder mit --format csv einen Ordner (eine Datei je Bündnis, bei CSV nodes.csv und edges.csv). Eine Eingabedatei wird nie überschrieben.",
                            en: "Every format carries the same attributes under the same names (docs/EXPORT.md): ids, names, kinds, policy areas, managing office and core group by year, formats, mechanisms (mechanism_source: coded or inferred), formalisation, status, direction, periods and topics. Without --year one file holds all years, with the years as attributes (present_2021, in_2021, …) and in GEXF as spells for Gephi's timeline. Relations of several actors become pairs (--multi-actor pairs, the default) or nodes of their own with membership edges (--multi-actor affiliation). -o names the file; for several alliances or with --format csv a folder (one file per alliance; for CSV nodes.csv and edges.csv). An input file is never overwritten.")
        case .optionFormat:
            MessageTemplate(de: "Das Format: graphml, gexf, kumu oder csv.", en: "The format: graphml, gexf, kumu or csv.")
        case .optionOutput:
            MessageTemplate(de: "Ausgabedatei, oder Ordner für mehrere Bündnisse und für CSV.",
                            en: "Output file, or folder for several alliances and for CSV.")
        case .optionYear:
            MessageTemplate(de: "Nur das Netzwerk dieses Jahres ausgeben (Vorgabe: alle Jahre, mit den Jahren als Attributen).",
                            en: "Export only this year's network (default: all years, with the years as attributes).")
        case .optionMultiActor:
            MessageTemplate(de: "Beziehungen mehrerer Akteure: pairs (Vorgabe: eine Kante je Akteurspaar) oder affiliation (die Beziehung als eigener Knoten, mit einer Kante zu jedem beteiligten Akteur).",
                            en: "Relations of several actors: pairs (default: one edge per pair of actors) or affiliation (the relation as a node of its own, with an edge to each actor taking part).")
        case .outputRequired:
            MessageTemplate(de: "Nennen Sie die Ausgabe mit -o, z. B. '-o {example}'.", en: "Name the output with -o, e.g. '-o {example}'.")
        case .csvDialectNeedsCSV:
            MessageTemplate(de: "--csv gilt nur mit --format csv.", en: "--csv applies only with --format csv.")
        case .yearNotCovered:
            MessageTemplate(de: "Kein Bündnis umfasst das Jahr {year}.", en: "No alliance covers the year {year}.")
        case .wrote:
            MessageTemplate(de: "{count} Datei(en) geschrieben: {path}", en: "{count} file(s) written: {path}")
        }
    }
}
