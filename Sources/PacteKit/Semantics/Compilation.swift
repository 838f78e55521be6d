/// The front end in one call: lex, parse, resolve, build the model.
///
/// ```swift
/// let result = Compilation(source: SourceFile(path: "lannevez.pacte", bytes: bytes))
/// for diagnostic in result.diagnostics { … }
/// ```
public struct Compilation: Sendable {
    /// The file compiled.
    public let source: SourceFile
    /// Its syntax tree, comments included.
    public let syntax: SyntaxFile
    /// Its model; meaningful where the file has no error.
    public let pacte: Pacte
    /// Every diagnostic, sorted by position.
    public let diagnostics: [Diagnostic]

    /// Compiles a file with the given limits.
    public init(source: SourceFile, limits: Limits = .standard) {
        self.source = source
        let (syntax, syntaxDiagnostics) = Parser.parse(source, limits: limits)
        self.syntax = syntax
        if source.bytes.count > limits.maxFileBytes {
            // Nothing was read: only the limit is worth saying.
            pacte = ModelBuilder.build([])
            diagnostics = syntaxDiagnostics
            return
        }
        let resolved = Resolver.resolve(syntax, source: source, limits: limits)
        pacte = ModelBuilder.build(resolved.declarations)
        // Text swallowed by an unterminated string or an unclosed block may
        // hold what a rule would find missing.
        let structureLost = syntaxDiagnostics.contains {
            [.unterminatedString, .unclosedDelimiter, .overLimit].contains($0.code)
        }
        let context = ValidationContext(pacte: pacte, isPartial: structureLost || resolved.droppedDeclarations > 0)
        var bag = DiagnosticBag(limit: limits.maxDiagnostics)
        bag.append(contentsOf: syntaxDiagnostics)
        bag.append(contentsOf: resolved.diagnostics)
        bag.append(contentsOf: Validator.validate(context))
        diagnostics = bag.diagnostics.sortedByPosition()
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
