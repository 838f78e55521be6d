#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import PacteKit

/// `pacte init [-o FILE] [--territoire NAME] [--échelon LEVEL] [--lang fr|en]`:
/// writes a starter pacte, `pacte.pacte` by default; never over an existing file.
enum InitCommand {
    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let parsed = try Arguments(arguments, valued: ["-o", "--output", "--territoire", "--territory", "--echelon", "--level", "--lang"], flags: [])
        let language = try parsed.language()
        guard parsed.positionals.isEmpty else {
            throw UsageError(message: LocalizedText(fr: "`pacte init` ne prend pas d’argument ; le fichier se donne avec `-o`",
                                                    en: "`pacte init` takes no argument; give the file with `-o`"))
        }
        let levelSpelling = parsed.value("--echelon") ?? parsed.value("--level") ?? "commune"
        let levels = EnumSchema(Level.self, name: "échelon")
        guard let canonical = levels.canonical(levelSpelling), let level = Level(rawValue: canonical) else {
            throw UsageError(message: LocalizedText(
                fr: "échelon inconnu : `\(levelSpelling)` (\(levels.values.joined(separator: ", ")))",
                en: "unknown level: `\(levelSpelling)` (\(levels.values.joined(separator: ", ")))"))
        }
        let territory = parsed.value("--territoire") ?? parsed.value("--territory")
        let text = StarterTemplate.render(territory: territory, level: level, language: language, year: currentYear())
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
