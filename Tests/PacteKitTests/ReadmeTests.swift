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

@Suite struct ReadmeTests {
    /// The tour in README.md is a real pacte: it must check with no diagnostic.
    @Test func theLanguageTourChecksClean() throws {
        let readme = try String(contentsOf: Golden.root.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try #require(readme.components(separatedBy: "## Un pacte en quelques lignes").last)
        let block = try #require(tour.components(separatedBy: "```").dropFirst().first)
        let result = Compilation(source: SourceFile(path: "README.md", text: String(block.drop { $0 != "\n" })))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.code.rawValue): \($0.message.fr)" })")
        #expect(result.pacte.actions.count == 1)
    }

    /// The README's table of values says what the schema accepts, no more, no less.
    @Test func theTableOfValuesIsTheSchemas() throws {
        let readme = try String(contentsOf: Golden.root.appendingPathComponent("README.md"), encoding: .utf8)
        var documented: [String: [String]] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, let name = cells[0].split(separator: "`").first else { continue }
            documented[String(name)] = cells[1].replacingOccurrences(of: "(ou ", with: ", ").replacingOccurrences(of: ")", with: "")
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        var schema: [String: [String]] = [:]
        for kind in Schema.pacte.allKinds {
            for property in kind.properties {
                if case .enumeration(let enumeration) = property.type { schema[property.name] = enumeration.values + enumeration.feminineForms }
            }
        }
        #expect(documented == schema)
    }
}
