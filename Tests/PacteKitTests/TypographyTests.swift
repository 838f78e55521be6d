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

@Suite struct TypographyTests {
    @Test func frenchSpacesAndQuotes() {
        let nbsp = "\u{00A0}"
        #expect(Typography.apply("Vivre mieux : moins d'énergie !", .fr) == "Vivre mieux\(nbsp): moins d’énergie\(nbsp)!")
        #expect(Typography.apply("le \"droit à l'erreur\"", .fr) == "le «\(nbsp)droit à l’erreur\(nbsp)»")
        #expect(Typography.apply("« déjà »", .fr) == "«\(nbsp)déjà\(nbsp)»")
        #expect(Typography.apply("https://exemple.bzh et 10:30", .fr) == "https://exemple.bzh et 10:30")
        #expect(Typography.apply("31 000 habitants, 2 400 ou 12 3456", .fr) == "31\(nbsp)000 habitants, 2\(nbsp)400 ou 12 3456")
        #expect(Typography.apply("the \"right\" one's", .en) == "the “right” one’s")
        for text in ["a : b ; c ! d ?", "« x »", "\"q\" : r", "l'a"] {
            let once = Typography.apply(text, .fr)
            #expect(Typography.apply(once, .fr) == once, "typography is idempotent")
        }
    }

    @Test func moneyAndDates() {
        #expect(Typography.money(2_400_000, .fr) == "24\u{00A0}000\u{00A0}€")
        #expect(Typography.money(123_456_750, .fr) == "1\u{00A0}234\u{00A0}567,50\u{00A0}€")
        #expect(Typography.money(2_400_000, .en) == "€24,000")
        #expect(Typography.date(CalendarDate(year: 2026, month: 3, day: 14), .fr) == "14\u{00A0}mars\u{00A0}2026")
        #expect(Typography.date(CalendarDate(year: 2026, month: 3, day: 1), .fr) == "1er\u{00A0}mars\u{00A0}2026")
        #expect(Typography.date(CalendarDate(year: 2026, month: 11), .en) == "November 2026")
    }

    @Test func richText() {
        let blocks = RichText.blocks("Un *petit* pas.\nSuite.\n\n- un\n- **deux**\n\nFin", .fr)
        #expect(blocks == [
            .paragraph(Paragraph(.body, [.text("Un "), .emphasis("petit"), .text(" pas. Suite.")])),
            .list(List(.bulleted, [[.text("un")], [.strong("deux")]])),
            .paragraph(Paragraph(.body, [.text("Fin")])),
        ])
        // The author's own lead-ins and intros: a paragraph wholly in bold,
        // a colon right before list items; a colon elsewhere is body text.
        #expect(RichText.blocks("**Étapes**\n\nNous voulons :\n- un\n\nAinsi :\n\nFin.", .fr) == [
            .paragraph(Paragraph(.leadIn, [.strong("Étapes")])),
            .paragraph(Paragraph(.intro, [.text("Nous voulons\u{A0}:")])),
            .list(List(.bulleted, [[.text("un")]])),
            .paragraph(Paragraph(.body, [.text("Ainsi\u{A0}:")])),
            .paragraph(Paragraph(.body, [.text("Fin.")])),
        ])
        #expect(RichText.inlines("2 * 3 = 6 et a*b", .fr) == [.text("2 * 3 = 6 et a*b")])
        #expect(RichText.inlines("*a *b* c*", .fr) == [.emphasis("a *b"), .text(" c*")])
        #expect(RichText.inlines("*a* et **b** et *c*", .fr) == [.emphasis("a"), .text(" et "), .strong("b"), .text(" et "), .emphasis("c")])
        // A search that found no closer is not made again from further on,
        // for the same marker only: `**` closes nowhere, `*` still closes.
        #expect(RichText.inlines("*a *b", .fr) == [.text("*a *b")])
        #expect(RichText.inlines("**a *b* c", .fr) == [.text("*"), .emphasis("a *b"), .text(" c")])
        #expect(RichText.inlines("* a *b*", .fr) == [.text("* a "), .emphasis("b")])
    }

    @Test(.timeLimit(.minutes(1)))
    func aLongTextOfUnclosedStarsIsReadInLinearTime() {
        // Each `*` opened a search to the end of the text: 400 KB took 27 s.
        let text = String(repeating: "*_`#[]()|\\ ", count: 200_000)
        #expect(RichText.inlines(text, .fr) == [.text(text)])
    }
}
