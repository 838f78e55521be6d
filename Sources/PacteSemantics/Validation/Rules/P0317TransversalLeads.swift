import PacteCore
import PacteSyntax
import PacteSchema

/// P0317 — the governance names no transversal leads (`pilotes`), the
/// people who keep the whole pacte moving between meetings.
struct P0317TransversalLeads: ValidationRule {
    static let explanation = Explanation(
        code: .transversalLeads,
        title: text("pas de pilotes transversaux", "no transversal leads"),
        checks: text("Signale une `gouvernance` sans `pilotes`, ou dont la liste est vide.", "Reports a `gouvernance` without `pilotes`, or with an empty list."),
        rationale: text(
            "Entre deux réunions, quelqu’un doit relancer, préparer et faire le lien entre les actions. Les nommer — souvent un élu et une personne de la société civile — donne un visage au pacte.",
            "Between meetings, someone must follow up, prepare and link the actions. Naming them — often an elected official and a person from civil society — gives the pacte a face."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance {
                ordre-du-jour: [lea]
                décision: consensus
                retour: systématique
              }
            }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance {
                ordre-du-jour: [lea]
                décision: consensus
                retour: systématique
                pilotes: [lea]
              }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        governancesLacking(
            context, \.leads, property: "pilotes",
            missing: { text("le chemin de décision de `\($0.id)` ne nomme pas de pilotes transversaux",
                            "the decision path of `\($0.id)` names no transversal leads") },
            empty: { text("`\($0.id)` n’a aucun pilote transversal", "`\($0.id)` has no transversal lead") },
            help: text("ajoutez `pilotes: [<personne>, …]`, par exemple un élu et une personne de la société civile",
                       "add `pilotes: [<person>, …]`, for instance an elected official and a person from civil society"),
            // The leads are people to name: the only member, or a placeholder P0204 lists with the persons to choose from.
            template: { space in "pilotes: " + PropertyTemplate.value(for: .references([.personne], allowsMembers: false),
                                                                       candidates: space.members.value ?? []) })
    }
}
