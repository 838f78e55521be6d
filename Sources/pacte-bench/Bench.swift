import Foundation
import PacteKit

/// `swift run -c release pacte-bench`: throughput of each stage on pactes
/// of growing size and the scaling ratio when the input grows tenfold;
/// then, in a fresh process as a hook runs it, the time and peak memory of
/// `pacte check` and of the PDF, ODT and DOCX for each size, for a typical pacte, a
/// 300-action one, the reference example, and a folder of 1 000. Figures
/// from one run; machines are noisy, so read ratios rather than absolute
/// times.
@main
struct Bench {
    static func main() throws {
        let sizes = [10, 100, 1_000, 10_000]
        // `pacte-bench --measure N PROGRAM ARGS…`: see `measureInChild`.
        if CommandLine.arguments.count > 3, CommandLine.arguments[1] == "--measure", let repetitions = Int(CommandLine.arguments[2]) {
            let figures = spawn(Array(CommandLine.arguments.dropFirst(3)), repetitions: repetitions)
            print(figures.seconds, figures.megabytes)
            return
        }
        // `pacte-bench --lsp`: the language server's keystroke latency.
        if CommandLine.arguments.contains("--lsp") {
            LanguageServerSession.run()
            return
        }
        // `pacte-bench --pdf FILE N`: FILE's PDF rendered N times in this process, the
        // first time apart (it decodes the fonts); for a profiler, or the PDF's cost alone.
        if CommandLine.arguments.count > 3, CommandLine.arguments[1] == "--pdf", let repetitions = Int(CommandLine.arguments[3]) {
            let source = SourceFile(path: CommandLine.arguments[2], text: try String(contentsOfFile: CommandLine.arguments[2], encoding: .utf8))
            let document = DocumentBuilder.build(Compilation(source: source).pacte)
            let first = measure(repetitions: 1) { _ = PDFBackend.render(document) }
            let rest = measure(repetitions: repetitions) { _ = PDFBackend.render(document) }
            print(String(format: "PDF de %@ : %.2f ms la première fois, puis %.3f ms", source.path, first * 1000, rest * 1000))
            return
        }
        // `pacte-bench --write DIR`: the generated pactes and the realistic
        // corpus, to time the command on them.
        if let flag = CommandLine.arguments.firstIndex(of: "--write"), flag + 1 < CommandLine.arguments.count {
            let directory = CommandLine.arguments[flag + 1]
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for size in sizes {
                try TextFile.write(PacteGenerator.pacte(actions: size), to: "\(directory)/bench-\(size).pacte")
            }
            for item in FrontEnd.corpus() {
                try TextFile.write(item.text, to: "\(directory)/\(FrontEnd.fileName(item))")
            }
            return
        }
        // The front end on the realistic corpus, stage by stage, then in a
        // fresh process; `--front` alone stops there.
        print("pacte-bench — \(ProcessInfo.processInfo.activeProcessorCount) cœurs\n")
        try FrontEnd.run(freshProcess: true)
        if CommandLine.arguments.contains("--front") { return }
        print()
        let sources = sizes.map { SourceFile(path: "bench-\($0).pacte", text: PacteGenerator.pacte(actions: $0)) }
        // Figures on broken input would measure error paths: the generated pactes must be clean.
        for source in sources where !Compilation(source: source).diagnostics.isEmpty {
            print("attention : \(source.path) n’est pas propre ; les mesures ne valent rien")
        }
        print(pad("étape", 10) + sizes.map { pad("\($0) actions", 26) }.joined() + "  ratio ×10")
        // The front end first, before the compiled models of every size fill
        // the heap and slow it down for reasons of their own.
        measureRows([("check", { _ = Compilation(source: $0) }), ("fmt", { _ = Formatter.format($0) })], sources)
        let compiled = Dictionary(uniqueKeysWithValues: sources.map { ($0.path, Compilation(source: $0)) })
        measureRows([("json", { _ = JSONBackend.render(compiled[$0.path]!.pacte) })] + Backends.extra(compiled: compiled), sources)
        print("\ntailles : " + sources.map { "\($0.bytes.count / 1000) ko" }.joined(separator: ", "))
        try freshProcess(sizes: sizes)
    }

