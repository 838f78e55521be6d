import PacteCore
import PacteSyntax
import PacteSchema

/// Checks a syntax tree against the schema: kinds, ids, titles, property
/// names and types, references (forward ones included) and required parts.
/// Reports P0103 and P0201–P0208; completeness is the validator's business.
public struct Resolver {
    private let schema: Schema
    private let source: SourceFile
    private var bag: DiagnosticBag
    /// Every id of the file, whatever its kind (DESIGN §2.2).
    private var ids = IDTable()
    /// Kinds of the later declarations of duplicated ids.
    private var duplicateKinds: [String: [KindID]] = [:]
    /// The rule codes waived so far, where first.
    private var waiverCodes: [String: Span] = [:]
    /// Declarations left out of the model: unknown kinds, missing ids.
    private var droppedDeclarations = 0
    /// Ids of declarations whose kind is unknown.
    private var unplacedIDs: Set<String> = []
    /// Kinds that an unknown declaration most likely meant, by the start of
    /// its parent (-1 at top level): such a kind is misspelt, not missing.
    private var misspeltKinds: Set<MisspeltKind> = []
    /// Reused by each declaration for where its properties are first written.
    private var firstSpanBuffer: [Span?] = []
    /// What values are converted with, made once all ids are known.
    private var converter: ValueConverter?
    /// Past this many diagnostics, did-you-mean is not computed: nobody
    /// reads it, and on a huge broken file it would cost quadratic time.
    private var suggestionBudget = Limits.standard.maxDiagnostics

    /// Resolves a parsed file.
    public static func resolve(
        _ syntax: SyntaxFile, source: SourceFile, schema: Schema = .pacte, limits: Limits = .standard
    ) -> (declarations: [ResolvedDeclaration], ids: [String: DeclaredID], diagnostics: [Diagnostic], droppedDeclarations: Int) {
        var resolver = Resolver(schema: schema, source: source, bag: DiagnosticBag(limit: limits.maxCollectedDiagnostics))
        resolver.suggestionBudget = limits.maxDiagnostics
        var declarations: [ResolvedDeclaration] = []
        resolver.run(syntax, expect: { declarations.reserveCapacity($0.values.reduce(0, +)) }, consume: { declarations.append($0) })
        return (declarations, resolver.ids.dictionary, resolver.bag.diagnostics, resolver.droppedDeclarations)
    }

    /// Resolves a parsed file straight into its model: each top-level
    /// declaration goes to the model as soon as it is resolved (see
    /// ``ModelBuilder``).
    package static func model(
        _ syntax: consuming SyntaxFile, source: SourceFile, schema: Schema = .pacte, limits: Limits = .standard
    ) -> (pacte: Pacte, diagnostics: [Diagnostic], droppedDeclarations: Int) {
        var resolver = Resolver(schema: schema, source: source, bag: DiagnosticBag(limit: limits.maxCollectedDiagnostics))
        resolver.suggestionBudget = limits.maxDiagnostics
        var builder = ModelBuilder()
        resolver.run(syntax, expect: { builder = ModelBuilder(counts: $0) }, consume: { builder.add($0) })
        return (builder.finish(), resolver.bag.diagnostics, resolver.droppedDeclarations)
    }

    private init(schema: Schema, source: SourceFile, bag: DiagnosticBag) {
        self.schema = schema
        self.source = source
        self.bag = bag
    }

