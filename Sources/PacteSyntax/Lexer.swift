import PacteCore

/// Turns the bytes of a file into tokens, keeping comments and line ends.
///
/// The lexer never stops on an error: it reports it (P0101, P0102, P0105,
/// P0107), skips what it could not read, and goes on, so that one run shows
/// every problem of a file.
///
/// The lexer is split by token family, one file each: `Lexer+Trivia`
/// (blanks, line ends, comments), `Lexer+Names`, `Lexer+Strings`,
/// `Lexer+TextBlocks`, `Lexer+Numbers` (numbers, amounts, percentages,
/// fractions, dates, ranges) and `Lexer+Errors` (stray characters and
/// invalid UTF-8). Their state is the struct's, here: internal rather than
/// private so that the families can share it, which the whole-module
/// build optimises as if it were private.
public struct Lexer {
    let bytes: [UInt8]
    var position = 0
    /// Where tokens are appended: the caller's array, lent for a batch.
    var tokens: [LexedToken] = []
    var texts: [String] = []
    var literals: [TokenValue] = []
    var bag: DiagnosticBag
    /// Whether the end-of-file token is given.
    private(set) var isFinished = false
    /// Whether an unterminated text block ran to the end of the file.
    private(set) var endSwallowed = false
    /// The diagnostics already looked at for ``errorStarts``.
    var seenDiagnostics = 0
    /// Where each error reported so far starts, in order.
    var errorStarts: [Int] = []
    /// The lines and bytes of the text block being read, kept from one
    /// block to the next: a buffer reused stays in cache, a new one each
    /// time is a fresh allocation grown by doubling.
    var blockLines: [Span] = []
    var blockContent: [UInt8] = []
    /// The strings of the names read, each made once.
    var names = NameInterner()

    /// Lexes a whole file into tokens that carry their decoded values, for
    /// tools and tests; the parser reads compact tokens a batch at a time.
    public static func tokenize(_ source: SourceFile, limits: Limits = .standard) -> (tokens: [Token], diagnostics: DiagnosticBag) {
        var lexer = Lexer(source: source, limits: limits)
        var lexed: [LexedToken] = []
        while !lexer.isFinished { lexer.lex(into: &lexed) }
        var tokens: [Token] = []
        tokens.reserveCapacity(lexed.count)
        for token in lexed { tokens.append(lexer.valued(token)) }
        return (tokens, lexer.bag)
    }

    /// Lexes a whole file as the parser does, a window at a time, and
    /// returns how many tokens it holds: the lexer's share of the front
    /// end, for the benchmark.
    package static func countTokens(_ source: SourceFile, limits: Limits = .standard) -> Int {
        var lexer = Lexer(source: source, limits: limits)
        var window: [LexedToken] = []
        var count = 0
        while !lexer.isFinished {
            window.removeAll(keepingCapacity: true)
            lexer.lex(into: &window)
            count += window.count
        }
        return count
    }

