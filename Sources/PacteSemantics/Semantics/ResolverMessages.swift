import PacteCore
import PacteSchema

/// Every message of the resolver, in both languages: the resolver says
/// which one and where, the wording lives here. `label` is how a
/// declaration is named in a message, such as `action velo`.
enum ResolverMessages {
    // MARK: - P0201: unknown declarations and properties

    /// `name` is no kind allowed `place`; `help` says what is.
    static func unknownDeclaration(_ name: String, place: LocalizedText, help: LocalizedText?) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownName,
            LocalizedText(fr: "déclaration `\(name)` inconnue \(place.fr)", en: "unknown declaration `\(name)` \(place.en)"),
            label: LocalizedText(fr: "déclaration inconnue", en: "unknown declaration"),
            help: help)
    }

    /// Where an unknown declaration stands: in a kind, or at top level.
    static func place(in parent: KindSchema?) -> LocalizedText {
        parent.map { LocalizedText(fr: "dans `\($0.name)`", en: "in `\($0.english)`") }
            ?? LocalizedText(fr: "au premier niveau", en: "at top level")
    }

    /// A kind written where it does not stand: it belongs in `home`, or at top level.
    static func declaredElsewhere(_ kind: KindSchema, home: KindSchema?) -> LocalizedText {
        LocalizedText(
            fr: home.map { "`\(kind.name)` se déclare dans `\($0.name)`" } ?? "`\(kind.name)` se déclare au premier niveau du fichier",
            en: home.map { "`\(kind.english)` is declared inside `\($0.english)`" } ?? "`\(kind.english)` is declared at the top level of the file")
    }

    static func allowedDeclarations(_ kinds: [KindSchema]) -> LocalizedText {
        LocalizedText(fr: "les déclarations possibles ici sont \(Suggestions.list(kinds.map(\.name), in: .fr))",
                      en: "the declarations allowed here are \(Suggestions.list(kinds.map(\.english), in: .en))")
    }

    static func unknownProperty(_ name: String, in label: String, help: LocalizedText?) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownName,
            LocalizedText(fr: "propriété `\(name)` inconnue dans `\(label)`", en: "unknown property `\(name)` in `\(label)`"),
            label: LocalizedText(fr: "propriété inconnue", en: "unknown property"),
            help: help)
    }

    /// `gouvernance: …`: a child declaration written as a property.
    static func declarationWrittenAsProperty(_ name: String) -> LocalizedText {
        LocalizedText(fr: "`\(name)` est une déclaration : écrivez `\(name) { … }` sans `:`", en: "`\(name)` is a declaration: write `\(name) { … }` without `:`")
    }

    /// `membres:` inside `gouvernance`: right name, wrong place.
    static func propertyOfAnotherKind(_ written: String, owner: KindSchema, kind: KindSchema) -> LocalizedText {
        LocalizedText(fr: "`\(written)` est une propriété de `\(owner.name)`, pas de `\(kind.name)` : déplacez-la dans le bloc `\(owner.name)`",
                      en: "`\(written)` is a property of `\(owner.name)`, not of `\(kind.name)`: move it to the `\(owner.name)` block")
    }

    static func noProperty(_ kind: KindSchema) -> LocalizedText {
        LocalizedText(fr: "`\(kind.name)` n’a pas de propriété", en: "`\(kind.english)` has no property")
    }

    static func propertiesOf(_ kind: KindSchema) -> LocalizedText {
        LocalizedText(fr: "les propriétés de `\(kind.name)` sont \(Suggestions.list(kind.properties.map(\.name), in: .fr))",
                      en: "the properties of `\(kind.english)` are \(Suggestions.list(kind.properties.map(\.english), in: .en))")
    }

    // MARK: - P0203: ids

    static func reservedID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .duplicateID,
            LocalizedText(fr: "l’identifiant `\(id)` est réservé", en: "the id `\(id)` is reserved"),
            label: LocalizedText(fr: "désigne déjà tous les membres d’un espace", en: "already stands for all the members of a space"),
            help: LocalizedText(fr: "choisissez un autre identifiant", en: "choose another id"))
    }

    static func duplicateID(_ id: String, firstAt first: Span) -> DiagnosticMessage {
        DiagnosticMessage(
            .duplicateID,
            LocalizedText(fr: "l’identifiant `\(id)` est déjà utilisé", en: "the id `\(id)` is already used"),
            label: LocalizedText(fr: "identifiant en double", en: "duplicate id"),
            notes: [DiagnosticNote(LocalizedText(fr: "`\(id)` est déclaré une première fois ici", en: "`\(id)` is first declared here"), at: first)],
            help: LocalizedText(fr: "les identifiants sont uniques dans tout le fichier, quel que soit le type de déclaration : renommez l’un des deux",
                                en: "ids are unique across the whole file, whatever the kind of declaration: rename one of them"))
    }

    // MARK: - P0103: what a kind does not take

    static func takesNoID(_ kind: String, id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "`\(kind)` ne prend pas d’identifiant", en: "`\(kind)` takes no id"),
            label: LocalizedText(fr: "identifiant en trop", en: "unexpected id"),
            help: LocalizedText(fr: "retirez `\(id)`", en: "remove `\(id)`"))
    }

    /// A title on a kind that takes none; if the kind has a `texte`, the title belongs there.
    static func takesNoTitle(_ kind: String, hasText: Bool) -> DiagnosticMessage {
        DiagnosticMessage(
            .unexpectedToken,
            LocalizedText(fr: "`\(kind)` ne prend pas de titre", en: "`\(kind)` takes no title"),
            label: LocalizedText(fr: "titre en trop", en: "unexpected title"),
            help: hasText
                ? LocalizedText(fr: "mettez ce texte dans la propriété `texte:` du bloc", en: "put this text in the block’s `text:` property")
                : LocalizedText(fr: "retirez ce titre", en: "remove this title"))
    }

    // MARK: - P0202: titles

    static func titleNotAString(of label: String, written: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .wrongType,
            LocalizedText(fr: "le titre de `\(label)` doit être une chaîne entre guillemets", en: "the title of `\(label)` must be a quoted string"),
            help: LocalizedText(fr: "écrivez `\"\(written)\"`", en: "write `\"\(written)\"`"))
    }

    // MARK: - P0205: missing parts

    static let missingPacte = DiagnosticMessage(
        .missingRequired,
        LocalizedText(fr: "il manque la déclaration `pacte`", en: "the `pacte` declaration is missing"),
        label: LocalizedText(fr: "un fichier de pacte commence par sa déclaration `pacte`",
                             en: "a pacte file starts with its `pacte` declaration"),
        help: LocalizedText(fr: "ajoutez en tête : `pacte \"Titre\" { territoire: \"…\"; échelon: commune; forme: commission-extra-municipale; période: 2026..2031 }`",
                            en: "add at the top: `pacte \"Title\" { territory: \"…\"; level: commune; form: commission-extra-municipale; period: 2026..2031 }`"))

    /// A declaration that must have a `kind` child block, such as an `espace` its `gouvernance`.
    static func missingChildBlock(_ kind: KindSchema, in label: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .missingRequired,
            LocalizedText(fr: "`\(label)` n’a pas de bloc `\(kind.name)`",
                          en: "`\(label)` has no `\(kind.english)` block"),
            label: LocalizedText(fr: "il manque `\(kind.name) { … }`", en: "`\(kind.english) { … }` is missing"),
            help: LocalizedText(fr: "ajoutez un bloc `\(kind.name) { … }` dans cette déclaration",
                                en: "add a `\(kind.english) { … }` block inside this declaration"))
    }

    /// A declaration without its id; a waiver's id is the code it waives.
    static func missingID(of kind: String, isWaiver: Bool) -> DiagnosticMessage {
        let example = isWaiver ? "P0310" : "mon-id"
        return DiagnosticMessage(
            .missingRequired,
            isWaiver
                ? LocalizedText(fr: "il manque le code de la règle à déroger", en: "the code of the rule to waive is missing")
                : LocalizedText(fr: "il manque l’identifiant de `\(kind)`", en: "the id of `\(kind)` is missing"),
            label: LocalizedText(fr: "identifiant attendu après ce mot", en: "an id is expected after this word"),
            help: LocalizedText(fr: "écrivez par exemple `\(kind) \(example) \"…\"`", en: "write for instance `\(kind) \(example) \"…\"`"))
    }

    /// A declaration without its title; a waiver's title is its reason.
    static func missingTitle(of label: String, isWaiver: Bool) -> DiagnosticMessage {
        DiagnosticMessage(
            .missingRequired,
            isWaiver
                ? LocalizedText(fr: "la dérogation n’a pas de raison", en: "the waiver has no reason")
                : LocalizedText(fr: "`\(label)` n’a pas de titre", en: "`\(label)` has no title"),
            label: LocalizedText(fr: "texte entre guillemets attendu", en: "quoted text expected"),
            help: isWaiver
                ? LocalizedText(fr: "expliquez pourquoi la règle ne s’applique pas : `\(label) \"raison\"`",
                                en: "explain why the rule does not apply: `\(label) \"reason\"`")
                : LocalizedText(fr: "ajoutez le texte entre guillemets : `\(label) \"…\"`", en: "add the text between quotes: `\(label) \"…\"`"))
    }

    static let emptyWaiverReason = DiagnosticMessage(
        .missingRequired,
        LocalizedText(fr: "la raison de la dérogation est vide", en: "the waiver’s reason is empty"),
        help: LocalizedText(fr: "expliquez pourquoi la règle ne s’applique pas à ce pacte", en: "explain why the rule does not apply to this pacte"))

    /// A required property left out; the help shows its type's example.
    static func missingProperty(_ property: PropertySchema, in label: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .missingRequired,
            LocalizedText(fr: "il manque `\(property.name)` dans `\(label)`", en: "`\(property.english)` is missing in `\(label)`"),
            label: LocalizedText(fr: "`\(property.name)` est obligatoire", en: "`\(property.english)` is required"),
            help: LocalizedText(fr: "ajoutez `\(property.name): \(ValueConverterMessages.example(for: property.type, language: .fr))` (\(property.summary.fr))",
                                en: "add `\(property.english): \(ValueConverterMessages.example(for: property.type, language: .en))` (\(property.summary.en))"))
    }

    /// The fix of a missing property: the line `template`, inserted in the block.
    static func addProperty(_ template: String) -> LocalizedText {
        LocalizedText(fr: "ajoutez `\(template)`", en: "add `\(template)`")
    }

    // MARK: - P0207: waiver codes

    /// « de P0301 à P0324 »: the first and last waivable codes, as the code table has them.
    private static var waivableRange: LocalizedText {
        let waivable = DiagnosticCode.allCases.filter(\.isWaivable).map(\.rawValue).sorted()
        let first = waivable.first ?? "", last = waivable.last ?? ""
        return LocalizedText(fr: "de \(first) à \(last)", en: "from \(first) to \(last)")
    }

    static func notWaivable(_ code: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownEnumValue,
            LocalizedText(fr: "la règle `\(code)` ne peut pas faire l’objet d’une dérogation", en: "rule `\(code)` cannot be waived"),
            label: notACompletenessCode,
            help: LocalizedText(fr: "seules les règles de complétude (\(waivableRange.fr)) se dérogent ; corrigez plutôt l’erreur", en: "only completeness rules (\(waivableRange.en)) can be waived; fix the error instead"))
    }

    static func unknownRuleCode(_ code: String, suggestions: [String]) -> DiagnosticMessage {
        DiagnosticMessage(
            .unknownEnumValue,
            LocalizedText(fr: "code de règle inconnu : `\(code)`", en: "unknown rule code: `\(code)`"),
            label: notACompletenessCode,
            help: suggestions.isEmpty
                ? LocalizedText(fr: "les codes qui se dérogent vont \(waivableRange.fr) (`pacte explain CODE`)", en: "waivable codes run \(waivableRange.en) (`pacte explain CODE`)")
                : Suggestions.didYouMean(suggestions))
    }

    private static let notACompletenessCode = LocalizedText(fr: "pas un code de règle de complétude", en: "not a completeness rule code")

    // MARK: - P0208: given twice

    /// A kind that stands once, declared again; the first stands at `first`.
    static func declaredMoreThanOnce(_ kind: KindSchema, firstAt first: Span) -> DiagnosticMessage {
        DiagnosticMessage(
            .duplicateProperty,
            LocalizedText(fr: "`\(kind.name)` est déclaré plusieurs fois", en: "`\(kind.english)` is declared more than once"),
            label: LocalizedText(fr: "deuxième déclaration", en: "second declaration"),
            notes: [DiagnosticNote(LocalizedText(fr: "première déclaration ici", en: "first declared here"), at: first)],
            help: LocalizedText(fr: "réunissez leur contenu dans une seule déclaration `\(kind.name)`",
                                en: "merge their content into one `\(kind.english)` declaration"))
    }

    static func propertyGivenTwice(_ property: PropertySchema, in label: String, firstAt first: Span) -> DiagnosticMessage {
        DiagnosticMessage(
            .duplicateProperty,
            LocalizedText(fr: "`\(property.name)` est donné deux fois dans `\(label)`", en: "`\(property.english)` is given twice in `\(label)`"),
            label: LocalizedText(fr: "deuxième valeur", en: "second value"),
            notes: [DiagnosticNote(LocalizedText(fr: "première valeur ici ; c’est elle qui est retenue", en: "first value here; it is the one kept"), at: first)],
            help: LocalizedText(fr: "gardez une seule ligne `\(property.name):`", en: "keep a single `\(property.english):` line"))
    }
}
