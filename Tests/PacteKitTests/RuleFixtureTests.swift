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

@Suite struct RuleFixtureTests {
    /// `Pxxxx-name.pacte` must show its code, `Pxxxx-name-clean.pacte` must not.
    @Test("each rule fixture triggers its code, each clean twin does not", arguments: Golden.inputs("diagnostics").filter { $0.hasPrefix("P") })
    func fixture(_ name: String) throws {
        let code = String(name.prefix(5))
        let result = Compilation(source: try Golden.source("Tests/PacteKitTests/Fixtures/diagnostics/\(name)"))
        let codes = Set(result.diagnostics.map(\.code.rawValue))
        if name.hasSuffix("-clean.pacte") {
            #expect(!codes.contains(code))
            if code.hasPrefix("P03") { #expect(result.diagnostics.isEmpty, "a clean rule fixture has no diagnostic at all: \(codes.sorted())") }
        } else {
            #expect(codes.contains(code))
        }
    }

    @Test func everyRuleHasATriggeringAndACleanFixture() {
        let names = Set(Golden.inputs("diagnostics"))
        for code in DiagnosticCode.allCases where code.rawValue.hasPrefix("P03") {
            #expect(names.contains { $0.hasPrefix(code.rawValue) && !$0.hasSuffix("-clean.pacte") }, "\(code.rawValue) has no triggering fixture")
            #expect(names.contains { $0.hasPrefix(code.rawValue) && $0.hasSuffix("-clean.pacte") }, "\(code.rawValue) has no clean fixture")
        }
    }
}
