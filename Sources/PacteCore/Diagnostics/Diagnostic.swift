/// A secondary place a diagnostic points to, such as the first declaration
/// of a duplicated id.
public struct DiagnosticNote: Hashable, Sendable {
    /// Where the note points, if anywhere.
    public var span: Span?
    /// What the note says.
    public var message: LocalizedText

    /// Creates a note, optionally at a span.
    public init(_ message: LocalizedText, at span: Span? = nil) {
        self.span = span
        self.message = message
    }
}

/// One problem found in a file: a stable code, a severity, the span at
/// fault, a message and, where it helps, a label, notes, a help line and
/// the fixes it knows.
///
/// The library returns diagnostics; only the command line prints them.
public struct Diagnostic: Hashable, Sendable {
    /// The stable code, such as `P0204`.
    public var code: DiagnosticCode
    /// Error, warning or note; defaults to the code's severity.
    public var severity: Severity
    /// The primary span: what is wrong.
    public var span: Span
    /// The headline, starting lowercase, without a final period.
    public var message: LocalizedText
    /// A short text printed under the carets, saying what is wrong at that spot.
    public var label: LocalizedText?
    /// Notes, possibly pointing at other places.
    public var notes: [DiagnosticNote]
    /// How to fix it.
    public var help: LocalizedText?
    /// The fixes it knows, as edits of the file: the best first. Empty
    /// when fixing takes a choice only the author can make.
    public var fixes: [FixIt]

    /// Creates a diagnostic with the code's default severity.
    public init(
        _ code: DiagnosticCode,
        at span: Span,
        _ message: LocalizedText,
        label: LocalizedText? = nil,
        notes: [DiagnosticNote] = [],
        help: LocalizedText? = nil,
        fixes: [FixIt] = []
    ) {
        self.code = code
        self.severity = code.severity
        self.span = span
        self.message = message
        self.label = label
        self.notes = notes
        self.help = help
        self.fixes = fixes
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in the order a reader expects: by position, then code.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            if lhs.element.span.start != rhs.element.span.start {
                return lhs.element.span.start < rhs.element.span.start
            }
            if lhs.element.code != rhs.element.code {
                return lhs.element.code.rawValue < rhs.element.code.rawValue
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The number of diagnostics of a severity.
    public func count(of severity: Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
