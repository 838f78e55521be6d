import Foundation
import PacteKit

/// `swift run -c release pacte-bench`: throughput of each stage on pactes
/// of growing size, the scaling ratio when the input grows tenfold, and
/// the time of `pacte check` in a fresh process, on one typical pacte and
/// on a folder of 1 000. Figures from one run; machines are noisy, so
/// read ratios rather than absolute times.
@main
struct Bench {
    static func main() throws {
        let sizes = [10, 100, 1_000, 10_000]
        // `pacte-bench --write DIR`: the generated pactes, to time the command on them.
        if let flag = CommandLine.arguments.firstIndex(of: "--write"), flag + 1 < CommandLine.arguments.count {
            let directory = CommandLine.arguments[flag + 1]
            for size in sizes {
                try PacteGenerator.pacte(actions: size).write(toFile: "\(directory)/bench-\(size).pacte", atomically: true, encoding: .utf8)
            }
            return
        }
        let sources = sizes.map { SourceFile(path: "bench-\($0).pacte", text: PacteGenerator.pacte(actions: $0)) }
        // Figures on broken input would measure error paths: the generated pactes must be clean.
        for source in sources where !Compilation(source: source).diagnostics.isEmpty {
            print("attention : \(source.path) n’est pas propre ; les mesures ne valent rien")
        }
        print("pacte-bench — \(ProcessInfo.processInfo.activeProcessorCount) cœurs\n")
        print(pad("étape", 10) + sizes.map { pad("\($0) actions", 26) }.joined() + "  ratio ×10")
        // The front end first, before the compiled models of every size fill
        // the heap and slow it down for reasons of their own.
        measureRows([("check", { _ = Compilation(source: $0) }), ("fmt", { _ = Formatter.format($0) })], sources)
        let compiled = Dictionary(uniqueKeysWithValues: sources.map { ($0.path, Compilation(source: $0)) })
        measureRows([("json", { _ = JSONBackend.render(compiled[$0.path]!.pacte) })] + Backends.extra(compiled: compiled), sources)
        print("\ntailles : " + sources.map { "\($0.bytes.count / 1000) ko" }.joined(separator: ", "))
        print(String(format: "mémoire maximale du processus : %.0f Mo", peakMemoryMegabytes()))
        try freshProcess()
    }

    static func measureRows(_ rows: [(String, (SourceFile) -> Void)], _ sources: [SourceFile]) {
        for (name, work) in rows {
            var line = pad(name, 10)
            var times: [Double] = []
            for source in sources {
                let seconds = measure(repetitions: source.bytes.count < 100_000 ? 20 : 5) { work(source) }
                times.append(seconds)
                let megabytesPerSecond = Double(source.bytes.count) / seconds / 1_000_000
                line += pad(String(format: "%8.3f ms %7.1f Mo/s", seconds * 1000, megabytesPerSecond), 26)
            }
            let ratios = zip(times.dropFirst(), times).suffix(2).map { String(format: "%.1f", $0 / $1) }
            print(line + "  " + ratios.joined(separator: " / "))
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// The best of several runs: the least disturbed by the rest of the machine.
    static func measure(repetitions: Int, _ work: () -> Void) -> Double {
        var best = Double.infinity
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let elapsed = clock.measure(work)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return best
    }

    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// `pacte check` as a hook runs it: a new process each time.
    static func freshProcess() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pacte")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("\n(pas de binaire pacte à côté du banc : `swift build -c release` d’abord)")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let typical = directory.appendingPathComponent("typique.pacte")
        try PacteGenerator.pacte(actions: 12).write(to: typical, atomically: true, encoding: .utf8)
        /// One run in a new process, started with posix_spawn: Foundation's
        /// Process adds tens of milliseconds of its own.
        func run(_ arguments: [String]) throws -> Double {
            let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            defer { posix_spawn_file_actions_destroy(&actions) }
            var pid = pid_t()
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else { return }
                var status: Int32 = 0
                waitpid(pid, &status, 0)
            }
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        var best = Double.infinity
        for _ in 0..<30 { best = min(best, try run(["check", typical.path])) }
        print(String(format: "\npacte check d’un pacte typique (12 actions), nouveau processus : %.1f ms", best * 1000))
        let folder = directory.appendingPathComponent("mille")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<1000 {
            try PacteGenerator.pacte(actions: 8 + index % 10, seed: index).write(
                to: folder.appendingPathComponent("pacte-\(index).pacte"), atomically: false, encoding: .utf8)
        }
        var folderBest = Double.infinity
        for _ in 0..<3 { folderBest = min(folderBest, try run(["check", folder.path])) }
        print(String(format: "pacte check d’un dossier de 1 000 pactes typiques : %.0f ms, soit %.2f ms par pacte", folderBest * 1000, folderBest))
        var pdfBest = Double.infinity
        let pdf = directory.appendingPathComponent("typique.pdf")
        for _ in 0..<10 { pdfBest = min(pdfBest, try run(["build", typical.path, "--to", "pdf", "-o", pdf.path])) }
        if FileManager.default.fileExists(atPath: pdf.path) {
            print(String(format: "pacte build --to pdf d’un pacte typique, nouveau processus : %.1f ms", pdfBest * 1000))
        }
    }
}
