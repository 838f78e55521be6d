/// The kinds of token. There are no reserved words: a keyword is a name
/// that the schema knows in its position.
public enum TokenKind: String, Sendable, Hashable {
    case name
    case string
    case textBlock
    case number
    case money
    case percent
    case fraction
    case date
    case leftBrace = "{"
    case rightBrace = "}"
    case leftBracket = "["
    case rightBracket = "]"
    case colon = ":"
    case comma = ","
    case semicolon = ";"
    case dotDot = ".."
    case newline
    case comment
    case endOfFile
}

/// The decoded value of a literal token.
public enum TokenValue: Hashable, Sendable {
    case none
    /// A name, a string or a text block, decoded (escapes applied, indentation stripped).
    case text(String)
    /// A number, an amount in euros or a percentage.
    case number(DecimalNumber)
    /// A fraction `numerator/denominator`.
    case fraction(Int64, Int64)
    /// A date such as `2026-09`.
    case date(CalendarDate)
    /// A literal that was malformed; its diagnostic is already reported.
    case invalid
}

/// One token: its kind, its span in the file and, for literals, its value.
public struct Token: Hashable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is.
    public var span: Span
    /// Its decoded value, for names and literals.
    public var value: TokenValue

    /// Creates a token.
    public init(_ kind: TokenKind, _ span: Span, _ value: TokenValue = .none) {
        self.kind = kind
        self.span = span
        self.value = value
    }

    /// The decoded text of a name, string or text block.
    public var text: String {
        if case .text(let text) = value { return text }
        return ""
    }

    /// Whether the token is a comment or a line end, which the parser reads
    /// around rather than through.
    public var isTrivia: Bool { kind == .comment || kind == .newline }
}
