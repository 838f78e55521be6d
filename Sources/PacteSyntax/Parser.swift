import PacteCore

/// Builds the syntax tree from tokens (grammar: `Grammar/pacte.ebnf`).
///
/// The parser is generic, like HCL's or KDL's: it knows declarations,
/// blocks, properties and values, not what may stand where — that is the
/// schema's business. It recovers from errors at the next line or `;`, so a
/// file with three independent mistakes gets three diagnostics.
public struct Parser {
    private let source: SourceFile
    /// Reads the tokens a batch at a time, as the parser needs them.
    private var lexer: Lexer
    /// The tokens read and still wanted: `window[0]` is token `base` of the file.
    private var window: [LexedToken] = []
    private var base = 0
    /// The first token the parser may still look at: those before it are
    /// dropped from the window when it grows.
    private var keepFrom = 0
    private let limits: Limits
    private var index = 0
    private var bag: DiagnosticBag
    private var depth = 0
    /// Whether a name is a kind that only stands at top level (the schema
    /// knows, the parser does not): such a declaration at column 1 inside a block most likely means that the
    /// block's `}` was forgotten, and parsing resumes at top level.
    private let isTopLevelOnlyKind: (String) -> Bool
    /// Buffers for the items of the blocks being read, one per open block,
    /// reused from block to block: each block's items are gathered in one
    /// and copied once into an array of their exact size, rather than
    /// grown by doubling in a new array for every block.
    private var itemBuffers: [[BlockItemSyntax]] = []
    /// Comments met while skipping trivia, waiting for the node they annotate.
    private var pendingComments: [Comment] = []
    private var pendingBlankLine = false
    /// Where the last column was counted: the parser asks in file order.
    private var columns = ColumnCursor()

    /// Lexes and parses a file.
    public static func parse(
        _ source: SourceFile, limits: Limits = .standard,
        isTopLevelOnlyKind: @escaping (String) -> Bool
    ) -> (syntax: SyntaxFile, diagnostics: [Diagnostic]) {
        if source.bytes.count > limits.maxFileBytes {
            let diagnostic = Diagnostic(
                .overLimit, at: Span(start: 0, length: 0),
                LocalizedText(fr: "fichier trop grand : \(source.bytes.count) octets, la limite est \(limits.maxFileBytes)",
                              en: "file too large: \(source.bytes.count) bytes, the limit is \(limits.maxFileBytes)"),
                help: LocalizedText(fr: "un pacte tient en quelques dizaines de kilo-octets ; vérifiez qu’il s’agit du bon fichier",
                                    en: "a pacte fits in a few tens of kilobytes; check that this is the right file"))
            return (SyntaxFile(declarations: [], danglingComments: []), [diagnostic])
        }
        var parser = Parser(source: source, limits: limits, isTopLevelOnlyKind: isTopLevelOnlyKind)
        let file = parser.parseFile()
        return (file, parser.lexer.diagnostics + parser.bag.diagnostics)
    }

    private init(source: SourceFile, limits: Limits, isTopLevelOnlyKind: @escaping (String) -> Bool) {
        self.isTopLevelOnlyKind = isTopLevelOnlyKind
        self.source = source
        self.limits = limits
        lexer = Lexer(source: source, limits: limits)
        bag = DiagnosticBag(limit: limits.maxCollectedDiagnostics)
    }

    // MARK: - Token access

    /// The token at `position` in the file; past the end, the end-of-file token.
    @inline(__always)
    private mutating func token(at position: Int) -> LexedToken {
        // Unsigned, so that a position before the window (never asked for:
        // nothing looks back past a top-level declaration) takes the slow path.
        let offset = UInt(bitPattern: position &- base)
        if offset < UInt(window.count) { return window[Int(offset)] }
        return fetch(position)
    }

    /// Reads more tokens, first dropping those the parser is done with.
    @inline(never)
    private mutating func fetch(_ position: Int) -> LexedToken {
        let unused = keepFrom - base
        if unused >= 4096, unused < window.count {
            window.removeFirst(unused)
            base = keepFrom
        }
        while position - base >= window.count, !lexer.isFinished { lexer.lex(into: &window) }
        return window[max(0, min(position - base, window.count - 1))]
    }

