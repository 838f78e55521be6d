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

@Suite struct RendererTests {
    @Test func englishHumanRendering() {
        let source = SourceFile(path: "x.pacte", text: "acton a \"A\"\n")
        let result = Compilation(source: source)
        let renderer = HumanDiagnosticRenderer(options: .init(color: false, language: .en))
        let text = result.diagnostics.map { renderer.render($0, in: source) }.joined()
        #expect(text.contains("error[P0201]: unknown declaration `acton` at top level"))
        #expect(text.contains(" --> x.pacte:1:1"))
        #expect(text.contains("= help: did you mean `action` or `act`?"))
    }

    @Test func caretsUnderAccentedTextAndTabs() {
        let source = SourceFile(path: "x.pacte", text: "personne é \"É\" {\n\tgenre: fémmes\n}\n")
        let result = Compilation(source: source)
        let text = result.diagnostics.map { HumanDiagnosticRenderer().render($0, in: source) }.joined()
        #expect(text.contains("2 |     genre: fémmes\n  |            ^^^^^^ valeur inconnue"))
    }

    @Test func jsonEscapes() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}é").rendered(pretty: false) == "\"a\\\"b\\\\c\\n\\u0001é\"")
        #expect(JSONValue.string("\t\r\u{1F}\u{2028}\u{2029}\u{2027}—").rendered(pretty: false) == #""\t\r\u001f\u2028\u2029\#u{2027}—""#)
    }

    @Test func bagKeepsAtMostItsLimit() {
        var bag = DiagnosticBag(limit: 2)
        for _ in 0..<5 { bag.report(.unexpectedCharacter, at: Span(start: 0, length: 1), LocalizedText(fr: "x", en: "x")) }
        #expect(bag.diagnostics.count == 2 && bag.droppedCount == 3 && bag.hasErrors)
    }
}
