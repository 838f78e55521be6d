/// What a diagnostic says, without where: its code, headline, label,
/// notes and help. Each stage keeps its messages in one catalogue
/// (`LexerMessages`, `ParserMessages`, …) as values of this type, and
/// reports them at a span.
public struct DiagnosticMessage: Hashable, Sendable {
    /// The stable code, such as `P0204`.
    public var code: DiagnosticCode
    /// The headline, starting lowercase, without a final period.
    public var message: LocalizedText
    /// What is wrong at the spot, printed under the carets.
    public var label: LocalizedText?
    /// Notes, possibly pointing at other places.
    public var notes: [DiagnosticNote]
    /// How to fix it.
    public var help: LocalizedText?

    /// Creates a message.
    public init(
        _ code: DiagnosticCode, _ message: LocalizedText, label: LocalizedText? = nil,
        notes: [DiagnosticNote] = [], help: LocalizedText? = nil
    ) {
        self.code = code
        self.message = message
        self.label = label
        self.notes = notes
        self.help = help
    }
}

extension Diagnostic {
    /// A diagnostic saying `message` at `span`.
    public init(_ message: DiagnosticMessage, at span: Span, fixes: [FixIt] = []) {
        self.init(message.code, at: span, message.message, label: message.label, notes: message.notes, help: message.help, fixes: fixes)
    }
}
