import PacteCore
import PacteSyntax
import PacteSchema

/// `textDocument/documentSymbol`: the outline, as a tree — each declaration
/// named by its id (or its kind), its title as detail, its nested
/// declarations as children.
extension LanguageServer {
    func documentSymbols(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        let converter = analysis.converter(unit)
        func symbols(_ list: [DeclarationSyntax], among kinds: [KindSchema]) -> [JSONValue] {
            list.map { syntax in
                let kind = Schema.kind(named: syntax.kind.text, among: kinds)
                let title = syntax.title.map(analysis.index.title)
                var name = syntax.kind.text
                if let id = syntax.id { name += " " + id.text }
                var members: [(String, JSONValue)] = [("name", .string(name))]
                if let title, !title.isEmpty { members.append(("detail", .string(LanguageServer.oneLine(title)))) }
                members += [
                    ("kind", .int(LanguageServer.symbolKind(kind?.id))),
                    ("range", converter.range(syntax.span)),
                    ("selectionRange", converter.range(syntax.headSpan)),
                ]
                let children = symbols(syntax.block?.declarations ?? [], among: kind?.children ?? [])
                if !children.isEmpty { members.append(("children", .array(children))) }
                return .object(members)
            }
        }
        return .array(symbols(analysis.declarations, among: Schema.pacte.topLevel))
    }

    /// A title for the outline: its first line, at most 80 characters.
    static func oneLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.count > 80 ? String(line.prefix(79)) + "…" : line
    }

    /// LSP's `SymbolKind` for each kind, chosen for the icon editors show.
    static func symbolKind(_ kind: KindID?) -> Int {
        switch kind {
        case .pacte?, .acte?: 2  // Module
        case .vision?, .charte?, .financement?: 3  // Namespace
        case .priorité?, .objectif?: 14             // Constant
        case .engagement?, .délibération?: 15       // String
        case .signataire?: 5                        // Class
        case .personne?: 19                         // Object
        case .action?: 12                           // Function
        case .espace?: 23                           // Struct
        case .gouvernance?: 11                      // Interface
        case .dérogation?: 24                       // Event
        case nil: 13                                // Variable
        }
    }
}