    private var current: LexedToken {
        mutating get { token(at: index) }
    }

    /// The current token with its value, for the syntax tree.
    private var currentToken: Token {
        // The token first: reading `lexer` while `current` may read more
        // tokens into it would make Swift copy the lexer.
        mutating get {
            let token = current
            return lexer.valued(token)
        }
    }

    /// The decoded text of the current name or string.
    private var currentText: String {
        mutating get {
            let token = current
            return lexer.text(of: token)
        }
    }

    /// Whether an unterminated text block runs to the end of the file.
    private var endSwallowed: Bool { lexer.endSwallowed }

    private mutating func peekSignificant(after offset: Int) -> LexedToken {
        var position = index + offset
        while token(at: position).kind == .comment { position += 1 }
        return token(at: position)
    }

    private mutating func advance() {
        if current.kind != .endOfFile { index += 1 }
    }

    private var atLineEnd: Bool {
        mutating get {
            switch current.kind {
            case .newline, .semicolon, .rightBrace, .endOfFile, .comment: true
            default: false
            }
        }
    }

    /// Skips line ends, `;` and comments, collecting the comments and where
    /// empty lines stood between them, for the formatter to keep.
    private mutating func skipSeparators() {
        var newlines = 0
        while true {
            switch current.kind {
            case .newline:
                newlines += 1
                advance()
            case .semicolon:
                advance()
            case .comment:
                var comment = Comment(span: current.span, text: source.text(of: current.span))
                comment.blankLineBefore = newlines >= 2
                pendingComments.append(comment)
                newlines = 0
                advance()
            default:
                pendingBlankLine = newlines >= 2
                return
            }
        }
    }

    private mutating func takeLeadingComments() -> AttachedComments {
        defer {
            pendingComments = []
            pendingBlankLine = false
        }
        return AttachedComments(leading: pendingComments, trailing: nil, blankLineBefore: pendingBlankLine)
    }

    /// A comment on the same line, right after a node.
    private mutating func takeTrailingComment() -> Comment? {
        guard current.kind == .comment else { return nil }
        let comment = Comment(span: current.span, text: source.text(of: current.span))
        advance()
        return comment
    }

    private mutating func column(of span: Span) -> Int {
        source.column(of: span.start, cursor: &columns)
    }

    // MARK: - File and blocks

    private mutating func parseFile() -> SyntaxFile {
        var declarations: [DeclarationSyntax] = []
        while true {
            // Between two top-level declarations nothing looks back.
            keepFrom = index
            skipSeparators()
            switch current.kind {
            case .endOfFile:
                let dangling = pendingComments
                pendingComments = []
                return SyntaxFile(declarations: declarations, danglingComments: dangling)
            case .name where peekSignificant(after: 1).kind == .colon:
                let comments = takeLeadingComments()
                let property = parseProperty(comments: comments)
                bag.report(
                    .unexpectedToken, at: property.name.span,
                    LocalizedText(fr: "propriété `\(property.name.text)` hors de tout bloc",
                                  en: "property `\(property.name.text)` outside any block"),
                    label: LocalizedText(fr: "une propriété s’écrit dans le bloc `{ … }` d’une déclaration",
                                         en: "a property is written inside a declaration’s `{ … }` block"),
                    help: LocalizedText(fr: "placez-la dans le bloc de la déclaration qu’elle décrit, par exemple `pacte \"…\" { \(property.name.text): … }`",
                                        en: "move it into the block of the declaration it describes, e.g. `pacte \"…\" { \(property.name.text): … }`"))
            case .name:
                let declaration = parseDeclaration(comments: takeLeadingComments())
                declarations.append(declaration)
            case .rightBrace:
                bag.report(
                    .unexpectedToken, at: current.span,
                    LocalizedText(fr: "`}` sans `{` correspondant", en: "`}` without a matching `{`"),
                    label: LocalizedText(fr: "rien n’est ouvert ici", en: "nothing is open here"),
                    help: LocalizedText(fr: "supprimez cette accolade, ou vérifiez l’accolade ouvrante du bloc au-dessus",
                                        en: "remove this brace, or check the opening brace of the block above"))
                advance()
            default:
                reportExpected(LocalizedText(fr: "une déclaration (`action`, `personne`, …)", en: "a declaration (`action`, `person`, …)"))
                recoverToLineEnd()
            }
        }
    }