    /// Resolves the file's top-level declarations in order, handing each to
    /// `consume`; first tells `expect` how many of each kind will come.
    private mutating func run(_ file: consuming SyntaxFile, expect: ([KindID: Int]) -> Void, consume: (ResolvedDeclaration) -> Void) {
        // First pass: which kinds stand where, and every id, so that a
        // reference may point further down the file.
        var placed = place(file.declarations, among: schema.topLevel, parent: nil)
        // From here the placed declarations may hold the only reference to
        // the tree (``Compilation`` keeps it only to format it).
        file.declarations = []
        checkCardinality(placed, among: schema.topLevel, parent: nil)
        var counts: [KindID: Int] = [:]
        for item in placed { counts[item.kind.id, default: 0] += 1 }
        expect(counts)
        let hasPacte = counts[.pacte] != nil
        // Each declaration is let go as soon as it is resolved, while its
        // nodes are still in cache: freed all at the end, a large file's
        // tree would be read back from memory once more.
        placed.reverse()
        while let item = placed.popLast() { consume(resolve(item, enclosingSpace: nil)) }
        if !hasPacte, !misspeltKinds.contains(MisspeltKind(parent: -1, kind: .pacte)) {
            bag.report(
                .missingRequired, at: Span(start: 0, length: 0),
                LocalizedText(fr: "il manque la déclaration `pacte`", en: "the `pacte` declaration is missing"),
                label: LocalizedText(fr: "un fichier de pacte commence par sa déclaration `pacte`",
                                     en: "a pacte file starts with its `pacte` declaration"),
                help: LocalizedText(fr: "ajoutez en tête : `pacte \"Titre\" { territoire: \"…\"; échelon: commune; forme: commission-extra-municipale; période: 2026..2031 }`",
                                    en: "add at the top: `pacte \"Title\" { territory: \"…\"; level: commune; form: commission-extra-municipale; period: 2026..2031 }`"))
        }
    }

    // MARK: - Kinds

    /// A declaration whose kind is known in its place.
    private struct Placed {
        let kind: KindSchema
        let syntax: DeclarationSyntax
        let children: [Placed]
    }

    private mutating func place(_ declarations: [DeclarationSyntax], among kinds: [KindSchema], parent: KindSchema?, parentStart: Int = -1) -> [Placed] {
        var placed: [Placed] = []
        for declaration in declarations {
            guard let kind = Schema.kind(named: declaration.kind.text, among: kinds) else {
                // `territoire "…"` is a property whose `:` is missing; `resolve` reads it as one.
                if parent.flatMap({ Resolver.colonlessProperty(declaration, in: $0) }) == nil {
                    if let meant = reportUnknownKind(declaration, among: kinds, parent: parent) {
                        misspeltKinds.insert(MisspeltKind(parent: parentStart, kind: meant))
                    }
                    droppedDeclarations += 1
                    if let id = declaration.id { unplacedIDs.insert(id.text) }
                }
                continue
            }
            // Ids are collected here, parent before children, in file
            // order: one walk over the tree rather than one more.
            collectID(of: declaration, kind: kind)
            let children = place(declaration.block?.declarations ?? [], among: kind.children, parent: kind, parentStart: declaration.span.start)
            placed.append(Placed(kind: kind, syntax: declaration, children: children))
        }
        return placed
    }

    /// Reports an unknown declaration; returns the kind it most likely meant.
    private mutating func reportUnknownKind(_ declaration: DeclarationSyntax, among kinds: [KindSchema], parent: KindSchema?) -> KindID? {
        var meant: KindID?
        let name = declaration.kind.text
        // Past the collection limit nothing is even counted precisely
        // (``Limits/maxCollectedDiagnostics``): no message, no did-you-mean.
        if bag.isFull {
            bag.countDropped()
            return nil
        }
        let elsewhere = schema.allKinds.first { Schema.kind(named: name, among: [$0]) != nil }
        let place = parent.map { LocalizedText(fr: "dans `\($0.name)`", en: "in `\($0.english)`") }
            ?? LocalizedText(fr: "au premier niveau", en: "at top level")
        var help: LocalizedText?
        if let elsewhere {
            let home = homeOf(elsewhere.id)
            help = LocalizedText(
                fr: home.map { "`\(elsewhere.name)` se déclare dans `\($0.name)`" } ?? "`\(elsewhere.name)` se déclare au premier niveau du fichier",
                en: home.map { "`\(elsewhere.english)` is declared inside `\($0.english)`" } ?? "`\(elsewhere.english)` is declared at the top level of the file")
        } else {
            let suggestions = Suggestions.closest(to: name, among: kinds.map(\.name) + kinds.map(\.english))
            if !suggestions.isEmpty {
                meant = Schema.kind(named: suggestions[0], among: kinds)?.id
                help = LocalizedText(fr: "vouliez-vous dire \(Suggestions.list(suggestions, in: .fr)) ?",
                                     en: "did you mean \(Suggestions.list(suggestions, in: .en))?")
            } else if !kinds.isEmpty {
                let known = kinds.map(\.name)
                help = LocalizedText(fr: "les déclarations possibles ici sont \(Suggestions.list(known, in: .fr))",
                                     en: "the declarations allowed here are \(Suggestions.list(kinds.map(\.english), in: .en))")
            }
        }
        bag.report(
            .unknownName, at: declaration.kind.span,
            LocalizedText(fr: "déclaration `\(name)` inconnue \(place.fr)", en: "unknown declaration `\(name)` \(place.en)"),
            label: LocalizedText(fr: "déclaration inconnue", en: "unknown declaration"),
            help: help)
        return meant
    }

