import PacteCore
import PacteSyntax
import PacteSchema

/// Checks one property value against its type and turns it into a
/// ``PropertyValue``, reporting P0202, P0204, P0206 and P0207 with
/// suggestions. Literal errors (P0107) are the lexer's, already reported.
///
/// The resolver keeps one converter for the whole file and points it at
/// each property in turn (``prepare(property:written:membersAllowed:suggests:)``).
struct ValueConverter {
    private(set) var property: PropertySchema
    let source: SourceFile
    private(set) var membersAllowed: Bool
    /// The ids of the file, shared by every value of the file.
    let context: ResolutionContext
    /// Whether suggestions are worth computing (false once the report is full).
    private(set) var suggests: Bool
    private(set) var diagnostics: [Diagnostic] = []

    /// The property's name as the file writes it, for messages in either language.
    private(set) var written: String

    init(property: PropertySchema, written: String, context: ResolutionContext, source: SourceFile, membersAllowed: Bool, suggests: Bool) {
        self.property = property
        self.written = written
        self.context = context
        self.suggests = suggests
        self.source = source
        self.membersAllowed = membersAllowed
    }

    /// Points the converter at the next property, its diagnostics read.
    mutating func prepare(property: PropertySchema, written: String, membersAllowed: Bool, suggests: Bool) {
        self.property = property
        self.written = written
        self.membersAllowed = membersAllowed
        self.suggests = suggests
        diagnostics.removeAll(keepingCapacity: true)
    }

    private var ids: IDTable { context.ids }
    /// Kinds of the later declarations of duplicated ids.
    private var duplicateKinds: [String: [KindID]] { context.duplicateKinds }
    /// Ids of declarations whose kind is unknown (already reported): a
    /// reference to them is not a second mistake.
    private var unplacedIDs: Set<String> { context.unplacedIDs }
    /// The ids of each kind, sorted, for did-you-mean.
    private var idsByKind: [KindID: [String]] { context.idsByKind }

