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
    /// Every id of the file, whatever its kind (DESIGN §2.2), the later
    /// declarations of duplicated ids and the ids of unknown kinds: shared
    /// with the value converter, and filled as declarations come.
    private let context = ResolutionContext()
    /// The rule codes waived so far, where first.
    private var waiverCodes: [String: Span] = [:]
    /// Declarations left out of the model: unknown kinds, missing ids.
    private var droppedDeclarations = 0
    /// Kinds that an unknown declaration most likely meant, by the start of
    /// its parent (-1 at top level): such a kind is misspelt, not missing.
    private var misspeltKinds: Set<MisspeltKind> = []
    /// Reused by each declaration for where its properties are first written.
    private var firstSpanBuffer: [Span?] = []
    /// What values are converted with, made at the first value.
    private var converter: ValueConverter?
    /// Past this many diagnostics, did-you-mean is not computed: nobody
    /// reads it, and on a huge broken file it would cost quadratic time.
    private var suggestionBudget = Limits.standard.maxDiagnostics
    /// The head of each top-level declaration of a kind that stands once,
    /// by kind, for the check that it stands once. A list of the few such
    /// kinds, not a dictionary, whose key type cost a search of the whole
    /// binary for `KindID`'s conformances at each start of the command.
    private var singleHeads: [(kind: KindID, heads: [Span])] = []
    private var hasPacte = false
    /// How many top-level declarations were placed: the next one's place in file order.
    private var ordinal = 0
    /// Declarations that cannot be judged before every id is known (a
    /// reference to an id of another kind, which may be declared again
    /// further down) or that were tried twice already, resolved at the end.
    private var parked: [ParkedDeclaration] = []
    /// Declarations that name an id not declared yet (a signatory's
    /// representative, declared with the persons below), by that id: tried
    /// again as soon as it is declared, so that such a file is still
    /// resolved as it is read, not all at the end.
    private var awaiting: [String: [ParkedDeclaration]] = [:]
    /// Declarations whose awaited id was just declared, to be tried again.
    private var ready: [ParkedDeclaration] = []
    /// Whether every declaration waits for the end, as when the whole file
    /// was placed before any was resolved: the reference the streaming
    /// resolution is tested against.
    private let resolvesAtTheEnd: Bool

    /// Resolves a parsed file.
    public static func resolve(
        _ syntax: SyntaxFile, source: SourceFile, schema: Schema = .pacte, limits: Limits = .standard
    ) -> (declarations: [ResolvedDeclaration], ids: [String: DeclaredID], diagnostics: [Diagnostic], droppedDeclarations: Int) {
        var resolver = Resolver(source: source, schema: schema, limits: limits)
        var declarations: [(ordinal: Int, declaration: ResolvedDeclaration)] = []
        for declaration in syntax.declarations {
            resolver.add(declaration) { declarations.append(($0, $1)) }
        }
        resolver.finish { declarations.append(($0, $1)) }
        declarations.sort { $0.ordinal < $1.ordinal }
        return (declarations.map(\.declaration), resolver.context.ids.dictionary, resolver.bag.diagnostics, resolver.droppedDeclarations)
    }

    /// Resolves a parsed file straight into its model: each top-level
    /// declaration goes to the model as soon as it is resolved (see
    /// ``ModelBuilder``).
    package static func model(
        _ syntax: consuming SyntaxFile, source: SourceFile, schema: Schema = .pacte, limits: Limits = .standard
    ) -> (pacte: Pacte, diagnostics: [Diagnostic], droppedDeclarations: Int) {
        var resolver = Resolver(source: source, schema: schema, limits: limits)
        var builder = ModelBuilder()
        var declarations = syntax.declarations
        // From here the resolver may hold the only reference to each
        // declaration's tree, freed as soon as it is resolved.
        syntax.declarations = []
        declarations.reverse()
        while let declaration = declarations.popLast() {
            resolver.add(declaration) { builder.add($1, ordinal: $0) }
        }
        return resolver.finishModel(&builder)
    }

    /// A resolver to which the parser hands each top-level declaration as
    /// soon as it is read (``add(_:to:)``), then ``finish(_:)``.
    package init(source: SourceFile, schema: Schema = .pacte, limits: Limits = .standard, resolvingAtTheEnd: Bool = false) {
        resolvesAtTheEnd = resolvingAtTheEnd
        self.schema = schema
        self.source = source
        bag = DiagnosticBag(limit: limits.maxCollectedDiagnostics)
        suggestionBudget = limits.maxDiagnostics
    }

    /// Places the next top-level declaration, records its ids, and
    /// resolves it unless it names an id not declared yet; `consume` gets
    /// it with its place in file order. The declaration's nodes are let go
    /// as soon as it is resolved, while they are still in cache: the tree
    /// of a whole large file is never in memory.
    package mutating func add(_ declaration: DeclarationSyntax, to consume: (Int, ResolvedDeclaration) -> Void) {
        for item in place([declaration], among: schema.topLevel, parent: nil) {
            defer { ordinal += 1 }
            if item.kind.id == .pacte { hasPacte = true }
            if item.kind.cardinality != .many {
                if let index = singleHeads.firstIndex(where: { $0.kind == item.kind.id }) {
                    singleHeads[index].heads.append(item.syntax.headSpan)
                } else {
                    singleHeads.append((item.kind.id, [item.syntax.headSpan]))
                }
            }
            checkChildren(of: item)
            if resolvesAtTheEnd {
                parked.append(ParkedDeclaration(ordinal: ordinal, item: item))
                continue
            }
            tryToResolve(ParkedDeclaration(ordinal: ordinal, item: item), consume)
        }
        // The declarations waiting for an id this one declared.
        while let waiting = ready.popLast() { tryToResolve(waiting, consume) }
    }

    /// Resolves a declaration against the ids declared so far; one that
    /// names an id not declared yet puts back what the try reported, and
    /// waits for that id, or for the end.
    private mutating func tryToResolve(_ declaration: ParkedDeclaration, _ consume: (Int, ResolvedDeclaration) -> Void) {
        let mark = bag.mark
        let dropped = droppedDeclarations
        context.namedAnUnknownID = false
        context.awaitedID = nil
        let resolved = resolve(declaration.item, enclosingSpace: nil)
        guard context.namedAnUnknownID else {
            consume(declaration.ordinal, resolved)
            return
        }
        bag.rollBack(to: mark)
        droppedDeclarations = dropped
        // A declaration that names many ids declared below it (a space
        // whose members come after it) would be tried again at each: after
        // a second try it waits for the end, where one try settles it.
        var declaration = declaration
        declaration.tries += 1
        if let id = context.awaitedID, declaration.tries < ParkedDeclaration.maxTries {
            awaiting[id, default: []].append(declaration)
        } else {
            parked.append(declaration)
        }
    }

    /// Resolves the declarations left for the end, now that every id is
    /// known, and checks what the whole file must have.
    package mutating func finish(_ consume: (Int, ResolvedDeclaration) -> Void) {
        context.isComplete = true
        // In file order, as they would have come had every id been known.
        var left = parked + awaiting.values.joined()
        left.sort { $0.ordinal < $1.ordinal }
        parked = []
        awaiting = [:]
        for declaration in left { consume(declaration.ordinal, resolve(declaration.item, enclosingSpace: nil)) }
        for kind in schema.topLevel where kind.cardinality != .many {
            guard let heads = singleHeads.first(where: { $0.kind == kind.id })?.heads, heads.count > 1 else { continue }
            for later in heads.dropFirst() {
                bag.report(ResolverMessages.declaredMoreThanOnce(kind, firstAt: heads[0]), at: later)
            }
        }
        if !hasPacte, !misspeltKinds.contains(MisspeltKind(parent: -1, kind: .pacte)) {
            bag.report(ResolverMessages.missingPacte, at: Span(start: 0, length: 0))
        }
    }

    /// ``finish(_:)`` into a model builder, and the model with what was reported.
    package mutating func finishModel(_ builder: inout ModelBuilder) -> (pacte: Pacte, diagnostics: [Diagnostic], droppedDeclarations: Int) {
        finish { builder.add($1, ordinal: $0) }
        return (builder.finish(), bag.diagnostics, droppedDeclarations)
    }

    // MARK: - Kinds

    /// A top-level declaration not resolved yet, with its place in file order.
    private struct ParkedDeclaration {
        let ordinal: Int
        let item: Placed
        /// How many times it was tried.
        var tries = 0
        /// Tries before a declaration waits for the end of the file.
        static let maxTries = 2
    }

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
                    if let id = declaration.id { context.unplacedIDs.insert(id.text) }
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
        var help: LocalizedText?
        var fixes: [FixIt] = []
        if let elsewhere {
            let home = homeOf(elsewhere.id)
            help = ResolverMessages.declaredElsewhere(elsewhere, home: home)
        } else {
            let suggestions = Suggestions.closest(to: name, among: kinds.map(\.name) + kinds.map(\.english))
            if !suggestions.isEmpty {
                let french = { Schema.kind(named: $0, among: kinds)?.name ?? $0 }
                meant = Schema.kind(named: suggestions[0], among: kinds)?.id
                help = Suggestions.didYouMean(suggestions, inFrench: french)
                fixes = [FixIt.replacing(declaration.kind.span, name, by: french(suggestions[0]))]
            } else if !kinds.isEmpty {
                help = ResolverMessages.allowedDeclarations(kinds)
            }
        }
        bag.report(ResolverMessages.unknownDeclaration(name, place: ResolverMessages.place(in: parent), help: help), at: declaration.kind.span,
                   fixes: fixes)
        return meant
    }

    private func homeOf(_ kind: KindID) -> KindSchema? {
        schema.allKinds.first { $0.children.contains { $0.id == kind } }
    }

    /// Checks how many children of each kind a placed declaration has, and theirs in turn.
    private mutating func checkChildren(of item: Placed) {
        if !item.children.isEmpty || item.kind.children.contains(where: { $0.cardinality == .exactlyOne }) {
            checkCardinality(item.children, among: item.kind.children, parent: item)
        }
    }

    private mutating func checkCardinality(_ placed: [Placed], among kinds: [KindSchema], parent: Placed) {
        // The children of each are checked in turn, then each kind that
        // may stand once: a kind has one to three of those, which a walk
        // over the siblings each finds without a dictionary to build for
        // every declaration.
        for item in placed { checkChildren(of: item) }
        for kind in kinds where kind.cardinality != .many {
            let matches = placed.filter { $0.kind.id == kind.id }
            if matches.count > 1 {
                for later in matches.dropFirst() {
                    bag.report(ResolverMessages.declaredMoreThanOnce(kind, firstAt: matches[0].syntax.headSpan), at: later.syntax.headSpan)
                }
            }
            if matches.isEmpty, kind.cardinality == .exactlyOne, !parent.syntax.isCutShort,
               !misspeltKinds.contains(MisspeltKind(parent: parent.syntax.span.start, kind: kind.id)) {
                bag.report(ResolverMessages.missingChildBlock(kind, in: parent.syntax.kind.text + (parent.syntax.id.map { " " + $0.text } ?? "")),
                           at: parent.syntax.headSpan)
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
        if SchemaName.isMembersWord(id.text) {
            bag.report(ResolverMessages.reservedID(id.text), at: id.span)
            return
        }
        if let first = context.ids.insertIfAbsent(DeclaredID(kind: kind.id, span: id.span, titleSpan: declaration.title?.span), for: id.text) {
            context.duplicateKinds[id.text, default: []].append(kind.id)
            reportDuplicate(id, first: first.span)
        } else if !awaiting.isEmpty, let waiting = awaiting.removeValue(forKey: id.text) {
            ready.append(contentsOf: waiting)
        }
    }

    private mutating func reportDuplicate(_ id: NameSyntax, first: Span) {
        bag.report(ResolverMessages.duplicateID(id.text, firstAt: first), at: id.span)
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
                bag.report(ResolverMessages.takesNoID(syntax.kind.text, id: given.text), at: given.span)
            } else if kind.id == .dérogation {
                id = checkWaiverCode(given)
            } else {
                id = given.text
            }
        } else if kind.idPresence == .required {
            droppedDeclarations += 1
            bag.report(ResolverMessages.missingID(of: syntax.kind.text, isWaiver: kind.id == .dérogation), at: syntax.kind.span)
        }
        var title: String?
        if let token = syntax.title {
            if kind.titlePresence == .forbidden {
                bag.report(ResolverMessages.takesNoTitle(syntax.kind.text, hasText: kind.properties.contains { $0.name == "texte" }), at: token.span)
            } else if token.kind != .string && token.kind != .textBlock && token.value != .invalid {
                bag.report(ResolverMessages.titleNotAString(of: label(), written: source.text(of: token.span)), at: token.span)
            } else if case .text(let text) = token.value {
                title = text
            }
        } else if kind.titlePresence == .required {
            bag.report(ResolverMessages.missingTitle(of: label(), isWaiver: kind.id == .dérogation), at: syntax.headSpan)
        }
        if kind.id == .dérogation, let token = syntax.title, title?.allSatisfy({ $0 == " " || $0 == "\t" }) == true {
            bag.report(ResolverMessages.emptyWaiverReason, at: token.span)
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
                    if isThrownAway { break }
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
        if isThrownAway {
            return ResolvedDeclaration(kind: kind, syntax: syntax, id: id, title: title, fields: fields, children: [])
        }
        for (position, schema) in kind.properties.enumerated()
        where schema.requirement == .required && fields[position] == nil && !syntax.isCutShort {
            bag.report(ResolverMessages.missingProperty(schema, in: label()), at: syntax.headSpan,
                       fixes: missingPropertyFix(schema, in: syntax, of: kind, fields: fields, inGovernance: inGovernance))
        }
        let children = item.children.map { resolve($0, enclosingSpace: space) }
        return ResolvedDeclaration(kind: kind, syntax: syntax, id: id, title: title, fields: fields, children: children)
    }

    /// Whether the declaration being tried named an id not declared yet:
    /// the try is thrown away and made again at the end (see ``add(_:to:)``),
    /// so its other properties and children need not be read now.
    private var isThrownAway: Bool {
        context.namedAnUnknownID && !context.isComplete
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
            bag.report(ResolverMessages.propertyGivenTwice(schema, in: label(), firstAt: first), at: property.name.span)
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
        bag.report(isKnown ? ResolverMessages.notWaivable(given.text) : ResolverMessages.unknownRuleCode(given.text, suggestions: suggestions),
                   at: given.span,
                   fixes: isKnown || suggestions.isEmpty ? [] : [FixIt.replacing(given.span, given.text, by: suggestions[0])])
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
        var fixes: [FixIt] = []
        var meant: PropertySchema?
        let owners = schema.allKinds.filter { $0.id != kind.id && $0.property(named: name) != nil }
        if kind.child(named: name) != nil {
            help = ResolverMessages.declarationWrittenAsProperty(name)
        } else {
            let suggestions = Suggestions.closest(to: name, among: kind.properties.map(\.name) + kind.properties.map(\.english))
            if !suggestions.isEmpty {
                meant = kind.property(named: suggestions[0])
                help = Suggestions.didYouMean(suggestions) { kind.property(named: $0)?.name ?? $0 }
                fixes = [FixIt.replacing(property.name.span, name, by: meant?.name ?? suggestions[0])]
            } else if let owner = owners.first {
                // `membres:` inside `gouvernance`: right name, wrong place.
                let written = owner.property(named: name)?.name ?? name
                help = ResolverMessages.propertyOfAnotherKind(written, owner: owner, kind: kind)
            } else if kind.properties.isEmpty {
                help = ResolverMessages.noProperty(kind)
            } else {
                help = ResolverMessages.propertiesOf(kind)
            }
        }
        bag.report(ResolverMessages.unknownProperty(name, in: label, help: help), at: property.name.span, fixes: fixes)
        return meant
    }

    // MARK: - Fixes

    /// The fix of a missing required property: its line, a template value
    /// after its French name, inserted in the declaration's block before
    /// its first nested declaration. None for a declaration without a
    /// closed block, where a fix would have to write the block too.
    private func missingPropertyFix(
        _ property: PropertySchema, in syntax: DeclarationSyntax, of kind: KindSchema,
        fields: [Field<PropertyValue>?], inGovernance: Bool
    ) -> [FixIt] {
        guard let block = syntax.block, let close = block.close else { return [] }
        let firstChild = block.items.first { if case .declaration = $0 { true } else { false } }
        var childSpan: Span?
        if case .declaration(let child) = firstChild { childSpan = child.span }
        let line = property.name + ": " + templateValue(for: property, of: kind, fields: fields, inGovernance: inGovernance)
        guard let edit = PropertyTemplate.insertion(of: line, inBlock: block.open.merged(with: close), before: childSpan, in: source) else { return [] }
        return [FixIt(ResolverMessages.addProperty(line), edits: [edit])]
    }

    /// A template's value: the échelon the law gives the written form, if
    /// it gives one; an id, the file's only one of its kind, if it has only
    /// one; otherwise ``PropertyTemplate``'s.
    private func templateValue(for property: PropertySchema, of kind: KindSchema, fields: [Field<PropertyValue>?], inGovernance: Bool) -> String {
        func written(_ name: String) -> String? {
            guard let position = kind.position(ofProperty: name), case .enumeration(let value)? = fields[position]?.value else { return nil }
            return value
        }
        switch property.type {
        case .enumeration where kind.id == .pacte && property.name == "échelon":
            if let form = written("forme").flatMap(LegalForm.init(rawValue:)), let basis = LegalBasis.of(form) { return basis.requiredLevel.rawValue }
        case .reference(let kinds), .references(let kinds, _):
            // The ids of the file, which are not all known yet while declarations come.
            if !context.isComplete { context.namedAnUnknownID = true }
            // Two are enough to know there is a choice to make.
            var candidates: [String] = []
            for entry in context.ids.entries where kinds.contains(entry.value.kind) {
                candidates.append(entry.name)
                if candidates.count > 1 { break }
            }
            var members = false
            if case .references(_, let allowsMembers) = property.type { members = allowsMembers && inGovernance }
            return PropertyTemplate.value(for: property.type, candidates: candidates, members: members)
        default:
            break
        }
        return PropertyTemplate.value(for: property.type)
    }

    // MARK: - Values

    private mutating func convert(_ value: ValueSyntax, to property: PropertySchema, written: String, in governance: Bool) -> PropertyValue? {
        let suggests = bag.reportedCount < suggestionBudget
        if converter == nil {
            converter = ValueConverter(property: property, written: written, context: context, source: source,
                                       membersAllowed: governance, suggests: suggests)
        } else {
            converter!.prepare(property: property, written: written, membersAllowed: governance, suggests: suggests)
        }
        let result = converter!.convert(value)
        bag.append(contentsOf: converter!.diagnostics)
        return result
    }

}

