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


/// A large file is read on a second core while this one resolves it, and
/// its rules run on both (`TwoThreads`): the result must be the one the
/// same front end gives on one thread, diagnostics and model alike.
@Suite struct ConcurrentFrontEndTests {
    @Test func thePipelineHandsOverEveryElementInOrder() {
        var received: [Int] = []
        let produced = TwoThreads.pipeline(capacity: 3, produce: { put in
            for value in 0..<10_000 { put([value]) }
            return "fini"
        }, consume: { (batch: [Int]) in received += batch })
        #expect(produced == "fini")
        #expect(received == Array(0..<10_000))
    }

    @Test func anEmptyPipelineEnds() {
        var received = 0
        let produced = TwoThreads.pipeline(capacity: 1, produce: { (_: ([Int]) -> Void) in 7 }, consume: { _ in received += 1 })
        #expect(produced == 7 && received == 0)
    }

    @Test func mapKeepsIndexOrder() {
        #expect(TwoThreads.map(5_000) { $0 * $0 } == (0..<5_000).map { $0 * $0 })
        #expect(TwoThreads.map(0) { $0 }.isEmpty)
    }

    /// Thirty copies of penn-ar-ster, about 540 kB, each with its own
    /// mistakes: ids declared again in every copy, a reference to an id
    /// declared further down, one to an id never declared, a misspelt
    /// property and an unknown kind, so that every path of the resolver
    /// and many rules report something.
    static func largeFileWithMistakes() throws -> SourceFile {
        let example = String(decoding: try Golden.source("Examples/penn-ar-ster.pacte").bytes, as: UTF8.self)
        var text = ""
        for copy in 0..<30 {
            text += example + "\n"
            text += "action tardive\(copy) \"Une action dont le pilote vient plus bas\" { objectif: eau; pilote: arrivee\(copy) }\n"
            text += "signataire arrivee\(copy) \"Association arrivée plus tard\" { collège: société-civile; représentant: personne\(copy) }\n"
            text += "personne personne\(copy) \"Morgane Le Bihan\" { genre: femme }\n"
            text += "action fantome\(copy) \"Une action au pilote inconnu\" { objectif: eau; pilote: personne-inconnue; partenares: [] }\n"
            text += "atelier a\(copy) \"Un genre inconnu\"\n"
        }
        return SourceFile(path: "grand.pacte", text: text)
    }

    @Test func aLargeFileGivesTheSameResultOnTwoThreadsAsOnOne() throws {
        let source = try ConcurrentFrontEndTests.largeFileWithMistakes()
        #expect(source.bytes.count > TwoThreads.minimumBytes)
        let standard = Limits.standard
        let limits = Limits(maxFileBytes: standard.maxFileBytes, maxNesting: standard.maxNesting, maxListItems: standard.maxListItems, maxDiagnostics: 1_000_000)
        let concurrent = Compilation(source: source, limits: limits)
        let sequential = Compilation(source: source, limits: limits, concurrently: false)
        let codes = Set(concurrent.diagnostics.map(\.code))
        #expect(codes.count >= 5, "les erreurs semées doivent donner plusieurs codes : \(codes)")
        #expect(concurrent.diagnostics.count > 100)
        #expect(concurrent.diagnostics == sequential.diagnostics)
        #expect(JSONBackend.render(concurrent.pacte) == JSONBackend.render(sequential.pacte))
        #expect(concurrent.pacte.actions.count == sequential.pacte.actions.count && !concurrent.pacte.actions.isEmpty)
    }

    @Test func aLargeCleanFileIsCleanOnTwoThreads() throws {
        // The example once, grown past the threshold with comments: ids
        // declared twice would not be clean.
        let example = String(decoding: try Golden.source("Examples/plouzevel-jeunesse.pacte").bytes, as: UTF8.self)
        let single = Compilation(source: SourceFile(path: "p.pacte", text: example))
        let source = SourceFile(path: "grand.pacte", text: example + String(repeating: "# une ligne de commentaire pour grossir le fichier\n", count: 6_000))
        #expect(source.bytes.count > TwoThreads.minimumBytes)
        let concurrent = Compilation(source: source)
        #expect(single.diagnostics.isEmpty)
        #expect(concurrent.diagnostics == single.diagnostics)
        #expect(JSONBackend.render(concurrent.pacte) == JSONBackend.render(single.pacte))
    }
}
