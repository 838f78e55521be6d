import PacteCore
import PacteSyntax
import PacteSchema

/// P0313 — a space lacks an elected official, an agent, or an actor or
/// inhabitant. Cooperation needs the three at the table: who decides,
/// who carries out, who lives with the result.
struct P0313SpaceRoles: ValidationRule {
    static let explanation = Explanation(
        code: .spaceRoles,
        title: text("composition de l’espace incomplète", "incomplete composition of a space"),
        checks: text(
            "Vérifie que les `membres` de chaque espace comptent une personne de `rôle: élu`, une de `rôle: agent`, et une de `rôle: acteur` ou `habitant`. Dans un conseil de développement, dont la loi écarte les conseillers communautaires (art. L5211-10-1 du CGCT), aucun élu n’est demandé. C’est un avertissement.",
            "Checks that each space’s `membres` include a person with `rôle: élu`, one with `rôle: agent`, and one with `rôle: acteur` or `habitant`. In a development council, whose law keeps community councillors out (art. L5211-10-1 CGCT), no elected official is asked for. It is a warning."),
        rationale: text(
            "Sans élu, l’espace ne peut rien engager ; sans agent, rien ne se met en œuvre ; sans acteurs ni habitants, ce n’est plus une coopération avec la société civile.",
            "Without an elected official, the space can commit to nothing; without an agent, nothing gets done; without actors or inhabitants, it is no longer cooperation with civil society."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            espace conseil "Conseil des transitions" { membres: [lea, tom] }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            personne ana "Ana Riou" { genre: femme; rôle: agent }
            espace conseil "Conseil des transitions" { membres: [lea, tom, ana] }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        let excludesCouncillors = pacte.form.value.map { FormLaw.of($0).excludesCouncillors } ?? false
        return pacte.spaces.compactMap { space in
            // The roles present, as flags: a set of them was built and
            // hashed for every space.
            guard let roles = pacte.readMembers(of: space, \.role, into: RolesPresent(), { $0.insert($1) }),
                  let span = space.members.span else { return nil }
            var missing: [LocalizedText] = []
            // Where the form's law keeps councillors out (a conseil de
            // développement), no élu is asked for: P0326 reports one.
            if !roles.contains(.élu) && !excludesCouncillors {
                missing.append(text("un élu (`rôle: élu`)", "an elected official (`rôle: élu`)"))
            }
            if !roles.contains(.agent) { missing.append(text("un agent (`rôle: agent`)", "an agent (`rôle: agent`)")) }
            if !roles.contains(.acteur) && !roles.contains(.habitant) {
                missing.append(text("un acteur ou un habitant (`rôle: acteur` ou `habitant`)", "an actor or an inhabitant (`rôle: acteur` or `habitant`)"))
            }
            guard !missing.isEmpty else { return nil }
            let fr = missing.map(\.fr).joined(separator: ", "), en = missing.map(\.en).joined(separator: ", ")
            return diagnostic(
                at: span,
                text("il manque à l’espace `\(space.id)` \(fr)", "space `\(space.id)` lacks \(en)"),
                label: text("composition incomplète", "incomplete composition"),
                help: text("ajoutez parmi les `membres` \(fr)", "add to the `membres` \(en)"))
        }
    }
}

/// Which roles a space's members have.
private struct RolesPresent {
    private var élu = false, agent = false, acteur = false, habitant = false

    mutating func insert(_ role: Role?) {
        switch role {
        case .élu: élu = true
        case .agent: agent = true
        case .acteur: acteur = true
        case .habitant: habitant = true
        case nil: break
        }
    }

    func contains(_ role: Role) -> Bool {
        switch role {
        case .élu: élu
        case .agent: agent
        case .acteur: acteur
        case .habitant: habitant
        }
    }
}
