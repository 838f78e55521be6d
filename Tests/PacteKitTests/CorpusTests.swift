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

/// The acceptance corpus written from DESIGN alone: each file's codes and
/// lines must be exactly those of its `.expected` file (no cascade, no miss).
@Suite struct CorpusTests {
    @Test("corpus file gives exactly the expected codes and lines", arguments: Golden.inputs("corpus"))
    func corpus(_ name: String) throws {
        let path = "Tests/PacteKitTests/Fixtures/corpus/\(name)"
        let source = try Golden.source(path)
        let expectedURL = Golden.root.appendingPathComponent(path.replacingOccurrences(of: ".pacte", with: ".expected"))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let actual = Compilation(source: source).diagnostics.map {
            "\($0.code.rawValue) \(source.location(of: $0.span.start).line)"
        }
        #expect(sortedByLine(actual) == sortedByLine(expected))
    }

    private func sortedByLine(_ entries: [String]) -> [String] {
        entries.sorted { lhs, rhs in
            let left = lhs.split(separator: " "), right = rhs.split(separator: " ")
            return (Int(left[1]) ?? 0, String(left[0])) < (Int(right[1]) ?? 0, String(right[0]))
        }
    }
}