    mutating func convert(_ value: ValueSyntax) -> PropertyValue? {
        if case .missing = value { return nil }
        switch property.type {
        case .string:
            if case .literal(let token) = value, token.kind == .string { return token.stringValue.map(PropertyValue.string) }
            return mismatch(value, help: quoteHelp(value))
        case .text:
            if case .literal(let token) = value, token.kind == .string || token.kind == .textBlock {
                return token.stringValue.map(PropertyValue.text)
            }
            return mismatch(value, help: quoteHelp(value))
        case .year:
            if case .literal(let token) = value, let year = year(token) { return .year(year) }
            if case .literal(let token) = value, token.value == .invalid { return nil }
            return mismatch(value, help: LocalizedText(fr: "écrivez une année sur quatre chiffres, comme `2040`", en: "write a four-digit year, such as `2040`"))
        case .date:
            if case .literal(let token) = value, let date = date(token) { return .date(date) }
            if case .literal(let token) = value, token.value == .invalid { return nil }
            return mismatch(value, help: LocalizedText(fr: "écrivez une date ISO : `2026-03-14`", en: "write an ISO date: `2026-03-14`"))
        case .yearRange:
            guard case .range(let start, let end) = value else { return mismatch(value, help: rangeHelp(years: true)) }
            if start.value == .invalid || end.value == .invalid { return nil }
            guard let first = year(start), let last = year(end) else {
                return mismatch(value, help: rangeHelp(years: true))
            }
            guard first <= last else { return reversed(value) }
            return .yearRange(first, last)
        case .dateRange:
            guard case .range(let start, let end) = value else { return mismatch(value, help: rangeHelp(years: false)) }
            if start.value == .invalid || end.value == .invalid { return nil }
            guard let first = date(start), let last = date(end) else {
                return mismatch(value, help: rangeHelp(years: false))
            }
            guard DateRange.isOrdered(first, last) else { return reversed(value) }
            return .dateRange(first, last)
        case .money:
            if case .literal(let token) = value, token.kind == .money {
                guard case .number(let amount) = token.value else { return nil }
                return amount.rescaled(to: 2).map(PropertyValue.money)
            }
            if case .literal(let token) = value, token.kind == .number {
                let written = source.text(of: token.span)
                return mismatch(value, help: LocalizedText(fr: "ajoutez l’unité : `\(written) €`", en: "add the unit: `\(written) €`"))
            }
            return mismatch(value, help: LocalizedText(fr: "écrivez un montant comme `24_000 €`", en: "write an amount such as `24_000 €`"))
        case .percent:
            if case .literal(let token) = value, token.kind == .percent {
                guard case .number(let share) = token.value else { return nil }
                return checkShare(share, token) ? .percent(share) : nil
            }
            return mismatch(value, help: LocalizedText(fr: "écrivez un pourcentage comme `50 %`", en: "write a percentage such as `50 %`"))
        case .ratio:
            if case .literal(let token) = value, token.kind == .percent {
                guard case .number(let share) = token.value else { return nil }
                return checkShare(share, token) ? .ratio(.percent(share)) : nil
            }
            if case .literal(let token) = value, token.kind == .fraction {
                guard case .fraction(let numerator, let denominator) = token.value else { return nil }
                guard numerator <= denominator, numerator > 0 else {
                    report(.wrongType, at: token.span,
                           LocalizedText(fr: "`\(written)` doit être une part entre 0 et 1, pas `\(source.text(of: token.span))`",
                                         en: "`\(written)` must be a share between 0 and 1, not `\(source.text(of: token.span))`"),
                           help: LocalizedText(fr: "écrivez par exemple `2/3` ou `1/2`", en: "write for instance `2/3` or `1/2`"))
                    return nil
                }
                return .ratio(.fraction(numerator: numerator, denominator: denominator))
            }
            return mismatch(value, help: LocalizedText(fr: "écrivez une fraction comme `2/3` ou un pourcentage comme `60 %`",
                                                       en: "write a fraction such as `2/3` or a percentage such as `60 %`"))
        case .count:
            if case .literal(let token) = value, token.kind == .number {
                guard case .number(let number) = token.value else { return nil }
                if let integer = number.integerValue, integer <= 1_000_000 { return .count(Int(integer)) }
            }
            return mismatch(value, help: LocalizedText(fr: "écrivez un nombre entier, comme `1`", en: "write a whole number, such as `1`"))
        case .boolean:
            if case .literal(let token) = value, token.kind == .name {
                switch SchemaName.fold(token.text).lowercased() {
                case "oui", "yes", "true": return .boolean(true)
                case "non", "no", "false": return .boolean(false)
                default: break
                }
            }
            return mismatch(value, help: LocalizedText(fr: "écrivez `oui` ou `non`", en: "write `yes` or `no`"))
        case .enumeration(let enumeration):
            return convertEnumeration(value, enumeration)
        case .reference(let kinds):
            guard case .literal(let token) = value, token.kind == .name else {
                return mismatch(value, help: referenceHelp(value, kinds))
            }
            return resolveReference(token, kinds).map(PropertyValue.reference)
        case .references(let kinds, let allowsMembers):
            return convertReferences(value, kinds, allowsMembers: allowsMembers && membersAllowed)
        }
    }

    // MARK: - Enumerations and references

    private mutating func convertEnumeration(_ value: ValueSyntax, _ enumeration: EnumSchema) -> PropertyValue? {
        guard case .literal(let token) = value, token.kind == .name else {
            if case .literal(let token) = value, token.kind == .string, let text = token.stringValue, let canonical = enumeration.canonical(text) {
                return mismatch(value, help: LocalizedText(fr: "retirez les guillemets : `\(canonical)`", en: "remove the quotes: `\(canonical)`"))
            }
            return mismatch(value, help: valuesHelp(enumeration))
        }
        if let canonical = enumeration.canonical(token.text) { return .enumeration(canonical) }
        let suggestions = Suggestions.closest(to: token.text, among: enumeration.spellings)
        report(.unknownEnumValue, at: token.span,
               LocalizedText(fr: "valeur inconnue pour `\(written)` : `\(token.text)`", en: "unknown value for `\(written)`: `\(token.text)`"),
               label: LocalizedText(fr: "valeur inconnue", en: "unknown value"),
               help: suggestions.isEmpty ? valuesHelp(enumeration)
                   : LocalizedText(fr: "vouliez-vous dire \(Suggestions.list(suggestions, in: .fr)) ?", en: "did you mean \(Suggestions.list(suggestions, in: .en))?"))
        return nil
    }

    private func valuesHelp(_ enumeration: EnumSchema) -> LocalizedText {
        LocalizedText(fr: "valeurs possibles : \(Suggestions.list(enumeration.values, in: .fr))",
                      en: "possible values: \(Suggestions.list(enumeration.values, in: .en))")
    }