    private func homeOf(_ kind: KindID) -> KindSchema? {
        schema.allKinds.first { $0.children.contains { $0.id == kind } }
    }

    private mutating func checkCardinality(_ placed: [Placed], among kinds: [KindSchema], parent: Placed?) {
        // One walk over the siblings: the kinds that may stand once are
        // gathered, and the children of each are checked in turn.
        var singles: [KindID: [Placed]] = [:]
        for item in placed {
            if item.kind.cardinality != .many { singles[item.kind.id, default: []].append(item) }
            if !item.children.isEmpty || item.kind.children.contains(where: { $0.cardinality == .exactlyOne }) {
                checkCardinality(item.children, among: item.kind.children, parent: item)
            }
        }
        for kind in kinds where kind.cardinality != .many {
            let matches = singles[kind.id] ?? []
            if matches.count > 1 {
                for later in matches.dropFirst() {
                    bag.report(
                        .duplicateProperty, at: later.syntax.headSpan,
                        LocalizedText(fr: "`\(kind.name)` est déclaré plusieurs fois", en: "`\(kind.english)` is declared more than once"),
                        label: LocalizedText(fr: "deuxième déclaration", en: "second declaration"),
                        notes: [DiagnosticNote(LocalizedText(fr: "première déclaration ici", en: "first declared here"), at: matches[0].syntax.headSpan)],
                        help: LocalizedText(fr: "réunissez leur contenu dans une seule déclaration `\(kind.name)`",
                                            en: "merge their content into one `\(kind.english)` declaration"))
                }
            }
            if matches.isEmpty, kind.cardinality == .exactlyOne, let parent, !parent.syntax.isCutShort,
               !misspeltKinds.contains(MisspeltKind(parent: parent.syntax.span.start, kind: kind.id)) {
                bag.report(
                    .missingRequired, at: parent.syntax.headSpan,
                    LocalizedText(fr: "`\(parent.syntax.kind.text)\(parent.syntax.id.map { " " + $0.text } ?? "")` n’a pas de bloc `\(kind.name)`",
                                  en: "`\(parent.syntax.kind.text)\(parent.syntax.id.map { " " + $0.text } ?? "")` has no `\(kind.english)` block"),
                    label: LocalizedText(fr: "il manque `\(kind.name) { … }`", en: "`\(kind.english) { … }` is missing"),
                    help: LocalizedText(fr: "ajoutez un bloc `\(kind.name) { … }` dans cette déclaration",
                                        en: "add a `\(kind.english) { … }` block inside this declaration"))
            }
        }
    }

    // MARK: - Ids

    /// Records the id of a placed declaration, or reports why it cannot stand.
    private mutating func collectID(of declaration: DeclarationSyntax, kind: KindSchema) {
        guard let id = declaration.id, kind.idPresence != .forbidden else { return }
        if kind.id == .dérogation {
            // A waiver's id is a rule code, not a name others refer to.
            if let first = waiverCodes[id.text] {
                reportDuplicate(id, first: first)
            } else {
                waiverCodes[id.text] = id.span
            }
            return
        }
        if ["membres", "members"].contains(SchemaName.fold(id.text)) {
            bag.report(
                .duplicateID, at: id.span,
                LocalizedText(fr: "l’identifiant `\(id.text)` est réservé", en: "the id `\(id.text)` is reserved"),
                label: LocalizedText(fr: "désigne déjà tous les membres d’un espace", en: "already stands for all the members of a space"),
                help: LocalizedText(fr: "choisissez un autre identifiant", en: "choose another id"))
            return
        }
        if let first = ids[id.text] {
            duplicateKinds[id.text, default: []].append(kind.id)
            reportDuplicate(id, first: first.span)
        } else {
            ids.insert(DeclaredID(kind: kind.id, span: id.span, titleSpan: declaration.title?.span), for: id.text)
        }
    }

