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

@Suite struct ModelTests {
    /// The model built as each declaration is resolved is the one built
    /// from all the resolved declarations at once, diagnostics included.
    @Test("the model built on the fly is the model built at the end",
          arguments: Golden.examples().map { "Examples/\($0)" } + Golden.inputs("diagnostics").map { "Tests/PacteKitTests/Fixtures/diagnostics/\($0)" })
    func modelBuiltOnTheFly(_ path: String) throws {
        let source = try Golden.source(path)
        let (syntax, _) = Parser.parse(source)
        let onTheFly = Resolver.model(syntax, source: source)
        let atTheEnd = Resolver.resolve(syntax, source: source)
        #expect(JSONBackend.render(onTheFly.pacte) == JSONBackend.render(ModelBuilder.build(atTheEnd.declarations)))
        #expect(onTheFly.diagnostics == atTheEnd.diagnostics)
        #expect(onTheFly.droppedDeclarations == atTheEnd.droppedDeclarations)
        // Freeing the tree as it is resolved changes nothing either.
        let freed = Compilation(source: source)
        let kept = Compilation(source: source, keepingSyntax: true)
        #expect(freed.syntax == nil && kept.syntax == syntax)
        #expect(JSONBackend.render(freed.pacte) == JSONBackend.render(kept.pacte))
        #expect(freed.diagnostics == kept.diagnostics)
    }

    /// Each declaration resolved as soon as it is parsed, those naming an
    /// id declared further down resolved again at the end, gives what
    /// resolving the whole file after placing it all gives: the same model
    /// and the same diagnostics, on every example and fixture.
    @Test("streaming resolution is resolution at the end",
          arguments: Golden.examples().map { "Examples/\($0)" } + Golden.allFixtureInputs())
    func streamingResolution(_ path: String) throws {
        let source = try Golden.source(path)
        let streamed = ModelTests.resolve(source, atTheEnd: false)
        let reference = ModelTests.resolve(source, atTheEnd: true)
        #expect(JSONBackend.render(streamed.pacte) == JSONBackend.render(reference.pacte))
        // Reported in another order, shown in the same (as ``Compilation`` sorts them).
        #expect(streamed.diagnostics.sortedByPosition() == reference.diagnostics.sortedByPosition())
        #expect(streamed.droppedDeclarations == reference.droppedDeclarations)
        // And the compilation, which streams from the parser, builds that model.
        if source.bytes.count <= Limits.standard.maxFileBytes {
            #expect(JSONBackend.render(Compilation(source: source).pacte) == JSONBackend.render(reference.pacte))
        }
    }

    /// The examples with their top-level declarations in reverse order:
    /// every reference then points further down, and nearly every
    /// declaration waits for the end.
    @Test("streaming resolution of declarations in reverse order", arguments: Golden.examples())
    func streamingResolutionReversed(_ name: String) throws {
        let example = try Golden.source("Examples/\(name)")
        let declarations = Parser.parse(example).syntax.declarations
        var bytes: [UInt8] = []
        for declaration in declarations.reversed() {
            bytes += example.bytes[declaration.span.start..<declaration.span.end] + Array("\n\n".utf8)
        }
        let source = SourceFile(path: name, bytes: bytes)
        let streamed = ModelTests.resolve(source, atTheEnd: false)
        let reference = ModelTests.resolve(source, atTheEnd: true)
        #expect(!reference.pacte.actions.isEmpty)
        #expect(JSONBackend.render(streamed.pacte) == JSONBackend.render(reference.pacte))
        #expect(streamed.diagnostics.sortedByPosition() == reference.diagnostics.sortedByPosition())
    }

    static func resolve(_ source: SourceFile, atTheEnd: Bool) -> (pacte: Pacte, diagnostics: [Diagnostic], droppedDeclarations: Int) {
        var resolver = Resolver(source: source, resolvingAtTheEnd: atTheEnd)
        var builder = ModelBuilder()
        for declaration in Parser.parse(source).syntax.declarations {
            resolver.add(declaration) { builder.add($1, ordinal: $0) }
        }
        return resolver.finishModel(&builder)
    }

    private func compile(_ name: String) throws -> Pacte {
        Compilation(source: try Golden.source("Examples/\(name)")).pacte
    }

