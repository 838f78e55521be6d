import PacteKit

/// `pacte diff OLD NEW [--format human|json]`: what changed in meaning.
/// Either side may be `-` (standard input), so that `git show REV:file |
/// pacte diff - file` compares a file with an earlier version.
enum DiffCommand {
    enum OutputFormat: String {
        case human, json
    }

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["--format", "--lang", "--to", "-o", "--output", "--numero", "--number"], flags: [])
        let language = try parsed.language()
        let format: OutputFormat = try parsed.choice("--format", default: .human)
        guard parsed.positionals.count == 2 else {
            throw UsageError(message: LocalizedText(fr: "indiquez l’ancienne et la nouvelle version : `pacte diff ANCIEN NOUVEAU`",
                                                    en: "give the old and the new version: `pacte diff OLD NEW`"))
        }
        if parsed.positionals.allSatisfy({ $0 == "-" }) {
            throw UsageError(message: LocalizedText(fr: "une seule des deux versions peut venir de l’entrée standard",
                                                    en: "only one of the two versions can come from standard input"))
        }
        var compilations: [Compilation] = []
        for path in parsed.positionals {
            do throws(IOFailure) {
                compilations.append(Compilation(source: SourceFile(path: path, bytes: try FileSystem.read(path))))
            } catch {
                Terminal.err(Messages.ioError(error, language))
                return 2
            }
        }
        let (old, new) = (compilations[0], compilations[1])
        for compilation in [old, new] where compilation.hasSyntaxErrors {
            Terminal.err(language == .fr
                ? "attention : `\(compilation.source.path)` a des erreurs de syntaxe ; la comparaison ne porte que sur ce qui a pu être lu\n"
                : "warning: `\(compilation.source.path)` has syntax errors; only what could be read is compared\n")
        }
        let diff = PacteDiff(old: old, new: new)
        let output = parsed.value("-o") ?? parsed.value("--output")
        if parsed.value("--to") != nil || output != nil {
            let format = try AmendmentOutput.format(parsed.value("--to"), output: output)
            let number = parsed.value("--numero") ?? parsed.value("--number")
            return AmendmentOutput.write(diff, old: old, new: new, number: number, format: format, output: output, language: language)
        }
        let (oldPath, newPath) = (parsed.positionals[0], parsed.positionals[1])
        switch format {
        case .human: Terminal.out(PacteDiffRenderer.human(diff, oldPath: oldPath, newPath: newPath, language: language))
        case .json: Terminal.out(PacteDiffRenderer.json(diff, oldPath: oldPath, newPath: newPath, language: language))
        }
        // As diff(1): 0 when the versions mean the same, 1 when they differ.
        return diff.isEmpty ? 0 : 1
    }
}

/// `pacte diff … --to md|html|pdf|odt|docx`: the changes as an amendment, written
/// with the document backends; without `-o`, beside the new version.
enum AmendmentOutput {
    /// The amendment's format: `--to`, else the extension of `-o`; the two
    /// must agree.
    static func format(_ target: String?, output: String?) throws(UsageError) -> DocumentFormat {
        let written = output.flatMap { $0 == "-" ? nil : BuildCommand.fileExtension($0) }
        let implied = written.flatMap { DocumentFormat(spelling: $0) }
        if let written, implied == nil, let output {
            throw UsageError(message: LocalizedText(
                fr: "un avenant ne s’écrit pas en `.\(written)` (`\(output)`) : choisissez une sortie en .md, .html, .pdf, .odt ou .docx",
                en: "an amendment is not written as `.\(written)` (`\(output)`): choose an output ending in .md, .html, .pdf, .odt or .docx"))
        }
        guard let target else {
            guard let implied else {
                throw UsageError(message: LocalizedText(fr: "indiquez le format de l’avenant : `--to md`, `html`, `pdf`, `odt` ou `docx`",
                                                        en: "give the amendment's format: `--to md`, `html`, `pdf`, `odt` or `docx`"))
            }
            return implied
        }
        guard let format = DocumentFormat(spelling: target) else {
            throw UsageError.unknown(target, among: DocumentFormat.spellings, fr: "format d’avenant inconnu (md, html, pdf, odt ou docx)", en: "unknown amendment format (md, html, pdf, odt or docx)")
        }
        if let implied, implied != format, let output {
            throw UsageError(message: LocalizedText(
                fr: "`--to \(target)` et `-o \(output)` ne disent pas le même format : changez l’un ou l’autre",
                en: "`--to \(target)` and `-o \(output)` name different formats: change one of them"))
        }
        return format
    }

    static func write(_ diff: PacteDiff, old: Compilation, new: Compilation, number: String?, format: DocumentFormat, output: String?, language: Language) -> Int32 {
        let document = AmendmentBuilder.build(diff, old: old.pacte, new: new.pacte, number: number)
        guard let rendered = BuildCommand.render(format, document, creationDate: BuildCommand.sourceDateEpoch(), language) else { return 2 }
        BuildCommand.warnSubstitutions(rendered.substituted, language)
        let newPath = new.source.path
        let destination = output ?? (newPath == "-" ? "-" : BuildCommand.replacingExtension(of: newPath, with: "avenant." + format.rawValue))
        return BuildCommand.write(rendered.bytes, to: destination, inputs: [old.source.path, newPath], language: language)
    }
}
