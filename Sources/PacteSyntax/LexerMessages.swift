import PacteCore

/// Every message of the lexer, in both languages: the lexer says which
/// one and where, the wording lives here. Each is built only when its
/// diagnostic is made.
enum LexerMessages {
    // MARK: - P0101: characters out of place

    /// `2026...2031`.
    static let threeDots = DiagnosticMessage(
        .unexpectedCharacter,
        LocalizedText(fr: "une période s’écrit avec deux points, pas trois", en: "a range is written with two dots, not three"),
        help: LocalizedText(fr: "écrivez `début..fin`, par exemple `2026..2031`", en: "write `start..end`, for instance `2026..2031`"))

    /// `// …` for a comment.
    static let slashComment = DiagnosticMessage(
        .unexpectedCharacter,
        LocalizedText(fr: "les commentaires commencent par `#`, pas par `//`", en: "comments start with `#`, not `//`"),
        help: LocalizedText(fr: "remplacez `//` par `#`", en: "replace `//` with `#`"))

    /// `nom = valeur`.
    static let equalsSign = DiagnosticMessage(
        .unexpectedCharacter,
        LocalizedText(fr: "une propriété s’écrit avec `:`, pas `=`", en: "a property is written with `:`, not `=`"),
        help: LocalizedText(fr: "écrivez `nom: valeur`", en: "write `name: value`"))

