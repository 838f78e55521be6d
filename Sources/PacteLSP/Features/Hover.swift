import PacteCore
import PacteSchema
import PacteDriver

/// `textDocument/hover`: what the thing under the cursor is — a kind's or a
/// property's description from the schema, what a reference names, and the
/// `explain` page of a waiver's code or of the diagnostics at that spot.
extension LanguageServer {
    func hover(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        guard let document = try document(params) else { return .null }
        let analysis = document.analysis
        let converter = analysis.converter(unit)
        let offset = try converter.offset(of: params?["position"])
        let index = analysis.index
        var sections: [String] = []
        var range: Span?
        switch index.site(at: offset) {
        case .kind(let placed)?:
            range = placed.syntax.kind.span
            if let kind = placed.kind { sections.append(SchemaDescriptions.kind(kind, in: language)) }
        case .declarationID(let placed)?:
            guard let id = placed.syntax.id else { break }
            range = id.span
            if placed.kind?.id == .dérogation {
                if let code = DiagnosticCode(rawValue: id.text.uppercased()), let page = CodeCatalogue.explanation(for: code) {
                    sections.append(explainPage(page))
                }
            } else if let kind = placed.kind {
                sections.append(describe(index.definitions[id.text], fallback: kind))
            }
        case .propertyName(let property, let schema?, let owner)?:
            range = property.name.span
            sections.append(SchemaDescriptions.property(schema, of: owner.kind, in: language))
        case .reference(let reference)?:
            range = reference.span
            if let definition = index.definitions[reference.name] {
                sections.append(describe(definition, fallback: definition.kind))
            } else {
                sections.append(language == .fr ? "aucune déclaration n’a l’id `\(reference.name)`" : "no declaration has the id `\(reference.name)`")
            }
        case .value(let token, let property, let owner)?:
            range = token.span
            sections.append(SchemaDescriptions.property(property, of: owner.kind, in: language))
        default:
            break
        }
        // The explain page of each code reported here, once.
        var seen: Set<DiagnosticCode> = []
        for diagnostic in analysis.compilation.diagnostics
        where diagnostic.span.start <= offset && offset <= diagnostic.span.end && seen.insert(diagnostic.code).inserted {
            if let page = CodeCatalogue.explanation(for: diagnostic.code) { sections.append(explainPage(page)) }
            range = range ?? diagnostic.span
        }
        guard !sections.isEmpty else { return .null }
        var members: [(String, JSONValue)] = [
            ("contents", .object([("kind", .string("markdown")), ("value", .string(sections.joined(separator: "\n\n---\n\n")))])),
        ]
        if let range { members.append(("range", converter.range(range))) }
        return .object(members)
    }

    /// « signataire `bocage` — Association Bocage Vivant », then what the kind is.
    private func describe(_ definition: Definition?, fallback kind: KindSchema) -> String {
        guard let definition else { return SchemaDescriptions.kind(kind, in: language) }
        var line = "\(definition.kind.name) `\(definition.id)`"
        if let title = definition.title, !title.isEmpty { line += " — « \(title) »" }
        return line + "\n\n" + definition.kind.summary.text(in: language)
    }

    /// `pacte explain CODE`, as Markdown: the page is plain text whose
    /// snippets are indented, which Markdown shows as code.
    private func explainPage(_ explanation: Explanation) -> String {
        let page = explanation.page(in: language)
        guard let firstLine = page.split(separator: "\n", maxSplits: 1).first else { return page }
        return "**" + firstLine + "**" + page.dropFirst(firstLine.count)
    }
}
