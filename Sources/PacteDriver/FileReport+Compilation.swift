import PacteCore

extension FileReport {
    /// The report of a compilation.
    public init(_ compilation: Compilation) {
        self.init(source: compilation.source, diagnostics: compilation.diagnostics,
                  omittedErrors: compilation.omittedErrors, omittedWarnings: compilation.omittedWarnings)
    }
}
