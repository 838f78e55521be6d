import PacteCore

extension Diagnostic {
    /// `territoire "…"` or `calendrier 2026..2030`: a property whose `:` was
    /// forgotten. The parser sees some (a value that cannot start a
    /// declaration), the resolver the others (a name the schema knows).
    package static func missingColon(after name: NameSyntax) -> Diagnostic {
        Diagnostic(
            .unexpectedToken, at: Span(start: name.span.end, length: 0),
            LocalizedText(fr: "il manque `:` après `\(name.text)`", en: "missing `:` after `\(name.text)`"),
            label: LocalizedText(fr: "`:` attendu ici", en: "`:` expected here"),
            help: LocalizedText(fr: "une propriété s’écrit `\(name.text): valeur`", en: "a property is written `\(name.text): value`"))
    }
}
