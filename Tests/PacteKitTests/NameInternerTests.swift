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

@Suite struct NameInternerTests {
    /// Whatever the cache holds, each name read back is the one written:
    /// names sharing their first bytes, of every length up to past the
    /// sixteen kept, accented, and enough of them to collide in its slots.
    @Test func givesBackTheNameWritten() {
        var interner = NameInterner()
        let names = ["a", "ab", "élu", "élue", "collège", "qualité", "représentant", "siège-jeunesse", "abcdefghijklmnop", "abcdefghijklmnoq",
                     "abcdefghijklmnopq", "commission-extra-municipale"]
            + (0..<5_000).map { "p\($0)" }
        for _ in 0..<2 {
            for name in names {
                let bytes = Array("  \(name) ".utf8)
                #expect(interner.name(bytes, 2..<(bytes.count - 1)) == name)
            }
        }
    }

    /// The lexer gives names the same text through the cache as without.
    @Test func tokensKeepTheirText() {
        let text = "personne gwen \"Gwen\" { rôle: élu; genre: femme; structure: mairie }\npersonne gwenaelle-le-bihan-kerbrat \"G\" { rôle: élue }\n"
        let (tokens, _) = Lexer.tokenize(SourceFile(path: "t.pacte", text: text))
        let names = tokens.filter { $0.kind == .name }.map(\.text)
        #expect(names == ["personne", "gwen", "rôle", "élu", "genre", "femme", "structure", "mairie", "personne", "gwenaelle-le-bihan-kerbrat", "rôle", "élue"])
    }
}
