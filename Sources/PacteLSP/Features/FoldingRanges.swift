import PacteCore
import PacteSyntax

/// `textDocument/foldingRange`: blocks, text blocks, lists written over
/// several lines, and runs of comment lines. A block folds to its `{`
/// line and leaves its `}` line showing.
extension LanguageServer {
    func foldingRanges(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        let converter = analysis.converter(unit)
        var ranges: [JSONValue] = []
        /// From the line of `start` to the line before that of `end`.
        func add(_ start: Int, _ end: Int, kind: String? = nil) {
            let first = converter.line(of: start), last = converter.line(of: end) - (kind == nil ? 1 : 0)
            guard last > first else { return }
            var members: [(String, JSONValue)] = [("startLine", .int(first)), ("endLine", .int(last))]
            if let kind { members.append(("kind", .string(kind))) }
            ranges.append(.object(members))
        }
        func comments(_ attached: AttachedComments) {
            guard attached.leading.count > 1, let first = attached.leading.first, let last = attached.leading.last else { return }
            add(first.span.start, last.span.start, kind: "comment")
        }
        func fold(_ value: ValueSyntax) {
            switch value {
            case .literal(let token) where token.kind == .textBlock:
                // The closing `"""` stays showing.
                add(token.span.start, token.span.end)
            case .list(let list):
                if list.isClosed { add(list.span.start, list.span.end - 1) }
                for item in list.items { fold(item.value) }
            default: break
            }
        }
        func declarations(_ list: [DeclarationSyntax]) {
            for syntax in list {
                comments(syntax.comments)
                guard let block = syntax.block else { continue }
                if let close = block.close { add(block.open.start, close.start) }
                for item in block.items {
                    switch item {
                    case .property(let property):
                        comments(property.comments)
                        fold(property.value)
                    case .declaration: break
                    }
                }
                declarations(block.declarations)
            }
        }
        declarations(analysis.declarations)
        return .array(ranges)
    }
}
