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

@Suite struct DisplayLineTests {
    @Test func aShortLineIsShownWhole() {
        let shown = DisplayLine("pilote:\tasso", from: 9, to: 13)
        #expect(shown.text == "pilote:    asso")
        #expect((shown.caretStart, shown.caretWidth) == (11, 4))
    }

    // Only a window around the span is laid out: a line of millions of
    // characters must render as fast as a short one, and the same way.
    @Test func aLongLineIsCutAroundTheSpan() {
        let line = String(repeating: "a", count: 2_000_000) + "ERREUR" + String(repeating: "b", count: 2_000_000)
        let shown = DisplayLine(line, from: 2_000_001, to: 2_000_007)
        #expect(shown.text == "…" + String(repeating: "a", count: 40) + "ERREUR" + String(repeating: "b", count: 54) + "…")
        #expect((shown.caretStart, shown.caretWidth) == (41, 6))
        let atEnd = DisplayLine(String(repeating: "é", count: 500), from: 501, to: 502)
        #expect(atEnd.text == "…" + String(repeating: "é", count: 40))
        #expect(atEnd.caretStart == 41)
    }
}
