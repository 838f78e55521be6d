/// The open documents, by URI. A closed document is forgotten at once:
/// no analysis, no diagnostics, no memory kept for it.
package struct DocumentStore {
    private var documents: [String: Document] = [:]

    package init() {}

    package subscript(uri: String) -> Document? { documents[uri] }

    package mutating func open(_ document: Document) { documents[document.uri] = document }

    @discardableResult
    package mutating func close(_ uri: String) -> Document? { documents.removeValue(forKey: uri) }

    package var count: Int { documents.count }
}
