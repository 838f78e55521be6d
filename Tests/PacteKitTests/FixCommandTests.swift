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


/// `pacte fmt --fix`: the fixes the diagnostics name, applied to the file
/// in place, atomically, with a line for each; `--check` shows them as a
/// diff and writes nothing.
@Suite struct FixCommandTests {
    let example = Golden.root.appendingPathComponent("Examples/lannevez.pacte")

    /// Lannévez with mistakes a first-time writer makes, each with a fix.
    private func broken() throws -> String {
        try String(contentsOf: example, encoding: .utf8)
            .replacingOccurrences(of: "partenaires: [mairie, cafe]", with: "partenaire: [mairie, cafe]")
            .replacingOccurrences(of: "participation: co-construction", with: "participation: Co-constructon")
            .replacingOccurrences(of: "pilote: bocage", with: "pilote: bocag")
            .replacingOccurrences(of: "24_000 €", with: "24.000 €")
            .replacingOccurrences(of: "\nsignataire ", with: "\nsignatair ")
    }

    @Test func theLibraryFixesEverythingItCanAndSaysWhat() throws {
        let outcome = FixApplier.apply(to: SourceFile(path: "p.pacte", text: try broken()))
        #expect(outcome.remaining.isEmpty, "\(outcome.remaining.map(\.code))")
        #expect(Set(outcome.applied.map(\.code)) == [.unknownName, .unknownEnumValue, .unresolvedReference, .invalidLiteral])
        #expect(outcome.applied.count == 7)
        let fixed = String(decoding: outcome.source.bytes, as: UTF8.self)
        let original = try String(contentsOf: example, encoding: .utf8)
        #expect(fixed == original.replacingOccurrences(of: "24_000 €", with: "24 000 €"))
    }

    @Test func fmtFixRewritesTheFileAndReportsEachFix() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = directory.appendingPathComponent("p.pacte")
        try broken().write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["fmt", "--fix", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("p.pacte : 7 corrections"))
        #expect(result.stderr.contains("56:3  P0201  remplacez `partenaire` par `partenaires`"))
        #expect(result.stderr.contains("P0107  séparez les milliers par une espace"))
        #expect(result.stderr.contains("corrigé : \(file.path)"))
        let check = try CommandRunner.run(["check", file.path])
        #expect(check.status == 0, "\(check.stderr)")
        // Nothing left: a second run changes nothing and says so.
        let again = try CommandRunner.run(["fmt", "--fix", file.path, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stderr == "\(file.path): no fix to apply\n")
    }

    @Test func fmtFixCheckShowsTheDiffAndWritesNothing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = directory.appendingPathComponent("p.pacte")
        let text = try broken()
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["fmt", "--fix", "--check", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\n-  partenaire: [mairie, cafe]\n") && result.stdout.contains("\n+  partenaires: [mairie, cafe]\n"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        // From standard input, the fixed text goes to standard output.
        let piped = try CommandRunner.run(["fmt", "--fix", "-"], stdin: Data(text.utf8))
        #expect(piped.stdout.contains("partenaires: [mairie, cafe]"))
    }

    @Test func whatCannotBeFixedIsLeftAndNamed() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { CommandRunner.remove(directory) }
        let file = directory.appendingPathComponent("p.pacte")
        // A missing pilote among several signatories: the fix leaves the
        // choice to the author, as a placeholder that check then lists.
        let text = try String(contentsOf: example, encoding: .utf8).replacingOccurrences(of: "  pilote: bocage\n", with: "")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["fmt", "--fix", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("P0309  ajoutez `pilote: à-compléter`"))
        #expect(result.stderr.contains("reste 1 erreur à voir : `pacte check \(file.path)`"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("  pilote: à-compléter\n"))
    }

    @Test func aFixNeverInventsAnAmountADateOrAShare() throws {
        let original = try String(contentsOf: example, encoding: .utf8)
        let text = original
            .replacingOccurrences(of: "  budget: 24_000 €\n", with: "")
            .replacingOccurrences(of: "  calendrier: 2026-11..2030-03\n", with: "")
        #expect(text != original)
        let outcome = FixApplier.apply(to: SourceFile(path: "p.pacte", text: text))
        let fixed = String(decoding: outcome.source.bytes, as: UTF8.self)
        #expect(fixed.contains("  budget: à-compléter\n") && fixed.contains("  calendrier: à-compléter\n"))
        // What the author must write is still reported, never silently filled.
        #expect(outcome.remaining.filter { $0.code == .placeholder }.count == 2)
        #expect(outcome.remaining.allSatisfy { $0.code == .placeholder })
    }
}