/// The ids a file declares, as values are resolved against them. A class:
/// every value of the file reads the same one, as the resolver fills it.
final class ResolutionContext {
    var ids = IDTable<DeclaredID>()
    /// Kinds of the later declarations of duplicated ids.
    var duplicateKinds: [String: [KindID]] = [:]
    /// Ids of declarations whose kind is unknown (already reported).
    var unplacedIDs: Set<String> = []
    /// Whether every declaration of the file is placed, so that an id not
    /// in ``ids`` is not declared at all.
    var isComplete = false
    /// Set when a value named an id not declared so far (or a message
    /// would list the ids of the file) before ``isComplete``: what was
    /// resolved is then resolved again, later.
    var namedAnUnknownID = false
    /// The first id not declared so far that a value named, if that is
    /// why ``namedAnUnknownID`` is set: the declaration is tried again as
    /// soon as that id is declared, rather than at the end of the file.
    var awaitedID: String?

    /// The ids of each kind, sorted, for did-you-mean: built only when a
    /// reference is wrong, which a correct file never needs, and only once
    /// every id is known.
    private(set) lazy var idsByKind: [KindID: [String]] = {
        var byKind: [KindID: [String]] = [:]
        for entry in ids.entries { byKind[entry.value.kind, default: []].append(entry.name) }
        return byKind.mapValues { $0.sorted() }
    }()
}

/// A declaration kind written with a typo, and where.
struct MisspeltKind: Hashable {
    let parent: Int
    let kind: KindID
}
