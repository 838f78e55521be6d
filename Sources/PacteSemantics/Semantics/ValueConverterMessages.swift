import PacteCore
import PacteSyntax
import PacteSchema

/// Every message of the value converter, in both languages: the converter
/// says which one and where, the wording lives here. `property` is the
/// property's name as the file writes it.
enum ValueConverterMessages {
    // MARK: - P0202: values of the wrong type

    /// « `budget` attend un montant en euros, pas un nombre ».
    static func mismatch(_ property: String, expected: LocalizedText, found: LocalizedText, help: LocalizedText?) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            LocalizedText(fr: "`\(property)` attend \(expected.fr), pas \(found.fr)", en: "`\(property)` expects \(expected.en), not \(found.en)"),
            label: LocalizedText(fr: "\(found.fr) ici", en: "\(found.en) here"),
            help: help)
    }

    /// A fraction that is no share between 0 and 1, written `written`.
    static func shareOutOfRange(_ property: String, written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            LocalizedText(fr: "`\(property)` doit être une part entre 0 et 1, pas `\(written)`",
                          en: "`\(property)` must be a share between 0 and 1, not `\(written)`"),
            help: LocalizedText(fr: "écrivez par exemple `2/3` ou `1/2`", en: "write for instance `2/3` or `1/2`"))
    }

    static func percentOutOfRange(_ written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            LocalizedText(fr: "un pourcentage va de 0 à 100 %, pas `\(written)`",
                          en: "a percentage runs from 0 to 100 %, not `\(written)`"))
    }

    /// `membres` where the property cannot mean the members of a space.
    static func membersMeaningless(_ property: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            LocalizedText(fr: "`membres` n’a pas de sens pour `\(property)`", en: "`members` has no meaning for `\(property)`"),
            help: LocalizedText(fr: "écrivez la liste des identifiants : `[a, b]`", en: "write the list of ids: `[a, b]`"))
    }

    /// `pilote: gwen` where `gwen` is a person declared at `declared`.
    static func wrongKind(_ name: String, is kind: KindID, property: String, expects kinds: [KindID], declaredAt declared: Span,
                          help: LocalizedText?) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            LocalizedText(fr: "`\(name)` est \(kind.withArticle(.fr)) ; `\(property)` attend \(KindID.alternatives(kinds, .fr))",
                          en: "`\(name)` is \(kind.withArticle(.en)); `\(property)` expects \(KindID.alternatives(kinds, .en))"),
            label: LocalizedText(fr: "pas \(KindID.alternatives(kinds, .fr))", en: "not \(KindID.alternatives(kinds, .en))"),
            notes: [DiagnosticNote(LocalizedText(fr: "`\(name)` est déclaré ici", en: "`\(name)` is declared here"), at: declared)],
            help: help)
    }

    /// The ids of the right kinds, the first four of them `shown`.
    static func idsOfTheFile(_ kinds: [KindID], shown: [String], more: Bool) -> LocalizedText {
        LocalizedText(fr: "\(KindID.alternatives(kinds, .fr)) du fichier : \(Suggestions.list(shown, in: .fr))\(more ? ", …" : "")",
                      en: "\(KindID.alternatives(kinds, .en)) of the file: \(Suggestions.list(shown, in: .en))\(more ? ", …" : "")")
    }

    // MARK: - P0202: help lines

    static let writeYear = LocalizedText(fr: "écrivez une année sur quatre chiffres, comme `2040`", en: "write a four-digit year, such as `2040`")
    static let writeDate = LocalizedText(fr: "écrivez une date ISO : `2026-03-14`", en: "write an ISO date: `2026-03-14`")
    static let writeAmount = LocalizedText(fr: "écrivez un montant comme `24_000 €`", en: "write an amount such as `24_000 €`")
    static let writePercentage = LocalizedText(fr: "écrivez un pourcentage comme `50 %`", en: "write a percentage such as `50 %`")
    static let writeRatio = LocalizedText(fr: "écrivez une fraction comme `2/3` ou un pourcentage comme `60 %`",
                                          en: "write a fraction such as `2/3` or a percentage such as `60 %`")
    static let writeWholeNumber = LocalizedText(fr: "écrivez un nombre entier, comme `1`", en: "write a whole number, such as `1`")
    static let writeBoolean = LocalizedText(fr: "écrivez `oui` ou `non`", en: "write `yes` or `no`")
    static let writeListOfIDs = LocalizedText(fr: "écrivez une liste d’identifiants : `[a, b]`", en: "write a list of ids: `[a, b]`")
    static let writeIDWithoutQuotes = LocalizedText(fr: "écrivez l’identifiant sans guillemets", en: "write the id without quotes")

    static func addUnit(to written: String) -> LocalizedText {
        LocalizedText(fr: "ajoutez l’unité : `\(written) €`", en: "add the unit: `\(written) €`")
    }

    static func removeQuotes(_ canonical: String) -> LocalizedText {
        LocalizedText(fr: "retirez les guillemets : `\(canonical)`", en: "remove the quotes: `\(canonical)`")
    }

    static func possibleValues(_ enumeration: EnumSchema) -> LocalizedText {
        LocalizedText(fr: "valeurs possibles : \(Suggestions.list(enumeration.values, in: .fr))",
                      en: "possible values: \(Suggestions.list(enumeration.values, in: .en))")
    }

    /// A title written where its declaration's id was meant.
    static func referByID(_ id: String) -> LocalizedText {
        LocalizedText(fr: "désignez-le par son identifiant : `\(id)`", en: "refer to it by its id: `\(id)`")
    }

    static func writeID(of kinds: [KindID]) -> LocalizedText {
        LocalizedText(fr: "écrivez l’identifiant \(KindID.ofAlternatives(kinds, .fr))", en: "write the id of \(KindID.alternatives(kinds, .en))")
    }

    static func writeRange(ofYears years: Bool) -> LocalizedText {
        years ? LocalizedText(fr: "écrivez deux années séparées par `..` : `2026..2031`", en: "write two years separated by `..`: `2026..2031`")
            : LocalizedText(fr: "écrivez deux dates séparées par `..` : `2026-09..2027-08`", en: "write two dates separated by `..`: `2026-09..2027-08`")
    }

    static func quote(_ written: String) -> LocalizedText {
        LocalizedText(fr: "mettez le texte entre guillemets : `\"\(written)\"`", en: "put the text between quotes: `\"\(written)\"`")
    }

    /// A text block where a one-line string is expected.
    static func fitsOnOneLine(_ property: String) -> LocalizedText {
        LocalizedText(fr: "`\(property)` tient sur une ligne : utilisez `\"…\"`", en: "`\(property)` fits on one line: use `\"…\"`")
    }

    // MARK: - P0203: a list naming an id twice

    static func mentionedTwice(_ name: String, in property: String, firstAt first: Span) -> DiagnosticMessage {
        DiagnosticMessage(
            .duplicateID,
            LocalizedText(fr: "`\(name)` figure deux fois dans `\(property)`", en: "`\(name)` appears twice in `\(property)`"),
            label: LocalizedText(fr: "en double", en: "duplicate"),
            notes: [DiagnosticNote(LocalizedText(fr: "première mention ici", en: "first mentioned here"), at: first)],
            help: LocalizedText(fr: "retirez l’une des deux mentions", en: "remove one of the two mentions"))
    }

    // MARK: - P0204: unresolved references

    /// `name` declared nowhere; `suggestions` are ids of the right kinds close to it.
    static func unresolvedReference(_ name: String, kinds: [KindID], suggestions: [String]) -> DiagnosticMessage {
        DiagnosticMessage(
            .unresolvedReference,
            LocalizedText(fr: "`\(name)` n’est déclaré nulle part", en: "`\(name)` is not declared anywhere"),
            label: LocalizedText(fr: "identifiant inconnu", en: "unknown id"),
            help: suggestions.isEmpty
                ? LocalizedText(fr: "déclarez \(KindID.alternatives(kinds, .fr)) `\(name)`, ou corrigez le nom",
                                en: "declare \(KindID.alternatives(kinds, .en)) `\(name)`, or fix the name")
                : Suggestions.didYouMean(suggestions))
    }

    /// `à-compléter`, the id a fix's template leaves for the author to choose.
    static func placeholderReference(_ name: String, kinds: [KindID], help: LocalizedText?) -> DiagnosticMessage {
        DiagnosticMessage(
            .placeholder,
            LocalizedText(fr: "`\(name)` reste à remplacer par l’identifiant \(KindID.ofAlternatives(kinds, .fr))",
                          en: "`\(name)` is still to be replaced by the id of \(KindID.alternatives(kinds, .en))"),
            label: LocalizedText(fr: "à compléter", en: "to be completed"),
            help: help ?? LocalizedText(fr: "déclarez \(KindID.alternatives(kinds, .fr)), puis écrivez son identifiant ici",
                                        en: "declare \(KindID.alternatives(kinds, .en)), then write its id here"))
    }

    // MARK: - P0206: reversed ranges

    static func reversedRange(_ written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .reversedRange,
            LocalizedText(fr: "la période `\(written)` commence après sa fin", en: "the range `\(written)` starts after its end"),
            label: LocalizedText(fr: "début postérieur à la fin", en: "start after end"),
            help: LocalizedText(fr: "écrivez d’abord le début, puis la fin : `début..fin`", en: "write the start first, then the end: `start..end`"))
    }

    // MARK: - P0207: unknown enum values

    static func unknownValue(_ value: String, for property: String, help: LocalizedText) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownEnumValue,
            LocalizedText(fr: "valeur inconnue pour `\(property)` : `\(value)`", en: "unknown value for `\(property)`: `\(value)`"),
            label: LocalizedText(fr: "valeur inconnue", en: "unknown value"),
            help: help)
    }

    /// `à-compléter`, the value a fix's template leaves for the author to choose.
    static func placeholderValue(_ value: String, for property: String, help: LocalizedText) -> DiagnosticMessage {
        DiagnosticMessage(
            .placeholder,
            LocalizedText(fr: "`\(value)` reste à remplacer par une valeur de `\(property)`", en: "`\(value)` is still to be replaced by a value of `\(property)`"),
            label: LocalizedText(fr: "à compléter", en: "to be completed"),
            help: help)
    }

    // MARK: - Descriptions

    /// What a type is, for « `x` attend … ».
    static func describe(_ type: ValueType) -> LocalizedText {
        switch type {
        case .string: LocalizedText(fr: "une chaîne entre guillemets", en: "a quoted string")
        case .text: LocalizedText(fr: "un texte", en: "a text")
        case .year: LocalizedText(fr: "une année", en: "a year")
        case .date: LocalizedText(fr: "une date", en: "a date")
        case .yearRange: LocalizedText(fr: "une période d’années", en: "a range of years")
        case .dateRange: LocalizedText(fr: "une période de dates", en: "a range of dates")
        case .money: LocalizedText(fr: "un montant en euros", en: "an amount in euros")
        case .percent: LocalizedText(fr: "un pourcentage", en: "a percentage")
        case .ratio: LocalizedText(fr: "une fraction ou un pourcentage", en: "a fraction or a percentage")
        case .count: LocalizedText(fr: "un nombre entier", en: "a whole number")
        case .strings: LocalizedText(fr: "une liste de chaînes entre guillemets", en: "a list of quoted strings")
        case .boolean: LocalizedText(fr: "`oui` ou `non`", en: "`yes` or `no`")
        case .enumeration(let enumeration):
            LocalizedText(fr: "une valeur parmi \(Suggestions.list(enumeration.values, in: .fr))",
                          en: "one of \(Suggestions.list(enumeration.values, in: .en))")
        case .reference(let kinds): idOf(kinds)
        case .references(let kinds, _):
            LocalizedText(fr: "une liste d’identifiants (\(KindID.alternatives(kinds, .fr)))", en: "a list of ids (\(KindID.alternatives(kinds, .en)))")
        }
    }

    /// « l’identifiant d’une personne ».
    static func idOf(_ kinds: [KindID]) -> LocalizedText {
        LocalizedText(fr: "l’identifiant \(KindID.ofAlternatives(kinds, .fr))", en: "the id of \(KindID.alternatives(kinds, .en))")
    }

    /// What a value is, for « … pas un nombre »: a literal by the token
    /// names' table, the rest here.
    static func describe(_ value: ValueSyntax) -> LocalizedText {
        switch value {
        case .literal(let token):
            token.kind.nameForDiagnostics(text: token.text)
        case .range(let start, let end):
            if [start, end].allSatisfy({ $0.kind == .number && $0.span.length == 4 }) {
                LocalizedText(fr: "une période d’années", en: "a range of years")
            } else if [start, end].allSatisfy({ $0.kind == .date || ($0.kind == .number && $0.span.length == 4) }) {
                LocalizedText(fr: "une période de dates", en: "a range of dates")
            } else {
                LocalizedText(fr: "une période mal formée", en: "a malformed range")
            }
        case .list: LocalizedText(fr: "une liste", en: "a list")
        case .missing: LocalizedText(fr: "rien", en: "nothing")
        }
    }

    /// A value of each type, as help lines show it: `"…"`, `2026..2031`.
    static func example(for type: ValueType, language: Language) -> String {
        switch type {
        case .string: "\"…\""
        case .text: "\"\"\" … \"\"\""
        case .year: "2040"
        case .date: "2026-03-14"
        case .yearRange: "2026..2031"
        case .dateRange: "2026-09..2027-08"
        case .money: "24_000 €"
        case .percent: "50 %"
        case .ratio: "2/3"
        case .count: "1"
        case .strings: "[\"…\", \"…\"]"
        case .boolean: language == .fr ? "oui" : "yes"
        case .enumeration(let enumeration): enumeration.values.joined(separator: "|")
        case .reference: language == .fr ? "<identifiant>" : "<id>"
        case .references: language == .fr ? "[<identifiant>, …]" : "[<id>, …]"
        }
    }
}
