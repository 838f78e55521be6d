/// `pacte check --format json`, exactly as DESIGN §4 specifies: lines and
/// columns 1-based, columns in Unicode scalars, `endColumn` one past the
/// last character (as in SARIF and LSP).
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
        let start = source.location(of: diagnostic.span.start)
        let end = source.location(of: diagnostic.span.end)
        return .object([
            ("code", .string(diagnostic.code.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message.text(in: language))),
            ("line", .int(start.line)),
            ("column", .int(start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(end.column)),
            ("help", .optional(diagnostic.help?.text(in: language))),
        ])
    }
}
