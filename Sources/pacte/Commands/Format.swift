import PacteKit

/// `pacte fmt FILE|DIR|- ... [--check | --write]`: the canonical form on
/// standard output, or a diff (`--check`, exit 1 if anything would change),
/// or the files rewritten in place (`--write`, only those that change).
enum FormatCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--lang", "--color", "--stdin-filename"], flags: ["--check", "--write"])
        let language = try parsed.language()
        let color: ColorSetting = try parsed.choice("--color", default: .auto)
        guard !parsed.positionals.isEmpty else {
            throw UsageError(message: LocalizedText(fr: "indiquez un fichier, un dossier ou `-`", en: "give a file, a folder or `-`"))
        }
        if parsed.has("--check") && parsed.has("--write") {
            throw UsageError(message: LocalizedText(fr: "`--check` et `--write` s’excluent", en: "`--check` and `--write` exclude each other"))
        }
        let (paths, failures) = FileSystem.expand(parsed.positionals)
        for failure in failures { Terminal.err(Messages.ioError(failure, language)) }
        var status: Int32 = failures.isEmpty ? 0 : 2
        if parsed.has("--write") && paths.contains("-") {
            throw UsageError(message: LocalizedText(fr: "`--write` ne s’applique pas à l’entrée standard", en: "`--write` does not apply to standard input"))
        }
        let renderer = HumanDiagnosticRenderer(options: .init(color: Terminal.wantsColor(STDERR, setting: color), language: language))
        for path in paths {
            let bytes: [UInt8]
            do throws(IOFailure) { bytes = try FileSystem.read(path) } catch {
                Terminal.err(Messages.ioError(error, language))
                status = 2
                continue
            }
            let shownPath = path == "-" ? parsed.value("--stdin-filename") ?? "-" : path
            let source = SourceFile(path: shownPath, bytes: bytes)
            switch Formatter.format(source) {
            case .refused(let diagnostics):
                // Never half-format a broken file: say why and leave it alone.
                var text = diagnostics.map { renderer.render($0, in: source) }.joined()
                text += language == .fr
                    ? "\(shownPath) n’est pas formaté : corrigez d’abord les erreurs de syntaxe\n"
                    : "\(shownPath) is not formatted: fix the syntax errors first\n"
                Terminal.err(text)
                status = max(status, 1)
            case .formatted(let text):
                let original = String(decoding: bytes, as: UTF8.self)
                if parsed.has("--check") {
                    if text != original {
                        Terminal.out(UnifiedDiff.render(old: original, new: text, oldName: shownPath, newName: shownPath))
                        status = max(status, 1)
                    }
                } else if parsed.has("--write") {
                    guard text != original else { continue }
                    do throws(IOFailure) {
                        try FileSystem.writeAtomically(Array(text.utf8), to: path)
                        Terminal.err(language == .fr ? "formaté : \(path)\n" : "formatted: \(path)\n")
                    } catch {
                        Terminal.err(Messages.ioError(error, language))
                        status = 2
                    }
                } else {
                    Terminal.out(text)
                }
            }
        }
        return status
    }
}
