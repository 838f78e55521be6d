import Testing
@testable import PacteDriver
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

    @Test func aFrenchUserIsOfferedTheFrenchValueEvenForAnEnglishTypo() throws {
        for (typed, offered) in [("inhabitan", "habitant"), ("resdent", "habitant"), ("actrise", "actrice"), ("agnte", "agente")] {
            let text = "personne p \"P\" { genre: femme; rôle: \(typed) }\n"
            let compiled = Compilation(source: SourceFile(path: "p.pacte", text: text))
            let diagnostic = try #require(compiled.diagnostics.first { $0.code == .unknownEnumValue }, "\(typed)")
            #expect(diagnostic.help?.fr == "vouliez-vous dire `\(offered)` ?", "\(typed)")
            #expect(diagnostic.fixes.first?.edits.first?.replacement == offered, "\(typed)")
        }
        // Kinds and properties too: the fix writes what `fmt` would.
        let text = "signatory s \"S\" { colege: association }\naction a \"A\" { partnrs: [s] }\n"
        let compiled = Compilation(source: SourceFile(path: "p.pacte", text: text))
        let replacements = compiled.diagnostics.filter { $0.code == .unknownName }.compactMap { $0.fixes.first?.edits.first?.replacement }
        #expect(replacements == ["collège", "partenaires"])
        #expect(compiled.diagnostics.contains { $0.help?.fr == "vouliez-vous dire `partenaires` ?" })
    }
}
