import AllianceGraph
import Foundation

/// Prints an HTML page to PDF with headless Chromium (Debian package `chromium`): the engine that
/// lays out the print stylesheet of ``AllianceGraph/PageStyle`` (paper size, page breaks), so that
/// the PDF of `alliance report --format pdf` is what a browser prints, with the diagrams as vectors.
public enum ChromiumPrinter {
    /// Why no PDF was made, as a catalogue message (Chromium missing names the package to install).
    public struct Failure: Error, Sendable {
        /// What to tell the user.
        public var message: Message
    }

    /// The environment variable naming the Chromium executable to use instead of the one found.
    public static let environmentKey = "ALLIANCE_CHROMIUM"

    /// Where Debian and others put Chromium, tried in order after ``environmentKey``.
    public static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    /// The Chromium executable: ``environmentKey`` if set (even if it does not exist, so that a test
    /// can ask for a missing browser), else the first of ``candidates`` that exists.
    public static var executable: String? {
        if let chosen = ProcessInfo.processInfo.environment[environmentKey], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Prints `html` (a self-contained page) to PDF and returns the file's bytes. Gives up after
    /// `timeout` seconds.
    public static func pdf(html: String, timeout: TimeInterval = 180) throws(Failure) -> Data {
        guard let chromium = executable else { throw Failure(message: Message(HandoutMessage.chromiumMissing)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alliance-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html"), pdf = folder.appendingPathComponent("report.pdf")
        let log = folder.appendingPathComponent("chromium.log")
        let process = Process()
        let finished = DispatchSemaphore(value: 0)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path, page.absoluteString,
            ]
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            // Told by Foundation's SIGCHLD handling, not polled: `waitUntilExit()` on another thread than the
            // one that started the process spins its run loop (it has no source there), and that busy
            // thread took a core from Chromium on 2 cores (the PDF took 10.8 s instead of 6.4–7.1 s).
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
        } catch {
            throw Failure(message: Message(HandoutMessage.pdfFailed, ["reason": .text(error.localizedDescription)]))
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw Failure(message: Message(HandoutMessage.pdfFailed, ["reason": .text("timeout after \(Int(timeout)) s")]))
        }
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: pdf), data.starts(with: Data("%PDF".utf8)) else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let last = output.split(separator: "\n").suffix(3).joined(separator: " / ")
            throw Failure(message: Message(HandoutMessage.pdfFailed, [
                "reason": .text("exit \(process.terminationStatus)" + (last.isEmpty ? "" : ": " + last))]))
        }
        return data
    }
}
