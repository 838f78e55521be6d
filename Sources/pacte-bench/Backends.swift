import PacteKit

/// The document backends measured, beside check, fmt and JSON.
enum Backends {
    static func extra(compiled: [String: Compilation]) -> [(String, (SourceFile) -> Void)] {
        var documents: [String: Document] = [:]
        for (path, compilation) in compiled { documents[path] = DocumentBuilder.build(compilation.pacte) }
        return [
            ("document", { _ = DocumentBuilder.build(compiled[$0.path]!.pacte) }),
            ("html", { _ = HTMLBackend.render(documents[$0.path]!) }),
            ("markdown", { _ = MarkdownBackend.render(documents[$0.path]!) }),
            ("pdf", { _ = PDFBackend.render(documents[$0.path]!) }),
            ("odt", { _ = try? ODTBackend.render(documents[$0.path]!) }),
            ("docx", { _ = try? DOCXBackend.render(documents[$0.path]!) }),
        ]
    }
}
