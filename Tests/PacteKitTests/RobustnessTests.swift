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

/// No input crashes or hangs the front end: it answers with diagnostics.
@Suite struct RobustnessTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func compile(_ bytes: [UInt8]) -> Compilation {
        Compilation(source: SourceFile(path: "test.pacte", bytes: bytes))
    }

    @Test("random bytes give diagnostics, never a crash", arguments: 0..<40)
    func randomBytes(seed: Int) {
        var generator = SplitMix(state: UInt64(seed))
        let length = Int.random(in: 0..<4096, using: &generator)
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = compile(bytes)
        #expect(result.diagnostics.count <= Limits.standard.maxDiagnostics)
        if length > 0 { #expect(!result.diagnostics.isEmpty) }
    }

    @Test("random pacte-like tokens never crash", arguments: 0..<40)
    func randomTokens(seed: Int) {
        var generator = SplitMix(state: UInt64(seed) + 1000)
        let pieces = ["pacte", "action", "a", "{", "}", "[", "]", ":", ",", ";", "\n", "\"x\"", "\"\"\"\n", "\"\"\"",
                      "2026", "..", "24_000 €", "50 %", "2/3", "2026-09", "# c\n", "membres", "é", "\t", "-", "\\"]
        var text = ""
        for _ in 0..<Int.random(in: 0..<400, using: &generator) {
            text += pieces.randomElement(using: &generator)! + (Bool.random(using: &generator) ? " " : "")
        }
        _ = compile(Array(text.utf8))
    }

    @Test("every truncation of every example", arguments: Golden.examples())
    func truncations(_ name: String) throws {
        let bytes = try Golden.source("Examples/\(name)").bytes
        // About four hundred cuts per file, at odd offsets to split UTF-8 sequences too.
        for length in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 400) | 1) {
            _ = compile(Array(bytes[0..<length]))
        }
    }

    @Test func deepNestingIsALimitNotAStackOverflow() {
        let lists = "pacte \"x\" { territoire: " + String(repeating: "[", count: 100_000) + "\n}"
        #expect(compile(Array(lists.utf8)).diagnostics.contains { $0.code == .overLimit })
        // A block is never a value: reported as such, and skipped without recursion.
        let braces = "pacte \"x\" { territoire: " + String(repeating: "{", count: 100_000) + "\n}"
        #expect(compile(Array(braces.utf8)).diagnostics.contains { $0.code == .unexpectedToken })
        let blocks = String(repeating: "a {\n", count: 50_000)
        #expect(compile(Array(blocks.utf8)).diagnostics.contains { $0.code == .overLimit })
    }

    @Test func hugeListIsALimit() {
        let items = (0..<100_000).map { "p\($0)" }.joined(separator: ", ")
        let text = "espace e \"E\" { membres: [\(items)] }\n"
        let result = compile(Array(text.utf8))
        #expect(result.diagnostics.first { $0.code == .overLimit } != nil)
    }

    @Test func fileOverTheSizeLimitIsOneDiagnostic() {
        let limits = Limits(maxFileBytes: 1000, maxNesting: 32, maxListItems: 100, maxDiagnostics: 50)
        let result = Compilation(source: SourceFile(path: "big.pacte", bytes: Array(repeating: 0x61, count: 1001)), limits: limits)
        #expect(result.diagnostics.map(\.code) == [.overLimit])
    }

    @Test func nulBytesAndControlCharacters() {
        let text: [UInt8] = Array("pacte \"x\" {\n".utf8) + [0, 0, 1, 0x7F] + Array(" territoire: \"a\u{0}b\"\n}\n".utf8)
        let result = compile(text)
        #expect(result.diagnostics.contains { $0.code == .unexpectedCharacter })
    }

    @Test func aVeryLongLineIsRenderedWithoutTrouble() {
        let text = "pacte \"" + String(repeating: "é", count: 200_000) + "\" { territoire: x }\n"
        let source = SourceFile(path: "long.pacte", text: text)
        let result = Compilation(source: source)
        let rendered = result.diagnostics.map { HumanDiagnosticRenderer().render($0, in: source) }.joined()
        #expect(rendered.contains("P0202"))
    }

    @Test(.timeLimit(.minutes(1)))
    func manyDeclarationsOnOneLine() {
        // Each declaration asks for its column: counted from the line's
        // start every time, these 200 000 took minutes.
        let text = "espace e \"x\" {\n" + String(repeating: "gouvernance { }; ", count: 200_000) + "}\n"
        let result = compile(Array(text.utf8))
        #expect(result.diagnostics.contains { $0.code == .duplicateProperty })
    }

    @Test(.timeLimit(.minutes(1)))
    func aTextOfMegabytesFullOfPlaceholders() {
        // The placeholder rule folds the accents of the whole text: folded
        // one scalar at a time into a scalar view, this took twenty seconds.
        let text = "pacte \"x\" {\n  territoire: \"" + String(repeating: "… TODO [à compléter] ", count: 200_000) + "\"\n}\n"
        let result = compile(Array(text.utf8))
        #expect(result.diagnostics.contains { $0.code == .placeholder })
    }

    @Test func aFiveMegabyteFileIsChecked() throws {
        var text = try String(contentsOf: Golden.root.appendingPathComponent("Examples/penn-ar-ster.pacte"), encoding: .utf8)
        let action = """
        action a%d "Action %d" {
          objectif: riviere
          description: \"\"\"
            Une action générée pour éprouver le vérificateur sur un très grand fichier.
            \"\"\"
          pilote: ccpas
          partenaires: [dour-bev]
          budget: 1_000 €
          participation: consultation
          calendrier: 2027..2028
        }

        """
        var index = 0
        while text.utf8.count < 5_000_000 {
            text += action.replacingOccurrences(of: "%d", with: String(index))
            index += 1
        }
        let result = Compilation(source: SourceFile(path: "big.pacte", text: text))
        #expect(result.pacte.actions.count > 10_000)
        #expect(result.diagnostics.count <= Limits.standard.maxDiagnostics)
    }
}
