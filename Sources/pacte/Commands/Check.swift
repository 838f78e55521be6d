import Dispatch
import PacteKit
import Synchronization

/// `pacte check FILE|DIR|- ... [--format human|json|sarif|github] [--strict] [--lang fr|en]
/// [--color auto|always|never] [--stdin-filename NAME]`
enum CheckCommand {
    enum OutputFormat: String {
        case human, json, sarif, github
    }

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--format", "--lang", "--color", "--stdin-filename"], flags: ["--strict"])
        let format: OutputFormat = try parsed.choice("--format", default: .human)
        let language = try parsed.language()
        let color: ColorSetting = try parsed.choice("--color", default: .auto)
        guard !parsed.positionals.isEmpty else {
            throw UsageError(message: LocalizedText(fr: "indiquez un fichier, un dossier ou `-`", en: "give a file, a folder or `-`"))
        }
        let (paths, failures) = FileSystem.expand(parsed.positionals)
        for failure in failures { Terminal.err(Messages.ioError(failure, language)) }
        var ioFailed = !failures.isEmpty
        // A hook checks the staged content on standard input, named after its file.
        let stdinName = parsed.value("--stdin-filename") ?? "-"
        let outcomes = CheckCommand.checkAll(paths, stdinName: stdinName)
        var reports: [FileReport] = []
        for outcome in outcomes {
            switch outcome {
            case .checked(let report): reports.append(report)
            case .unreadable(let failure):
                Terminal.err(Messages.ioError(failure, language))
                ioFailed = true
            }
        }
        let errors = reports.reduce(0) { $0 + $1.errorCount }
        let warnings = reports.reduce(0) { $0 + $1.warningCount }
        switch format {
        case .json:
            Terminal.out(JSONDiagnosticRenderer.render(reports, language: language))
        case .sarif:
            Terminal.out(SARIFRenderer.render(reports, catalogue: CodeCatalogue.explanations, language: language, toolVersion: Messages.version))
        case .github:
            Terminal.out(GitHubRenderer.render(reports, language: language))
        case .human:
            let renderer = HumanDiagnosticRenderer(options: .init(color: Terminal.wantsColor(STDOUT, setting: color), language: language))
            var output = ""
            for report in reports {
                let text = renderer.render(report)
                output += text + (reports.count > 1 && !text.isEmpty ? "\n" : "")
            }
            if reports.count > 1 || (errors + warnings == 0 && !reports.isEmpty) {
                let failing = reports.filter { $0.errorCount > 0 }.count
                output += renderer.totals(errors: errors, warnings: warnings, files: reports.count, filesWithErrors: failing)
            }
            if let hint = renderer.explainHint(for: reports.flatMap(\.diagnostics)) { output += hint }
            Terminal.out(output)
        }
        if ioFailed { return 2 }
        if errors > 0 || (parsed.has("--strict") && warnings > 0) { return 1 }
        return 0
    }

    /// Reads and checks every file, on every core: a folder of a thousand
    /// pactes takes the time of five hundred on two cores. Results keep the
    /// order of the paths.
    static func checkAll(_ paths: [String], stdinName: String) -> [CheckOutcome] {
        @Sendable func check(_ path: String) -> CheckOutcome {
            do throws(IOFailure) {
                let bytes = try FileSystem.read(path)
                let source = SourceFile(path: path == "-" ? stdinName : path, bytes: bytes)
                let compilation = Compilation(source: source)
                // One file: the process exits right after printing, and
                // freeing a model of megabytes, node by node, would take
                // longer than the check's validation (13 ms at 15 MB).
                if paths.count == 1 { ExitKeeps.compilation = compilation }
                return .checked(FileReport(compilation))
            } catch {
                return .unreadable(error)
            }
        }
        guard paths.count > 1 else { return paths.map(check) }
        let results = ResultSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.store(check(paths[index]), at: index)
        }
        return results.values
    }
}

/// What checking one path gave. Not a `Result`: making that type checks its
/// `Failure: Error` requirement, a search of the whole binary's
/// conformances at each start of the command.
enum CheckOutcome: Sendable {
    case checked(FileReport)
    case unreadable(IOFailure)
}

/// What the process keeps until it exits, rather than free it just before.
private enum ExitKeeps {
    nonisolated(unsafe) static var compilation: Compilation?
}

/// One slot per file, each written by exactly one worker.
private final class ResultSlots: Sendable {
    private let slots: Mutex<[CheckOutcome?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func store(_ result: CheckOutcome, at index: Int) {
        slots.withLock { $0[index] = result }
    }

    var values: [CheckOutcome] { slots.withLock { $0.map { $0! } } }
}