    private mutating func convertReferences(_ value: ValueSyntax, _ kinds: [KindID], allowsMembers: Bool) -> PropertyValue? {
        let items: [ListItemSyntax]
        switch value {
        case .list(let list):
            items = list.items
            if !list.isClosed { return nil }
            // `[membres]` means what `membres` means.
            if allowsMembers, items.count == 1, case .literal(let token) = items[0].value, token.kind == .name,
               ["membres", "members"].contains(SchemaName.fold(token.text)) {
                return .references(.members)
            }
        case .literal(let token) where token.kind == .name:
            if ["membres", "members"].contains(SchemaName.fold(token.text)), ids[token.text] == nil {
                guard allowsMembers else {
                    report(.wrongType, at: token.span,
                           LocalizedText(fr: "`membres` n’a pas de sens pour `\(written)`", en: "`members` has no meaning for `\(written)`"),
                           help: LocalizedText(fr: "écrivez la liste des identifiants : `[a, b]`", en: "write the list of ids: `[a, b]`"))
                    return nil
                }
                return .references(.members)
            }
            // A single reference stands for a list of one.
            items = [ListItemSyntax(value: value, comments: AttachedComments())]
        default:
            return mismatch(value, help: LocalizedText(fr: "écrivez une liste d’identifiants : `[a, b]`", en: "write a list of ids: `[a, b]`"))
        }
        var resolved: [String] = []
        resolved.reserveCapacity(items.count)
        var valid = true
        // Where each name is first met. A short list is searched in place,
        // faster than hashing; a long one gets an index, so that a list of
        // thousands of ids is still read in linear time.
        var seen: [String: Span]? = items.count > 16 ? [:] : nil
        for (position, listItem) in items.enumerated() {
            let item = listItem.value
            guard case .literal(let token) = item, token.kind == .name else {
                if case .missing = item { valid = false; continue }
                valid = false
                _ = mismatch(item, help: referenceHelp(item, kinds), expected: expectedReference(kinds))
                continue
            }
            if let first = seen.map({ $0[token.text] }) ?? ValueConverter.firstMention(of: token.text, in: items[..<position]) {
                report(.duplicateID, at: token.span,
                       LocalizedText(fr: "`\(token.text)` figure deux fois dans `\(written)`", en: "`\(token.text)` appears twice in `\(written)`"),
                       label: LocalizedText(fr: "en double", en: "duplicate"),
                       notes: [DiagnosticNote(LocalizedText(fr: "première mention ici", en: "first mentioned here"), at: first)],
                       help: LocalizedText(fr: "retirez l’une des deux mentions", en: "remove one of the two mentions"))
                continue
            }
            seen?[token.text] = token.span
            if let id = resolveReference(token, kinds) { resolved.append(id) } else { valid = false }
        }
        return valid ? .references(.ids(resolved)) : nil
    }

    /// Where a name is first written among some list items.
    private static func firstMention(of name: String, in items: ArraySlice<ListItemSyntax>) -> Span? {
        for item in items {
            if case .literal(let token) = item.value, token.kind == .name, token.text == name { return token.span }
        }
        return nil
    }

    private mutating func resolveReference(_ token: Token, _ kinds: [KindID]) -> String? {
        let name = token.text
        guard let declared = ids[name] else {
            if unplacedIDs.contains(name) { return nil }
            let suggestions = suggests ? Suggestions.closest(to: name, among: kinds.flatMap { idsByKind[$0] ?? [] }) : []
            report(.unresolvedReference, at: token.span,
                   LocalizedText(fr: "`\(name)` n’est déclaré nulle part", en: "`\(name)` is not declared anywhere"),
                   label: LocalizedText(fr: "identifiant inconnu", en: "unknown id"),
                   help: suggestions.isEmpty
                       ? LocalizedText(fr: "déclarez \(KindID.alternatives(kinds, .fr)) `\(name)`, ou corrigez le nom",
                                       en: "declare \(KindID.alternatives(kinds, .en)) `\(name)`, or fix the name")
                       : LocalizedText(fr: "vouliez-vous dire \(Suggestions.list(suggestions, in: .fr)) ?", en: "did you mean \(Suggestions.list(suggestions, in: .en))?"))
            return nil
        }
        guard kinds.contains(declared.kind) else {
            // `velo` declared twice, once of the right kind: the duplicate is
            // already reported, and this reference is not a second mistake.
            if duplicateKinds[name]?.contains(where: kinds.contains) == true { return name }
            report(.wrongType, at: token.span,
                   LocalizedText(fr: "`\(name)` est \(declared.kind.withArticle(.fr)) ; `\(written)` attend \(KindID.alternatives(kinds, .fr))",
                                 en: "`\(name)` is \(declared.kind.withArticle(.en)); `\(written)` expects \(KindID.alternatives(kinds, .en))"),
                   label: LocalizedText(fr: "pas \(KindID.alternatives(kinds, .fr))", en: "not \(KindID.alternatives(kinds, .en))"),
                   notes: [DiagnosticNote(LocalizedText(fr: "`\(name)` est déclaré ici", en: "`\(name)` is declared here"), at: declared.span)],
                   help: correctKindHelp(name, kinds))
            return nil
        }
        return name
    }