    private mutating func parseDeclaration(comments: AttachedComments) -> DeclarationSyntax {
        var comments = comments
        let kind = NameSyntax(text: currentText, span: current.span)
        advance()
        var id: NameSyntax?
        var title: Token?
        if current.kind == .name {
            id = NameSyntax(text: currentText, span: current.span)
            advance()
        }
        switch current.kind {
        case .string, .textBlock, .number, .money, .percent, .fraction, .date:
            title = currentToken
            advance()
        default:
            break
        }
        var block: BlockSyntax?
        var span = kind.span
        if let id { span = span.merged(with: id.span) }
        if let title { span = span.merged(with: title.span) }
        if !atLineEnd && current.kind != .leftBrace {
            reportJunkInHead(kind: kind, id: id, title: title)
        }
        if current.kind == .leftBrace {
            let parsed = parseBlock(ownerColumn: column(of: kind.span))
            block = parsed
            span = span.merged(with: parsed.close ?? lastSpan(of: parsed))
        }
        if !atLineEnd && block?.close != nil || !atLineEnd && block == nil {
            reportExpected(LocalizedText(
                fr: "une fin de ligne, un titre entre guillemets ou `{` après la déclaration `\(kind.text)`",
                en: "a line end, a quoted title or `{` after the `\(kind.text)` declaration"))
            recoverToLineEnd()
        }
        comments.trailing = takeTrailingComment()
        return DeclarationSyntax(kind: kind, id: id, title: title, block: block, span: span, comments: comments)
    }

    /// Words after a declaration's head, such as a title without quotes
    /// (`signataire cafe Café associatif {`): reported once, skipped up to
    /// the block, which is still read.
    private mutating func reportJunkInHead(kind: NameSyntax, id: NameSyntax?, title: Token?) {
        let start = current.span.start
        var end = current.span.end
        var onlyWords = true
        while !atLineEnd && current.kind != .leftBrace {
            if current.kind != .name && current.kind != .number { onlyWords = false }
            end = current.span.end
            if current.kind == .leftBracket { skipBalanced(from: .leftBracket) } else { advance() }
        }
        let span = Span(from: start, to: end)
        let words = source.text(of: span)
        if onlyWords && title == nil {
            let head = kind.text + (id.map { " " + $0.text } ?? "")
            bag.report(
                .unexpectedToken, at: span,
                LocalizedText(fr: "titre sans guillemets : `\(words)`", en: "title without quotes: `\(words)`"),
                label: LocalizedText(fr: "un titre s’écrit entre guillemets", en: "a title is written between quotes"),
                help: LocalizedText(fr: "écrivez `\(head) \"\(words)\"`", en: "write `\(head) \"\(words)\"`"))
        } else {
            bag.report(
                .unexpectedToken, at: span,
                LocalizedText(fr: "texte en trop après `\(kind.text)` : `\(words)`", en: "unexpected text after `\(kind.text)`: `\(words)`"),
                label: LocalizedText(fr: "inattendu ici", en: "unexpected here"),
                help: LocalizedText(fr: "une déclaration s’écrit `genre identifiant \"titre\" { … }`", en: "a declaration is written `kind id \"title\" { … }`"))
        }
    }

    private func lastSpan(of block: BlockSyntax) -> Span {
        switch block.items.last {
        case .property(let property): property.span
        case .declaration(let declaration): declaration.span
        case nil: block.open
        }
    }

