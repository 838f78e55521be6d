import PacteCore
import PacteSyntax
import PacteSchema

/// `textDocument/semanticTokens/full`: what only the schema knows, on top
/// of the TextMate grammar — which name is a kind, a declared id, a
/// property, a reference or an enumeration value, wherever it stands.
/// Strings, numbers and comments stay the grammar's. Cheap: one walk over
/// the tree the analysis already holds.
extension LanguageServer {
    /// The legend announced at `initialize`: indices into these lists.
    static let semanticTokenTypes = ["keyword", "variable", "property", "enumMember"]
    static let semanticTokenModifiers = ["declaration"]

    func semanticTokens(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        var tokens: [(span: Span, type: Int, modifiers: Int)] = []
        func values(_ value: ValueSyntax, _ property: PropertySchema) {
            let type: Int
            switch property.type {
            case .enumeration: type = 3
            case .reference, .references: type = 1
            case .boolean: type = 0
            default: return
            }
            switch value {
            case .literal(let token) where token.kind == .name: tokens.append((token.span, type, 0))
            case .list(let list):
                for item in list.items { if case .literal(let token) = item.value, token.kind == .name { tokens.append((token.span, type, 0)) } }
            default: break
            }
        }
        for placed in analysis.index.declarations {
            guard let kind = placed.kind else { continue }
            tokens.append((placed.syntax.kind.span, 0, 0))
            if let id = placed.syntax.id { tokens.append((id.span, 1, 1)) }
            for property in placed.syntax.block?.properties ?? [] {
                guard let schema = kind.property(named: property.name.text) else { continue }
                tokens.append((property.name.span, 2, 0))
                values(property.value, schema)
            }
        }
        tokens.sort { $0.span.start < $1.span.start }
        let converter = analysis.converter(unit)
        var data: [JSONValue] = []
        data.reserveCapacity(tokens.count * 5)
        var previous = LinePosition(line: 0, column: 0)
        for token in tokens {
            let start = converter.table.position(ofByte: token.span.start, in: unit)
            let end = converter.table.position(ofByte: token.span.end, in: unit)
            // Names never run over a line end; anything else is not a name.
            guard end.line == start.line, end.column > start.column else { continue }
            let deltaLine = start.line - previous.line
            data += [.int(deltaLine), .int(deltaLine == 0 ? start.column - previous.column : start.column),
                     .int(end.column - start.column), .int(token.type), .int(token.modifiers)]
            previous = start
        }
        return .object([("data", .array(data))])
    }
}
