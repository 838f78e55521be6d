import Foundation
import PacteKit
import PacteLSP

/// `pacte-bench --lsp`: a scripted editing session with the language
/// server, in process — open a pacte, type into it one character at a
/// time, and time each change from its message to its published
/// diagnostics (server time: reading the message, applying the edit,
/// compiling, writing the diagnostics). Then the same on a pacte of about
/// 1 MB, and the resident memory across 10 000 changes.
enum LanguageServerSession {
    static func run() {
        print("pacte-bench --lsp — du changement aux diagnostics publiés, temps du serveur\n")
        let typical = PacteGenerator.pacte(actions: 15)
        report("pacte typique (15 actions, \(typical.utf8.count / 1000) ko)", session(typical, keystrokes: 200).times)
        var large = PacteGenerator.pacte(actions: 1_000)
        var actions = 1_000
        while large.utf8.count < 1_000_000 {
            actions = actions * 1_000_000 / max(1, large.utf8.count) + 50
            large = PacteGenerator.pacte(actions: actions)
        }
        report("pacte de \(large.utf8.count / 1000) ko (\(actions) actions)", session(large, keystrokes: 50).times)
        let before = residentMegabytes()
        let long = session(typical, keystrokes: 10_000)
        print(String(format: "mémoire résidente : %.1f Mo avant, %.1f Mo après 10 000 changements (%.1f Mo à mi-parcours)",
                     before, residentMegabytes(), long.midway))
    }

    static func report(_ title: String, _ times: [Double]) {
        let sorted = times.sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        if ProcessInfo.processInfo.environment["PACTE_BENCH_SLOWEST"] != nil {
            print("  les plus lentes :", times.enumerated().sorted { $0.element > $1.element }.prefix(5).map { "#\($0.offset) \(String(format: "%.2f", $0.element * 1000)) ms" })
        }
        print(String(format: "%@ : médiane %.3f ms, 99e centile %.3f ms, max %.3f ms sur %d frappes",
                     title, median * 1000, p99 * 1000, sorted.last! * 1000, times.count))
    }

    static func frame(_ message: JSONValue) -> Frame {
        .body(Array(message.rendered(pretty: false).utf8))
    }

    /// Types `keystrokes` characters of a comment line, inserted in the middle of the text.
    static func session(_ text: String, keystrokes: Int) -> (times: [Double], midway: Double) {
        let server = LanguageServer(version: "bench")
        let uri = "file:///bench.pacte"
        _ = server.handle([
            frame(.object([("jsonrpc", .string("2.0")), ("id", .int(1)), ("method", .string("initialize")), ("params", .object([]))])),
            frame(.object([("jsonrpc", .string("2.0")), ("method", .string("textDocument/didOpen")), ("params", .object([
                ("textDocument", .object([("uri", .string(uri)), ("version", .int(1)), ("text", .string(text))])),
            ]))])),
        ])
        // The start of the line in the middle of the file: a comment typed there keeps it clean.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var line = lines.count / 2
        while line < lines.count - 1, !lines[line].isEmpty { line += 1 }
        let typed = Array("# une note sur le budget, à revoir en comité\n")
        var column = 0
        var times: [Double] = []
        var midway = 0.0
        let clock = ContinuousClock()
        for keystroke in 0..<keystrokes {
            let character = typed[keystroke % typed.count]
            let position = JSONValue.object([("line", .int(line)), ("character", .int(column))])
            let change = frame(.object([("jsonrpc", .string("2.0")), ("method", .string("textDocument/didChange")), ("params", .object([
                ("textDocument", .object([("uri", .string(uri)), ("version", .int(keystroke + 2))])),
                ("contentChanges", .array([.object([("range", .object([("start", position), ("end", position)])), ("text", .string(String(character)))])])),
            ]))]))
            var published: [[UInt8]] = []
            let elapsed = clock.measure { published = server.handle([change]) }
            guard published.count == 1 else { fatalError("a change must publish its diagnostics once") }
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            if character == "\n" { line += 1; column = 0 } else { column += String(character).utf16.count }
            if keystroke == keystrokes / 2 { midway = residentMegabytes() }
        }
        return (times, midway)
    }

    /// The resident set, from `/proc/self/statm` (pages of 4 KiB).
    static func residentMegabytes() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * 4096 / 1_048_576
    }
}
