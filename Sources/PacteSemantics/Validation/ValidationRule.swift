import PacteCore
import PacteSyntax
import PacteSchema

/// What a completeness rule sees: the resolved model, and whether the
/// front end lost declarations (then rules about something missing from
/// the whole file stay silent, since the lost part may hold it).
public struct ValidationContext: Sendable {
    /// The resolved pacte.
    public let pacte: Pacte
    /// Whether some declarations could not be read (unknown kind, missing
    /// id, a block or text swallowed by a syntax error).
    public let isPartial: Bool

    /// Creates a context.
    public init(pacte: Pacte, isPartial: Bool) {
        self.pacte = pacte
        self.isPartial = isPartial
    }

    /// The language of the document, for nothing but examples: messages
    /// are always given in both languages.
    var language: Language { pacte.documentLanguage }
}

/// A code with an explanation page, for `pacte explain`, SARIF and the docs.
public protocol DocumentedCode: Sendable {
    /// The code's page.
    static var explanation: Explanation { get }
}

/// A completeness rule (P03xx): one file under `Validation/Rules`, named
/// after its code, holding its logic, its messages in both languages and
/// its explanation page.
public protocol ValidationRule: DocumentedCode {
    /// The problems the rule finds.
    func check(_ context: ValidationContext) -> [Diagnostic]
}

extension DocumentedCode {
    /// The rule's code.
    public static var code: DiagnosticCode { explanation.code }

    /// A diagnostic of this rule's code.
    func diagnostic(
        at span: Span, _ message: LocalizedText, label: LocalizedText? = nil,
        notes: [DiagnosticNote] = [], help: LocalizedText? = nil
    ) -> Diagnostic {
        Diagnostic(Self.code, at: span, message, label: label, notes: notes, help: help)
    }
}

