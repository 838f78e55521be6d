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

@Suite struct ExplanationTests {
    @Test func everyCodeHasAnExplanation() {
        #expect(CodeCatalogue.explanations.map(\.code) == DiagnosticCode.allCases.sorted())
    }

    @Test("the failing snippet triggers the code and the fixed one does not", arguments: CodeCatalogue.explanations.filter { $0.code != .invalidUTF8 })
    func snippets(_ explanation: Explanation) {
        let failing = Compilation(source: SourceFile(path: "failing.pacte", text: explanation.failing))
        let fixed = Compilation(source: SourceFile(path: "fixed.pacte", text: explanation.fixed))
        #expect(failing.diagnostics.contains { $0.code == explanation.code })
        #expect(!fixed.diagnostics.contains { $0.code == explanation.code })
    }

    @Test func pagesInBothLanguages() throws {
        let explanation = try #require(CodeCatalogue.explanation(for: .youthSeat))
        let french = explanation.page(in: .fr), english = explanation.page(in: .en)
        #expect(french.hasPrefix("P0302 (erreur) — pas de siège jeunesse"))
        #expect(french.contains("Exemple corrigé :"))
        #expect(english.hasPrefix("P0302 (error) — no youth seat"))
        #expect(english.contains("Fixed example:"))
    }
}
