import PacteKit

/// A usage error: a message, then exit code 2.
struct UsageError: Error {
    let message: LocalizedText

    /// `pacte chek`: the word is unknown, and here is the closest known one.
    static func unknown(_ word: String, among known: [String], fr: String, en: String) -> UsageError {
        let closest = Suggestions.closest(to: word, among: known, limit: 1).first
        return UsageError(message: LocalizedText(
            fr: "\(fr) : `\(word)`" + (closest.map { " ; vouliez-vous dire `\($0)` ?" } ?? ""),
            en: "\(en): `\(word)`" + (closest.map { "; did you mean `\($0)`?" } ?? "")))
    }
}

/// A small argument parser: positional arguments, `--flag`, `--option value`
/// and `--option=value`, `-o value`. `-` alone is a positional (standard input).
struct Arguments {
    private(set) var positionals: [String] = []
    private var options: [String: String] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` given the options that take a value and the flags allowed.
    init(_ arguments: [String], valued: Set<String>, flags allowed: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            let canonical = SchemaName.fold(name)
            if valued.contains(canonical) {
                if value == nil {
                    guard index < arguments.count else {
                        throw UsageError(message: LocalizedText(fr: "`\(name)` attend une valeur", en: "`\(name)` expects a value"))
                    }
                    value = arguments[index]
                    index += 1
                }
                options[canonical] = value
            } else if allowed.contains(canonical), value == nil {
                flags.insert(canonical)
            } else {
                throw UsageError.unknown(name, among: (valued.union(allowed).union(["--help"])).sorted(), fr: "option inconnue", en: "unknown option")
            }
        }
    }

    /// The value of an option, if given.
    func value(_ name: String) -> String? { options[name] }

    /// Whether a flag is given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of an option among allowed choices.
    func choice<T: RawRepresentable>(_ name: String, default defaultValue: T) throws(UsageError) -> T where T.RawValue == String {
        guard let raw = options[name] else { return defaultValue }
        guard let value = T(rawValue: raw) else {
            throw UsageError(message: LocalizedText(fr: "valeur inconnue pour `\(name)` : `\(raw)`", en: "unknown value for `\(name)`: `\(raw)`"))
        }
        return value
    }

    /// The language: `--lang`, else the locale.
    func language() throws(UsageError) -> Language {
        try choice("--lang", default: Terminal.defaultLanguage())
    }
}