    private mutating func parseBlock(ownerColumn: Int) -> BlockSyntax {
        let open = current.span
        if depth + 1 > limits.maxNesting {
            reportNesting(at: open)
            skipBalanced(from: .leftBrace)
            return BlockSyntax(open: open, items: [], close: open, danglingComments: [])
        }
        advance()
        depth += 1
        defer { depth -= 1 }
        var items = itemBuffers.popLast() ?? []
        while true {
            skipSeparators()
            switch current.kind {
            case .rightBrace:
                let close = current.span
                let dangling = pendingComments
                pendingComments = []
                pendingBlankLine = false
                advance()
                return BlockSyntax(open: open, items: finish(&items), close: close, danglingComments: dangling)
            case .endOfFile:
                // An unterminated text block ran to the end of the file and
                // took this `}` with it: that is one mistake, already reported.
                if !endSwallowed { reportUnclosedBrace(open) }
                var block = BlockSyntax(open: open, items: finish(&items), close: nil, danglingComments: [])
                block.isCutShort = endSwallowed
                return block
            case .name where peekSignificant(after: 1).kind == .colon:
                items.append(.property(parseProperty(comments: takeLeadingComments())))
            case .name where Parser.startsOnlyAValue(token(at: index + 1).kind):
                items.append(.property(parseProperty(comments: takeLeadingComments(), missingColon: true)))
            case .name where wordsBeforeColon() > 1:
                items.append(.property(parseSpacedProperty(comments: takeLeadingComments())))
            case .name:
                if ownerColumn == 1, column(of: current.span) == 1,
                   isTopLevelOnlyKind(currentText) {
                    // A top-level declaration inside a block: the block was left open.
                    reportUnclosedBrace(open)
                    return BlockSyntax(open: open, items: finish(&items), close: nil, danglingComments: [])
                }
                items.append(.declaration(parseDeclaration(comments: takeLeadingComments())))
            default:
                reportExpected(LocalizedText(fr: "une propriété `nom: valeur` ou une déclaration", en: "a `name: value` property or a declaration"))
                recoverToLineEnd()
            }
        }
    }

    /// The items gathered, in an array of their size; the buffer goes back
    /// for the next block.
    private mutating func finish(_ items: inout [BlockItemSyntax]) -> [BlockItemSyntax] {
        let exact = items.withUnsafeBufferPointer { Array($0) }
        items.removeAll(keepingCapacity: true)
        itemBuffers.append(items)
        items = []
        return exact
    }

    private mutating func reportUnclosedBrace(_ open: Span) {
        bag.report(
            .unclosedDelimiter, at: open,
            LocalizedText(fr: "`{` jamais fermé", en: "unclosed `{`"),
            label: LocalizedText(fr: "ce bloc n’a pas de `}`", en: "this block has no `}`"),
            help: LocalizedText(fr: "ajoutez `}` à la fin du bloc", en: "add `}` at the end of the block"))
    }

    // MARK: - Properties and values

    /// How many names stand in a row on this line before a `:`, or 0.
    private mutating func wordsBeforeColon() -> Int {
        var position = index
        while token(at: position).kind == .name { position += 1 }
        return token(at: position).kind == .colon ? position - index : 0
    }

    /// `ordre du jour: …`: a property name written with spaces. Reported
    /// once, then read as the hyphenated name it stands for.
    private mutating func parseSpacedProperty(comments: AttachedComments) -> PropertySyntax {
        let first = current.span
        var words: [String] = []
        var last = first
        while current.kind == .name {
            words.append(currentText)
            last = current.span
            advance()
        }
        let joined = words.joined(separator: "-")
        let span = first.merged(with: last)
        bag.report(
            .unexpectedToken, at: span,
            LocalizedText(fr: "nom de propriété écrit avec des espaces : `\(words.joined(separator: " "))`",
                          en: "property name written with spaces: `\(words.joined(separator: " "))`"),
            label: LocalizedText(fr: "les mots d’un nom se lient par des tirets", en: "the words of a name are joined by hyphens"),
            help: LocalizedText(fr: "écrivez `\(joined):`", en: "write `\(joined):`"))
        // Read the rest as if the name were written `ordre-du-jour`.
        index -= 1
        var property = parseProperty(comments: comments)
        property.name = NameSyntax(text: joined, span: span)
        property.span = span.merged(with: property.value.span)
        return property
    }

    /// Tokens that can start a value but not a declaration's head: after a
    /// name, they mean that the `:` was forgotten (`calendrier 2026..2030`).
    private static func startsOnlyAValue(_ kind: TokenKind) -> Bool {
        switch kind {
        case .number, .date, .money, .percent, .fraction, .leftBracket, .textBlock: true
        default: false
        }
    }

