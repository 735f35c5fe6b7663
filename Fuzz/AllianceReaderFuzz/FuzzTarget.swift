// A libFuzzer target on the file reader and validator (issue 16 item 10).
//
// Not part of the normal build: Package.swift declares the target only when ALLIANCE_FUZZ=1, and
// scripts/fuzz-libfuzzer builds it with `-sanitize=fuzzer` into .build-fuzz and runs it (see
// docs/RELIABILITY.md). The program hands its arguments to libFuzzer's driver
// (`LLVMFuzzerRunDriver`, from the toolchain's libclang_rt.fuzzer), which calls `fuzzOneInput` with
// each input. (libFuzzer's own `main` cannot be used: SwiftPM links every executable target's
// entry point under a name of its own.) A broken property stops the run with `fatalError`, which libFuzzer reports as a
// crash and saves the input (crash-…) for reproduction: `.build-fuzz/debug/alliance-fuzz crash-…`.
import AllianceGraph
import Foundation

/// Where each input is written, so that it is read as a user's file is (bytes, UTF-8 check, YAML).
private let path = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-fuzz-\(getpid()).yaml").path
private let loader = AllianceLoader(vocabulary: .builtIn)
/// Whether `id` follows the documented id rule `^[A-Za-z0-9_][A-Za-z0-9_.-]*$` (docs/FORMAT.md,
/// docs/alliance.schema.json).
private func followsIdRule(_ id: String) -> Bool {
    func allowed(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_": true
        case ".", "-": !first
        default: false
        }
    }
    let scalars = Array(id.unicodeScalars)
    return !scalars.isEmpty && scalars.indices.allSatisfy { allowed(scalars[$0], first: $0 == 0) }
}

/// Stops the run with `message` and the input's diagnostics when `condition` is false.
private func require(_ condition: @autoclosure () -> Bool, _ message: String, _ diagnostics: [Diagnostic]) {
    if !condition() {
        fatalError("property broken: \(message)\n" + diagnostics.map { $0.text(.en) }.joined(separator: "\n"))
    }
}

/// The errors that have no place: an empty file (or only comments) has none to point at.
private let unplaced: Set<String> = [Message(ValidationMessage.fileEmpty).id, Message(ValidationMessage.vocabularyFileEmpty).id]

/// Every diagnostic names `file`; every error has a line and column inside `text` (only an empty
/// file has none); an alliance is given exactly when there is no error.
private func checkPlaced(_ diagnostics: [Diagnostic], file: String, lines: Int, what: String) {
    for diagnostic in diagnostics {
        require(diagnostic.file == file, "\(what): a diagnostic names another file", diagnostics)
        guard diagnostic.severity == .error else { continue }
        if let line = diagnostic.line, let column = diagnostic.column {
            require((1...lines + 1).contains(line) && column >= 1, "\(what): a place outside the text (\(lines) lines)", diagnostics)
        } else {
            require(unplaced.contains(diagnostic.message.id), "\(what): an error without line and column", diagnostics)
        }
    }
}

/// One input: the properties every file must keep, whatever its bytes. Exported under libFuzzer's
/// name too, which its runtime needs linked (its own `main`, unused here, refers to it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    guard FileManager.default.createFile(atPath: path, contents: data) else { fatalError("cannot write \(path)") }
    // Lines as YAML counts them: a lone CR ends a line too (and CRLF once), as do NEL, LS and PS.
    let text = String(decoding: data, as: UTF8.self).unicodeScalars.map(\.value)
    let lines = 1 + text.indices.filter { index in
        switch text[index] {
        case 0x0A, 0x85, 0x2028, 0x2029: true
        case 0x0D: index + 1 == text.count || text[index + 1] != 0x0A
        default: false
        }
    }.count

    // The alliance reader and validator, through the file as the commands read it.
    let result = loader.load(path: path)
    checkPlaced(result.diagnostics, file: path, lines: lines, what: "alliance file")
    require((result.validAlliance != nil) == !result.hasErrors, "an alliance with errors, or none without", result.diagnostics)
    require(loader.load(path: path).diagnostics == result.diagnostics, "not the same result twice", result.diagnostics)

    if let alliance = result.validAlliance {
        // An accepted file's ids follow the documented rule.
        let ids = [alliance.id.rawValue] + alliance.actors.map(\.id.rawValue)
        for id in ids { require(followsIdRule(id), "accepted the id '\(id)'", result.diagnostics) }
        // What the writer makes of it reads back without errors, as the same alliance.
        guard let written = try? AllianceFileWriter().yaml(alliance) else {
            require(false, "the writer failed on an accepted alliance", result.diagnostics)
            return 0
        }
        let again = loader.load(text: written, file: "written.yaml")
        require(!again.hasErrors, "the written file has errors:\n\(written)", again.diagnostics)
        require(again.validAlliance == alliance, "the written file reads back differently:\n\(written)", again.diagnostics)
    }

    // The vocabulary reader on the same bytes (as text, when they are UTF-8).
    if let text = String(data: data, encoding: .utf8) {
        let (_, problems) = VocabularyFileReader().read(text: text, file: "terms.yaml")
        checkPlaced(problems, file: "terms.yaml", lines: lines, what: "vocabulary file")
    }
    return 0
}

