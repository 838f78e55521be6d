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

/// Every input the fuzzer ever crashed on, kept as a regression test.
@Suite struct FuzzRegressionTests {
    @Test("fuzzer findings stay fixed", arguments: (try? FileManager.default.contentsOfDirectory(atPath: Golden.fixtures.appendingPathComponent("fuzz").path))?.sorted() ?? [])
    func finding(_ name: String) throws {
        let bytes = try Data(contentsOf: Golden.fixtures.appendingPathComponent("fuzz/\(name)"))
        #expect(RoundTrip.verify(Array(bytes)) == nil)
    }

    @Test("the round trip holds for every example and fixture", arguments: FormatterTests.corpus)
    func corpus(_ path: String) throws {
        #expect(RoundTrip.verify(try Golden.source(path).bytes) == nil)
    }
}