    private mutating func parseProperty(comments: AttachedComments, missingColon: Bool = false) -> PropertySyntax {
        var comments = comments
        let reportedBefore = bag.reportedCount
        let name = NameSyntax(text: currentText, span: current.span)
        advance()
        let colon: Span
        if missingColon {
            colon = Span(start: name.span.end, length: 0)
            bag.append(.missingColon(after: name))
        } else {
            while current.kind == .comment { advance() }
            colon = current.span
            advance()
        }
        let value: ValueSyntax
        if atLineEnd {
            bag.report(
                .unexpectedToken, at: Span(start: colon.end, length: 0),
                LocalizedText(fr: "valeur manquante après `\(name.text):`", en: "missing value after `\(name.text):`"),
                label: LocalizedText(fr: "une valeur est attendue ici", en: "a value is expected here"),
                help: LocalizedText(fr: "écrivez la valeur sur la même ligne, ou retirez la propriété",
                                    en: "write the value on the same line, or remove the property"))
            value = .missing(Span(start: colon.end, length: 0))
        } else {
            value = parseValue()
        }
        // After a list left open, the next line is not junk: it was reported with the `[`.
        if !atLineEnd, !value.isUnclosedList {
            // A value that could not be read is reported already; what follows is the same mistake.
            if case .missing = value {} else { reportJunkAfterValue(value, property: name.text) }
            recoverToLineEnd()
        }
        comments.trailing = takeTrailingComment()
        let span = name.span.merged(with: value.span)
        // A value with a syntax error is reported once: the resolver sees
        // it as missing and judges nothing else about it.
        let valueEnd = current.span.start
        let broken = bag.reportedCount > (missingColon ? reportedBefore + 1 : reportedBefore)
            || containsLexicalError(from: name.span.start, to: valueEnd)
        let checkedValue = broken ? .missing(value.span) : value
        return PropertySyntax(name: name, value: checkedValue, span: span, comments: comments)
    }

