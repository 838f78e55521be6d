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

@Suite struct PlaceholderTests {
    // The scan that rules texts out looks only around a few bytes: each
    // kind of placeholder, in any case and at either end, must still be found.
    @Test func everyKindOfPlaceholderIsFound() {
        let found: [(String, String)] = [
            ("Replanter .... km", "...."), ("....", "...."), ("  …  ", "…"), ("...", "..."),
            ("TODO", "TODO"), ("à faire : todo", "todo"), ("ToDo plus tard", "ToDo"),
            ("À COMPLÉTER", "À COMPLÉTER"), ("a completer", "a completer"), ("texte A_COMPLETER", "A_COMPLETER"),
            // The accents decomposed (`e` and U+0301), and `ē`: folded away all the same.
            ("A\u{0300} COMPLE\u{0301}TER", "A COMPLETER"), ("à complēter", "à complēter"), ("à COMPLÈTER", "à COMPLÈTER"),
        ]
        for (text, placeholder) in found {
            #expect(P0311Placeholder.placeholder(in: text) == placeholder, "\(text)")
        }
    }

    /// The scan reads sixteen bytes at a time: each placeholder is found
    /// wherever it falls in a long text, across the edges of those blocks,
    /// and prose full of `d`, `p`, dots, `mpl` and `tod` is let through
    /// whatever its length.
    @Test func placeholdersAreFoundAtEveryPlaceOfALongText() {
        let prose = "Pendant la période, développer un exemple simple : 1.5 km de haies, todos los días, complexe et complémentaire. "
        for placeholder in ["....", "TODO", "todo", "À COMPLÉTER", "a completer", "A_COMPLETER"] {
            for offset in 0...40 {
                let before = String(prose.prefix(offset))
                let text = before + (before.last.map { $0.isLetter } == true ? " " : "") + placeholder + " " + prose
                #expect(P0311Placeholder.placeholder(in: text) == placeholder, "\(placeholder) after \(offset) characters")
            }
        }
        for length in 0...prose.count {
            #expect(P0311Placeholder.placeholder(in: String(prose.prefix(length)) + prose) == nil, "prose of \(length) characters")
        }
    }

    @Test func proseIsNotAPlaceholder() {
        for text in ["Des ateliers… puis une fête.", "todos les jours", "compléter la haie", "Accomplir, développer", "3.5 km", "..a", "",
                     "un projet complexe et complémentaire", "le programme complet"] {
            #expect(P0311Placeholder.placeholder(in: text) == nil, "\(text)")
        }
    }
}
