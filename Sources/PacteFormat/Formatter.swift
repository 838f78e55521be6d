import PacteCore
import PacteSyntax
import PacteSchema
import PacteDriver

/// `pacte fmt`: the canonical form of a file, like gofmt's. Declarations
/// stay in the file's order; two-space indentation; one property a line in
/// multi-line blocks; a block written on one line stays there if it holds
/// at most three simple properties and fits in 80 columns; lists go one
/// item a line when they do not fit; keywords, property names and enum
/// values spelled in canonical French; text blocks re-indented with their
/// content untouched; every comment kept where it was attached.
///
/// Formatting is syntactic and never changes meaning: the formatted file
/// resolves to the same model. A file with syntax errors is refused.
public enum Formatter {
    /// The width lists and one-line blocks must fit in.
    public static let lineWidth = 80

    /// The result of formatting a file.
    public enum Result: Sendable {
        /// The canonical text.
        case formatted(String)
        /// The file has syntax errors; these are they, and nothing is formatted.
        case refused([Diagnostic])
    }

    /// Formats a file.
    public static func format(_ source: SourceFile, limits: Limits = .standard) -> Result {
        // The resolver finds some syntax errors too (a property without its
        // `:` that reads as a declaration): ask the whole front end.
        let compilation = Compilation(source: source, limits: limits, keepingSyntax: true)
        guard !compilation.hasSyntaxErrors, let syntax = compilation.syntax else {
            return .refused(compilation.diagnostics.filter { $0.code.isSyntax && $0.severity == .error })
        }
        var printer = Printer(source: source)
        printer.file(syntax)
        return .formatted(printer.output)
    }
}

/// Writes the canonical text, line by line.
private struct Printer {
    let source: SourceFile
    var output = ""

    init(source: SourceFile) {
        self.source = source
        // The canonical text is about as long as the file: one allocation,
        // rather than a text of megabytes copied at each doubling.
        output.reserveCapacity(source.bytes.count + source.bytes.count / 8 + 64)
    }

    func raw(_ span: Span) -> String { source.text(of: span) }

    mutating func line(_ indent: Int, _ text: String) {
        for _ in 0..<indent { output += "  " }
        output += text
        output += "\n"
    }

    /// Comment lines, with the empty lines that separated them; none at
    /// the start of a block or of the file.
    mutating func comments(_ comments: [Comment], _ indent: Int, first: Bool = false) {
        for (index, comment) in comments.enumerated() {
            if comment.blankLineBefore && !(first && index == 0) { output += "\n" }
            line(indent, commentText(comment))
        }
    }

    /// The comments above a node, then the empty line before it if any.
    mutating func leading(_ attached: AttachedComments, _ indent: Int, first: Bool) {
        comments(attached.leading, indent, first: first)
        if attached.blankLineBefore && !(first && attached.leading.isEmpty) { output += "\n" }
    }

    /// A comment as written, without trailing blanks.
    func commentText(_ comment: Comment) -> String {
        var text = comment.text
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }

    func trailing(_ comment: Comment?) -> String {
        comment.map { " " + commentText($0) } ?? ""
    }

    // MARK: - Declarations

    mutating func file(_ file: SyntaxFile) {
        for (index, declaration) in file.declarations.enumerated() {
            let kind = Schema.kind(named: declaration.kind.text, among: Schema.pacte.topLevel)
            self.declaration(declaration, kind: kind, indent: 0, first: index == 0)
        }
        comments(file.danglingComments, 0, first: file.declarations.isEmpty)
    }

    mutating func declaration(_ declaration: DeclarationSyntax, kind: KindSchema?, indent: Int, first: Bool) {
        leading(declaration.comments, indent, first: first)
        var head = kind?.name ?? declaration.kind.text
        if let id = declaration.id { head += " " + id.text }
        if let title = declaration.title { head += " " + literal(title, type: nil, indent: indent) }
        guard let block = declaration.block else {
            line(indent, head + trailing(declaration.comments.trailing))
            return
        }
        if block.items.isEmpty && block.danglingComments.isEmpty {
            line(indent, head + " {}" + trailing(declaration.comments.trailing))
            return
        }
        if let oneLine = oneLineBlock(block, kind: kind, indent: indent, head: head) {
            line(indent, head + " " + oneLine + trailing(declaration.comments.trailing))
            return
        }
        line(indent, head + " {")
        for (index, item) in block.items.enumerated() {
            switch item {
            case .property(let property):
                self.property(property, schema: kind?.property(named: property.name.text), indent: indent + 1, first: index == 0)
            case .declaration(let nested):
                let nestedKind = kind?.child(named: nested.kind.text)
                self.declaration(nested, kind: nestedKind, indent: indent + 1, first: index == 0)
            }
        }
        comments(block.danglingComments, indent + 1, first: block.items.isEmpty)
        line(indent, "}" + trailing(declaration.comments.trailing))
    }

    /// `{ a: 1; b: 2 }` when the block was written on one line and holds at
    /// most three simple properties and no comment.
    func oneLineBlock(_ block: BlockSyntax, kind: KindSchema?, indent: Int, head: String) -> String? {
        guard block.items.count <= 3, block.danglingComments.isEmpty, let close = block.close,
              source.onSameLine(block.open.start, close.start) else { return nil }
        var parts: [String] = []
        for item in block.items {
            guard case .property(let property) = item, property.comments.leading.isEmpty, property.comments.trailing == nil else { return nil }
            switch property.value {
            case .list, .missing: return nil
            case .literal(let token) where token.kind == .textBlock: return nil
            default: break
            }
            let schema = kind?.property(named: property.name.text)
            parts.append(propertyName(property, schema) + ": " + value(property.value, type: schema?.type, indent: indent + 1))
        }
        // The author chose one line for a short block: that choice stands,
        // as gofmt keeps a short function on one line.
        return "{ " + parts.joined(separator: "; ") + " }"
    }

