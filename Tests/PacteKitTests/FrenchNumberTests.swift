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


/// Numbers as French writes them (DESIGN §2.1, v1): digits grouped by three
/// after a space, a no-break space or a narrow one, a decimal comma before
/// a unit, the currency as a word. They mean what the canonical spelling
/// means, and `fmt` keeps them as written.
@Suite struct FrenchNumberTests {
    /// The value of `budget: <written>` in a one-action pacte, or the codes reported.
    private func budget(_ written: String) -> (value: DecimalNumber?, codes: [String]) {
        let text = "action a \"A\" {\n  budget: \(written)\n}\n"
        let tokens = Lexer.tokenize(SourceFile(path: "n.pacte", text: text))
        let money = tokens.tokens.first { $0.kind == .money || $0.kind == .percent || $0.kind == .number }
        var value: DecimalNumber?
        if case .number(let number)? = money?.value { value = number }
        return (value, tokens.diagnostics.diagnostics.map(\.code.rawValue))
    }

    @Test("grouped digits and decimal commas mean what they say", arguments: [
        ("12 000 €", "12000"), ("12\u{00A0}000 €", "12000"), ("12\u{202F}000\u{00A0}€", "12000"),
        ("1 250 000 €", "1250000"), ("1 500,50 €", "1500.5"), ("3 000,05 EUR", "3000.05"),
        ("45 000 euros", "45000"), ("1 euro", "1"), ("200 Euros", "200"), ("12,5 %", "12.5"),
        ("180_000 €", "180000"), ("999 €", "999"),
    ])
    func frenchAmounts(_ written: String, _ expected: String) {
        let (value, codes) = budget(written)
        #expect(codes.isEmpty, "\(written): \(codes)")
        #expect(value?.description == expected, "\(written)")
    }

    @Test func groupsMustBeOfThreeDigits() {
        // Not a French grouping: the lexer stops at the space, and the
        // parser explains (P0103), never reading another number.
        for written in ["12 00 €", "1234 567 €", "12 0000 €", "1_000 000 €", "0 000 €"] {
            let text = "action a \"A\" { budget: \(written) }\n"
            let compiled = Compilation(source: SourceFile(path: "n.pacte", text: text))
            #expect(compiled.diagnostics.contains { $0.code == .unexpectedToken && $0.message.fr.contains("`\(written)`") }, "\(written)")
        }
        // Two years with a space: the range's `..` is what is missing.
        let range = "pacte \"P\" { période: 2026 2030 }\n"
        let compiled = Compilation(source: SourceFile(path: "n.pacte", text: range))
        #expect(compiled.diagnostics.contains { $0.message.fr == "il manque `..` entre les deux années de `2026 2030`" })
        // U+2009, the thin space some editors type for U+202F, groups too.
        #expect(budget("12\u{2009}000\u{2009}€").value?.description == "12000")
    }

    @Test func aPointBetweenThousandsGetsAHintAndAFix() throws {
        let text = "action a \"A\" { budget: 12.000 € }\n"
        let compiled = Compilation(source: SourceFile(path: "n.pacte", text: text))
        let diagnostic = try #require(compiled.diagnostics.first { $0.code == .invalidLiteral })
        #expect(diagnostic.help?.fr.contains("`12 000`") == true)
        let fixed = try TextEdit.apply(diagnostic.fixes.flatMap(\.edits), to: text)
        #expect(fixed == "action a \"A\" { budget: 12 000 € }\n")
        // Cents written with three digits are not thousands.
        #expect(budget("12.5 €").codes.isEmpty)
        #expect(budget("1234.000 €").codes == ["P0107"])
        // Nor are they after a zero: 0.500 € is never made 500 €.
        let cents = Compilation(source: SourceFile(path: "n.pacte", text: "action a \"A\" { budget: 0.500 € }\n"))
        #expect(cents.diagnostics.contains { $0.code == .invalidLiteral && $0.fixes.isEmpty })
        // Several points: one fix for all of them.
        let millions = "action a \"A\" { budget: 12.000.000 € }\n"
        let points = try #require(Compilation(source: SourceFile(path: "n.pacte", text: millions)).diagnostics.first { $0.code == .invalidLiteral })
        #expect(try TextEdit.apply(points.fixes.flatMap(\.edits), to: millions) == "action a \"A\" { budget: 12 000 000 € }\n")
    }

    @Test func aFrenchWrittenPacteMeansWhatItsCanonicalSpellingMeans() throws {
        let canonical = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        let french = canonical
            .replacingOccurrences(of: "24_000 €", with: "24\u{202F}000 euros")
            .replacingOccurrences(of: "15_000 €", with: "15\u{00A0}000,00 €")
        #expect(french != canonical)
        let frenchModel = Compilation(source: SourceFile(path: "fr.pacte", text: french))
        let canonicalModel = Compilation(source: SourceFile(path: "canonique.pacte", text: canonical))
        #expect(frenchModel.diagnostics.isEmpty)
        #expect(JSONBackend.render(frenchModel.pacte) == JSONBackend.render(canonicalModel.pacte))
        // `fmt` keeps the number as the author grouped it; the unit becomes `€`.
        guard case .formatted(let formatted) = Formatter.format(SourceFile(path: "fr.pacte", text: french)) else {
            Issue.record("fmt refused a French-written pacte")
            return
        }
        #expect(formatted.contains("budget: 24\u{202F}000 €"))
        #expect(formatted.contains("fonds-initiatives: 15\u{00A0}000,00 €"))
        // Every blank the lexer reads before a unit, thin space included, goes.
        let thin = french.replacingOccurrences(of: "24\u{202F}000 euros", with: "24\u{2009}000\u{2009}€")
        guard case .formatted(let thinFormatted) = Formatter.format(SourceFile(path: "fr.pacte", text: thin)) else {
            Issue.record("fmt refused a thin space")
            return
        }
        #expect(thinFormatted.contains("budget: 24\u{2009}000 €\n"))
    }
}
