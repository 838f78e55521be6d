/// The diagnostics of one file, ready to be rendered.
public struct FileReport: Sendable {
    /// The file, for its path and lines.
    public let source: SourceFile
    /// Its diagnostics, sorted by position.
    public let diagnostics: [Diagnostic]

    /// Creates a report.
    public init(source: SourceFile, diagnostics: [Diagnostic]) {
        self.source = source
        self.diagnostics = diagnostics
    }

    /// The number of errors.
    public var errorCount: Int { diagnostics.count(of: .error) }
    /// The number of warnings.
    public var warningCount: Int { diagnostics.count(of: .warning) }
}
