import Foundation

/// Reads a data file's text, saying precisely why when it cannot: a device or another thing that is
/// no file, a symbolic link leading in a circle or nowhere, a byte that is no UTF-8 (with its line
/// and column). Used for alliance and vocabulary files alike.
enum TextFile {
    /// Why a file's text could not be read.
    enum Failure: Error {
        /// The file cannot be read; the reason in words (a ``ValidationMessage`` or the system's).
        case unreadable(MessageArgument)
        /// Byte `byte` at `line` and `column` (in Unicode scalars, from 1) is not UTF-8.
        case notUTF8(line: Int, column: Int, byte: UInt8)

        /// The failure as a diagnostic of `file`: `cannot read the file: …` or `the file is not UTF-8 text: …`.
        func diagnostic(_ file: String) -> Diagnostic {
            switch self {
            case .unreadable(let reason):
                Diagnostic(.error, Message(ValidationMessage.cannotRead, ["reason": reason]), file: file)
            case .notUTF8(let line, let column, let byte):
                Diagnostic(.error, Message(ValidationMessage.notUTF8Byte, ["byte": .text(String(format: "0x%02X", byte))]),
                           file: file, line: line, column: column)
            }
        }
    }

    /// The text of the file at `path`. FIFOs are read as they come (e.g. `<(…)` in a shell).
    /// - Complexity: O(*n*) in the size of the file.
    static func read(_ path: String) throws(Failure) -> String {
        if path.isEmpty { throw .unreadable(.message(Message(ValidationMessage.emptyPath))) }
        var info = stat()
        if stat(path, &info) != 0 {
            let problem = errno
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                if problem == ELOOP { throw .unreadable(.message(Message(ValidationMessage.reasonLinkLoop))) }
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw .unreadable(.message(Message(ValidationMessage.reasonDanglingLink, ["target": .text(target)])))
            }
        } else {
            switch info.st_mode & S_IFMT {
            case S_IFCHR, S_IFBLK: throw .unreadable(.message(Message(ValidationMessage.reasonDevice)))
            case S_IFSOCK: throw .unreadable(.message(Message(ValidationMessage.reasonNotAFile)))
            case S_IFIFO:
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    throw .unreadable(.message(Message(ValidationMessage.reasonPermissionDenied)))
                }
                return try decode(handle.readDataToEndOfFile())
            default: break
            }
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(AllianceLoader.reason(error))
        }
        return try decode(data)
    }

    /// Whether `scalar`, followed by `next`, ends a line as libyaml counts lines (and so the line
    /// numbers of every other message): LF, CR not followed by LF (CRLF counts once, at its LF),
    /// NEL, LS and PS.
    static func endsLine(_ scalar: UInt32, before next: UInt32?) -> Bool {
        switch scalar {
        case 0x0A, 0x85, 0x2028, 0x2029: true
        case 0x0D: next != 0x0A
        default: false
        }
    }

    /// `data` as UTF-8 text, or where its first byte that is not UTF-8 stands.
    static func decode(_ data: Data) throws(Failure) -> String {
        if let text = String(data: data, encoding: .utf8) { return text }
        let bytes = [UInt8](data)
        var index = 0, line = 1, column = 1
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF where continuation(1): length = 2
            case 0xE0 where continuation(1, 0xA0...0xBF) && continuation(2),
                 0xE1...0xEC where continuation(1) && continuation(2),
                 0xED where continuation(1, 0x80...0x9F) && continuation(2),
                 0xEE...0xEF where continuation(1) && continuation(2): length = 3
            case 0xF0 where continuation(1, 0x90...0xBF) && continuation(2) && continuation(3),
                 0xF1...0xF3 where continuation(1) && continuation(2) && continuation(3),
                 0xF4 where continuation(1, 0x80...0x8F) && continuation(2) && continuation(3): length = 4
            default:
                throw .notUTF8(line: line, column: column, byte: byte)
            }
            let scalar: UInt32 = switch length {
            case 1: UInt32(byte)
            case 2: UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            case 3: UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            default: 0x10000   // no line break has four bytes
            }
            let next: UInt32? = index + length < bytes.count ? UInt32(bytes[index + length]) : nil
            if endsLine(scalar, before: next) { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        // Valid UTF-8 that Foundation still refused (it should not happen): report at the start.
        throw .notUTF8(line: 1, column: 1, byte: bytes.first ?? 0)
    }
}
