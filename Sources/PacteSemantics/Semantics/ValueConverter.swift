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

    /// Kinds of the later declarations of duplicated ids.
    private var duplicateKinds: [String: [KindID]] { context.duplicateKinds }
    /// Ids of declarations whose kind is unknown (already reported): a
    /// reference to them is not a second mistake.
    private var unplacedIDs: Set<String> { context.unplacedIDs }
    /// The ids of each kind, sorted, for did-you-mean.
    private var idsByKind: [KindID: [String]] { context.idsByKind }

    mutating func convert(_ value: ValueSyntax) -> PropertyValue? {
        if case .missing = value { return nil }
        // The literal taken out once: each `if case .literal(let token) =
        // value` copied the token, its string retained and released.
        let literal: Token?
        if case .literal(let token) = value { literal = token } else { literal = nil }
        if let token = literal, token.kind == .name, PropertyTemplate.isPlaceholderID(token.text), !property.type.choosesAName {
            // A template's amount, date or count left as it was: P0311, with what to write.
            let what = ValueConverterMessages.describe(property.type)
            report(ValueConverterMessages.placeholderValue(token.text, for: written,
                                                           help: LocalizedText(fr: "écrivez ici \(what.fr)", en: "write \(what.en) here")), at: token.span)
            return nil
        }
        switch property.type {
        case .string:
            if let token = literal, token.kind == .string { return token.stringValue.map(PropertyValue.string) }
            return mismatch(value, help: quoteHelp(value))
        case .text:
            if let token = literal, token.kind == .string || token.kind == .textBlock {
                return token.stringValue.map(PropertyValue.text)
            }
            return mismatch(value, help: quoteHelp(value))
        case .year:
            if let token = literal, let year = year(token) { return .year(year) }
            if let token = literal, token.value == .invalid { return nil }
            return mismatch(value, help: ValueConverterMessages.writeYear)
        case .date:
            if let token = literal, let date = date(token) { return .date(date) }
            if let token = literal, token.value == .invalid { return nil }
            return mismatch(value, help: ValueConverterMessages.writeDate)
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
            if let token = literal, token.kind == .money {
                guard case .number(let amount) = token.value else { return nil }
                return amount.rescaled(to: 2).map(PropertyValue.money)
            }
            if let token = literal, token.kind == .number {
                let written = source.text(of: token.span)
                return mismatch(value, help: ValueConverterMessages.addUnit(to: written))
            }
            return mismatch(value, help: ValueConverterMessages.writeAmount)
        case .percent:
            if let token = literal, token.kind == .percent {
                guard case .number(let share) = token.value else { return nil }
                return checkShare(share, token) ? .percent(share) : nil
            }
            return mismatch(value, help: ValueConverterMessages.writePercentage)
        case .ratio:
            if let token = literal, token.kind == .percent {
                guard case .number(let share) = token.value else { return nil }
                return checkShare(share, token) ? .ratio(.percent(share)) : nil
            }
            if let token = literal, token.kind == .fraction {
                guard case .fraction(let numerator, let denominator) = token.value else { return nil }
                guard numerator <= denominator, numerator > 0 else {
                    report(ValueConverterMessages.shareOutOfRange(written, written: source.text(of: token.span)), at: token.span)
                    return nil
                }
                return .ratio(.fraction(numerator: numerator, denominator: denominator))
            }
            return mismatch(value, help: ValueConverterMessages.writeRatio)
        case .count:
            if let token = literal, token.kind == .number {
                guard case .number(let number) = token.value else { return nil }
                if let integer = number.integerValue, integer <= 1_000_000 { return .count(Int(integer)) }
            }
            return mismatch(value, help: ValueConverterMessages.writeWholeNumber)
        case .strings:
            return convertStrings(value)
        case .boolean:
            if let token = literal, token.kind == .name {
                switch SchemaName.fold(token.text).lowercased() {
                case "oui", "yes", "true": return .boolean(true)
                case "non", "no", "false": return .boolean(false)
                default: break
                }
            }
            return mismatch(value, help: ValueConverterMessages.writeBoolean)
        case .enumeration(let enumeration):
            return convertEnumeration(value, literal, enumeration)
        case .reference(let kinds):
            guard let token = literal, token.kind == .name else {
                return mismatch(value, help: referenceHelp(value, kinds))
            }
            return resolveReference(token, kinds).map(PropertyValue.reference)
        case .references(let kinds, let allowsMembers):
            return convertReferences(value, kinds, allowsMembers: allowsMembers && membersAllowed)
        }
    }

    /// `["…", "…"]`, or one string standing for a list of one. Each item
    /// is a one-line string; the first that is not is reported.
    private mutating func convertStrings(_ value: ValueSyntax) -> PropertyValue? {
        switch value {
        case .literal(let token) where token.kind == .string:
            return token.stringValue.map { .strings([$0]) }
        case .list(let list):
            if !list.isClosed { return nil }
            var strings: [String] = []
            strings.reserveCapacity(list.items.count)
            for item in list.items {
                guard case .literal(let token) = item.value, token.kind == .string else {
                    return mismatch(item.value, help: quoteHelp(item.value), expected: ValueConverterMessages.describe(.string))
                }
                guard let string = token.stringValue else { return nil }
                strings.append(string)
            }
            return .strings(strings)
        default:
            return mismatch(value, help: quoteHelp(value))
        }
    }

    // MARK: - Enumerations and references

    private mutating func convertEnumeration(_ value: ValueSyntax, _ literal: Token?, _ enumeration: EnumSchema) -> PropertyValue? {
        guard let token = literal, token.kind == .name else {
            if let token = literal, token.kind == .string, let text = token.stringValue, let canonical = enumeration.canonical(text) {
                return mismatch(value, help: ValueConverterMessages.removeQuotes(canonical))
            }
            return mismatch(value, help: valuesHelp(enumeration))
        }
        if let canonical = enumeration.canonical(token.text) { return .enumeration(canonical) }
        if PropertyTemplate.isPlaceholderID(token.text) {
            // A fix's template left as it was: say what to choose from.
            report(ValueConverterMessages.placeholderValue(token.text, for: written, help: valuesHelp(enumeration)), at: token.span)
            return nil
        }
        let suggestions = Suggestions.closest(to: token.text, among: enumeration.spellings)
        let french = { enumeration.formatted($0) ?? $0 }
        report(ValueConverterMessages.unknownValue(token.text, for: written,
                                                   help: suggestions.isEmpty ? valuesHelp(enumeration) : Suggestions.didYouMean(suggestions, inFrench: french)),
               at: token.span, fixes: suggestions.prefix(1).map { FixIt.replacing(token.span, token.text, by: french($0)) })
        return nil
    }

    private func valuesHelp(_ enumeration: EnumSchema) -> LocalizedText {
        ValueConverterMessages.possibleValues(enumeration)
    }

    private mutating func convertReferences(_ value: ValueSyntax, _ kinds: [KindID], allowsMembers: Bool) -> PropertyValue? {
        let items: [ListItemSyntax]
        switch value {
        case .list(let list):
            items = list.items
            if !list.isClosed { return nil }
            // `[membres]` means what `membres` means.
            if allowsMembers, items.count == 1, case .literal(let token) = items[0].value, token.kind == .name,
               SchemaName.isMembersWord(token.text) {
                return .references(.members)
            }
        case .literal(let token) where token.kind == .name:
            if SchemaName.isMembersWord(token.text), context.ids[token.text] == nil {
                guard allowsMembers else {
                    report(ValueConverterMessages.membersMeaningless(written), at: token.span)
                    return nil
                }
                return .references(.members)
            }
            // A single reference stands for a list of one.
            items = [ListItemSyntax(value: value, comments: AttachedComments())]
        default:
            return mismatch(value, help: ValueConverterMessages.writeListOfIDs)
        }
        var resolved: [String] = []
        resolved.reserveCapacity(items.count)
        var valid = true
        // Where each name is first met. A short list is searched in place,
        // faster than hashing; a long one gets an index, so that a list of
        // thousands of ids is still read in linear time. The names are kept
        // apart from the items: searching the items copied each one, its
        // string retained, for every name after it.
        var mentions: [(name: String, span: Span)] = []
        var seen: IDTable<Span>?
        if items.count > 16 { seen = IDTable(capacity: items.count) } else { mentions.reserveCapacity(items.count) }
        for listItem in items {
            let item = listItem.value
            guard case .literal(let token) = item, token.kind == .name else {
                if case .missing = item { valid = false; continue }
                valid = false
                _ = mismatch(item, help: referenceHelp(item, kinds), expected: expectedReference(kinds))
                continue
            }
            let name = token.text
            // One hash of each name in a long list: looked up and recorded at once.
            let first = seen != nil ? seen!.insertIfAbsent(token.span, for: name) : mentions.first(where: { $0.name == name })?.span
            if let first {
                report(ValueConverterMessages.mentionedTwice(name, in: written, firstAt: first), at: token.span)
                continue
            }
            if seen == nil { mentions.append((name, token.span)) }
            if let id = resolveReference(token, kinds) { resolved.append(id) } else { valid = false }
        }
        return valid ? .references(.ids(resolved)) : nil
    }

    private mutating func resolveReference(_ token: Token, _ kinds: [KindID]) -> String? {
        let name = token.text
        // Read in place: a copy of the table retained and released its arrays.
        guard let declared = context.ids[name] else {
            // Perhaps declared further down: the resolver tries again once it is.
            if !context.isComplete {
                if context.awaitedID == nil { context.awaitedID = name }
                return unknownYet()
            }
            if unplacedIDs.contains(name) { return nil }
            if PropertyTemplate.isPlaceholderID(name) {
                // A fix's template left as it was: say what to put instead.
                report(ValueConverterMessages.placeholderReference(name, kinds: kinds, help: correctKindHelp(name, kinds)), at: token.span)
                return nil
            }
            let suggestions = suggests ? Suggestions.closest(to: name, among: kinds.flatMap { idsByKind[$0] ?? [] }) : []
            report(ValueConverterMessages.unresolvedReference(name, kinds: kinds, suggestions: suggestions), at: token.span,
                   fixes: suggestions.prefix(1).map { FixIt.replacing(token.span, name, by: $0) })
            return nil
        }
        guard kinds.contains(declared.kind) else {
            // Perhaps declared again further down, of the right kind.
            if !context.isComplete { return unknownYet() }
            // `velo` declared twice, once of the right kind: the duplicate is
            // already reported, and this reference is not a second mistake.
            if duplicateKinds[name]?.contains(where: kinds.contains) == true { return name }
            report(ValueConverterMessages.wrongKind(name, is: declared.kind, property: written, expects: kinds, declaredAt: declared.span,
                                 help: correctKindHelp(name, kinds)),
                   at: token.span)
            return nil
        }
        return name
    }

    /// A reference that cannot be judged before every id is declared.
    private func unknownYet() -> String? {
        context.namedAnUnknownID = true
        return nil
    }

    /// For `pilote: gwen` where `gwen` is a person: point at her organisation.
    private func correctKindHelp(_ name: String, _ kinds: [KindID]) -> LocalizedText? {
        let candidates = kinds.flatMap { idsByKind[$0] ?? [] }
        guard !candidates.isEmpty else { return nil }
        let shown = Array(candidates.prefix(4))
        return ValueConverterMessages.idsOfTheFile(kinds, shown: shown, more: candidates.count > 4)
    }

    private func referenceHelp(_ value: ValueSyntax, _ kinds: [KindID]) -> LocalizedText {
        // The help names the ids of the file, not all declared yet while declarations come.
        if !context.isComplete { context.namedAnUnknownID = true }
        if case .literal(let token) = value, token.kind == .string, let text = token.stringValue {
            // Titles are read again only here, and only while suggestions
            // are still shown: a file of a thousand such mistakes would
            // otherwise read every title a thousand times.
            if suggests, let match = context.ids.entries.first(where: { kinds.contains($0.value.kind) && title(at: $0.value.titleSpan) == text }) {
                return ValueConverterMessages.referByID(match.name)
            }
            return ValueConverterMessages.writeIDWithoutQuotes
        }
        return ValueConverterMessages.writeID(of: kinds)
    }

    /// The text of the title written at `span`, decoded as the lexer reads it.
    private func title(at span: Span?) -> String? {
        guard let span else { return nil }
        let (tokens, _) = Lexer.tokenize(SourceFile(path: source.path, bytes: Array(source.bytes[span.start..<span.end])))
        guard let first = tokens.first, first.kind == .string || first.kind == .textBlock, case .text(let text) = first.value else { return nil }
        return text
    }

    private func expectedReference(_ kinds: [KindID]) -> LocalizedText {
        ValueConverterMessages.idOf(kinds)
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
        report(ValueConverterMessages.percentOutOfRange(source.text(of: token.span)), at: token.span)
        return false
    }

    private func rangeHelp(years: Bool) -> LocalizedText {
        ValueConverterMessages.writeRange(ofYears: years)
    }

    private func quoteHelp(_ value: ValueSyntax) -> LocalizedText? {
        if case .literal(let token) = value, token.kind != .textBlock {
            let written = source.text(of: token.span)
            return ValueConverterMessages.quote(written)
        }
        if case .literal(let token) = value, token.kind == .textBlock {
            return ValueConverterMessages.fitsOnOneLine(written)
        }
        return nil
    }

    // MARK: - Reporting

    private mutating func reversed(_ value: ValueSyntax) -> PropertyValue? {
        let written = source.text(of: value.span)
        report(ValueConverterMessages.reversedRange(written), at: value.span)
        return nil
    }

    private mutating func mismatch(_ value: ValueSyntax, help: LocalizedText?, expected: LocalizedText? = nil) -> PropertyValue? {
        let expected = expected ?? ValueConverterMessages.describe(property.type)
        report(ValueConverterMessages.mismatch(written, expected: expected, found: ValueConverterMessages.describe(value), help: help), at: value.span)
        return nil
    }

    private mutating func report(_ message: DiagnosticMessage, at span: Span, fixes: [FixIt] = []) {
        diagnostics.append(Diagnostic(message, at: span, fixes: fixes))
    }
}

extension Token {
    /// The decoded text of a valid string or text block.
    var stringValue: String? {
        if case .text(let text) = value { return text }
        return nil
    }
}
