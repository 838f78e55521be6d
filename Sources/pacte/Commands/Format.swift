import PacteKit

/// `pacte fmt FILE|DIR|- ... [--check | --write] [--fix]`: the canonical
/// form on standard output, or a diff (`--check`, exit 1 if anything would
/// change), or the files rewritten in place (`--write`, only those that
/// change). `--fix` first applies the fixes the diagnostics name, says
/// which, and rewrites the files in place unless `--check` asks for the
/// diff alone; it exits 1 while errors remain.
enum FormatCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--lang", "--color", "--stdin-filename"], flags: ["--check", "--write", "--fix"])
        let language = try parsed.language()
        let color: ColorSetting = try parsed.choice("--color", default: .auto)
        guard !parsed.positionals.isEmpty else {
            throw UsageError(message: LocalizedText(fr: "indiquez un fichier, un dossier ou `-`", en: "give a file, a folder or `-`"))
        }
        if parsed.has("--check") && parsed.has("--write") {
            throw UsageError(message: LocalizedText(fr: "`--check` et `--write` s’excluent", en: "`--check` and `--write` exclude each other"))
        }
        let fixing = parsed.has("--fix")
        // `--fix` rewrites the files, as `--write` does, unless `--check` only asks.
        let writing = parsed.has("--write") || (fixing && !parsed.has("--check"))
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
            var source = SourceFile(path: shownPath, bytes: bytes)
            if fixing {
                let outcome = FixApplier.apply(to: source)
                Terminal.err(report(outcome, path: shownPath, language: language))
                source = outcome.source
                if outcome.remaining.contains(where: { $0.severity == .error }) { status = max(status, 1) }
            }
            let original = String(decoding: bytes, as: UTF8.self)
            let text: String
            switch Formatter.format(source) {
            case .refused(let diagnostics):
                // Never half-format a broken file: say why and leave it
                // alone, but for the fixes asked for.
                var message = fixing ? "" : diagnostics.map { renderer.render($0, in: source) }.joined()
                message += language == .fr
                    ? "\(shownPath.escapingControlCharacters) n’est pas formaté : corrigez d’abord les erreurs de syntaxe\n"
                    : "\(shownPath.escapingControlCharacters) is not formatted: fix the syntax errors first\n"
                Terminal.err(message)
                status = max(status, 1)
                guard fixing, source.bytes != bytes else { continue }
                text = String(decoding: source.bytes, as: UTF8.self)
            case .formatted(let formatted):
                text = formatted
            }
            if parsed.has("--check") {
                if text != original {
                    Terminal.out(UnifiedDiff.render(old: original, new: text, oldName: shownPath, newName: shownPath))
                    status = max(status, 1)
                }
            } else if writing && path != "-" {
                guard text != original else { continue }
                do throws(IOFailure) {
                    try FileSystem.writeAtomically(Array(text.utf8), to: path)
                    let shown = path.escapingControlCharacters
                    Terminal.err(language == .fr ? "\(fixing ? "corrigé" : "formaté") : \(shown)\n" : "\(fixing ? "fixed" : "formatted"): \(shown)\n")
                } catch {
                    Terminal.err(Messages.ioError(error, language))
                    status = 2
                }
            } else {
                Terminal.out(text)
            }
        }
        return status
    }

    /// What `--fix` did to a file, and what is left to do:
    ///
    ///     lannevez.pacte : 2 corrections
    ///       46:3  P0201  remplacez `partenaire` par `partenaires`
    ///       …
    ///     reste 1 erreur : `pacte check lannevez.pacte`
    private static func report(_ outcome: FixApplier.Outcome, path: String, language: Language) -> String {
        let shown = path.escapingControlCharacters
        let count = outcome.applied.count
        var text = switch (language, count) {
        case (.fr, 0): "\(shown) : aucune correction à appliquer\n"
        case (.fr, _): "\(shown) : \(count) correction\(count > 1 ? "s" : "")\n"
        case (.en, 0): "\(shown): no fix to apply\n"
        case (.en, _): "\(shown): \(count) fix\(count > 1 ? "es" : "")\n"
        }
        for fix in outcome.applied {
            text += "  \(fix.location.line):\(fix.location.column)  \(fix.code.rawValue)  \(fix.message.text(in: language).escapingControlCharacters)\n"
        }
        let errors = outcome.remaining.filter { $0.severity == .error }.count
        let warnings = outcome.remaining.filter { $0.severity == .warning }.count
        guard errors + warnings > 0 else { return text }
        let left = language == .fr
            ? [errors > 0 ? "\(errors) erreur\(errors > 1 ? "s" : "")" : nil, warnings > 0 ? "\(warnings) avertissement\(warnings > 1 ? "s" : "")" : nil]
            : [errors > 0 ? "\(errors) error\(errors > 1 ? "s" : "")" : nil, warnings > 0 ? "\(warnings) warning\(warnings > 1 ? "s" : "")" : nil]
        let listed = left.compactMap { $0 }.joinedAsList(language)
        let command = "`pacte check \(shown)`"
        text += language == .fr
            ? "reste\(errors + warnings > 1 ? "nt" : "") \(listed) à voir : \(command)\n"
            : "\(listed) left to look at: \(command)\n"
        return text
    }
}