    private mutating func reportDuplicate(_ id: NameSyntax, first: Span) {
        bag.report(
            .duplicateID, at: id.span,
            LocalizedText(fr: "l’identifiant `\(id.text)` est déjà utilisé", en: "the id `\(id.text)` is already used"),
            label: LocalizedText(fr: "identifiant en double", en: "duplicate id"),
            notes: [DiagnosticNote(LocalizedText(fr: "`\(id.text)` est déclaré une première fois ici", en: "`\(id.text)` is first declared here"), at: first)],
            help: LocalizedText(fr: "les identifiants sont uniques dans tout le fichier, quel que soit le type de déclaration : renommez l’un des deux",
                                en: "ids are unique across the whole file, whatever the kind of declaration: rename one of them"))
    }

    // MARK: - Declarations

    private mutating func resolve(_ item: Placed, enclosingSpace: Placed?) -> ResolvedDeclaration {
        let syntax = item.syntax
        let kind = item.kind
        // Named in messages only: built when one is written.
        func label() -> String { syntax.kind.text + (syntax.id.map { " " + $0.text } ?? "") }
        var id: String?
        if let given = syntax.id {
            if kind.idPresence == .forbidden {
                bag.report(
                    .unexpectedToken, at: given.span,
                    LocalizedText(fr: "`\(syntax.kind.text)` ne prend pas d’identifiant", en: "`\(syntax.kind.text)` takes no id"),
                    label: LocalizedText(fr: "identifiant en trop", en: "unexpected id"),
                    help: LocalizedText(fr: "retirez `\(given.text)`", en: "remove `\(given.text)`"))
            } else if kind.id == .dérogation {
                id = checkWaiverCode(given)
            } else {
                id = given.text
            }
        } else if kind.idPresence == .required {
            droppedDeclarations += 1
            let example = kind.id == .dérogation ? "P0310" : "mon-id"
            bag.report(
                .missingRequired, at: syntax.kind.span,
                kind.id == .dérogation
                    ? LocalizedText(fr: "il manque le code de la règle à déroger", en: "the code of the rule to waive is missing")
                    : LocalizedText(fr: "il manque l’identifiant de `\(syntax.kind.text)`", en: "the id of `\(syntax.kind.text)` is missing"),
                label: LocalizedText(fr: "identifiant attendu après ce mot", en: "an id is expected after this word"),
                help: LocalizedText(fr: "écrivez par exemple `\(syntax.kind.text) \(example) \"…\"`", en: "write for instance `\(syntax.kind.text) \(example) \"…\"`"))
        }
        var title: String?
        if let token = syntax.title {
            if kind.titlePresence == .forbidden {
                bag.report(
                    .unexpectedToken, at: token.span,
                    LocalizedText(fr: "`\(syntax.kind.text)` ne prend pas de titre", en: "`\(syntax.kind.text)` takes no title"),
                    label: LocalizedText(fr: "titre en trop", en: "unexpected title"),
                    help: kind.properties.contains { $0.name == "texte" }
                        ? LocalizedText(fr: "mettez ce texte dans la propriété `texte:` du bloc", en: "put this text in the block’s `text:` property")
                        : LocalizedText(fr: "retirez ce titre", en: "remove this title"))
            } else if token.kind != .string && token.kind != .textBlock && token.value != .invalid {
                bag.report(
                    .wrongType, at: token.span,
                    LocalizedText(fr: "le titre de `\(label())` doit être une chaîne entre guillemets", en: "the title of `\(label())` must be a quoted string"),
                    help: LocalizedText(fr: "écrivez `\"\(source.text(of: token.span))\"`", en: "write `\"\(source.text(of: token.span))\"`"))
            } else if case .text(let text) = token.value {
                title = text
            }
        } else if kind.titlePresence == .required {
            let what: LocalizedText = kind.id == .dérogation
                ? LocalizedText(fr: "la dérogation n’a pas de raison", en: "the waiver has no reason")
                : LocalizedText(fr: "`\(label())` n’a pas de titre", en: "`\(label())` has no title")
            bag.report(
                .missingRequired, at: syntax.headSpan, what,
                label: LocalizedText(fr: "texte entre guillemets attendu", en: "quoted text expected"),
                help: kind.id == .dérogation
                    ? LocalizedText(fr: "expliquez pourquoi la règle ne s’applique pas : `\(label()) \"raison\"`",
                                    en: "explain why the rule does not apply: `\(label()) \"reason\"`")
                    : LocalizedText(fr: "ajoutez le texte entre guillemets : `\(label()) \"…\"`", en: "add the text between quotes: `\(label()) \"…\"`"))
        }
        if let token = syntax.title, kind.id == .dérogation, title?.allSatisfy({ $0 == " " || $0 == "\t" }) == true {
            bag.report(
                .missingRequired, at: token.span,
                LocalizedText(fr: "la raison de la dérogation est vide", en: "the waiver’s reason is empty"),
                help: LocalizedText(fr: "expliquez pourquoi la règle ne s’applique pas à ce pacte", en: "explain why the rule does not apply to this pacte"))
        }

        let space = kind.id == .espace ? item : enclosingSpace
        // One slot per property of the kind, in schema order.
        var fields = [Field<PropertyValue>?](repeating: nil, count: kind.properties.count)
        // Where each property is first written; one buffer for the whole
        // file, as the properties of one declaration are read before the next.
        var firstSpans = firstSpanBuffer
        firstSpanBuffer = []
        firstSpans.removeAll(keepingCapacity: true)
        firstSpans.append(contentsOf: repeatElement(nil, count: kind.properties.count))
        let inGovernance = space != nil && kind.id == .gouvernance
        if let block = syntax.block {
            // Read in place through the array's buffer and handed on: a
            // `for … in` loop and a local copy retained every string of the
            // block twice more, on a syntax tree long out of cache in a
            // large file.
            block.items.withUnsafeBufferPointer { items in
                for index in items.indices {
                    switch items[index] {
                    case .property(let written):
                        resolve(written, of: kind, label: label, inGovernance: inGovernance, fields: &fields, firstSpans: &firstSpans)
                    case .declaration(let nested):
                        guard kind.child(named: nested.kind.text) == nil, let colonless = Resolver.colonlessProperty(nested, in: kind) else { continue }
                        bag.append(.missingColon(after: nested.kind))
                        resolve(colonless, of: kind, label: label, inGovernance: inGovernance, fields: &fields, firstSpans: &firstSpans)
                    }
                }
            }
        }
        firstSpanBuffer = firstSpans
        for (position, schema) in kind.properties.enumerated()
        where schema.requirement == .required && fields[position] == nil && !syntax.isCutShort {
            bag.report(
                .missingRequired, at: syntax.headSpan,
                LocalizedText(fr: "il manque `\(schema.name)` dans `\(label())`", en: "`\(schema.english)` is missing in `\(label())`"),
                label: LocalizedText(fr: "`\(schema.name)` est obligatoire", en: "`\(schema.english)` is required"),
                help: LocalizedText(fr: "ajoutez `\(schema.name): \(example(for: schema.type, language: .fr))` (\(schema.summary.fr))",
                                    en: "add `\(schema.english): \(example(for: schema.type, language: .en))` (\(schema.summary.en))"))
        }
        let children = item.children.map { resolve($0, enclosingSpace: space) }
        return ResolvedDeclaration(kind: kind, syntax: syntax, id: id, title: title, fields: fields, children: children)
    }

