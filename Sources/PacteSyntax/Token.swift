import PacteCore

/// The kinds of token. There are no reserved words: a keyword is a name
/// that the schema knows in its position.
public enum TokenKind: String, Sendable, Hashable {
    /// A bare word: a kind, an id, a property name, a reference or a word value such as `oui`.
    case name
    /// A one-line string in double quotes.
    case string
    /// A multi-line text block between `"""` lines.
    case textBlock
    /// A number without a unit, such as `2040` or `0.5`.
    case number
    /// An amount followed by `€` or `EUR`.
    case money
    /// A number followed by `%`.
    case percent
    /// A fraction such as `2/3`.
    case fraction
    /// A date with at least a month, such as `2026-09` or `2026-09-15`.
    case date
    /// `{`, opening a block.
    case leftBrace = "{"
    /// `}`, closing a block.
    case rightBrace = "}"
    /// `[`, opening a list.
    case leftBracket = "["
    /// `]`, closing a list.
    case rightBracket = "]"
    /// `:`, between a property's name and its value.
    case colon = ":"
    /// `,`, between list items.
    case comma = ","
    /// `;`, which ends a property as a line end does.
    case semicolon = ";"
    /// `..`, between the ends of a range.
    case dotDot = ".."
    /// A line end.
    case newline
    /// A comment, from `#` to the end of the line.
    case comment
    /// The end of the file, always the last token.
    case endOfFile
}

/// The decoded value of a literal token.
public enum TokenValue: Hashable, Sendable {
    /// No value: punctuation, line ends, comments and the end of the file.
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
    // The one-byte kind last: Swift lays fields out in order, and a kind
    // first would pad to eight bytes. A file has a token every few bytes.
    /// Where it is.
    public var span: Span
    /// Its decoded value, for names and literals.
    public var value: TokenValue
    /// What the token is.
    public var kind: TokenKind

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

/// A token as the lexer gives it to the parser: sixteen bytes of plain
/// data, with no reference to count, copied freely. A name's text is read
/// back from the source; decoded strings and literal values sit in the
/// lexer's side tables.
struct LexedToken {
    var span: Span
    /// For a string or text block, the index of its text in the lexer's
    /// texts; for a number, amount, percentage, fraction or date, the index
    /// of its value in the lexer's literals.
    var index: UInt32
    var kind: TokenKind
    /// Whether the literal was malformed (``TokenValue/invalid``).
    var isInvalid: Bool
}