    /// `“texte”` or `« texte »`, whose text reads `trimmed`.
    static func typographicQuotes(_ opening: Unicode.Scalar, text trimmed: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedCharacter,
            LocalizedText(fr: "guillemets typographiques `\(opening)` : pacte attend des guillemets droits `\"`",
                          en: "typographic quotes `\(opening)`: pacte expects straight quotes `\"`"),
            label: LocalizedText(fr: "guillemet typographique", en: "typographic quote"),
            help: LocalizedText(fr: "écrivez `\"\(trimmed)\"` ; les guillemets « » seront mis à l’impression",
                                en: "write `\"\(trimmed)\"`; curly quotes are added when printing"))
    }

    /// A character that has no place outside a string.
    static func unexpectedCharacter(_ scalar: Unicode.Scalar) -> DiagnosticMessage {
        let shown = visible(scalar)
        var help: LocalizedText?
        switch scalar {
        case "€", "%":
            help = LocalizedText(fr: "`\(scalar)` se place juste après un nombre : `24_000 €`, `50 %`",
                                 en: "`\(scalar)` goes right after a number: `24_000 €`, `50 %`")
        case "'", "«", "»", "“", "”":
            help = LocalizedText(fr: "mettez le texte entre guillemets droits : `\"…\"`",
                                 en: "put text between straight double quotes: `\"…\"`")
        case "=":
            help = LocalizedText(fr: "une propriété s’écrit `nom: valeur`", en: "a property is written `name: value`")
        case "-":
            help = LocalizedText(fr: "un nom commence par une lettre ; les nombres négatifs n’existent pas dans un pacte",
                                 en: "a name starts with a letter; there are no negative numbers in a pacte")
        default:
            help = nil
        }
        return DiagnosticMessage(
            .unexpectedCharacter,
            LocalizedText(fr: "caractère inattendu \(shown)", en: "unexpected character \(shown)"),
            help: help)
    }

    /// A character as a message shows it: in backticks, or as `U+0007`
    /// when it would not print.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
            var hex = String(scalar.value, radix: 16, uppercase: true)
            while hex.count < 4 { hex = "0" + hex }
            return "U+\(hex)"
        }
        return "`\(scalar)`"
    }

    // MARK: - P0102: unterminated strings and text blocks

    static let unterminatedString = DiagnosticMessage(
        .unterminatedString,
        LocalizedText(fr: "chaîne non terminée", en: "unterminated string"),
        label: LocalizedText(fr: "la chaîne commence ici et n’est pas fermée sur cette ligne",
                             en: "the string starts here and is not closed on this line"),
        help: LocalizedText(fr: "fermez la chaîne par `\"` avant la fin de la ligne ; pour un texte sur plusieurs lignes, utilisez un bloc `\"\"\"`",
                            en: "close the string with `\"` before the end of the line; for text over several lines, use a `\"\"\"` block"))

    static let unterminatedTextBlock = DiagnosticMessage(
        .unterminatedString,
        LocalizedText(fr: "bloc de texte non terminé", en: "unterminated text block"),
        label: LocalizedText(fr: "le bloc commence ici et n’est jamais fermé", en: "the block starts here and is never closed"),
        help: LocalizedText(fr: "fermez le bloc par une ligne qui ne contient que `\"\"\"`",
                            en: "close the block with a line holding only `\"\"\"`"))

    // MARK: - P0103: text blocks out of shape

    static let textAfterOpeningDelimiter = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "du texte suit l’ouverture `\"\"\"` sur la même ligne",
                      en: "text follows the opening `\"\"\"` on the same line"),
        label: LocalizedText(fr: "le bloc de texte commence à la ligne suivante", en: "a text block starts on the next line"),
        help: LocalizedText(fr: "passez à la ligne après `\"\"\"`, ou utilisez une chaîne `\"…\"` pour une seule ligne",
                            en: "start a new line after `\"\"\"`, or use a `\"…\"` string for one line"))

    static let closingDelimiterNotAlone = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "le `\"\"\"` de fermeture doit être seul sur sa ligne", en: "the closing `\"\"\"` must be alone on its line"),
        label: LocalizedText(fr: "à placer sur la ligne suivante", en: "move it to the next line"),
        help: LocalizedText(fr: "passez à la ligne avant `\"\"\"`, indenté comme le texte", en: "start a new line before `\"\"\"`, indented like the text"))

    // MARK: - P0105: invalid UTF-8

    static func invalidUTF8(atByte offset: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .invalidUTF8,
            LocalizedText(fr: "UTF-8 invalide à l’octet \(offset)", en: "invalid UTF-8 at byte \(offset)"),
            label: LocalizedText(fr: "octet qui n’est pas de l’UTF-8", en: "byte that is not UTF-8"),
            help: LocalizedText(fr: "enregistrez le fichier en UTF-8 (les éditeurs le proposent dans « Enregistrer sous »)",
                                en: "save the file as UTF-8 (editors offer it in “Save as”)"))
    }

    // MARK: - P0107: invalid literals

    /// A line of a text block indented less than its closing `"""`, which stands at `closing`.
    static func lineLessIndented(closingAt closing: Span) -> DiagnosticMessage {
        DiagnosticMessage(
            .invalidLiteral,
            LocalizedText(fr: "ligne moins indentée que le `\"\"\"` de fermeture",
                          en: "line indented less than the closing `\"\"\"`"),
            label: LocalizedText(fr: "indentation insuffisante", en: "insufficient indentation"),
            notes: [DiagnosticNote(LocalizedText(fr: "le `\"\"\"` de fermeture est ici ; son indentation est retirée de chaque ligne",
                                                 en: "the closing `\"\"\"` is here; its indentation is removed from every line"),
                                   at: closing)],
            help: LocalizedText(fr: "indentez chaque ligne au moins autant que le `\"\"\"` final, avec les mêmes espaces ou tabulations",
                                en: "indent every line at least as much as the closing `\"\"\"`, with the same spaces or tabs"))
    }

    static let invalidUnicodeEscape = DiagnosticMessage(
        .invalidLiteral,
        LocalizedText(fr: "`\\u{…}` ne désigne pas un caractère Unicode valide", en: "`\\u{…}` does not name a valid Unicode character"),
        help: LocalizedText(fr: "un caractère va de `\\u{0}` à `\\u{10FFFF}`, sauf `\\u{D800}` à `\\u{DFFF}`",
                            en: "a character runs from `\\u{0}` to `\\u{10FFFF}`, except `\\u{D800}` to `\\u{DFFF}`"))

    static let unknownEscape = DiagnosticMessage(
        .invalidLiteral,
        LocalizedText(fr: "séquence d’échappement inconnue", en: "unknown escape sequence"),
        help: LocalizedText(fr: "les échappements permis sont `\\\"`, `\\\\`, `\\n`, `\\t` et `\\u{XXXX}` ; pour une barre oblique inverse, écrivez `\\\\`",
                            en: "the allowed escapes are `\\\"`, `\\\\`, `\\n`, `\\t` and `\\u{XXXX}`; for a backslash, write `\\\\`"))

    /// What is wrong with a number, an amount or a fraction: a case while
    /// lexing, a text only once it is reported.
    enum NumberProblem {
        case malformedNumber
        case misplacedSeparator
        case tooManyCentDigits
        case pointBetweenThousands
        case numberTooLarge
        case malformedFraction
        case fractionTooLarge
        case zeroDenominator

        var label: LocalizedText {
            switch self {
            case .malformedNumber: LocalizedText(fr: "nombre mal formé", en: "malformed number")
            case .misplacedSeparator:
                LocalizedText(fr: "séparateur `_` mal placé : il se met entre deux chiffres, comme dans `180_000`",
                              en: "misplaced `_` separator: it goes between two digits, as in `180_000`")
            case .tooManyCentDigits: LocalizedText(fr: "un montant en euros a au plus deux décimales", en: "an amount in euros has at most two decimals")
            case .pointBetweenThousands:
                LocalizedText(fr: "le point marque les décimales, pas les milliers", en: "the point marks decimals, not thousands")
            case .numberTooLarge: LocalizedText(fr: "nombre trop grand", en: "number too large")
            case .malformedFraction: LocalizedText(fr: "fraction mal formée", en: "malformed fraction")
            case .fractionTooLarge: LocalizedText(fr: "fraction trop grande", en: "fraction too large")
            case .zeroDenominator: LocalizedText(fr: "fraction de dénominateur nul", en: "fraction with a zero denominator")
            }
        }
    }

    /// A number, amount, percentage or fraction written `written`.
    static func invalidNumber(_ written: String, _ problem: NumberProblem) -> DiagnosticMessage {
        DiagnosticMessage(
            .invalidLiteral,
            LocalizedText(fr: "nombre invalide : `\(written)`", en: "invalid number: `\(written)`"),
            label: problem.label,
            help: problem == .pointBetweenThousands
                ? LocalizedText(fr: "pour des milliers, séparez-les par une espace ou par `_` : `\(groupedBySpace(written))`",
                                en: "for thousands, separate them with a space or `_`: `\(groupedBySpace(written))`")
                : LocalizedText(fr: "un nombre s’écrit avec des chiffres, les milliers séparés par une espace ou par `_`, et une virgule ou un point avant les centimes : `180 000`, `3.5`, `1 250,50 €`, `50 %`, `2/3`",
                                en: "a number is written with digits, thousands separated by a space or `_`, and a comma or a point before the cents: `180 000`, `3.5`, `1 250,50 €`, `50 %`, `2/3`"))
    }

    /// The fix of `12.000 €`.
    static let pointBetweenThousandsFix = LocalizedText(fr: "séparez les milliers par une espace", en: "separate the thousands with a space")

    /// `14/03/2026`: a date written the French way.
    static func slashedDate(_ written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .invalidLiteral,
            LocalizedText(fr: "date mal formée : `\(written)`", en: "malformed date: `\(written)`"),
            label: LocalizedText(fr: "les dates s’écrivent année, mois, jour", en: "dates are written year, month, day"),
            help: LocalizedText(fr: "écrivez la date au format ISO, par exemple `2026-03-14` pour le 14 mars 2026",
                                en: "write the date in ISO format, e.g. `2026-03-14` for 14 March 2026"))
    }

    /// `2026-9`, `2026-09-15T10:00`, or `2026-2031`, which looks like a range of years.
    static func malformedDate(_ written: String, looksLikeYearRange: Bool) -> DiagnosticMessage {
        DiagnosticMessage(
            .invalidLiteral,
            LocalizedText(fr: "date mal formée : `\(written)`", en: "malformed date: `\(written)`"),
            help: looksLikeYearRange
                ? LocalizedText(fr: "une période s’écrit avec deux points : `\(replacingFirstDash(written))`",
                                en: "a range is written with two dots: `\(replacingFirstDash(written))`")
                : LocalizedText(fr: "écrivez une date ISO : `2026`, `2026-09` ou `2026-09-15`",
                                en: "write an ISO date: `2026`, `2026-09` or `2026-09-15`"))
    }

    /// `12.000.000 €` → `12 000 000 €`.
    private static func groupedBySpace(_ written: String) -> String {
        String(written.map { $0 == "." ? " " : $0 })
    }

    /// `2026-2031` → `2026..2031`.
    private static func replacingFirstDash(_ written: String) -> String {
        guard let dash = written.firstIndex(of: "-") else { return written }
        return String(written[..<dash]) + ".." + String(written[written.index(after: dash)...])
    }

    /// A date that does not exist: a month past 12, or a day past the
    /// month's `days` (nil when the month is the one at fault).
    static func invalidDate(_ written: String, month: Int?, days: Int?) -> DiagnosticMessage {
        let what = if let days {
            LocalizedText(fr: "ce mois n’a que \(days) jours", en: "this month has only \(days) days")
        } else {
            LocalizedText(fr: "le mois \(month ?? 0) n’existe pas", en: "month \(month ?? 0) does not exist")
        }
        return DiagnosticMessage(
            .invalidLiteral,
            LocalizedText(fr: "date invalide : `\(written)`", en: "invalid date: `\(written)`"),
            label: what,
            help: LocalizedText(fr: "écrivez une date qui existe, au format `AAAA-MM-JJ`",
                                en: "write a date that exists, as `YYYY-MM-DD`"))
    }
}
