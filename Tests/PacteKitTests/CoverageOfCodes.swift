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

@Suite struct CoverageOfCodes {
    /// Each front-end code has a human-readable golden fixture that shows it.
    @Test func everyFrontEndCodeHasAFixture() throws {
        let directory = Golden.fixtures.appendingPathComponent("diagnostics")
        var seen = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".diagnostics") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for code in DiagnosticCode.allCases where text.contains("[\(code.rawValue)]") { seen.insert(code.rawValue) }
        }
        let frontEnd = DiagnosticCode.allCases.map(\.rawValue).filter { $0.hasPrefix("P01") || $0.hasPrefix("P02") }
        #expect(Set(frontEnd).subtracting(seen).isEmpty, "missing: \(Set(frontEnd).subtracting(seen).sorted())")
    }
}