    /// A lexer for `source`, which reads it as tokens are asked for.
    init(source: SourceFile, limits: Limits) {
        bytes = source.bytes
        bag = DiagnosticBag(limit: limits.maxCollectedDiagnostics)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The diagnostics reported so far.
    var diagnostics: [Diagnostic] { bag.diagnostics }

    /// Appends the next batch of tokens to `window`, the end-of-file token
    /// last. The parser reads a window of tokens and asks for more as it
    /// goes: the tokens of a large file are never all in memory, and those
    /// read are still in the processor's cache when the parser gets to them.
    mutating func lex(into window: inout [LexedToken]) {
        guard !isFinished else { return }
        swap(&tokens, &window)
        defer { swap(&tokens, &window) }
        let target = tokens.count + 512
        while tokens.count < target, position < bytes.count { lexToken() }
        if position >= bytes.count {
            if let last = tokens.last {
                endSwallowed = last.kind == .textBlock && last.isInvalid && last.span.end == bytes.count
            }
            append(.endOfFile, Span(start: bytes.count, length: 0))
            isFinished = true
        }
        if bag.diagnostics.count != seenDiagnostics { recordErrors() }
    }

    /// The decoded text of a name, string or text block; empty otherwise.
    mutating func text(of token: LexedToken) -> String {
        switch token.kind {
        case _ where token.isInvalid: ""
        case .name: names.name(bytes, token.span.start..<token.span.end)
        case .string, .textBlock: texts[Int(token.index)]
        default: ""
        }
    }

    /// A token with its value, as the syntax tree keeps it.
    mutating func valued(_ token: LexedToken) -> Token {
        let value: TokenValue
        switch token.kind {
        case _ where token.isInvalid: value = .invalid
        case .name, .string, .textBlock: value = .text(text(of: token))
        case .number, .money, .percent, .fraction, .date: value = literals[Int(token.index)]
        default: value = .none
        }
        return Token(token.kind, token.span, value)
    }

    /// Whether an error reported so far starts at or after `start` and before `end`.
    func hasError(from start: Int, to end: Int) -> Bool {
        var low = 0
        var high = errorStarts.count
        while low < high {
            let middle = (low + high) / 2
            if errorStarts[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < errorStarts.count && errorStarts[low] < end
    }

    /// Keeps where the new errors start. A text block may report an error
    /// before one it reported first, so each start goes in its place.
    private mutating func recordErrors() {
        for diagnostic in bag.diagnostics[seenDiagnostics...] where diagnostic.severity == .error {
            let start = diagnostic.span.start
            var index = errorStarts.count
            while index > 0, errorStarts[index - 1] > start { index -= 1 }
            errorStarts.insert(start, at: index)
        }
        seenDiagnostics = bag.diagnostics.count
    }

    /// Stores a token; a decoded text or a literal value goes to its side table.
    mutating func append(_ kind: TokenKind, _ span: Span, _ value: TokenValue = .none) {
        var index = 0
        switch value {
        case .none, .invalid:
            break
        case .text(let text):
            index = texts.count
            texts.append(text)
        case .number, .fraction, .date:
            index = literals.count
            literals.append(value)
        }
        let isInvalid = if case .invalid = value { true } else { false }
        tokens.append(LexedToken(span: span, index: UInt32(truncatingIfNeeded: index), kind: kind, isInvalid: isInvalid))
    }

    // MARK: - Dispatch

    private mutating func lexToken() {
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            // A run of blanks at once: an indentation is several.
            position += 1
            skipBlanks()
        case UInt8(ascii: "\r"):
            // CR LF is one line end; a lone CR (old Mac files) is one too.
            position += 1
            if peek(0) != UInt8(ascii: "\n") {
                append(.newline, Span(start: start, length: 1))
            }
        case UInt8(ascii: "\n"):
            position += 1
            append(.newline, Span(start: start, length: 1))
            // The next line's indentation with its line end, not at one more turn.
            skipBlanks()
        case UInt8(ascii: "#"):
            lexComment()
        case UInt8(ascii: "{"): punctuation(.leftBrace)
        case UInt8(ascii: "}"): punctuation(.rightBrace)
        case UInt8(ascii: "["): punctuation(.leftBracket)
        case UInt8(ascii: "]"): punctuation(.rightBracket)
        case UInt8(ascii: ":"):
            // The blank after `name:` and after a list's `,`, likewise.
            punctuation(.colon)
            skipBlanks()
        case UInt8(ascii: ","):
            punctuation(.comma)
            skipBlanks()
        case UInt8(ascii: ";"): punctuation(.semicolon)
        case UInt8(ascii: "."):
            if peek(1) == UInt8(ascii: ".") { lexDots() } else { unexpectedCharacter() }
        case UInt8(ascii: "\""):
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                lexTextBlock()
            } else {
                lexString()
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
            lexSlashComment()
        case UInt8(ascii: "="):
            lexEqualsSign()
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            // Most names start with an ASCII letter: no scalar to decode.
            lexName()
        default:
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            guard let scalar else {
                invalidUTF8(length: length)
                return
            }
            if Lexer.isNameStart(scalar) {
                lexName()
            } else if Lexer.isBlank(scalar) {
                // No-break and thin spaces, as French word processors type them, are blanks.
                position += length
            } else if let closing = Lexer.typographicQuotes[scalar] {
                lexTypographicString(opening: scalar, closing: closing)
            } else {
                unexpectedCharacter(scalar: scalar, length: length)
            }
        }
    }

    /// Steps over spaces and tabs, which make no token.
    @inline(__always)
    private mutating func skipBlanks() {
        while position < bytes.count, Lexer.isBlank(bytes[position]) { position += 1 }
    }

    func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    /// The bytes of a span as text, for a message.
    func sourceText(_ span: Span) -> String {
        String(decoding: bytes[span.start..<min(span.end, bytes.count)], as: UTF8.self)
    }

    mutating func punctuation(_ kind: TokenKind) {
        append(kind, Span(start: position, length: 1))
        position += 1
    }
}
