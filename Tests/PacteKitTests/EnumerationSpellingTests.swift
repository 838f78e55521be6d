import Testing
@testable import PacteCore
@testable import PacteSchema

/// How enum values may be written: accents, case, English, feminine forms.
@Suite struct EnumerationSpellingTests {
    let roles = EnumSchema(Role.self, name: "rôle")

    @Test func caseAndAccentsDoNotMatter() {
        #expect(roles.canonical("Élu") == "élu")
        #expect(roles.canonical("ELU") == "élu")
        #expect(EnumSchema(College.self, name: "collège").canonical("Association") == "association")
        #expect(EnumSchema(ParticipationLevel.self, name: "participation").canonical("Co-Construction") == "co-construction")
    }

    @Test func feminineFormsAreTheSameValueAndKeepTheirSpelling() {
        for (written, value, formatted) in [("élue", "élu", "élue"), ("elue", "élu", "élue"), ("Agente", "agent", "agente"),
                                            ("actrice", "acteur", "actrice"), ("HABITANTE", "habitant", "habitante"),
                                            ("elu", "élu", "élu"), ("resident", "habitant", "habitant")] {
            #expect(roles.canonical(written) == value, "\(written)")
            #expect(roles.formatted(written) == formatted, "\(written)")
        }
        #expect(roles.canonical("actrise") == nil)
        #expect(roles.spellings.starts(with: ["élu", "agent", "acteur", "habitant", "élue", "agente", "actrice", "habitante"]))
    }
}
