import PacteCore

/// Every message of the parser, in both languages: the parser says which
/// one and where, the wording lives here. Tokens are named by
/// ``TokenKind/nameForDiagnostics(text:)``.
enum ParserMessages {
    // MARK: - P0103: expected something else

    /// « attendu une valeur, trouvé `}` ».
    static func expected(_ expected: LocalizedText, found: LocalizedText) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "attendu \(expected.fr), trouvé \(found.fr)", en: "expected \(expected.en), found \(found.en)"),
            label: LocalizedText(fr: "inattendu ici", en: "unexpected here"))
    }

    /// What the parser expected, for ``expected(_:found:)``.
    enum Expected {
        static let declaration = LocalizedText(fr: "une déclaration (`action`, `personne`, …)", en: "a declaration (`action`, `person`, …)")
        static let propertyOrDeclaration = LocalizedText(fr: "une propriété `nom: valeur` ou une déclaration", en: "a `name: value` property or a declaration")
        static let value = LocalizedText(fr: "une valeur", en: "a value")
        static let itemBeforeComma = LocalizedText(fr: "un élément de liste avant `,`", en: "a list item before `,`")
        static let commaOrBracket = LocalizedText(fr: "`,` ou `]` entre les éléments de la liste", en: "`,` or `]` between list items")

        static func endOfDeclaration(_ kind: String) -> LocalizedText {
            LocalizedText(fr: "une fin de ligne, un titre entre guillemets ou `{` après la déclaration `\(kind)`",
                          en: "a line end, a quoted title or `{` after the `\(kind)` declaration")
        }

        static func endOfValue(of property: String) -> LocalizedText {
            LocalizedText(fr: "une fin de ligne ou `;` après la valeur de `\(property)`",
                          en: "a line end or `;` after the value of `\(property)`")
        }
    }

    /// `territoire "…"`: a property whose `:` was forgotten.
    static func missingColon(after name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "il manque `:` après `\(name)`", en: "missing `:` after `\(name)`"),
            label: LocalizedText(fr: "`:` attendu ici", en: "`:` expected here"),
            help: LocalizedText(fr: "une propriété s’écrit `\(name): valeur`", en: "a property is written `\(name): value`"))
    }

    /// The fix of ``missingColon(after:)``.
    static func insertColon(after name: String) -> LocalizedText {
        LocalizedText(fr: "ajoutez `:` après `\(name)`", en: "add `:` after `\(name)`")
    }

    static func propertyOutsideBlock(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "propriété `\(name)` hors de tout bloc",
                          en: "property `\(name)` outside any block"),
            label: LocalizedText(fr: "une propriété s’écrit dans le bloc `{ … }` d’une déclaration",
                                 en: "a property is written inside a declaration’s `{ … }` block"),
            help: LocalizedText(fr: "placez-la dans le bloc de la déclaration qu’elle décrit, par exemple `pacte \"…\" { \(name): … }`",
                                en: "move it into the block of the declaration it describes, e.g. `pacte \"…\" { \(name): … }`"))
    }

    static let unmatchedClosingBrace = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "`}` sans `{` correspondant", en: "`}` without a matching `{`"),
        label: LocalizedText(fr: "rien n’est ouvert ici", en: "nothing is open here"),
        help: LocalizedText(fr: "supprimez cette accolade, ou vérifiez l’accolade ouvrante du bloc au-dessus",
                            en: "remove this brace, or check the opening brace of the block above"))

    /// `signataire cafe Café associatif {`: `head` is `signataire cafe`.
    static func titleWithoutQuotes(_ words: String, head: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "titre sans guillemets : `\(words)`", en: "title without quotes: `\(words)`"),
            label: LocalizedText(fr: "un titre s’écrit entre guillemets", en: "a title is written between quotes"),
            help: LocalizedText(fr: "écrivez `\(head) \"\(words)\"`", en: "write `\(head) \"\(words)\"`"))
    }

    static func junkInDeclarationHead(_ words: String, after kind: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "texte en trop après `\(kind)` : `\(words)`", en: "unexpected text after `\(kind)`: `\(words)`"),
            label: LocalizedText(fr: "inattendu ici", en: "unexpected here"),
            help: LocalizedText(fr: "une déclaration s’écrit `genre identifiant \"titre\" { … }`", en: "a declaration is written `kind id \"title\" { … }`"))
    }

    /// `ordre du jour: …`, to be written `joined`.
    static func spacedPropertyName(_ words: [String], joined: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "nom de propriété écrit avec des espaces : `\(words.joined(separator: " "))`",
                          en: "property name written with spaces: `\(words.joined(separator: " "))`"),
            label: LocalizedText(fr: "les mots d’un nom se lient par des tirets", en: "the words of a name are joined by hyphens"),
            help: LocalizedText(fr: "écrivez `\(joined):`", en: "write `\(joined):`"))
    }

    static func missingValue(after name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "valeur manquante après `\(name):`", en: "missing value after `\(name):`"),
            label: LocalizedText(fr: "une valeur est attendue ici", en: "a value is expected here"),
            help: LocalizedText(fr: "écrivez la valeur sur la même ligne, ou retirez la propriété",
                                en: "write the value on the same line, or remove the property"))
    }

    static let blockAsValue = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "un bloc `{ … }` ne peut pas être la valeur d’une propriété",
                      en: "a `{ … }` block cannot be a property’s value"),
        help: LocalizedText(fr: "pour une liste, utilisez `[a, b]` ; pour une déclaration, retirez le `:`",
                            en: "for a list, use `[a, b]`; for a declaration, remove the `:`"))

    // MARK: - P0103: what follows a value

    /// `12 00 €`: digits split by a space, but not in groups of three.
    /// `written` is the number with its space, `joined` without it.
    static func spaceInNumber(_ written: String, fixed joined: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "espace mal placée dans un nombre : `\(written)`", en: "misplaced space inside a number: `\(written)`"),
            label: LocalizedText(fr: "les chiffres se groupent par trois", en: "digits are grouped by three"),
            help: LocalizedText(fr: "groupez les chiffres par trois en partant de la droite, comme dans `12 000 €`, ou écrivez-les sans espace : `\(joined)`",
                                en: "group the digits by three from the right, as in `12 000 €`, or write them without a space: `\(joined)`"))
    }

    /// `2026 2030`: two years with a space where the range's `..` goes.
    static func rangeWithoutDots(_ written: String, fixed: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "il manque `..` entre les deux années de `\(written)`", en: "`..` is missing between the two years of `\(written)`"),
            label: LocalizedText(fr: "une période s’écrit `début..fin`", en: "a range is written `start..end`"),
            help: write(fixed))
    }

    static func decimalComma(_ written: String, fixed: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "virgule décimale dans `\(written)`", en: "decimal comma in `\(written)`"),
            label: LocalizedText(fr: "la virgule décimale ne se lit que devant `€` ou `%`", en: "a decimal comma is only read before `€` or `%`"),
            help: LocalizedText(fr: "pour un montant, ajoutez son unité : `\(written) €` ; sinon, écrivez `\(fixed)`",
                                en: "for an amount, add its unit: `\(written) €`; otherwise write `\(fixed)`"))
    }

    static let commaBetweenProperties = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "`,` entre deux propriétés", en: "`,` between two properties"),
        label: LocalizedText(fr: "séparateur attendu : `;` ou une fin de ligne", en: "expected separator: `;` or a line end"),
        help: LocalizedText(fr: "séparez les propriétés par `;` ou passez à la ligne", en: "separate properties with `;` or a line end"))

    static func listWithoutBrackets(_ written: String, after property: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "liste sans crochets après `\(property):`", en: "list without brackets after `\(property):`"),
            label: LocalizedText(fr: "une liste s’écrit entre `[` et `]`", en: "a list is written between `[` and `]`"),
            help: write("[\(written)]"))
    }

    static func spelledOutUnit(_ written: String, fixed: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "unité écrite en toutes lettres : `\(written)`", en: "unit spelled out: `\(written)`"),
            label: LocalizedText(fr: "un montant s’écrit avec `€` ou `EUR`", en: "an amount is written with `€` or `EUR`"),
            help: write(fixed))
    }

    static func spelledOutRange(_ written: String, fixed: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "période écrite en toutes lettres : `\(written)`", en: "range spelled out: `\(written)`"),
            label: LocalizedText(fr: "une période s’écrit `début..fin`", en: "a range is written `start..end`"),
            help: write(fixed))
    }

    static func spelledOutValue(_ written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "valeur écrite en toutes lettres : `\(written)`", en: "value spelled out: `\(written)`"),
            label: LocalizedText(fr: "ni nombre, ni date, ni texte entre guillemets", en: "neither a number, a date nor a quoted text"),
            help: LocalizedText(fr: "une date s’écrit `2026-03-14` ; un texte s’écrit entre guillemets : `\"\(written)\"`",
                                en: "a date is written `2026-03-14`; a text is written between quotes: `\"\(written)\"`"))
    }

    /// `territoire: Commune de Lannévez`: words without quotes.
    static func wordsWithoutQuotes(_ written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "plusieurs mots sans guillemets : `\(written)`", en: "several words without quotes: `\(written)`"),
            label: LocalizedText(fr: "un texte s’écrit entre guillemets, un identifiant en un seul mot",
                                 en: "a text is written between quotes, an id as one word"),
            help: LocalizedText(fr: "s’il s’agit d’un texte, écrivez `\"\(written)\"` ; s’il s’agit d’un identifiant, écrivez-le en un seul mot",
                                en: "if it is a text, write `\"\(written)\"`; if it is an id, write it as one word"))
    }

    /// « écrivez `…` ».
    private static func write(_ fixed: String) -> LocalizedText {
        LocalizedText(fr: "écrivez `\(fixed)`", en: "write `\(fixed)`")
    }

    // MARK: - P0103: ranges

    static let rangeStartNotADate = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "une période va d’une date à une autre", en: "a range goes from one date to another"),
        label: dateExpected, help: rangeExample)

    static let missingRangeEnd = DiagnosticMessage(
        .unexpectedToken,
        LocalizedText(fr: "fin de période manquante après `..`", en: "missing end of range after `..`"),
        label: dateExpected, help: rangeExample)

    private static let dateExpected = LocalizedText(fr: "une date est attendue ici", en: "a date is expected here")
    private static let rangeExample = LocalizedText(fr: "écrivez par exemple `2026..2031` ou `2026-09..2027-08`",
                                                    en: "write for instance `2026..2031` or `2026-09..2027-08`")

    // MARK: - P0104: unclosed delimiters

    static let unclosedBrace = DiagnosticMessage(
        .unclosedDelimiter,
        LocalizedText(fr: "`{` jamais fermé", en: "unclosed `{`"),
        label: LocalizedText(fr: "ce bloc n’a pas de `}`", en: "this block has no `}`"),
        help: LocalizedText(fr: "ajoutez `}` à la fin du bloc", en: "add `}` at the end of the block"))

    static let unclosedBracket = DiagnosticMessage(
        .unclosedDelimiter,
        LocalizedText(fr: "`[` jamais fermé", en: "unclosed `[`"),
        label: LocalizedText(fr: "cette liste n’a pas de `]`", en: "this list has no `]`"),
        help: LocalizedText(fr: "ajoutez `]` après le dernier élément", en: "add `]` after the last item"))

    // MARK: - P0106: limits

    static func fileTooLarge(_ size: Int, limit: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .overLimit,
            LocalizedText(fr: "fichier trop grand : \(size) octets, la limite est \(limit)",
                          en: "file too large: \(size) bytes, the limit is \(limit)"),
            help: LocalizedText(fr: "un pacte tient en quelques dizaines de kilo-octets ; vérifiez qu’il s’agit du bon fichier",
                                en: "a pacte fits in a few tens of kilobytes; check that this is the right file"))
    }

    static func listTooLong(limit: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .overLimit,
            LocalizedText(fr: "liste trop longue : plus de \(limit) éléments",
                          en: "list too long: more than \(limit) items"),
            label: LocalizedText(fr: "les éléments suivants sont ignorés", en: "the following items are ignored"),
            help: LocalizedText(fr: "découpez cette liste ; aucun pacte réel n’en a besoin d’autant",
                                en: "split this list; no real pacte needs that many"))
    }

    static func nestingTooDeep(limit: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .overLimit,
            LocalizedText(fr: "imbrication trop profonde : plus de \(limit) niveaux",
                          en: "nesting too deep: more than \(limit) levels"),
            help: LocalizedText(fr: "un pacte n’imbrique que trois niveaux de blocs ; vérifiez les accolades et crochets",
                                en: "a pacte nests only three levels of blocks; check the braces and brackets"))
    }
}