    static func measureRows(_ rows: [(String, (SourceFile) -> Void)], _ sources: [SourceFile]) {
        for (name, work) in rows {
            var line = pad(name, 10)
            var times: [Double] = []
            for source in sources {
                let seconds = measure(repetitions: source.bytes.count < 100_000 ? 20 : 10) { work(source) }
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

    /// `pacte check` as a hook runs it: a new process each time.
    static func freshProcess(sizes: [Int]) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pacte")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("\n(pas de binaire pacte à côté du banc : `swift build -c release` d’abord)")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pacte-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String], repetitions: Int) -> (seconds: Double, megabytes: Double) {
            measureInChild([binary.path] + arguments, repetitions: repetitions)
        }
        func write(_ actions: Int, _ name: String) throws -> String {
            let file = directory.appendingPathComponent(name)
            try TextFile.write(PacteGenerator.pacte(actions: actions), to: file.path)
            return file.path
        }
        // What a process that does nothing reaches, launcher included: the floor of the memory column.
        let floor = run(["--version"], repetitions: 3)
        print(String(format: "\nnouveau processus, comme un hook ou la CI (temps, mémoire résidente maximale ; plancher du lanceur : %.0f Mo)", floor.megabytes))
        print(pad("commande", 10) + sizes.map { pad("\($0) actions", 26) }.joined())
        let files = try sizes.map { try write($0, "bench-\($0).pacte") }
        var commands = [("check", ["check"])]
        for format in ["pdf", "odt", "docx"] {
            commands.append((format, ["build", "--to", format, "-o", directory.appendingPathComponent("sortie.\(format)").path]))
        }
        for (name, arguments) in commands {
            var line = pad(name, 10)
            for (size, file) in zip(sizes, files) {
                let figures = run(arguments + [file], repetitions: size >= 10_000 ? 3 : 10)
                line += pad(String(format: "%8.1f ms %7.0f Mo", figures.seconds * 1000, figures.megabytes), 26)
            }
            print(line)
        }
        let typical = try write(12, "typique.pacte")
        let check = run(["check", typical], repetitions: 30)
        print(String(format: "\npacte check d’un pacte typique (12 actions) : %.1f ms, %.0f Mo", check.seconds * 1000, check.megabytes))
        let pdf = run(["build", typical, "--to", "pdf", "-o", directory.appendingPathComponent("typique.pdf").path], repetitions: 10)
        print(String(format: "pacte build --to pdf du même pacte : %.1f ms", pdf.seconds * 1000))
        let threeHundred = try write(300, "trois-cents.pacte")
        for format in ["pdf", "html", "odt", "docx"] {
            let large = run(["build", threeHundred, "--to", format, "-o", directory.appendingPathComponent("trois-cents.\(format)").path], repetitions: 5)
            // What the charts cost: the same build with the tables alone.
            let tables = run(["build", threeHundred, "--to", format, "--no-figures", "-o", directory.appendingPathComponent("trois-cents-tableaux.\(format)").path], repetitions: 5)
            print("pacte build --to \(format) d’un pacte de 300 actions : " + String(format: "%.1f ms (sans les graphiques, --no-figures : %.1f ms)", large.seconds * 1000, tables.seconds * 1000))
        }
        // The reference example, when the bench runs from the repository.
        if FileManager.default.fileExists(atPath: "Examples/lannevez.pacte") {
            let reference = run(["build", "Examples/lannevez.pacte", "--to", "pdf", "-o", directory.appendingPathComponent("lannevez.pdf").path], repetitions: 10)
            print(String(format: "pacte build --to pdf de l’exemple de référence (Examples/lannevez.pacte) : %.1f ms", reference.seconds * 1000))
        }
        let folder = directory.appendingPathComponent("mille")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<1000 {
            try TextFile.write(PacteGenerator.pacte(actions: 8 + index % 10, seed: index), to: folder.appendingPathComponent("pacte-\(index).pacte").path)
        }
        let thousand = run(["check", folder.path], repetitions: 3)
        print(String(format: "pacte check d’un dossier de 1 000 pactes typiques : %.0f ms, soit %.2f ms par pacte",
                     thousand.seconds * 1000, thousand.seconds))
    }

    /// The best time of `repetitions` runs of a program, each in a new
    /// process started with posix_spawn (Foundation's Process adds tens of
    /// milliseconds of its own), and the largest resident memory it reached.
    static func spawn(_ command: [String], repetitions: Int) -> (seconds: Double, megabytes: Double) {
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var best = Double.infinity
        var peak = 0
        for _ in 0..<repetitions {
            var pid = pid_t()
            var usage = rusage()
            let elapsed = ContinuousClock().measure {
                guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else { return }
                var status: Int32 = 0
                wait4(pid, &status, 0, &usage)
            }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            peak = max(peak, usage.ru_maxrss)
        }
        return (best, Double(peak) / 1024)
    }

    /// `spawn`, run from a fresh `pacte-bench --measure` process. A child
    /// shares its parent's memory until it execs, and Linux counts that in
    /// the child's peak: spawned from this bench, which holds every
    /// compiled model, each command would seem to take hundreds of
    /// megabytes. Spawned from a small process, it shows its own.
    static func measureInChild(_ command: [String], repetitions: Int) -> (seconds: Double, megabytes: Double) {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return (.nan, .nan) }
        let argv = ([CommandLine.arguments[0], "--measure", String(repetitions)] + command).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, CommandLine.arguments[0], &actions, nil, argv, environ) == 0
        close(pipe[1])
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 256)
        while spawned {
            let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(pipe[0])
        var status: Int32 = 0
        if spawned { waitpid(pid, &status, 0) }
        let fields = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        return fields.count == 2 ? (fields[0], fields[1]) : (.nan, .nan)
    }
}
