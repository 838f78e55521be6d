import PacteCore
import PacteSchema
import PacteSyntax

extension Parser {
    /// Lexes and parses a file, recovering from a forgotten `}` at the
    /// kinds that the pacte schema allows only at top level.
    public static func parse(_ source: SourceFile, limits: Limits = .standard) -> (syntax: SyntaxFile, diagnostics: [Diagnostic]) {
        parse(source, limits: limits, isTopLevelOnlyKind: { topLevelOnlyKinds.contains(SchemaName.fold($0)) })
    }
}

extension Parser {
    /// Lexes and parses a file, handing each top-level declaration to
    /// `declare` as soon as it is read.
    public static func parse(
        _ source: SourceFile, limits: Limits = .standard, declare: (DeclarationSyntax) -> Void
    ) -> (danglingComments: [Comment], diagnostics: [Diagnostic]) {
        parse(source, limits: limits, isTopLevelOnlyKind: { topLevelOnlyKinds.contains(SchemaName.fold($0)) }, declare: declare)
    }
}

/// Folded, computed once: the parser asks at every name in column 1.
private let topLevelOnlyKinds = Schema.pacte.topLevelOnlyKindNames
