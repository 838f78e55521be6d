/// Collects diagnostics up to a limit, so that a file of random bytes yields
/// a readable report instead of a million lines.
public struct DiagnosticBag: Sendable {
    /// The diagnostics kept.
    public private(set) var diagnostics: [Diagnostic] = []
    /// How many were dropped past the limit.
    public private(set) var droppedCount = 0
    private let limit: Int

    /// Creates an empty bag keeping at most `limit` diagnostics.
    public init(limit: Int = Limits.standard.maxDiagnostics) {
        self.limit = limit
    }

    /// How many diagnostics were reported, kept or not.
    public var reportedCount: Int { diagnostics.count + droppedCount }

    /// Whether the bag has reached its limit.
    public var isFull: Bool { diagnostics.count >= limit }

    /// Adds a diagnostic, or counts it if the bag is full.
    public mutating func append(_ diagnostic: Diagnostic) {
        if isFull { droppedCount += 1 } else { diagnostics.append(diagnostic) }
    }

    /// Counts a diagnostic that the bag, full, would drop anyway, without
    /// building its message: on a file with a million mistakes, the
    /// messages past the limit would cost more than the check.
    public mutating func countDropped() {
        droppedCount += 1
    }

    /// Adds several diagnostics.
    public mutating func append(contentsOf others: [Diagnostic]) {
        for diagnostic in others { append(diagnostic) }
    }

    /// Adds a diagnostic built from its parts.
    public mutating func report(
        _ code: DiagnosticCode, at span: Span, _ message: LocalizedText,
        label: LocalizedText? = nil, notes: [DiagnosticNote] = [], help: LocalizedText? = nil, fixes: [FixIt] = []
    ) {
        if isFull { droppedCount += 1; return }
        diagnostics.append(Diagnostic(code, at: span, message, label: label, notes: notes, help: help, fixes: fixes))
    }

    /// Adds a diagnostic saying a catalogue's message at `span`.
    public mutating func report(_ message: DiagnosticMessage, at span: Span, fixes: [FixIt] = []) {
        if isFull { droppedCount += 1; return }
        diagnostics.append(Diagnostic(message, at: span, fixes: fixes))
    }

    /// Whether an error was reported, kept or not.
    public var hasErrors: Bool {
        droppedCount > 0 || diagnostics.contains { $0.severity == .error }
    }
}

extension DiagnosticBag {
    /// How far the bag was filled, to come back to (``rollBack(to:)``).
    package struct Mark: Sendable {
        fileprivate let count: Int
        fileprivate let dropped: Int
    }

    /// The bag as it is now.
    package var mark: Mark { Mark(count: diagnostics.count, dropped: droppedCount) }

    /// Forgets what was reported since `mark`: a declaration resolved too
    /// early, before the ids it names were declared, is resolved again later.
    package mutating func rollBack(to mark: Mark) {
        diagnostics.removeLast(diagnostics.count - mark.count)
        droppedCount = mark.dropped
    }

    /// Replaces the last diagnostic kept, to extend it over a run of bad bytes.
    package mutating func replaceLast(with diagnostic: Diagnostic) {
        if !diagnostics.isEmpty { diagnostics[diagnostics.count - 1] = diagnostic }
    }
}
