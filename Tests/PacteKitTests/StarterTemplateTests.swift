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

@Suite struct StarterTemplateTests {
    @Test("the starter parses and lists only what remains to write", arguments: Level.allCases)
    func starter(_ level: Level) {
        for language in Language.allCases {
            let text = StarterTemplate.render(territory: nil, level: level, language: language, year: 2027)
            let result = Compilation(source: SourceFile(path: "pacte.pacte", text: text))
            let codes = Set(result.diagnostics.map(\.code))
            #expect(codes == [.placeholder, .actionBudget], "\(level) \(language): \(codes)")
            #expect(result.pacte.spaces.count == 1 && result.pacte.actions.count == 1)
            guard case .formatted(let formatted) = Formatter.format(SourceFile(path: "p", text: text)) else {
                Issue.record("the starter must format")
                continue
            }
            #expect(formatted == text, "the starter is in canonical form")
        }
    }

    @Test("a starter of each form satisfies its row of the law", arguments: LegalForm.allCases)
    func starterOfAForm(_ form: LegalForm) {
        for level in FormLaw.of(form).levels {
            let text = StarterTemplate.render(territory: nil, level: level, form: form, language: .fr, year: 2027)
            let result = Compilation(source: SourceFile(path: "pacte.pacte", text: text))
            #expect(Set(result.diagnostics.map(\.code)) == [.placeholder, .actionBudget], "\(form) \(level)")
            #expect(result.pacte.form.value == form)
        }
    }

    @Test func territoryIsFilledIn() {
        let text = StarterTemplate.render(territory: "Commune de \"Kerbriant\"", level: .commune, language: .fr, year: 2027)
        let result = Compilation(source: SourceFile(path: "pacte.pacte", text: text))
        #expect(result.pacte.territory.value == "Commune de \"Kerbriant\"")
        #expect(!result.diagnostics.contains { $0.message.fr.contains("territoire") })
    }

    @Test func initRefusesToOverwrite() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let first = try CommandRunner.run(["init", "--territoire", "Kerbriant", "--échelon", "intercommunalite"], in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOf: directory.appendingPathComponent("pacte.pacte"), encoding: .utf8)
        #expect(written.contains("forme: commission-extra-intercommunale"))
        let again = try CommandRunner.run(["init"], in: directory)
        #expect(again.status == 2)
        #expect(try String(contentsOf: directory.appendingPathComponent("pacte.pacte"), encoding: .utf8) == written)
    }
}
