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

/// Folded, computed once: the parser asks at every name in column 1.
private let topLevelOnlyKinds = Schema.pacte.topLevelOnlyKindNames
