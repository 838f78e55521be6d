import PacteCore

extension Diagnostic {
    /// `territoire "…"` or `calendrier 2026..2030`: a property whose `:` was
    /// forgotten. The parser sees some (a value that cannot start a
    /// declaration), the resolver the others (a name the schema knows).
    package static func missingColon(after name: NameSyntax) -> Diagnostic {
        Diagnostic(ParserMessages.missingColon(after: name.text), at: Span(start: name.span.end, length: 0))
    }
}
