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

@Suite struct JSONSchemaConformance {
    @Test("the JSON of every example and fixture validates against Grammar/pacte.schema.json",
          arguments: Golden.examples().map { "Examples/\($0)" } + Golden.inputs("json").map { "Tests/PacteKitTests/Fixtures/json/\($0)" })
    func validates(_ path: String) throws {
        let schema = try Data(contentsOf: Golden.root.appendingPathComponent("Grammar/pacte.schema.json"))
        let validator = try JSONSchemaValidator(schemaData: schema)
        let compilation = Compilation(source: try Golden.source(path))
        let errors = try validator.validate(Data(JSONBackend.render(compilation.pacte).utf8))
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func aBrokenDocumentIsRejected() throws {
        let schema = try Data(contentsOf: Golden.root.appendingPathComponent("Grammar/pacte.schema.json"))
        let validator = try JSONSchemaValidator(schemaData: schema)
        let compilation = Compilation(source: try Golden.source("Examples/lannevez.pacte"))
        let broken = JSONBackend.render(compilation.pacte).replacingOccurrences(of: "\"level\": \"commune\"", with: "\"level\": \"village\"")
        #expect(try !validator.validate(Data(broken.utf8)).isEmpty)
    }
}