    /// Checks one property of a declaration of `kind` and fills its slot in
    /// `fields`, unless it is unknown or given twice.
    private mutating func resolve(
        _ property: PropertySyntax, of kind: KindSchema, label: () -> String, inGovernance: Bool,
        fields: inout [Field<PropertyValue>?], firstSpans: inout [Span?]
    ) {
        guard let position = kind.position(ofProperty: property.name.text) else {
            // `objectf: haies` is the `objectif` it resembles, misspelt: not missing.
            if let meant = reportUnknownProperty(property, in: kind, label: label()),
               let slot = kind.position(ofProperty: meant.name), fields[slot] == nil {
                fields[slot] = .invalid(property.span)
            }
            return
        }
        let schema = kind.properties[position]
        if let first = firstSpans[position] {
            if bag.isFull {
                bag.countDropped()
                return
            }
            bag.report(
                .duplicateProperty, at: property.name.span,
                LocalizedText(fr: "`\(schema.name)` est donné deux fois dans `\(label())`", en: "`\(schema.english)` is given twice in `\(label())`"),
                label: LocalizedText(fr: "deuxième valeur", en: "second value"),
                notes: [DiagnosticNote(LocalizedText(fr: "première valeur ici ; c’est elle qui est retenue", en: "first value here; it is the one kept"), at: first)],
                help: LocalizedText(fr: "gardez une seule ligne `\(schema.name):`", en: "keep a single `\(schema.english):` line"))
            return
        }
        firstSpans[position] = property.name.span
        let converted = convert(property.value, to: schema, written: property.name.text, in: inGovernance)
        fields[position] = converted.map { .present($0, property.span) } ?? .invalid(property.span)
    }

