import PacteCore

/// What `pacte fmt --fix` does to a file: every fix the diagnostics name,
/// applied, then the file checked again, a few times over, since a fix
/// can bring out the next problem (a kind spelt right shows its
/// properties' mistakes).
///
/// Only the first fix of a diagnostic is taken, and never one whose edits
/// overlap an edit already taken in the same pass: it is tried again on
/// the next pass, against the text as it then is.
public enum FixApplier {
    /// One fix applied.
    public struct AppliedFix: Hashable, Sendable {
        /// The code of the diagnostic it fixed.
        public var code: DiagnosticCode
        /// What it did, as the diagnostic worded it (« remplacez `a` par `b` »).
        public var message: LocalizedText
        /// Where, in the text of the pass that applied it: the file as read
        /// for the first pass, as the earlier passes left it after that.
        public var location: SourceLocation
    }

    /// A file with its fixes applied.
    public struct Outcome: Sendable {
        /// The fixed file, the same as the input where nothing applied.
        public var source: SourceFile
        /// The fixes applied, pass after pass, in file order within a pass.
        public var applied: [AppliedFix]
        /// The diagnostics of the fixed file.
        public var remaining: [Diagnostic]
    }

    /// Enough for a fix to bring out the next; a fix never undoes
    /// another, so more passes would find nothing new.
    public static let maximumPasses = 4

    /// `source` with its fixes applied.
    public static func apply(to source: SourceFile, limits: Limits = .standard) -> Outcome {
        var current = source
        var compilation = Compilation(source: current, limits: limits)
        var applied: [AppliedFix] = []
        for _ in 0..<maximumPasses {
            var taken: [TextEdit] = []
            var fixed: [AppliedFix] = []
            for diagnostic in compilation.diagnostics {
                guard let fix = diagnostic.fixes.first, !fix.edits.isEmpty,
                      !fix.edits.contains(where: { edit in taken.contains { overlaps($0, edit) } }) else { continue }
                taken += fix.edits
                fixed.append(AppliedFix(code: diagnostic.code, message: fix.message, location: current.location(of: fix.edits[0].span.start)))
            }
            guard !taken.isEmpty, let bytes = try? TextEdit.apply(taken, to: current.bytes) else { break }
            current = SourceFile(path: current.path, bytes: bytes)
            compilation = Compilation(source: current, limits: limits)
            applied += fixed.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        }
        return Outcome(source: current, applied: applied, remaining: compilation.diagnostics)
    }

    /// Whether two edits touch the same bytes, or are the same edit (two
    /// diagnostics may name one fix). Insertions at the same place touch no
    /// byte and are kept in diagnostic order, which is stable.
    private static func overlaps(_ a: TextEdit, _ b: TextEdit) -> Bool {
        a == b || (a.span.start < b.span.end && b.span.start < a.span.end)
    }
}
