/// The messages about writing output: files (``AtomicFile``) and standard output.
public enum OutputMessage: String, MessageCatalogue {
    case refusingToOverwriteInput = "refusing-to-overwrite-input"
    case sameFileAs = "same-file-as"
    case cannotWriteFile = "cannot-write-file"
    case cannotWriteStandardOutput = "cannot-write-standard-output"
    case isFolder = "is-folder"
    case notAFile = "not-a-file"
    case diskFull = "disk-full"
    case noPermission = "no-permission"
    case readOnlyFileSystem = "read-only-file-system"
    case linkLoop = "link-loop"

    public static let area = "output"

    public var template: MessageTemplate {
        switch self {
        case .refusingToOverwriteInput:
            MessageTemplate(de: "eine Eingabedatei wird nicht überschrieben{same}; wählen Sie einen anderen Ausgabepfad",
                            en: "refusing to overwrite an input file{same}; choose another output path")
        case .sameFileAs:
            MessageTemplate(de: " (dieselbe Datei wie {input})", en: " (the same file as {input})")
        case .cannotWriteFile: MessageTemplate(de: "die Datei kann nicht geschrieben werden: {reason}", en: "cannot write the file: {reason}")
        case .cannotWriteStandardOutput:
            MessageTemplate(de: "die Standardausgabe kann nicht geschrieben werden: {reason}; die Ausgabe ist unvollständig",
                            en: "cannot write to standard output: {reason}; the output is incomplete")
        case .isFolder:
            MessageTemplate(de: "ist ein Ordner; nennen Sie eine Datei, z. B. eine darin", en: "is a folder; name a file, e.g. one inside it")
        case .notAFile:
            MessageTemplate(de: "ist weder eine Datei noch ein zeichenorientiertes Gerät oder eine Pipe; nennen Sie eine Datei",
                            en: "is neither a file nor a character device or pipe; name a file")
        case .diskFull:
            MessageTemplate(de: "kein Platz mehr auf dem Datenträger; schaffen Sie Platz oder schreiben Sie anderswohin",
                            en: "no space left on the device; free some space or write elsewhere")
        case .noPermission:
            MessageTemplate(de: "keine Schreibberechtigung", en: "permission denied")
        case .readOnlyFileSystem:
            MessageTemplate(de: "das Dateisystem ist schreibgeschützt", en: "the file system is read-only")
        case .linkLoop:
            MessageTemplate(de: "die symbolischen Links bilden eine Schleife", en: "the symbolic links form a loop")
        }
    }
}