    private mutating func reportJunkAfterValue(_ value: ValueSyntax, property: String) {
        let lineEnd = endOfLineContent(from: current.span.start)
        let junk = current
        let next = token(at: index + 1)
        func report(_ message: LocalizedText, _ span: Span, _ label: LocalizedText, _ help: LocalizedText) {
            bag.report(.unexpectedToken, at: span, message, label: label, help: help)
        }
        guard case .literal(let token) = value else {
            reportExpected(LocalizedText(fr: "une fin de ligne ou `;` après la valeur de `\(property)`",
                                         en: "a line end or `;` after the value of `\(property)`"))
            return
        }
        let whole = token.span.merged(with: Span(from: token.span.start, to: lineEnd))
        let written = source.text(of: whole)
        switch (token.kind, junk.kind) {
        case (.number, let kind) where [.number, .money, .percent].contains(kind) && sameLine(token.span, junk.span):
            // `8 000 €`: thousands separated by a space, as French writes them.
            let spanned = token.span.merged(with: junk.span)
            let fixed = source.text(of: token.span) + "_" + source.text(of: junk.span)
            report(LocalizedText(fr: "espace dans un nombre : `\(source.text(of: spanned))`", en: "space inside a number: `\(source.text(of: spanned))`"),
                   spanned, LocalizedText(fr: "un nombre s’écrit sans espace", en: "a number is written without spaces"),
                   LocalizedText(fr: "séparez les milliers par `_` : `\(fixed)`", en: "separate thousands with `_`: `\(fixed)`"))
        case (.number, .comma) where next.kind == .number || next.kind == .money || next.kind == .percent:
            let fixed = source.text(of: token.span) + "." + source.text(of: next.span)
            report(LocalizedText(fr: "virgule décimale dans `\(written)`", en: "decimal comma in `\(written)`"), whole,
                   LocalizedText(fr: "le séparateur décimal est le point", en: "the decimal separator is a dot"),
                   LocalizedText(fr: "écrivez `\(fixed)`", en: "write `\(fixed)`"))
        case (_, .comma) where next.kind == .name && peekSignificant(after: 2).kind == .colon:
            report(LocalizedText(fr: "`,` entre deux propriétés", en: "`,` between two properties"), junk.span,
                   LocalizedText(fr: "séparateur attendu : `;` ou une fin de ligne", en: "expected separator: `;` or a line end"),
                   LocalizedText(fr: "séparez les propriétés par `;` ou passez à la ligne", en: "separate properties with `;` or a line end"))
        case (.name, .comma):
            report(LocalizedText(fr: "liste sans crochets après `\(property):`", en: "list without brackets after `\(property):`"), whole,
                   LocalizedText(fr: "une liste s’écrit entre `[` et `]`", en: "a list is written between `[` and `]`"),
                   LocalizedText(fr: "écrivez `[\(written)]`", en: "write `[\(written)]`"))
        case (.number, .name) where ["euros", "euro", "eur"].contains(lexer.text(of: junk).lowercased()):
            let fixed = source.text(of: token.span) + " €"
            report(LocalizedText(fr: "unité écrite en toutes lettres : `\(written)`", en: "unit spelled out: `\(written)`"), whole,
                   LocalizedText(fr: "un montant s’écrit avec `€` ou `EUR`", en: "an amount is written with `€` or `EUR`"),
                   LocalizedText(fr: "écrivez `\(fixed)`", en: "write `\(fixed)`"))
        case (.number, .name) where ["a", "à", "au", "to", "jusqu"].contains(lexer.text(of: junk).lowercased()) && next.kind == .number:
            let fixed = source.text(of: token.span) + ".." + source.text(of: next.span)
            report(LocalizedText(fr: "période écrite en toutes lettres : `\(written)`", en: "range spelled out: `\(written)`"), whole,
                   LocalizedText(fr: "une période s’écrit `début..fin`", en: "a range is written `start..end`"),
                   LocalizedText(fr: "écrivez `\(fixed)`", en: "write `\(fixed)`"))
        case (.number, .name):
            report(LocalizedText(fr: "valeur écrite en toutes lettres : `\(written)`", en: "value spelled out: `\(written)`"), whole,
                   LocalizedText(fr: "ni nombre, ni date, ni texte entre guillemets", en: "neither a number, a date nor a quoted text"),
                   LocalizedText(fr: "une date s’écrit `2026-03-14` ; un texte s’écrit entre guillemets : `\"\(written)\"`",
                                 en: "a date is written `2026-03-14`; a text is written between quotes: `\"\(written)\"`"))
        case (.name, .name), (.name, .number):
            // `territoire: Commune de Lannévez`: words without quotes.
            report(LocalizedText(fr: "plusieurs mots sans guillemets : `\(written)`", en: "several words without quotes: `\(written)`"), whole,
                   LocalizedText(fr: "un texte s’écrit entre guillemets, un identifiant en un seul mot",
                                 en: "a text is written between quotes, an id as one word"),
                   LocalizedText(fr: "s’il s’agit d’un texte, écrivez `\"\(written)\"` ; s’il s’agit d’un identifiant, écrivez-le en un seul mot",
                                 en: "if it is a text, write `\"\(written)\"`; if it is an id, write it as one word"))
        default:
            reportExpected(LocalizedText(fr: "une fin de ligne ou `;` après la valeur de `\(property)`",
                                         en: "a line end or `;` after the value of `\(property)`"))
        }
    }

    private func sameLine(_ first: Span, _ second: Span) -> Bool {
        source.lineIndex(of: first.end) == source.lineIndex(of: second.start)
    }

    /// The offset where the line holding `offset` ends, trailing blanks and comment excluded.
    private mutating func endOfLineContent(from offset: Int) -> Int {
        var position = index
        var end = offset
        while true {
            let token = token(at: position)
            if token.kind == .newline || token.kind == .endOfFile || token.kind == .comment || token.kind == .semicolon || token.kind == .rightBrace { break }
            end = token.span.end
            position += 1
        }
        return end
    }

    /// Whether the lexer reported an error between two offsets: a property
    /// holding one is already reported and must not be judged again.
    private func containsLexicalError(from start: Int, to end: Int) -> Bool {
        lexer.hasError(from: start, to: end)
    }

