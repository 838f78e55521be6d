import PacteKit

/// `pacte build FILE [--to pdf|html|md|json] [-o OUT]`
enum BuildCommand {
    enum Target: String {
        case pdf, html, md, json
    }

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--to", "-o", "--output", "--lang", "--color"], flags: [])
        let language = try parsed.language()
        let color: ColorSetting = try parsed.choice("--color", default: .auto)
        guard parsed.positionals.count == 1, let input = parsed.positionals.first else {
            throw UsageError(message: LocalizedText(fr: "indiquez un seul fichier à compiler", en: "give exactly one file to build"))
        }
        let output = parsed.value("-o") ?? parsed.value("--output")
        let target = try target(parsed.value("--to"), output: output)
        guard target == .json else {
            throw UsageError(message: LocalizedText(
                fr: "le format `\(target.rawValue)` n’est pas encore disponible ; utilisez `--to json`",
                en: "the `\(target.rawValue)` format is not available yet; use `--to json`"))
        }
        let source: SourceFile
        do throws(IOFailure) {
            source = SourceFile(path: input, bytes: try FileSystem.read(input))
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
        let compilation = Compilation(source: source)
        if !compilation.diagnostics.isEmpty {
            let renderer = HumanDiagnosticRenderer(options: .init(color: Terminal.wantsColor(STDERR, setting: color), language: language))
            var text = compilation.diagnostics.map { renderer.render($0, in: source) }.joined()
            let report = FileReport(compilation)
            text += renderer.omitted(report.omittedCount) ?? ""
            text += renderer.summary(errors: report.errorCount, warnings: report.warningCount, path: input) ?? ""
            Terminal.err(text)
        }
        if compilation.hasErrors {
            Terminal.err(language == .fr ? "rien n’est écrit : corrigez d’abord les erreurs\n" : "nothing written: fix the errors first\n")
            return 1
        }
        let document = JSONBackend.render(compilation.pacte)
        let destination = output ?? (input == "-" ? "-" : replacingExtension(of: input, with: target.rawValue))
        if destination == "-" {
            Terminal.out(document)
            return 0
        }
        if input != "-", let inputPath = FileSystem.canonical(input), FileSystem.canonical(destination) == inputPath {
            Terminal.err(Messages.ioError(IOFailure(message: LocalizedText(
                fr: "la sortie `\(destination)` écraserait le fichier source", en: "the output `\(destination)` would overwrite the input")), language))
            return 2
        }
        do throws(IOFailure) {
            try FileSystem.writeAtomically(Array(document.utf8), to: destination)
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
        Terminal.err(language == .fr ? "écrit : \(destination)\n" : "written: \(destination)\n")
        return 0
    }

    /// The format follows `--to`, else the extension of `-o`, else PDF.
    private static func target(_ option: String?, output: String?) throws(UsageError) -> Target {
        if let option {
            guard let target = Target(rawValue: option == "markdown" ? "md" : option) else {
                throw UsageError(message: LocalizedText(fr: "format inconnu : `\(option)` (pdf, html, md ou json)",
                                                        en: "unknown format: `\(option)` (pdf, html, md or json)"))
            }
            return target
        }
        if let output, let dot = output.lastIndex(of: "."), let target = Target(rawValue: String(output[output.index(after: dot)...]).lowercased()) {
            return target
        }
        return .pdf
    }

    static func replacingExtension(of path: String, with newExtension: String) -> String {
        let slash = path.lastIndex(of: "/")
        if let dot = path.lastIndex(of: "."), slash.map({ dot > $0 }) ?? true {
            return String(path[..<dot]) + "." + newExtension
        }
        return path + "." + newExtension
    }
}
