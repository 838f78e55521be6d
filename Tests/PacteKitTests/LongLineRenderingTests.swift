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

@Suite struct LongLineRenderingTests {
    // Deep in a line of megabytes, only a window is decoded: the caret must
    // still fall under the right character, accents and all.
    @Test func theCaretFallsUnderTheMistakeFarIntoALongLine() throws {
        let before = "pacte \"" + String(repeating: "é", count: 1_000_000) + "\" { "
        let text = before + "zzz: 1 }\n"
        let source = SourceFile(path: "long.pacte", text: text)
        let unknown = Compilation(source: source).diagnostics.first { $0.code == .unknownName }
        let rendered = HumanDiagnosticRenderer(options: .init(color: false, language: .fr)).render(try #require(unknown), in: source)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let code = try #require(lines.first { $0.hasPrefix("1 | ") })
        let carets = try #require(lines.first { $0.contains("^") })
        #expect(lines.contains { $0.hasSuffix("long.pacte:1:\(before.unicodeScalars.count + 1)") })
        #expect(code.hasPrefix("1 | …éé") && code.contains("\" { zzz: 1 }"))
        let column = code.distance(from: code.startIndex, to: code.range(of: "zzz")!.lowerBound)
        #expect(carets.distance(from: carets.startIndex, to: carets.firstIndex(of: "^")!) == column)
    }
}
