import PacteCore
import PacteSyntax
import PacteSchema

/// A declaration that carries an id other declarations may name.
package struct Definition {
    /// The id, as written.
    package let id: String
    /// Where the id is written.
    package let span: Span
    /// Its kind.
    package let kind: KindSchema
    /// Its title, if any.
    package let title: String?
    /// The whole declaration.
    package let declaration: DeclarationSyntax
}

/// A name written where the schema expects the id of a declaration.
package struct Reference {
    /// The id named.
    package let name: String
    /// Where it is written.
    package let span: Span
    /// The property holding it.
    package let property: PropertySchema
    /// The kinds it may name.
    package let targets: [KindID]
}

/// One declaration with the kind the schema gives it in its place (nil
/// when the kind is unknown there, which the resolver reports).
package struct PlacedDeclaration {
    package let syntax: DeclarationSyntax
    package let kind: KindSchema?
    /// The kinds that may stand beside it: the parent's children, or the top level.
    package let siblings: [KindSchema]
}

/// What stands at an offset of the text, for hover, definition and rename.
package enum Site {
    /// A declaration's kind (`action`).
    case kind(PlacedDeclaration)
    /// A declaration's id (`chantiers`), or a waiver's code.
    case declarationID(PlacedDeclaration)
    /// A property's name, in a declaration of a known kind.
    case propertyName(PropertySyntax, PropertySchema?, owner: PlacedDeclaration)
    /// A name where an id is expected.
    case reference(Reference)
    /// Any other value of a property.
    case value(Token, PropertySchema, owner: PlacedDeclaration)
}

/// The ids of a file, where they are declared and where they are named,
/// read from the syntax tree with the schema, as the resolver reads them.
///
/// Ids are unique across the whole file (DESIGN §2.2), so a name means
/// one declaration whatever the property; the first declaration wins
/// where an id is, wrongly, declared twice.
package final class SymbolIndex {
    package private(set) var definitions: [String: Definition] = [:]
    package private(set) var orderedDefinitions: [Definition] = []
    package private(set) var references: [Reference] = []
    /// Every declaration, parents before their children.
    package private(set) var declarations: [PlacedDeclaration] = []
    private let source: SourceFile

    package init(_ declarations: [DeclarationSyntax], source: SourceFile) {
        self.source = source
        visit(declarations, among: Schema.pacte.topLevel)
    }

    private func visit(_ list: [DeclarationSyntax], among kinds: [KindSchema]) {
        for syntax in list {
            let kind = Schema.kind(named: syntax.kind.text, among: kinds)
            declarations.append(PlacedDeclaration(syntax: syntax, kind: kind, siblings: kinds))
            if let kind, let id = syntax.id, kind.id != .dérogation, kind.idPresence != .forbidden {
                let definition = Definition(id: id.text, span: id.span, kind: kind, title: syntax.title.map(title), declaration: syntax)
                if definitions[id.text] == nil { definitions[id.text] = definition }
                orderedDefinitions.append(definition)
            }
            guard let block = syntax.block else { continue }
            if let kind {
                for property in block.properties {
                    guard let schema = kind.property(named: property.name.text) else { continue }
                    collectReferences(in: property.value, of: schema)
                }
            }
            visit(block.declarations, among: kind?.children ?? [])
        }
    }

    private func collectReferences(in value: ValueSyntax, of property: PropertySchema) {
        let targets: [KindID]
        var allowsMembers = false
        switch property.type {
        case .reference(let kinds): targets = kinds
        case .references(let kinds, let members): targets = kinds; allowsMembers = members
        default: return
        }
        func add(_ token: Token) {
            guard token.kind == .name else { return }
            let name = source.text(of: token.span)
            if allowsMembers, name == "membres" || name == "members" { return }
            references.append(Reference(name: name, span: token.span, property: property, targets: targets))
        }
        switch value {
        case .literal(let token): add(token)
        case .list(let list):
            for item in list.items { if case .literal(let token) = item.value { add(token) } }
        default: break
        }
    }

    /// The decoded text of a title token.
    package func title(_ token: Token) -> String {
        token.kind == .string || token.kind == .textBlock ? token.text : source.text(of: token.span)
    }

    /// Every place an id stands: its declaration first (when declared), then
    /// the references to it, in file order.
    package func occurrences(of id: String) -> [Span] {
        var spans = orderedDefinitions.filter { $0.id == id }.map(\.span)
        spans += references.filter { $0.name == id }.map(\.span)
        return spans
    }

    /// What stands at a byte offset; a cursor just past a name still points at it.
    package func site(at offset: Int) -> Site? {
        func covers(_ span: Span) -> Bool { span.start <= offset && offset <= span.end }
        for reference in references where covers(reference.span) { return .reference(reference) }
        // The innermost declaration covering the offset is the last one
        // found, as parents come before their children.
        for placed in declarations.reversed() where covers(placed.syntax.span) {
            let syntax = placed.syntax
            if covers(syntax.kind.span) { return .kind(placed) }
            if let id = syntax.id, covers(id.span) { return .declarationID(placed) }
            guard let block = syntax.block else { return nil }
            for property in block.properties where covers(property.span) {
                let schema = placed.kind?.property(named: property.name.text)
                if covers(property.name.span) { return .propertyName(property, schema, owner: placed) }
                if let schema, case .literal(let token) = property.value, covers(token.span) {
                    return .value(token, schema, owner: placed)
                }
                return nil
            }
            return nil
        }
        return nil
    }

    /// The innermost declaration whose block holds the offset (between its
    /// braces, or after `{` to the end when the block is not closed).
    package func enclosingBlock(at offset: Int) -> PlacedDeclaration? {
        for placed in declarations.reversed() {
            guard let block = placed.syntax.block, offset > block.open.start else { continue }
            // An unclosed block runs on: it is the one being typed.
            if offset <= block.close?.start ?? Int.max { return placed }
        }
        return nil
    }
}
