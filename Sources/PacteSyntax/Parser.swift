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
    private var index = 0 {
        // The current token is read several times per token: kept, rather
        // than fetched from the window each time.
        didSet { current = token(at: index) }
    }
    /// The token at `index`.
    private var current = LexedToken(span: Span(start: 0, length: 0), index: 0, kind: .endOfFile, isInvalid: false)
    private var bag: DiagnosticBag
    private var depth = 0
    /// Whether a name is a kind that only stands at top level (the schema
    /// knows, the parser does not): such a declaration at column 1 inside a block most likely means that the
    /// block's `}` was forgotten, and parsing resumes at top level.
    private let isTopLevelOnlyKind: (String) -> Bool
    /// The items of the blocks being read, gathered on one stack (see
    /// ``ItemStack``), rather than grown by doubling in a new array for
    /// every block. A class: a parser reads one file and is not copied.
    private let items = ItemStack<BlockItemSyntax>()
    /// The items of the lists being read, likewise: a list of a few ids,
    /// grown by doubling, was reallocated at its second, third and fifth.
    private let listItems = ItemStack<ListItemSyntax>()
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
            let diagnostic = Diagnostic(ParserMessages.fileTooLarge(source.bytes.count, limit: limits.maxFileBytes), at: Span(start: 0, length: 0))
            return (SyntaxFile(declarations: [], danglingComments: []), [diagnostic])
        }
        var parser = Parser(source: source, limits: limits, isTopLevelOnlyKind: isTopLevelOnlyKind)
        var declarations: [DeclarationSyntax] = []
        let dangling = parser.parseFile { declarations.append($0) }
        return (SyntaxFile(declarations: declarations, danglingComments: dangling), parser.lexer.diagnostics + parser.bag.diagnostics)
    }

    /// Lexes and parses a file, handing each top-level declaration to
    /// `declare` as soon as it is read, so that the tree of the whole file
    /// need never be in memory; returns the comments after the last one.
    public static func parse(
        _ source: SourceFile, limits: Limits = .standard,
        isTopLevelOnlyKind: @escaping (String) -> Bool,
        declare: (DeclarationSyntax) -> Void
    ) -> (danglingComments: [Comment], diagnostics: [Diagnostic]) {
        if source.bytes.count > limits.maxFileBytes {
            let diagnostic = Diagnostic(ParserMessages.fileTooLarge(source.bytes.count, limit: limits.maxFileBytes), at: Span(start: 0, length: 0))
            return ([], [diagnostic])
        }
        var parser = Parser(source: source, limits: limits, isTopLevelOnlyKind: isTopLevelOnlyKind)
        let dangling = parser.parseFile(declare)
        return (dangling, parser.lexer.diagnostics + parser.bag.diagnostics)
    }

    private init(source: SourceFile, limits: Limits, isTopLevelOnlyKind: @escaping (String) -> Bool) {
        self.isTopLevelOnlyKind = isTopLevelOnlyKind
        self.source = source
        self.limits = limits
        lexer = Lexer(source: source, limits: limits)
        bag = DiagnosticBag(limit: limits.maxCollectedDiagnostics)
        current = token(at: 0)
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

    private mutating func parseFile(_ declare: (DeclarationSyntax) -> Void) -> [Comment] {
        while true {
            // Between two top-level declarations nothing looks back.
            keepFrom = index
            skipSeparators()
            switch current.kind {
            case .endOfFile:
                let dangling = pendingComments
                pendingComments = []
                return dangling
            case .name where peekSignificant(after: 1).kind == .colon:
                let comments = takeLeadingComments()
                let property = parseProperty(comments: comments)
                bag.report(ParserMessages.propertyOutsideBlock(property.name.text), at: property.name.span)
            case .name:
                declare(parseDeclaration(comments: takeLeadingComments()))
            case .rightBrace:
                bag.report(ParserMessages.unmatchedClosingBrace, at: current.span)
                advance()
            default:
                reportExpected(ParserMessages.Expected.declaration)
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
            reportExpected(ParserMessages.Expected.endOfDeclaration(kind.text))
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
            bag.report(ParserMessages.titleWithoutQuotes(words, head: head), at: span)
        } else {
            bag.report(ParserMessages.junkInDeclarationHead(words, after: kind.text), at: span)
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
        let base = items.count
        while true {
            skipSeparators()
            switch current.kind {
            case .rightBrace:
                let close = current.span
                let dangling = pendingComments
                pendingComments = []
                pendingBlankLine = false
                advance()
                return BlockSyntax(open: open, items: items.pop(from: base), close: close, danglingComments: dangling)
            case .endOfFile:
                // An unterminated text block ran to the end of the file and
                // took this `}` with it: that is one mistake, already reported.
                if !endSwallowed { reportUnclosedBrace(open) }
                var block = BlockSyntax(open: open, items: items.pop(from: base), close: nil, danglingComments: [])
                block.isCutShort = endSwallowed
                return block
            case .name where peekSignificant(after: 1).kind == .colon:
                items.push(.property(parseProperty(comments: takeLeadingComments())))
            case .name where Parser.startsOnlyAValue(token(at: index + 1).kind):
                items.push(.property(parseProperty(comments: takeLeadingComments(), missingColon: true)))
            case .name where wordsBeforeColon() > 1:
                items.push(.property(parseSpacedProperty(comments: takeLeadingComments())))
            case .name:
                if ownerColumn == 1, column(of: current.span) == 1,
                   isTopLevelOnlyKind(currentText) {
                    // A top-level declaration inside a block: the block was left open.
                    reportUnclosedBrace(open)
                    return BlockSyntax(open: open, items: items.pop(from: base), close: nil, danglingComments: [])
                }
                items.push(.declaration(parseDeclaration(comments: takeLeadingComments())))
            default:
                reportExpected(ParserMessages.Expected.propertyOrDeclaration)
                recoverToLineEnd()
            }
        }
    }

    private mutating func reportUnclosedBrace(_ open: Span) {
        bag.report(ParserMessages.unclosedBrace, at: open)
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
        bag.report(ParserMessages.spacedPropertyName(words, joined: joined), at: span)
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
            bag.report(ParserMessages.missingValue(after: name.text), at: Span(start: colon.end, length: 0))
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
        guard case .literal(let token) = value else {
            reportExpected(ParserMessages.Expected.endOfValue(of: property))
            return
        }
        let whole = token.span.merged(with: Span(from: token.span.start, to: lineEnd))
        let written = source.text(of: whole)
        switch (token.kind, junk.kind) {
        case (.number, .number) where token.span.length == 4 && junk.span.length == 4 && onlyBlanks(between: token.span, and: junk.span):
            // `2026 2030`: a range without its `..`.
            let fixed = source.text(of: token.span) + ".." + source.text(of: junk.span)
            bag.report(ParserMessages.rangeWithoutDots(written, fixed: fixed), at: whole)
        case (.number, let kind) where [.number, .money, .percent].contains(kind) && onlyBlanks(between: token.span, and: junk.span):
            // `12 00 €`: a space the lexer did not take as a thousands separator.
            let spanned = token.span.merged(with: junk.span)
            let fixed = source.text(of: token.span) + source.text(of: junk.span)
            bag.report(ParserMessages.spaceInNumber(source.text(of: spanned), fixed: fixed), at: spanned)
        case (.number, .comma) where next.kind == .number || next.kind == .money || next.kind == .percent:
            let fixed = source.text(of: token.span) + "." + source.text(of: next.span)
            bag.report(ParserMessages.decimalComma(written, fixed: fixed), at: whole)
        case (_, .comma) where next.kind == .name && peekSignificant(after: 2).kind == .colon:
            bag.report(ParserMessages.commaBetweenProperties, at: junk.span)
        case (.name, .comma):
            bag.report(ParserMessages.listWithoutBrackets(written, after: property), at: whole)
        case (.number, .name) where ["euros", "euro", "eur"].contains(lexer.text(of: junk).lowercased()):
            let fixed = source.text(of: token.span) + " €"
            bag.report(ParserMessages.spelledOutUnit(written, fixed: fixed), at: whole)
        case (.number, .name) where ["a", "à", "au", "to", "jusqu"].contains(lexer.text(of: junk).lowercased()) && next.kind == .number:
            let fixed = source.text(of: token.span) + ".." + source.text(of: next.span)
            bag.report(ParserMessages.spelledOutRange(written, fixed: fixed), at: whole)
        case (.number, .name):
            bag.report(ParserMessages.spelledOutValue(written), at: whole)
        case (.name, .name), (.name, .number):
            // `territoire: Commune de Lannévez`: words without quotes.
            bag.report(ParserMessages.wordsWithoutQuotes(written), at: whole)
        default:
            reportExpected(ParserMessages.Expected.endOfValue(of: property))
        }
    }

    /// Whether only blanks (spaces, tabs, no-break spaces) separate two
    /// tokens: `12 00`, not `12.000.000` nor two values on two lines.
    private func onlyBlanks(between first: Span, and second: Span) -> Bool {
        guard first.end < second.start, second.start <= source.bytes.count else { return false }
        let gap = String(decoding: source.bytes[first.end..<second.start], as: UTF8.self)
        return gap.unicodeScalars.allSatisfy(Lexer.isBlank)
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
            bag.report(ParserMessages.blockAsValue, at: span)
            skipBalanced(from: .leftBrace)
            return .missing(span)
        default:
            let span = current.span
            reportExpected(ParserMessages.Expected.value)
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
                bag.report(ParserMessages.rangeStartNotADate, at: start.span)
                return .missing(start.span.merged(with: end.span))
            }
            return .range(start: start, end: end)
        default:
            bag.report(ParserMessages.missingRangeEnd, at: Span(start: dots.end, length: 0))
            return .missing(start.span.merged(with: dots))
        }
    }

    private mutating func parseList() -> ListSyntax {
        let open = current.span
        advance()
        depth += 1
        defer { depth -= 1 }
        let base = listItems.count
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
                    if listItems.count > base, listItems.last.comments.trailing == nil, comments.isEmpty,
                       source.onSameLine(listItems.last.value.span.end, comment.span.start) {
                        listItems.last.comments.trailing = comment
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
                return ListSyntax(items: listItems.pop(from: base), danglingComments: comments, span: open.merged(with: end), isClosed: true)
            case .comma:
                if expectingItem {
                    reportExpected(ParserMessages.Expected.itemBeforeComma)
                }
                expectingItem = true
                end = current.span
                advance()
            case .rightBrace, .endOfFile, .semicolon:
                reportUnclosedBracket(open)
                return ListSyntax(items: listItems.pop(from: base), danglingComments: comments, span: open.merged(with: end), isClosed: false)
            case .name where peekSignificant(after: 1).kind == .colon && listItems.count > base:
                // The next property has started: the list was left open.
                reportUnclosedBracket(open)
                return ListSyntax(items: listItems.pop(from: base), danglingComments: comments, span: open.merged(with: end), isClosed: false)
            default:
                if !expectingItem {
                    reportExpected(ParserMessages.Expected.commaOrBracket)
                }
                let before = index
                let value = parseValue()
                if index == before { advance() }
                if listItems.count - base >= limits.maxListItems {
                    if !reportedLength {
                        reportedLength = true
                        bag.report(ParserMessages.listTooLong(limit: limits.maxListItems), at: value.span)
                    }
                } else {
                    listItems.push(ListItemSyntax(value: value, comments: AttachedComments(leading: comments)))
                }
                comments = []
                end = value.span
                expectingItem = false
            }
        }
    }

    private mutating func reportUnclosedBracket(_ open: Span) {
        bag.report(ParserMessages.unclosedBracket, at: open)
    }

    private mutating func reportNesting(at span: Span) {
        bag.report(ParserMessages.nestingTooDeep(limit: limits.maxNesting), at: span)
    }

    // MARK: - Recovery

    private mutating func reportExpected(_ expected: LocalizedText) {
        let token = current
        bag.report(ParserMessages.expected(expected, found: token.kind.nameForDiagnostics(text: lexer.text(of: token))), at: token.span)
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

/// The items of every block (or list) being read, on one stack: a nested
/// block's items sit above those of the block around it, and move out, not copied,
/// into an array of their exact size when it closes. Copying them out of a
/// buffer kept for each block, then emptying it, counted every reference
/// twice: 4 % of reading plouzevel-jeunesse.
private final class ItemStack<Item> {
    private var storage: UnsafeMutablePointer<Item>
    private var capacity = 64
    /// How many items the open blocks (or lists) hold.
    private(set) var count = 0

    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func push(_ item: consuming Item) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Item>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = larger
            capacity *= 2
        }
        (storage + count).initialize(to: item)
        count += 1
    }

    /// The item pushed last, read and changed in place; the stack must not be empty.
    var last: Item {
        get { storage[count - 1] }
        _modify { yield &storage[count - 1] }
    }

    /// The items from `base` up, moved out; the stack keeps those below.
    func pop(from base: Int) -> [Item] {
        let taken = count - base
        let popped = [Item](unsafeUninitializedCapacity: taken) { buffer, initialized in
            if let target = buffer.baseAddress, taken > 0 { target.moveInitialize(from: storage + base, count: taken) }
            initialized = taken
        }
        count = base
        return popped
    }
}
