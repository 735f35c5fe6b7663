import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Render worker processes as the tests of their lifetime see them (`alliance render` killed,
/// `alliance serve` stopped): a diagram slow enough to catch a worker at work, and the workers of
/// a process read from `/proc`.
public enum WorkerProcesses {
    /// An alliance whose one diagram takes Graphviz long (minutes on a busy machine with `--layout dot`):
    /// 120 actors, 600 labelled relations across all policy areas, one year.
    public static func slowAlliance() -> String {
        let kinds = ["ki", "abh", "jmd", "jobcenter", "employment_agency", "youth_office", "social_office", "koko",
                     "vocational_college", "vhs", "ihk", "thm", "kim"]
        var lines = ["id: slow", "name: Slow", "kind: district", "years: 2021", "illustrative: true", "source: generated", "actors:"]
        for index in 0..<120 { lines.append("  - id: a\(index)\n    kind: \(kinds[index % kinds.count])\n    name: Akteur \(index)") }
        lines.append("relations:")
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for index in 0..<600 {
            let from = next(120)
            var to = next(120)
            if to == from { to = (to + 1) % 120 }
            lines.append("  - id: r\(index)\n    from: a\(from)\n    to: a\(to)\n    format: contact_person\n    years: 2021")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The children of `parent` whose command line is `… render --worker`.
    public static func workers(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let command = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")),
                  String(decoding: command, as: UTF8.self).contains("render\u{0}--worker"),
                  let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            else { return false }
            return status.split(separator: "\n").contains("PPid:\t\(parent)")
        }
    }

    /// Whether `pid` is a live process (not gone, not a zombie).
    public static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(close, offsetBy: 2)...].hasPrefix("Z")
    }

    /// CPU time `pid` has used, in clock ticks (user + system), or 0 when it is gone.
    public static func cpuTicks(_ pid: pid_t) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
        // After the command name: state is field 3 of stat, utime 14 and stime 15.
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return 0 }
        return user + system
    }
}
