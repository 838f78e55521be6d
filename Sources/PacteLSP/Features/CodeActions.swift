import PacteCore

/// `textDocument/codeAction`: the fixes the diagnostics carry (did-you-mean
/// replacements, missing-property template lines) as quick fixes, the
/// first fix of each diagnostic preferred; and, for a warning of a
/// completeness rule (P03xx), a `dérogation CODE "…"` at the end of the
/// file, whose reason the author must still write (`…` alone is a
/// placeholder, which P0311 reports until it is).
extension LanguageServer {
    func codeActions(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        if let only = params?["context"]?["only"]?.array?.compactMap(\.string),
           !only.contains(where: { $0 == "quickfix" || "quickfix".hasPrefix($0 + ".") || $0.isEmpty }) {
            return .array([])
        }
        let analysis = document.analysis
        let converter = analysis.converter(unit)
        let requested = try converter.span(of: params?["range"])
        var actions: [JSONValue] = []
        for diagnostic in analysis.compilation.diagnostics
        where diagnostic.span.start <= requested.end && requested.start <= diagnostic.span.end {
            let lspDiagnostic = lspDiagnostic(diagnostic, uri: document.uri, converter: converter)
            for (position, fix) in diagnostic.fixes.enumerated() {
                actions.append(action(fix.message.text(in: language), fix.edits, preferred: position == 0,
                                      diagnostic: lspDiagnostic, uri: document.uri, converter: converter))
            }
            if diagnostic.severity == .warning, diagnostic.code.isWaivable {
                actions.append(action(waiverTitle(diagnostic.code), [waiver(for: diagnostic.code, in: document.bytes)], preferred: false,
                                      diagnostic: lspDiagnostic, uri: document.uri, converter: converter))
            }
        }
        return .array(actions)
    }

    private func action(_ title: String, _ edits: [TextEdit], preferred: Bool, diagnostic: JSONValue, uri: String, converter: PositionConverter) -> JSONValue {
        let lspEdits: [JSONValue] = edits.map { .object([("range", converter.range($0.span)), ("newText", .string($0.replacement))]) }
        var members: [(String, JSONValue)] = [
            ("title", .string(title)),
            ("kind", .string("quickfix")),
            ("diagnostics", .array([diagnostic])),
        ]
        if preferred { members.append(("isPreferred", .bool(true))) }
        members.append(("edit", .object([("changes", .object([(uri, .array(lspEdits))]))])))
        return .object(members)
    }

    private func waiverTitle(_ code: DiagnosticCode) -> String {
        language == .fr
            ? "déroger à \(code.rawValue) pour tout le fichier (raison à écrire)"
            : "waive \(code.rawValue) for the whole file (reason to write)"
    }

    /// `dérogation P0310 "…"` on a line of its own at the end of the text.
    func waiver(for code: DiagnosticCode, in bytes: [UInt8]) -> TextEdit {
        var text = "dérogation \(code.rawValue) \"…\"\n"
        if let last = bytes.last, last != UInt8(ascii: "\n") { text = "\n" + text }
        if !bytes.isEmpty { text = "\n" + text }
        return .insertion(text, at: bytes.count)
    }
}
