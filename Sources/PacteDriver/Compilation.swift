import PacteCore
import PacteSyntax
import PacteSchema
import PacteSemantics

/// The front end in one call: lex, parse, resolve, build the model.
///
/// ```swift
/// let result = Compilation(source: SourceFile(path: "lannevez.pacte", bytes: bytes))
/// for diagnostic in result.diagnostics { … }
/// ```
public struct Compilation: Sendable {
    /// The file compiled.
    public let source: SourceFile
    /// Its syntax tree, comments included, if it was asked for
    /// (`keepingSyntax`). Otherwise each declaration's nodes are freed as
    /// soon as it is resolved, while they are still in cache.
    public let syntax: SyntaxFile?
    /// Its model; meaningful where the file has no error.
    public let pacte: Pacte
    /// The diagnostics shown, sorted by position: at most `limits.maxDiagnostics`.
    public let diagnostics: [Diagnostic]
    /// Errors found but not shown, past the limit.
    public private(set) var omittedErrors = 0
    /// Warnings found but not shown, past the limit.
    public private(set) var omittedWarnings = 0

    /// Compiles a file with the given limits; keeps its syntax tree if
    /// asked, for a tool that prints it back, as the formatter does. A
    /// large file is read on a second core while this one resolves it,
    /// unless `concurrently` is false: the result is the same either way.
    public init(source: SourceFile, limits: Limits = .standard, keepingSyntax: Bool = false, concurrently: Bool = true) {
        self.source = source
        // Each top-level declaration is resolved as soon as it is parsed,
        // and its nodes freed unless the tree is kept: the tree of a large
        // file would take five times its size in memory.
        var resolver = Resolver(source: source, limits: limits)
        var builder = ModelBuilder(expectedBytes: source.bytes.count)
        var declarations: [DeclarationSyntax] = []
        let (dangling, syntaxDiagnostics) = Compilation.parse(source, limits: limits, concurrently: concurrently) { declaration in
            if keepingSyntax { declarations.append(declaration) }
            resolver.add(declaration) { builder.add($1, ordinal: $0) }
        }
        syntax = keepingSyntax ? SyntaxFile(declarations: declarations, danglingComments: dangling) : nil
        if source.bytes.count > limits.maxFileBytes {
            // Nothing was read: only the limit is worth saying.
            pacte = ModelBuilder.build([])
            diagnostics = syntaxDiagnostics
            return
        }
        let resolved = resolver.finishModel(&builder)
        pacte = resolved.pacte
        // Text swallowed by an unterminated string or an unclosed block may
        // hold what a rule would find missing.
        let structureLost = syntaxDiagnostics.contains {
            [.unterminatedString, .unclosedDelimiter, .overLimit].contains($0.code)
        }
        let context = ValidationContext(pacte: pacte, isPartial: structureLost || resolved.droppedDeclarations > 0, source: source)
        let all = Compilation.deduplicated((syntaxDiagnostics + resolved.diagnostics + Validator.validate(context, concurrently: concurrently)).sortedByPosition())
        diagnostics = Array(all.prefix(limits.maxDiagnostics))
        for omitted in all.dropFirst(limits.maxDiagnostics) {
            if omitted.severity == .error { omittedErrors += 1 } else if omitted.severity == .warning { omittedWarnings += 1 }
        }
    }

    /// Parses `source`, handing each top-level declaration to `declare`
    /// in file order. A large file is parsed on a second core, a few
    /// dozen kilobytes of declarations ahead of `declare`, which runs here.
    private static func parse(
        _ source: SourceFile, limits: Limits, concurrently: Bool, declare: (DeclarationSyntax) -> Void
    ) -> (danglingComments: [Comment], diagnostics: [Diagnostic]) {
        guard concurrently, TwoThreads.pay(forBytes: source.bytes.count) else {
            return Parser.parse(source, limits: limits, declare: declare)
        }
        // Declarations go over in batches of about this many bytes of
        // source: one lock per batch rather than per declaration, and few
        // enough batches waiting that the trees between the two threads
        // stay a small part of memory.
        let batchBytes = 32 * 1024
        return TwoThreads.pipeline(capacity: 8, produce: { put in
            var batch: [DeclarationSyntax] = []
            var batchStart = 0
            let parsed = Parser.parse(source, limits: limits) { declaration in
                if batch.isEmpty { batchStart = declaration.span.start }
                batch.append(declaration)
                if declaration.span.end - batchStart >= batchBytes {
                    put(batch)
                    batch = []
                }
            }
            if !batch.isEmpty { put(batch) }
            return parsed
        }, consume: { batch in
            batch.forEach(declare)
        })
    }

    /// Drops a diagnostic that repeats the one before it (same code, place
    /// and message), which two recovery paths may both report.
    static func deduplicated(_ sorted: [Diagnostic]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        result.reserveCapacity(sorted.count)
        for diagnostic in sorted {
            if let last = result.last, last.code == diagnostic.code, last.span == diagnostic.span, last.message == diagnostic.message { continue }
            result.append(diagnostic)
        }
        return result
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { omittedErrors > 0 || diagnostics.contains { $0.severity == .error } }

    /// Whether the file has a syntax error (P01xx), which `fmt` refuses and `diff` warns about.
    public var hasSyntaxErrors: Bool { diagnostics.contains { $0.code.isSyntax && $0.severity == .error } }
}