    /// A declaration that is really a property without its `:`: its name is
    /// a property of the enclosing kind, it has no block, and one value.
    private static func colonlessProperty(_ declaration: DeclarationSyntax, in parent: KindSchema) -> PropertySyntax? {
        guard declaration.block == nil, parent.property(named: declaration.kind.text) != nil else { return nil }
        let value: ValueSyntax
        switch (declaration.id, declaration.title) {
        case (let id?, nil):
            value = .literal(Token(.name, id.span, .text(id.text)))
        case (nil, let title?):
            value = .literal(title)
        default:
            return nil
        }
        return PropertySyntax(name: declaration.kind, value: value, span: declaration.span, comments: declaration.comments)
    }

    private mutating func checkWaiverCode(_ given: NameSyntax) -> String? {
        if let code = DiagnosticCode(spelling: given.text), code.isWaivable {
            return code.rawValue
        }
        let waivable = DiagnosticCode.allCases.filter(\.isWaivable).map(\.rawValue)
        let suggestions = Suggestions.closest(to: given.text, among: waivable)
        let isKnown = DiagnosticCode(spelling: given.text) != nil
        bag.report(
            .unknownEnumValue, at: given.span,
            isKnown
                ? LocalizedText(fr: "la règle `\(given.text)` ne peut pas faire l’objet d’une dérogation", en: "rule `\(given.text)` cannot be waived")
                : LocalizedText(fr: "code de règle inconnu : `\(given.text)`", en: "unknown rule code: `\(given.text)`"),
            label: LocalizedText(fr: "pas un code de règle de complétude", en: "not a completeness rule code"),
            help: isKnown
                ? LocalizedText(fr: "seules les règles de complétude (P0301 à P0320) se dérogent ; corrigez plutôt l’erreur", en: "only completeness rules (P0301 to P0320) can be waived; fix the error instead")
                : suggestions.isEmpty
                ? LocalizedText(fr: "les codes qui se dérogent vont de P0301 à P0320 (`pacte explain CODE`)", en: "waivable codes run from P0301 to P0320 (`pacte explain CODE`)")
                : LocalizedText(fr: "vouliez-vous dire \(Suggestions.list(suggestions, in: .fr)) ?", en: "did you mean \(Suggestions.list(suggestions, in: .en))?"))
        return nil
    }

