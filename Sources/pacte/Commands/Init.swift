#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PacteKit

/// `pacte init [-o FILE] [--territoire NAME] [--échelon LEVEL] [--forme FORM] [--lang fr|en]`:
/// writes a starter pacte, `pacte.pacte` by default; never over an existing file.
enum InitCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["-o", "--output", "--territoire", "--territory", "--echelon", "--level", "--forme", "--form", "--lang"], flags: [])
        let language = try parsed.language()
        guard parsed.positionals.isEmpty else {
            throw UsageError(message: LocalizedText(fr: "`pacte init` ne prend pas d’argument ; le fichier se donne avec `-o`",
                                                    en: "`pacte init` takes no argument; give the file with `-o`"))
        }
        // `--forme` alone gives its level: the first its law names.
        var form: LegalForm?
        if let formSpelling = parsed.value("--forme") ?? parsed.value("--form") {
            let forms = EnumSchema(LegalForm.self, name: "forme")
            guard let canonical = forms.canonical(formSpelling), let known = LegalForm(rawValue: canonical) else {
                throw UsageError(message: LocalizedText(
                    fr: "forme inconnue : `\(formSpelling)` (\(forms.values.joined(separator: ", ")))",
                    en: "unknown form: `\(formSpelling)` (\(forms.values.joined(separator: ", ")))"))
            }
            form = known
        }
        let levelSpelling = parsed.value("--echelon") ?? parsed.value("--level") ?? form.map { FormLaw.of($0).levels[0].rawValue } ?? "commune"
        let levels = EnumSchema(Level.self, name: "échelon")
        guard let canonical = levels.canonical(levelSpelling), let level = Level(rawValue: canonical) else {
            throw UsageError(message: LocalizedText(
                fr: "échelon inconnu : `\(levelSpelling)` (\(levels.values.joined(separator: ", ")))",
                en: "unknown level: `\(levelSpelling)` (\(levels.values.joined(separator: ", ")))"))
        }
        if let form, !FormLaw.of(form).levels.contains(level) {
            let fitting = FormLaw.of(form).levels.map { "`\($0.rawValue)`" }
            throw UsageError(message: LocalizedText(
                fr: "la forme `\(form.rawValue)` ne convient pas à l’échelon `\(level.rawValue)` : \(fitting.joinedAsList(.fr)) (P0312)",
                en: "the form `\(form.rawValue)` does not fit the level `\(level.rawValue)`: \(fitting.joinedAsList(.en)) (P0312)"))
        }
        let territory = parsed.value("--territoire") ?? parsed.value("--territory")
        let text = StarterTemplate.render(territory: territory, level: level, form: form, language: language, year: currentYear())
        let output = parsed.value("-o") ?? parsed.value("--output") ?? "pacte.pacte"
        if output == "-" {
            Terminal.out(text)
            return 0
        }
        if FileSystem.exists(output) {
            Terminal.err(Messages.ioError(IOFailure(message: LocalizedText(
                fr: "`\(output)` existe déjà : pacte init ne remplace jamais un fichier ; choisissez un autre nom avec `-o`",
                en: "`\(output)` already exists: pacte init never replaces a file; choose another name with `-o`")), language))
            return 2
        }
        do throws(IOFailure) {
            try FileSystem.writeAtomically(Array(text.utf8), to: output)
        } catch {
            Terminal.err(Messages.ioError(error, language))
            return 2
        }
        Terminal.err(language == .fr
            ? "créé : \(output)\nremplacez chaque « À COMPLÉTER » et chaque `à-compléter`, puis lancez `pacte check \(output)`\n"
            : "created: \(output)\nreplace every “TODO” and every `à-compléter`, then run `pacte check \(output)`\n")
        return 0
    }

    /// The current year, for the starter's period; the only use of the clock.
    private static func currentYear() -> Int {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return Int(parts.tm_year) + 1900
    }
}
