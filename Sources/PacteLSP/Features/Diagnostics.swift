import PacteCore

/// `textDocument/publishDiagnostics`: the diagnostics of `pacte check`, one
/// for one, with the same codes, severities and messages, in the client's
/// language. Notes become `relatedInformation` (at their own span, or at
/// the diagnostic's when they have none), and so does the help line, which
/// an editor otherwise has nowhere to show.
extension LanguageServer {
    func publishDiagnostics(_ uri: String) {
        guard let document = documents[uri] else { return }
        let analysis = document.analysis
        let converter = analysis.converter(unit)
        let diagnostics = analysis.compilation.diagnostics.map { lspDiagnostic($0, uri: uri, converter: converter) }
        var params: [(String, JSONValue)] = [("uri", .string(uri))]
        if let version = document.version { params.append(("version", .int(version))) }
        params.append(("diagnostics", .array(diagnostics)))
        notify("textDocument/publishDiagnostics", .object(params))
    }

    /// A diagnostic as LSP writes it.
    func lspDiagnostic(_ diagnostic: Diagnostic, uri: String, converter: PositionConverter) -> JSONValue {
        let range = converter.range(diagnostic.span)
        var related: [JSONValue] = diagnostic.notes.map { note in
            relatedInformation(uri, note.span.map(converter.range) ?? range, note.message.text(in: language))
        }
        if let help = diagnostic.help {
            let prefix = language == .fr ? "aide : " : "help: "
            related.append(relatedInformation(uri, range, prefix + help.text(in: language)))
        }
        var members: [(String, JSONValue)] = [
            ("range", range),
            ("severity", .int(LanguageServer.severity(diagnostic.severity))),
            ("code", .string(diagnostic.code.rawValue)),
            ("source", .string("pacte")),
            ("message", .string(diagnostic.message.text(in: language))),
        ]
        if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
        return .object(members)
    }

    private func relatedInformation(_ uri: String, _ range: JSONValue, _ message: String) -> JSONValue {
        .object([
            ("location", .object([("uri", .string(uri)), ("range", range)])),
            ("message", .string(message)),
        ])
    }

    /// LSP's `DiagnosticSeverity`: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }
}
