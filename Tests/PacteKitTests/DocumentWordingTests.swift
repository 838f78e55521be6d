import Testing
@testable import PacteCore
@testable import PacteSchema
@testable import PacteSemantics
@testable import PacteDocument
@testable import PacteDriver
@testable import PacteFormat
@testable import PacteMarkdown
@testable import PacteKit

/// Sentences the document writes about people, as a careful person would.
@Suite struct DocumentWordingTests {
    let french = Labels(language: .fr), english = Labels(language: .en)

    func parity(_ women: Int, _ men: Int, other: Int = 0, unspecified: Int = 0, tolerance: Int = 1) -> ParityCount {
        ParityCount(women: women, men: men, other: other, unspecified: unspecified, tolerance: tolerance)
    }

    @Test func parityIsASentenceWithCountsInWords() {
        #expect(french.parity(parity(2, 2)) == "Parité : deux femmes et deux hommes ; la parité est respectée.")
        #expect(french.parity(parity(1, 2)) == "Parité : une femme et deux hommes ; l’écart d’une personne reste dans la tolérance fixée à une personne.")
        #expect(french.parity(parity(5, 1, tolerance: 2))
            == "Parité : cinq femmes et un homme ; l’écart de quatre personnes dépasse la tolérance fixée à deux personnes : la parité n’est pas atteinte.")
        #expect(english.parity(parity(3, 1)) == "Parity: three women and one man; the gap of two people exceeds the tolerance of one person: parity is not reached.")
        #expect(french.parity(parity(20, 19)).hasPrefix("Parité : 20 femmes et 19 hommes ;"))
    }

    @Test func parityIsNeverReachedWhileAGenderIsUnknown() {
        // `pacte init` gives four members whose gender is still to be given.
        #expect(french.parity(parity(0, 0, unspecified: 4))
            == "Parité : quatre membres dont le genre n’est pas précisé ; elle ne pourra être vérifiée qu’une fois le genre de chaque membre précisé.")
        #expect(french.parity(parity(1, 1, unspecified: 1))
            == "Parité : une femme et un homme, et un membre dont le genre n’est pas précisé ; elle ne pourra être vérifiée qu’une fois le genre de chaque membre précisé.")
        #expect(french.parity(parity(2, 1, other: 1)) == "Parité : deux femmes et un homme, une personne d’un autre genre ; l’écart d’une personne reste dans la tolérance fixée à une personne.")
    }

    @Test func rolesAgreeWithTheGender() {
        #expect(french.role(.élu, gender: .femme) == "élue")
        #expect(french.role(.élu, gender: .homme) == "élu")
        #expect(french.role(.acteur, gender: .femme) == "actrice")
        #expect(french.role(.habitant, gender: .nonPrécisé) == "habitant·e")
        #expect(french.role(.agent, gender: nil) == "agent·e")
        #expect(english.role(.acteur, gender: .femme) == "stakeholder")
    }

    @Test func theDocumentOfAnInitPacteDoesNotClaimParity() throws {
        let text = StarterTemplate.render(territory: "Commune de Kerbic", level: .commune, language: .fr, year: 2026)
        let compilation = Compilation(source: SourceFile(path: "init.pacte", text: text))
        let document = DocumentBuilder.build(compilation.pacte)
        let words = MarkdownBackend.render(document)
        #expect(!words.contains("parité est respectée"))
        #expect(words.contains("ne pourra être vérifiée"))
    }

    @Test func theLawOfTheFormIsStatedUnderItsArticle() throws {
        let original = try String(contentsOf: Golden.root.appendingPathComponent("Examples/lannevez.pacte"), encoding: .utf8)
        func words(_ text: String) -> String {
            MarkdownBackend.render(DocumentBuilder.build(Compilation(source: SourceFile(path: "p.pacte", text: text)).pacte))
        }
        let ruled = words(original)
        #expect(ruled.contains("**Cadre légal (art. L2143-2 du CGCT)**"))
        #expect(ruled.contains("L’espace est présidé par un membre du conseil municipal désigné par le maire."))
        // A named presidency replaces the legal rule, and is checked against it (P0325).
        let named = original.replacingOccurrences(of: "  siège-jeunesse: nolwenn\n", with: "  siège-jeunesse: nolwenn\n  présidence: gwen\n")
        #expect(Compilation(source: SourceFile(path: "p.pacte", text: named)).diagnostics.isEmpty)
        #expect(words(named).contains("L’espace est présidé par Gwenaëlle Le Roux."))
        // A form the law does not name: the space is the pacte's own.
        let own = original.replacingOccurrences(of: "forme: commission-extra-municipale", with: "forme: conseil-alimentaire")
        #expect(words(own).contains("**Statut de l’espace**"))
        #expect(words(own).contains("L’espace est une instance de concertation que crée le présent pacte"))
    }
}