    private mutating func parseValue() -> ValueSyntax {
        switch current.kind {
        case .leftBracket:
            if depth + 1 > limits.maxNesting {
                let span = current.span
                reportNesting(at: span)
                skipBalanced(from: .leftBracket)
                return .missing(span)
            }
            return .list(parseList())
        case .string, .textBlock, .money, .percent, .fraction, .name:
            let token = currentToken
            advance()
            if current.kind == .dotDot { return parseRangeEnd(start: token) }
            return .literal(token)
        case .number, .date:
            let token = currentToken
            advance()
            if current.kind == .dotDot { return parseRangeEnd(start: token) }
            return .literal(token)
        case .leftBrace:
            let span = current.span
            bag.report(
                .unexpectedToken, at: span,
                LocalizedText(fr: "un bloc `{ … }` ne peut pas être la valeur d’une propriété",
                              en: "a `{ … }` block cannot be a property’s value"),
                help: LocalizedText(fr: "pour une liste, utilisez `[a, b]` ; pour une déclaration, retirez le `:`",
                                    en: "for a list, use `[a, b]`; for a declaration, remove the `:`"))
            skipBalanced(from: .leftBrace)
            return .missing(span)
        default:
            let span = current.span
            reportExpected(LocalizedText(fr: "une valeur", en: "a value"))
            return .missing(span)
        }
    }

    private mutating func parseRangeEnd(start: Token) -> ValueSyntax {
        let dots = current.span
        advance()
        switch current.kind {
        case .number, .date:
            let end = currentToken
            advance()
            if start.kind != .number && start.kind != .date {
                bag.report(
                    .unexpectedToken, at: start.span,
                    LocalizedText(fr: "une période va d’une date à une autre", en: "a range goes from one date to another"),
                    label: LocalizedText(fr: "une date est attendue ici", en: "a date is expected here"),
                    help: LocalizedText(fr: "écrivez par exemple `2026..2031` ou `2026-09..2027-08`",
                                        en: "write for instance `2026..2031` or `2026-09..2027-08`"))
                return .missing(start.span.merged(with: end.span))
            }
            return .range(start: start, end: end)
        default:
            bag.report(
                .unexpectedToken, at: Span(start: dots.end, length: 0),
                LocalizedText(fr: "fin de période manquante après `..`", en: "missing end of range after `..`"),
                label: LocalizedText(fr: "une date est attendue ici", en: "a date is expected here"),
                help: LocalizedText(fr: "écrivez par exemple `2026..2031` ou `2026-09..2027-08`",
                                    en: "write for instance `2026..2031` or `2026-09..2027-08`"))
            return .missing(start.span.merged(with: dots))
        }
    }

    private mutating func parseList() -> ListSyntax {
        let open = current.span
        advance()
        depth += 1
        defer { depth -= 1 }
        var items: [ListItemSyntax] = []
        var reportedLength = false
        var end = open
        var comments: [Comment] = []
        var expectingItem = true
        while true {
            // Line ends and comments may stand anywhere in a list.
            while current.kind == .newline || current.kind == .comment {
                if current.kind == .comment {
                    let comment = Comment(span: current.span, text: source.text(of: current.span))
                    // A comment on the line of the previous item annotates it.
                    if let last = items.indices.last, items[last].comments.trailing == nil, comments.isEmpty,
                       source.lineIndex(of: comment.span.start) == source.lineIndex(of: items[last].value.span.end) {
                        items[last].comments.trailing = comment
                    } else {
                        comments.append(comment)
                    }
                }
                advance()
            }
            switch current.kind {
            case .rightBracket:
                end = current.span
                advance()
                return ListSyntax(items: items, danglingComments: comments, span: open.merged(with: end), isClosed: true)
            case .comma:
                if expectingItem {
                    reportExpected(LocalizedText(fr: "un élément de liste avant `,`", en: "a list item before `,`"))
                }
                expectingItem = true
                end = current.span
                advance()
            case .rightBrace, .endOfFile, .semicolon:
                reportUnclosedBracket(open)
                return ListSyntax(items: items, danglingComments: comments, span: open.merged(with: end), isClosed: false)
            case .name where peekSignificant(after: 1).kind == .colon && !items.isEmpty:
                // The next property has started: the list was left open.
                reportUnclosedBracket(open)
                return ListSyntax(items: items, danglingComments: comments, span: open.merged(with: end), isClosed: false)
            default:
                if !expectingItem {
                    reportExpected(LocalizedText(fr: "`,` ou `]` entre les éléments de la liste", en: "`,` or `]` between list items"))
                }
                let before = index
                let value = parseValue()
                if index == before { advance() }
                if items.count >= limits.maxListItems {
                    if !reportedLength {
                        reportedLength = true
                        bag.report(
                            .overLimit, at: value.span,
                            LocalizedText(fr: "liste trop longue : plus de \(limits.maxListItems) éléments",
                                          en: "list too long: more than \(limits.maxListItems) items"),
                            label: LocalizedText(fr: "les éléments suivants sont ignorés", en: "the following items are ignored"),
                            help: LocalizedText(fr: "découpez cette liste ; aucun pacte réel n’en a besoin d’autant",
                                                en: "split this list; no real pacte needs that many"))
                    }
                } else {
                    items.append(ListItemSyntax(value: value, comments: AttachedComments(leading: comments)))
                }
                comments = []
                end = value.span
                expectingItem = false
            }
        }
    }

