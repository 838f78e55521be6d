/// `pacte check --format json`, exactly as DESIGN §4 specifies: lines and
/// columns 1-based, columns in Unicode scalars, `endColumn` one past the
/// last character (as in SARIF and LSP). A diagnostic that knows its fix
/// adds `fixes`, each a message and edits in the same coordinates.
public enum JSONDiagnosticRenderer {
    /// The whole report as one JSON object.
    public static func render(_ reports: [FileReport], language: Language) -> String {
        let files: [JSONValue] = reports.map { report in
            .object([
                ("path", .string(report.source.path)),
                ("diagnostics", .array(report.diagnostics.map { diagnostic(report.source, $0, language) })),
            ])
        }
        let summary = JSONValue.object([
            ("errors", .int(reports.reduce(0) { $0 + $1.errorCount })),
            ("warnings", .int(reports.reduce(0) { $0 + $1.warningCount })),
        ])
        return JSONValue.object([("files", .array(files)), ("summary", summary)]).rendered(pretty: false) + "\n"
    }

    private static func diagnostic(_ source: SourceFile, _ diagnostic: Diagnostic, _ language: Language) -> JSONValue {
        var members = range(diagnostic.span, in: source)
        members.insert(contentsOf: [
            ("code", .string(diagnostic.code.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message.text(in: language))),
        ], at: 0)
        members.append(("help", .optional(diagnostic.help?.text(in: language))))
        // Only a diagnostic that knows its fix has the key: the output of
        // the others stays as it was.
        if !diagnostic.fixes.isEmpty {
            members.append(("fixes", .array(diagnostic.fixes.map { fix in
                .object([
                    ("message", .string(fix.message.text(in: language))),
                    ("edits", .array(fix.edits.map { edit in
                        .object(range(edit.span, in: source) + [("text", .string(edit.replacement))])
                    })),
                ])
            })))
        }
        return .object(members)
    }

    /// `line`, `column`, `endLine`, `endColumn` of a span; an empty span
    /// (an insertion) ends where it starts.
    private static func range(_ span: Span, in source: SourceFile) -> [(String, JSONValue)] {
        let start = source.location(of: span.start)
        let end = source.location(of: span.end)
        return [
            ("line", .int(start.line)),
            ("column", .int(start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(end.column)),
        ]
    }
}