    /// For `pilote: gwen` where `gwen` is a person: point at her organisation.
    private func correctKindHelp(_ name: String, _ kinds: [KindID]) -> LocalizedText? {
        let candidates = kinds.flatMap { idsByKind[$0] ?? [] }
        guard !candidates.isEmpty else { return nil }
        let shown = Array(candidates.prefix(4))
        return LocalizedText(fr: "\(KindID.alternatives(kinds, .fr)) du fichier : \(Suggestions.list(shown, in: .fr))\(candidates.count > 4 ? ", …" : "")",
                             en: "\(KindID.alternatives(kinds, .en)) of the file: \(Suggestions.list(shown, in: .en))\(candidates.count > 4 ? ", …" : "")")
    }

    private func referenceHelp(_ value: ValueSyntax, _ kinds: [KindID]) -> LocalizedText {
        if case .literal(let token) = value, token.kind == .string, let text = token.stringValue {
            // Titles are read again only here, and only while suggestions
            // are still shown: a file of a thousand such mistakes would
            // otherwise read every title a thousand times.
            if suggests, let match = ids.entries.first(where: { kinds.contains($0.declared.kind) && title(at: $0.declared.titleSpan) == text }) {
                return LocalizedText(fr: "désignez-le par son identifiant : `\(match.name)`", en: "refer to it by its id: `\(match.name)`")
            }
            return LocalizedText(fr: "écrivez l’identifiant sans guillemets", en: "write the id without quotes")
        }
        return LocalizedText(fr: "écrivez l’identifiant d’\(KindID.alternatives(kinds, .fr))", en: "write the id of \(KindID.alternatives(kinds, .en))")
    }

    /// The text of the title written at `span`, decoded as the lexer reads it.
    private func title(at span: Span?) -> String? {
        guard let span else { return nil }
        let (tokens, _) = Lexer.tokenize(SourceFile(path: source.path, bytes: Array(source.bytes[span.start..<span.end])))
        guard let first = tokens.first, first.kind == .string || first.kind == .textBlock, case .text(let text) = first.value else { return nil }
        return text
    }

    private func expectedReference(_ kinds: [KindID]) -> LocalizedText {
        LocalizedText(fr: "l’identifiant d’\(KindID.alternatives(kinds, .fr))", en: "the id of \(KindID.alternatives(kinds, .en))")
    }

    // MARK: - Literals

    private func year(_ token: Token) -> Int? {
        switch (token.kind, token.value) {
        case (.number, .number(let number)):
            guard number.scale == 0, (1000...9999).contains(number.significand),
                  source.text(of: token.span).count == 4 else { return nil }
            return Int(number.significand)
        case (.date, .date(let date)) where date.month == nil:
            return date.year
        default:
            return nil
        }
    }

    private func date(_ token: Token) -> CalendarDate? {
        if let year = year(token) { return CalendarDate(year: year) }
        if token.kind == .date, case .date(let date) = token.value { return date }
        return nil
    }

    private mutating func checkShare(_ share: DecimalNumber, _ token: Token) -> Bool {
        if share <= DecimalNumber(significand: 100) { return true }
        report(.wrongType, at: token.span,
               LocalizedText(fr: "un pourcentage va de 0 à 100 %, pas `\(source.text(of: token.span))`",
                             en: "a percentage runs from 0 to 100 %, not `\(source.text(of: token.span))`"))
        return false
    }

    private func rangeHelp(years: Bool) -> LocalizedText {
        years ? LocalizedText(fr: "écrivez deux années séparées par `..` : `2026..2031`", en: "write two years separated by `..`: `2026..2031`")
            : LocalizedText(fr: "écrivez deux dates séparées par `..` : `2026-09..2027-08`", en: "write two dates separated by `..`: `2026-09..2027-08`")
    }

