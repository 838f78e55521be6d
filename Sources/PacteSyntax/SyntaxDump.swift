import PacteCore

/// The syntax tree as indented text with `line:column` ranges: the
/// parser's snapshot format in golden tests, and `pacte dump`.
public enum SyntaxDump {
    /// Renders a tree.
    public static func render(_ file: SyntaxFile, source: SourceFile) -> String {
        var dump = Dumper(source: source)
        dump.line(0, "file")
        for declaration in file.declarations { dump.declaration(declaration, depth: 1) }
        dump.comments(file.danglingComments, "dangling", depth: 1)
        return dump.output
    }

    private struct Dumper {
        let source: SourceFile
        var output = ""

        func range(_ span: Span) -> String {
            let start = source.location(of: span.start)
            let end = source.location(of: span.end)
            return "\(start.line):\(start.column)-\(end.line):\(end.column)"
        }

        mutating func line(_ depth: Int, _ text: String) {
            output += String(repeating: "  ", count: depth) + text + "\n"
        }

        mutating func comments(_ comments: [Comment], _ role: String, depth: Int) {
            for comment in comments { line(depth, "comment(\(role)) \(range(comment.span)) \(quoted(comment.text))") }
        }

        mutating func attached(_ comments: AttachedComments, depth: Int) {
            if comments.blankLineBefore { line(depth, "blank-line-before") }
            self.comments(comments.leading, "leading", depth: depth)
            if let trailing = comments.trailing { self.comments([trailing], "trailing", depth: depth) }
        }

        mutating func declaration(_ declaration: DeclarationSyntax, depth: Int) {
            var head = "declaration \(range(declaration.span)) kind=\(declaration.kind.text)"
            if let id = declaration.id { head += " id=\(id.text)" }
            if let title = declaration.title { head += " title=" + token(title) }
            line(depth, head)
            attached(declaration.comments, depth: depth + 1)
            guard let block = declaration.block else { return }
            line(depth + 1, "block \(range(block.open))" + (block.close.map { " close=\(range($0))" } ?? " unclosed"))
            for item in block.items {
                switch item {
                case .property(let property):
                    line(depth + 2, "property \(range(property.span)) name=\(property.name.text)")
                    attached(property.comments, depth: depth + 3)
                    value(property.value, depth: depth + 3)
                case .declaration(let nested):
                    self.declaration(nested, depth: depth + 2)
                }
            }
            comments(block.danglingComments, "dangling", depth: depth + 2)
        }

        mutating func value(_ value: ValueSyntax, depth: Int) {
            switch value {
            case .literal(let literal):
                line(depth, token(literal))
            case .range(let start, let end):
                line(depth, "range \(range(value.span)) \(token(start)) .. \(token(end))")
            case .list(let list):
                line(depth, "list \(range(list.span))" + (list.isClosed ? "" : " unclosed"))
                for item in list.items {
                    attached(item.comments, depth: depth + 1)
                    self.value(item.value, depth: depth + 1)
                }
                comments(list.danglingComments, "dangling", depth: depth + 1)
            case .missing(let span):
                line(depth, "missing \(range(span))")
            }
        }

        func token(_ token: Token) -> String {
            let value: String
            switch token.value {
            case .none: value = ""
            case .text(let text): value = quoted(text)
            case .number(let number): value = number.description
            case .fraction(let numerator, let denominator): value = "\(numerator)/\(denominator)"
            case .date(let date): value = date.description
            case .invalid: value = "<invalid>"
            }
            return "\(token.kind.rawValue)(\(value)) \(range(token.span))"
        }

        func quoted(_ text: String) -> String {
            JSONValue.string(text).rendered(pretty: false)
        }
    }
}
