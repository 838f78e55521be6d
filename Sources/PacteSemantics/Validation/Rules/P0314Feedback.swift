import PacteCore
import PacteSyntax
import PacteSchema

/// P0314 — the governance does not promise systematic feedback. Telling
/// people what became of their contribution is what keeps them coming.
struct P0314Feedback: ValidationRule {
    static let explanation = Explanation(
        code: .feedback,
        title: text("pas de retour systématique", "no systematic feedback"),
        checks: text(
            "Signale une `gouvernance` sans `retour`, ou dont le retour n’est pas `systématique`.",
            "Reports a `gouvernance` without `retour`, or whose feedback is not `systématique`."),
        rationale: text(
            "Après chaque consultation, dire ce qui a été retenu, ce qui ne l’a pas été et pourquoi : c’est ce qui distingue une coopération d’une consultation pour la forme, et ce qui fait revenir les gens.",
            "After each consultation, saying what was kept, what was not and why: that is what sets cooperation apart from a token consultation, and what brings people back."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance {
                ordre-du-jour: [lea]
                décision: consensus
                retour: ponctuel
                pilotes: [lea]
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
        context.pacte.spaces.compactMap { space in
            guard let governance = space.governance else { return nil }
            let help = text("écrivez `retour: systématique` : un compte rendu après chaque consultation, qui dit ce qui a été retenu et pourquoi",
                            "write `retour: systématique`: a report after each consultation, saying what was kept and why")
            switch governance.feedback {
            case .absent:
                return diagnostic(
                    at: governance.site.head,
                    text("le chemin de décision de `\(space.id)` ne prévoit pas de retour après les consultations",
                         "the decision path of `\(space.id)` has no feedback after consultations"),
                    label: text("il manque `retour`", "`retour` is missing"), help: help,
                    fixes: context.fix(adding: ["retour: systématique"], to: governance.site))
            case .present(let policy, let span) where policy != .systématique:
                return diagnostic(
                    at: span,
                    text("le retour n’est pas systématique dans `\(space.id)`", "feedback is not systematic in `\(space.id)`"),
                    label: text("retour `\(policy.rawValue)`", "`\(policy.rawValue)` feedback"), help: help,
                    fixes: context.fix(replacing: span, with: "retour: systématique"))
            default:
                return nil
            }
        }
    }
}