    /// The budgets summed as the model is built agree with the actions
    /// they come from, and saturate rather than overflow.
    @Test("objective budgets and action ids", arguments: Golden.examples())
    func objectiveBudgets(_ name: String) throws {
        let pacte = try compile(name)
        #expect(!pacte.objectives.isEmpty)
        for objective in pacte.objectives {
            #expect(pacte.budget(of: objective) == Pacte.total(of: pacte.actions(of: objective)))
            #expect(pacte.actionIDs(of: objective) == pacte.actions(of: objective).map(\.id))
        }
    }

    /// An id declared twice is reported, and names its first declaration.
    @Test func anIDDeclaredTwiceNamesItsFirstDeclaration() {
        let text = """
            signataire mairie "Mairie de Lannévez" { collège: collectivité }
            signataire mairie "Mairie, encore" { collège: collectivité }
            personne gwen "Gwen Le Roux" { genre: femme; rôle: élu }
            personne gwen "Gwen Kervella" { genre: femme; rôle: agent }
            """
        let compilation = Compilation(source: SourceFile(path: "x.pacte", text: text))
        #expect(compilation.diagnostics.contains { $0.code == .duplicateID })
        #expect(compilation.pacte.person("gwen")?.name == "Gwen Le Roux")
        #expect(compilation.pacte.signatory("mairie")?.name == "Mairie de Lannévez")
    }

    @Test func aHugeBudgetSaturates() throws {
        // Fifteen digits, the most an amount may have: a hundred of them pass Int64.max cents.
        let actions = (1...100).map { "action a\($0) \"A\($0)\" { objectif: o; budget: 999_999_999_999_999 € }" }
        let pacte = Compilation(source: SourceFile(path: "x.pacte", text: "objectif o \"O\"\n" + actions.joined(separator: "\n"))).pacte
        let objective = try #require(pacte.objectives.first)
        #expect(pacte.actions(of: objective).allSatisfy { $0.budget.value == 99_999_999_999_999_900 })
        #expect(pacte.budget(of: objective) == .max && pacte.totalBudget == .max)
    }

    @Test func lannevezModel() throws {
        let pacte = try compile("lannevez.pacte")
        #expect(pacte.territory.value == "Commune de Lannévez-sur-Aber")
        #expect(pacte.level.value == .commune)
        #expect(pacte.legalBasis?.article == "L2143-2")
        #expect(pacte.period.value == 2026...2031)
        #expect(pacte.totalBudget == 2_400_000)
        let space = try #require(pacte.spaces.first)
        let parity = pacte.parity(of: space)
        #expect((parity.women, parity.men, parity.gap, parity.isReached) == (2, 2, 0, true))
        #expect(space.governance?.voters.value?.ids == ["gwen", "herve", "loic", "nolwenn"])
        #expect(space.governance?.voters.value?.isAllMembers == true)
        #expect(space.governance?.majority.value == .fraction(numerator: 2, denominator: 3))
    }

    @Test func oneMistakeIsOneDiagnosticAndTheFieldIsInvalidNotAbsent() {
        let text = """
        action a "A" { objectif: o; participation: co-constrution; budget: "cher" }
        objectif o "O"
        """
        let result = Compilation(source: SourceFile(path: "x", text: text))
        let action = result.pacte.actions[0]
        #expect(!action.participation.isAbsent && action.participation.value == nil)
        #expect(!action.budget.isAbsent && action.budget.value == nil)
        #expect(action.calendar.isAbsent)
    }

    // A short list is searched in place for repeated ids, a long one through
    // an index: both must name the repeat and point at its first mention.
    @Test func anIdRepeatedInAListIsReportedOnce() {
        for count in [3, 40] {
            let ids = (0..<count).map { "p\($0)" }
            let persons = ids.map { "personne \($0) \"\($0)\"" }.joined(separator: "\n")
            let text = "action a \"A\" { objectif: o; partenaires: [\((ids + [ids[1]]).joined(separator: ", "))] }\nobjectif o \"O\"\n" + persons
            let source = SourceFile(path: "x", text: text)
            let repeats = Compilation(source: source).diagnostics.filter { $0.code == .duplicateID }
            #expect(repeats.count == 1, "\(count) ids")
            let first = text.utf8.firstIndex(of: UInt8(ascii: "[")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            #expect(repeats.first?.notes.first?.span?.start == first.map { $0 + 1 + "p0, ".utf8.count }, "\(count) ids")
            #expect(source.text(of: repeats.first?.span ?? Span(start: 0, length: 0)) == "p1")
        }
    }
}
