import PacteCore

extension Diagnostic {
    /// `territoire "…"` or `calendrier 2026..2030`: a property whose `:` was
    /// forgotten. The parser sees some (a value that cannot start a
    /// declaration), the resolver the others (a name the schema knows).
    package static func missingColon(after name: NameSyntax) -> Diagnostic {
        let point = Span(start: name.span.end, length: 0)
        return Diagnostic(ParserMessages.missingColon(after: name.text), at: point,
                          fixes: [FixIt(ParserMessages.insertColon(after: name.text), edits: [TextEdit(span: point, replacement: ":")])])
    }
}