    private func quoteHelp(_ value: ValueSyntax) -> LocalizedText? {
        if case .literal(let token) = value, token.kind != .textBlock {
            let written = source.text(of: token.span)
            return LocalizedText(fr: "mettez le texte entre guillemets : `\"\(written)\"`", en: "put the text between quotes: `\"\(written)\"`")
        }
        if case .literal(let token) = value, token.kind == .textBlock {
            return LocalizedText(fr: "`\(written)` tient sur une ligne : utilisez `\"…\"`", en: "`\(written)` fits on one line: use `\"…\"`")
        }
        return nil
    }

    // MARK: - Reporting

    private mutating func reversed(_ value: ValueSyntax) -> PropertyValue? {
        let written = source.text(of: value.span)
        report(.reversedRange, at: value.span,
               LocalizedText(fr: "la période `\(written)` commence après sa fin", en: "the range `\(written)` starts after its end"),
               label: LocalizedText(fr: "début postérieur à la fin", en: "start after end"),
               help: LocalizedText(fr: "écrivez d’abord le début, puis la fin : `début..fin`", en: "write the start first, then the end: `start..end`"))
        return nil
    }

    private mutating func mismatch(_ value: ValueSyntax, help: LocalizedText?, expected: LocalizedText? = nil) -> PropertyValue? {
        let expected = expected ?? ValueConverter.describe(property.type)
        let found = ValueConverter.describe(value)
        report(.wrongType, at: value.span,
               LocalizedText(fr: "`\(written)` attend \(expected.fr), pas \(found.fr)", en: "`\(written)` expects \(expected.en), not \(found.en)"),
               label: LocalizedText(fr: "\(found.fr) ici", en: "\(found.en) here"),
               help: help)
        return nil
    }

    private mutating func report(
        _ code: DiagnosticCode, at span: Span, _ message: LocalizedText,
        label: LocalizedText? = nil, notes: [DiagnosticNote] = [], help: LocalizedText? = nil
    ) {
        diagnostics.append(Diagnostic(code, at: span, message, label: label, notes: notes, help: help))
    }

    // MARK: - Descriptions

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
        case .boolean: LocalizedText(fr: "`oui` ou `non`", en: "`yes` or `no`")
        case .enumeration(let enumeration):
            LocalizedText(fr: "une valeur parmi \(Suggestions.list(enumeration.values, in: .fr))",
                          en: "one of \(Suggestions.list(enumeration.values, in: .en))")
        case .reference(let kinds):
            LocalizedText(fr: "l’identifiant d’\(KindID.alternatives(kinds, .fr))", en: "the id of \(KindID.alternatives(kinds, .en))")
        case .references(let kinds, _):
            LocalizedText(fr: "une liste d’identifiants (\(KindID.alternatives(kinds, .fr)))", en: "a list of ids (\(KindID.alternatives(kinds, .en)))")
        }
    }

    static func describe(_ value: ValueSyntax) -> LocalizedText {
        switch value {
        case .literal(let token):
            switch token.kind {
            case .name: LocalizedText(fr: "le nom `\(token.text)`", en: "the name `\(token.text)`")
            case .string: LocalizedText(fr: "une chaîne", en: "a string")
            case .textBlock: LocalizedText(fr: "un bloc de texte", en: "a text block")
            case .number: LocalizedText(fr: "un nombre", en: "a number")
            case .money: LocalizedText(fr: "un montant", en: "an amount")
            case .percent: LocalizedText(fr: "un pourcentage", en: "a percentage")
            case .fraction: LocalizedText(fr: "une fraction", en: "a fraction")
            case .date: LocalizedText(fr: "une date", en: "a date")
            default: LocalizedText(fr: "`\(token.kind.rawValue)`", en: "`\(token.kind.rawValue)`")
            }
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
        case .boolean: language == .fr ? "oui" : "yes"
        case .enumeration(let enumeration): enumeration.values.joined(separator: "|")
        case .reference: language == .fr ? "<identifiant>" : "<id>"
        case .references: language == .fr ? "[<identifiant>, …]" : "[<id>, …]"
        }
    }
}

extension Token {
    /// The decoded text of a valid string or text block.
    var stringValue: String? {
        if case .text(let text) = value { return text }
        return nil
    }
}
