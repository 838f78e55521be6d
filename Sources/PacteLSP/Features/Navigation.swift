import PacteCore

/// `textDocument/definition` and `textDocument/references`, for every id:
/// a reference leads to its declaration, and both lead to every reference.
extension LanguageServer {
    /// The id under the cursor, declared or referenced, and where it stands.
    func id(at params: JSONValue?, in analysis: Analysis) throws(ResponseError) -> (name: String, span: Span)? {
        let offset = try analysis.converter(unit).offset(of: params?["position"])
        switch analysis.index.site(at: offset) {
        case .reference(let reference)?: return (reference.name, reference.span)
        case .declarationID(let placed)? where placed.kind?.id != .dérogation:
            guard let id = placed.syntax.id, placed.kind != nil else { return nil }
            return (id.text, id.span)
        default: return nil
        }
    }

    func definition(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        guard let id = try id(at: params, in: analysis), let definition = analysis.index.definitions[id.name] else { return .null }
        return location(document.uri, definition.span, analysis)
    }

    func references(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        guard let id = try id(at: params, in: analysis) else { return .array([]) }
        let includeDeclaration = params?["context"]?["includeDeclaration"]?.bool ?? true
        let declared = Set(analysis.index.orderedDefinitions.filter { $0.id == id.name }.map(\.span))
        let spans = analysis.index.occurrences(of: id.name).filter { includeDeclaration || !declared.contains($0) }
        return .array(spans.map { location(document.uri, $0, analysis) })
    }

    func location(_ uri: String, _ span: Span, _ analysis: Analysis) -> JSONValue {
        .object([("uri", .string(uri)), ("range", analysis.converter(unit).range(span))])
    }
}