    func propertyName(_ property: PropertySyntax, _ schema: PropertySchema?) -> String {
        schema?.name ?? property.name.text
    }

    // MARK: - Properties and values

    mutating func property(_ property: PropertySyntax, schema: PropertySchema?, indent: Int, first: Bool) {
        leading(property.comments, indent, first: first)
        let name = propertyName(property, schema) + ": "
        let trailingComment = trailing(property.comments.trailing)
        switch property.value {
        case .list(let list):
            let items = list.items.map { value($0.value, type: schema?.type, indent: indent + 1) }
            let flat = "[" + items.joined(separator: ", ") + "]"
            let hasComments = !list.danglingComments.isEmpty || list.items.contains { !$0.comments.leading.isEmpty || $0.comments.trailing != nil }
            // A text block spans lines of its own: never inside a one-line list.
            let hasTextBlock = list.items.contains { if case .literal(let token) = $0.value { token.kind == .textBlock } else { false } }
            if !hasComments && !hasTextBlock && indent * 2 + name.unicodeScalars.count + flat.unicodeScalars.count + trailingComment.unicodeScalars.count <= Formatter.lineWidth {
                line(indent, name + flat + trailingComment)
                return
            }
            line(indent, name + "[" + trailingComment)
            if hasComments || hasTextBlock {
                // Comments and text blocks need their own lines: one item a line.
                for (offset, (item, text)) in zip(list.items, items).enumerated() {
                    comments(item.comments.leading, indent + 1, first: offset == 0)
                    if case .literal(let token) = item.value, token.kind == .textBlock {
                        // The closing `"""` must stand alone on its line: the comma goes below it.
                        line(indent + 1, "\"\"\"" + trailing(item.comments.trailing))
                        textBlockBody(token, indent: indent + 2)
                        line(indent + 1, ",")
                        continue
                    }
                    line(indent + 1, text + "," + trailing(item.comments.trailing))
                }
                comments(list.danglingComments, indent + 1)
            } else {
                // Items filled into lines of at most 80 columns, like a paragraph.
                var current = ""
                for text in items {
                    let next = current.isEmpty ? text + "," : current + " " + text + ","
                    if !current.isEmpty && (indent + 1) * 2 + next.unicodeScalars.count > Formatter.lineWidth {
                        line(indent + 1, current)
                        current = text + ","
                    } else {
                        current = next
                    }
                }
                if !current.isEmpty { line(indent + 1, current) }
            }
            line(indent, "]")
        case .literal(let token) where token.kind == .textBlock:
            line(indent, name + "\"\"\"" + trailingComment)
            textBlockBody(token, indent: indent + 1)
        default:
            line(indent, name + value(property.value, type: schema?.type, indent: indent) + trailingComment)
        }
    }

    /// The lines of a text block, at `indent`, then its closing `"""`.
    mutating func textBlockBody(_ token: Token, indent: Int) {
        guard case .text(let content) = token.value else { return }
        for contentLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if contentLine.allSatisfy({ $0 == " " || $0 == "\t" }) {
                output += "\n"
            } else {
                line(indent, String(contentLine))
            }
        }
        line(indent, "\"\"\"")
    }

    func value(_ value: ValueSyntax, type: ValueType?, indent: Int) -> String {
        switch value {
        case .literal(let token): literal(token, type: type, indent: indent)
        case .range(let start, let end): raw(start.span) + ".." + raw(end.span)
        case .list(let list): "[" + list.items.map { self.value($0.value, type: type, indent: indent) }.joined(separator: ", ") + "]"
        case .missing(let span): raw(span)
        }
    }

    func literal(_ token: Token, type: ValueType?, indent: Int) -> String {
        switch token.kind {
        case .name:
            return canonicalName(token.text, type: type)
        case .money:
            return number(in: token) + " €"
        case .percent:
            return number(in: token) + " %"
        case .textBlock:
            // A text block as a title: keep it on one line as a string would be.
            return raw(token.span)
        default:
            return raw(token.span)
        }
    }

    /// The number of an amount or a percentage, as written, without its
    /// unit (`€`, `EUR`, `euros`, `%`) and the blanks before it: `12 000`
    /// stays grouped as the author grouped it, the unit becomes `€`.
    func number(in token: Token) -> String {
        var text = Substring(raw(token.span))
        for unit in Lexer.unitSpellings {
            guard text.count >= unit.count, text.suffix(unit.count).lowercased() == unit.lowercased() else { continue }
            text.removeLast(unit.count)
            break
        }
        while let last = text.unicodeScalars.last, Lexer.isBlank(last) { text.unicodeScalars.removeLast() }
        return String(text)
    }

    /// Enum values, booleans and `membres` in canonical French; ids as written.
    func canonicalName(_ name: String, type: ValueType?) -> String {
        switch type {
        case .enumeration(let enumeration):
            return enumeration.formatted(name) ?? name
        case .boolean:
            switch SchemaName.fold(name).lowercased() {
            case "oui", "yes", "true": return "oui"
            case "non", "no", "false": return "non"
            default: return name
            }
        case .references(_, true):
            return SchemaName.isMembersWord(name) ? "membres" : name
        default:
            return name
        }
    }
}