    /// Reports an unknown property; returns the property it most likely meant.
    @discardableResult
    private mutating func reportUnknownProperty(_ property: PropertySyntax, in kind: KindSchema, label: @autoclosure () -> String) -> PropertySchema? {
        let name = property.name.text
        // Past the collection limit nothing is even counted precisely
        // (``Limits/maxCollectedDiagnostics``): no message, no did-you-mean.
        if bag.isFull {
            bag.countDropped()
            return nil
        }
        let label = label()
        var help: LocalizedText?
        var meant: PropertySchema?
        let owners = schema.allKinds.filter { $0.id != kind.id && $0.property(named: name) != nil }
        if kind.child(named: name) != nil {
            help = LocalizedText(fr: "`\(name)` est une déclaration : écrivez `\(name) { … }` sans `:`", en: "`\(name)` is a declaration: write `\(name) { … }` without `:`")
        } else {
            let suggestions = Suggestions.closest(to: name, among: kind.properties.map(\.name) + kind.properties.map(\.english))
            if !suggestions.isEmpty {
                meant = kind.property(named: suggestions[0])
                help = LocalizedText(fr: "vouliez-vous dire \(Suggestions.list(suggestions, in: .fr)) ?", en: "did you mean \(Suggestions.list(suggestions, in: .en))?")
            } else if let owner = owners.first {
                // `membres:` inside `gouvernance`: right name, wrong place.
                let written = owner.property(named: name)?.name ?? name
                help = LocalizedText(fr: "`\(written)` est une propriété de `\(owner.name)`, pas de `\(kind.name)` : déplacez-la dans le bloc `\(owner.name)`",
                                     en: "`\(written)` is a property of `\(owner.name)`, not of `\(kind.name)`: move it to the `\(owner.name)` block")
            } else if kind.properties.isEmpty {
                help = LocalizedText(fr: "`\(kind.name)` n’a pas de propriété", en: "`\(kind.english)` has no property")
            } else {
                help = LocalizedText(fr: "les propriétés de `\(kind.name)` sont \(Suggestions.list(kind.properties.map(\.name), in: .fr))",
                                     en: "the properties of `\(kind.english)` are \(Suggestions.list(kind.properties.map(\.english), in: .en))")
            }
        }
        bag.report(
            .unknownName, at: property.name.span,
            LocalizedText(fr: "propriété `\(name)` inconnue dans `\(label)`", en: "unknown property `\(name)` in `\(label)`"),
            label: LocalizedText(fr: "propriété inconnue", en: "unknown property"),
            help: help)
        return meant
    }

    // MARK: - Values

    private mutating func convert(_ value: ValueSyntax, to property: PropertySchema, written: String, in governance: Bool) -> PropertyValue? {
        let suggests = bag.reportedCount < suggestionBudget
        if converter == nil {
            let context = ResolutionContext(ids: ids, duplicateKinds: duplicateKinds, unplacedIDs: unplacedIDs)
            converter = ValueConverter(property: property, written: written, context: context, source: source,
                                       membersAllowed: governance, suggests: suggests)
        } else {
            converter!.prepare(property: property, written: written, membersAllowed: governance, suggests: suggests)
        }
        let result = converter!.convert(value)
        bag.append(contentsOf: converter!.diagnostics)
        return result
    }

    private func example(for type: ValueType, language: Language) -> String {
        ValueConverter.example(for: type, language: language)
    }
}

/// The ids a file declares, as values are resolved against them. A class:
/// every value of the file reads the same one.
final class ResolutionContext {
    let ids: IDTable
    let duplicateKinds: [String: [KindID]]
    let unplacedIDs: Set<String>

    init(ids: IDTable, duplicateKinds: [String: [KindID]], unplacedIDs: Set<String>) {
        self.ids = ids
        self.duplicateKinds = duplicateKinds
        self.unplacedIDs = unplacedIDs
    }

    /// The ids of each kind, sorted, for did-you-mean: built only when a
    /// reference is wrong, which a correct file never needs.
    lazy var idsByKind: [KindID: [String]] = {
        var byKind: [KindID: [String]] = [:]
        for entry in ids.entries { byKind[entry.declared.kind, default: []].append(entry.name) }
        return byKind.mapValues { $0.sorted() }
    }()
}

/// A declaration kind written with a typo, and where.
struct MisspeltKind: Hashable {
    let parent: Int
    let kind: KindID
}
