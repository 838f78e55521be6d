import PacteCore
import PacteFormat

/// `textDocument/formatting`: exactly `pacte fmt`, as one edit of the whole
/// text (none when it is already formatted). Refused, as `fmt` refuses,
/// while the text has a syntax error: a half-understood file is never
/// rewritten.
extension LanguageServer {
    func formatting(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        switch Formatter.format(analysis.source) {
        case .refused:
            throw .requestFailed(language == .fr
                ? "le pacte n’est pas formaté : corrigez d’abord les erreurs de syntaxe"
                : "the pacte is not formatted: fix the syntax errors first")
        case .formatted(let text):
            guard Array(text.utf8) != document.bytes else { return .array([]) }
            let converter = analysis.converter(unit)
            let whole = JSONValue.object([("start", converter.position(0)), ("end", converter.endPosition)])
            return .array([.object([("range", whole), ("newText", .string(text))])])
        }
    }
}
