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

/// Strings and text blocks are decoded by the standard library's repairing
/// decoder, then compared with their bytes: the lexer must take what is
/// valid as it stands and report what is not, as a validating decoder does.
@Suite struct StringDecodingTests {
    @Test func validBytesGiveTheirTextAndInvalidOnesNone() {
        let valid = ["", "a", "Lannévez", "« Chantiers participatifs » — 12 000 €", "œuvre, Œ, ß", "emoji 🌳", "\u{FFFD} written on purpose",
                     String(repeating: "é", count: 1_000)]
        for text in valid {
            let bytes = Array(text.utf8)
            #expect(Lexer.validString(bytes[...]) == text, "\(text)")
            #expect(Lexer.validString(bytes[...]) == String(validating: bytes, as: UTF8.self))
        }
        let invalid: [[UInt8]] = [[0xFF], [0xC3], [0x61, 0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                  [0xC0, 0xAF], [0xEF, 0xBF], Array("Lann".utf8) + [0xE9] + Array("vez".utf8)]
        for bytes in invalid {
            #expect(Lexer.validString(bytes[...]) == nil, "\(bytes)")
            #expect(String(validating: bytes, as: UTF8.self) == nil)
        }
    }

    @Test func aStringWithAnInvalidByteIsReportedWhereTheByteIs() {
        let bytes = Array("titre: \"Lann".utf8) + [0xE9] + Array("vez\"\ntexte: \"\"\"\n  Ker".utf8) + [0xFF] + Array("\n  \"\"\"\n".utf8)
        let (tokens, diagnostics) = Lexer.tokenize(SourceFile(path: "t.pacte", bytes: bytes))
        let strings = tokens.filter { $0.kind == .string || $0.kind == .textBlock }
        #expect(strings.count == 2)
        #expect(diagnostics.diagnostics.map(\.span.start) == [bytes.firstIndex(of: 0xE9)!, bytes.firstIndex(of: 0xFF)!], "each invalid byte, where it stands")
    }
}