    private mutating func reportUnclosedBracket(_ open: Span) {
        bag.report(
            .unclosedDelimiter, at: open,
            LocalizedText(fr: "`[` jamais fermé", en: "unclosed `[`"),
            label: LocalizedText(fr: "cette liste n’a pas de `]`", en: "this list has no `]`"),
            help: LocalizedText(fr: "ajoutez `]` après le dernier élément", en: "add `]` after the last item"))
    }

    private mutating func reportNesting(at span: Span) {
        bag.report(
            .overLimit, at: span,
            LocalizedText(fr: "imbrication trop profonde : plus de \(limits.maxNesting) niveaux",
                          en: "nesting too deep: more than \(limits.maxNesting) levels"),
            help: LocalizedText(fr: "un pacte n’imbrique que trois niveaux de blocs ; vérifiez les accolades et crochets",
                                en: "a pacte nests only three levels of blocks; check the braces and brackets"))
    }

    // MARK: - Recovery

    private mutating func reportExpected(_ expected: LocalizedText) {
        let found = describe(current)
        bag.report(
            .unexpectedToken, at: current.span,
            LocalizedText(fr: "attendu \(expected.fr), trouvé \(found.fr)", en: "expected \(expected.en), found \(found.en)"),
            label: LocalizedText(fr: "inattendu ici", en: "unexpected here"))
    }

    private func describe(_ token: LexedToken) -> LocalizedText {
        switch token.kind {
        case .name: LocalizedText(fr: "le nom `\(lexer.text(of: token))`", en: "the name `\(lexer.text(of: token))`")
        case .string: LocalizedText(fr: "une chaîne", en: "a string")
        case .textBlock: LocalizedText(fr: "un bloc de texte", en: "a text block")
        case .number: LocalizedText(fr: "un nombre", en: "a number")
        case .money: LocalizedText(fr: "un montant", en: "an amount")
        case .percent: LocalizedText(fr: "un pourcentage", en: "a percentage")
        case .fraction: LocalizedText(fr: "une fraction", en: "a fraction")
        case .date: LocalizedText(fr: "une date", en: "a date")
        case .newline: LocalizedText(fr: "une fin de ligne", en: "a line end")
        case .comment: LocalizedText(fr: "un commentaire", en: "a comment")
        case .endOfFile: LocalizedText(fr: "la fin du fichier", en: "the end of the file")
        default: LocalizedText(fr: "`\(token.kind.rawValue)`", en: "`\(token.kind.rawValue)`")
        }
    }

    /// Skips to the end of the line (or `;`, or a `}` that closes the
    /// enclosing block), stepping over balanced brackets.
    private mutating func recoverToLineEnd() {
        while true {
            switch current.kind {
            case .newline, .semicolon, .rightBrace, .endOfFile:
                return
            case .leftBrace, .leftBracket:
                skipBalanced(from: current.kind)
            default:
                advance()
            }
        }
    }

    /// Skips a `{ … }` or `[ … ]` group, nested groups included, without
    /// recursion so that deep input cannot exhaust the stack.
    private mutating func skipBalanced(from kind: TokenKind) {
        var open = 0
        while current.kind != .endOfFile {
            switch current.kind {
            case .leftBrace, .leftBracket: open += 1
            case .rightBrace, .rightBracket: open -= 1
            default: break
            }
            advance()
            if open <= 0 { return }
        }
    }
}
