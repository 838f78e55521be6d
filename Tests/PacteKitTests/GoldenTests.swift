import Foundation
import Testing
@testable import PacteCore
@testable import PacteSyntax
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDriver
@testable import PacteDocument
@testable import PacteJSON
@testable import PacteHTML
@testable import PacteMarkdown
@testable import PactePDF
@testable import PacteFormat
@testable import PacteDiff
@testable import PacteKit

/// Snapshots of each stage: tokens, syntax tree, diagnostics, JSON.
@Suite struct GoldenTests {
    @Test("lexer snapshots", arguments: Golden.inputs("lexer"))
    func lexer(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/lexer/\(name)"
        try Golden.check(TokenDump.render(try Golden.source(path)), against: path.replacingOccurrences(of: ".pacte", with: ".tokens"))
    }

    @Test("syntax tree snapshots", arguments: Golden.inputs("syntax"))
    func syntax(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/syntax/\(name)"
        let source = try Golden.source(path)
        let (tree, diagnostics) = Parser.parse(source)
        var dump = SyntaxDump.render(tree, source: source)
        for diagnostic in diagnostics.sortedByPosition() {
            let location = source.location(of: diagnostic.span.start)
            dump += "\(diagnostic.code.rawValue) \(location.line):\(location.column) \(diagnostic.message.fr)\n"
        }
        try Golden.check(dump, against: path.replacingOccurrences(of: ".pacte", with: ".tree"))
    }

    @Test("diagnostics as a person reads them", arguments: Golden.inputs("diagnostics"))
    func diagnostics(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/diagnostics/\(name)"
        let source = try Golden.source(path)
        let compilation = Compilation(source: source)
        let renderer = HumanDiagnosticRenderer()
        let report = FileReport(source: source, diagnostics: compilation.diagnostics)
        var output = compilation.diagnostics.map { renderer.render($0, in: source) }.joined()
        output += renderer.summary(errors: report.errorCount, warnings: report.warningCount, path: path) ?? "aucun diagnostic\n"
        try Golden.check(output, against: path.replacingOccurrences(of: ".pacte", with: ".diagnostics"))
    }

    @Test("JSON of fixtures", arguments: Golden.inputs("json"))
    func json(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/json/\(name)"
        let compilation = Compilation(source: try Golden.source(path))
        #expect(!compilation.hasErrors, "a JSON fixture must compile")
        try Golden.check(JSONBackend.render(compilation.pacte), against: path.replacingOccurrences(of: ".pacte", with: ".json"))
    }

    @Test("JSON of the examples", arguments: Golden.examples())
    func exampleJSON(_ name: String) throws {
        let compilation = Compilation(source: try Golden.source("Examples/\(name)"))
        #expect(compilation.diagnostics.isEmpty, "every example checks with no diagnostic")
        try Golden.check(JSONBackend.render(compilation.pacte),
                         against: "Tests/PacteKitTests/Fixtures/examples/" + name.replacingOccurrences(of: ".pacte", with: ".json"))
    }

    /// The act of a pacte of each form, in Markdown: the clauses its law
    /// brings, under the article cited (DESIGN §2.4, v1).
    @Test("the act of each form", arguments: Golden.inputs("forms"))
    func formAct(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/forms/\(name)"
        let compilation = Compilation(source: try Golden.source(path))
        #expect(compilation.diagnostics.isEmpty, "a form's pacte checks clean")
        let act = MarkdownBackend.render(DocumentBuilder.build(compilation.pacte))
        #expect(act.contains(FormLaw.of(try #require(compilation.pacte.form.value)).citation(.fr).map { "**Cadre légal (\($0))**" } ?? "**Statut de l’espace**"))
        try Golden.check(act, against: path.replacingOccurrences(of: ".pacte", with: ".md"))
    }

    @Test func everyRowOfTheLawHasItsAct() throws {
        let written = try Set(Golden.inputs("forms").map { try #require(Compilation(source: Golden.source("Tests/PacteKitTests/Fixtures/forms/\($0)")).pacte.form.value) })
        // The forms without an article share one row of clauses: one of them stands for all.
        let rows = FormLaw.table.filter { !$0.articles.isEmpty }.map(\.form)
        #expect(Set(rows).isSubset(of: written))
        #expect(written.contains { FormLaw.of($0).articles.isEmpty })
    }

    @Test("the committed JSON Schema is the generated one")
    func jsonSchemaIsCurrent() throws {
        try Golden.check(JSONSchemaGenerator.render(), against: "Grammar/pacte.schema.json")
    }
}
