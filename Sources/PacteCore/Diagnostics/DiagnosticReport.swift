/// The diagnostics of one file, ready to be rendered.
public struct FileReport: Sendable {
    /// The file, for its path and lines.
    public let source: SourceFile
    /// Its diagnostics, sorted by position.
    public let diagnostics: [Diagnostic]

    /// Errors found but not shown, past the limit.
    public let omittedErrors: Int
    /// Warnings found but not shown, past the limit.
    public let omittedWarnings: Int

    /// Creates a report.
    public init(source: SourceFile, diagnostics: [Diagnostic], omittedErrors: Int = 0, omittedWarnings: Int = 0) {
        self.source = source
        self.diagnostics = diagnostics
        self.omittedErrors = omittedErrors
        self.omittedWarnings = omittedWarnings
    }

    /// The number of errors, shown or not.
    public var errorCount: Int { diagnostics.count(of: .error) + omittedErrors }
    /// The number of warnings, shown or not.
    public var warningCount: Int { diagnostics.count(of: .warning) + omittedWarnings }
    /// The number of diagnostics not shown.
    public var omittedCount: Int { omittedErrors + omittedWarnings }
}
