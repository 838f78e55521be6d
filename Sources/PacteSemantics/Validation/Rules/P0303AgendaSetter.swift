import PacteCore
import PacteSyntax
import PacteSchema

/// P0303 — the decision path does not say who sets the agenda. Whoever
/// writes the agenda decides what is discussed; the pacte makes it explicit.
struct P0303AgendaSetter: ValidationRule {
    static let explanation = Explanation(
        code: .agendaSetter,
        title: text("personne ne fixe l’ordre du jour", "nobody sets the agenda"),
        checks: text(
            "Signale une `gouvernance` sans `ordre-du-jour`, ou dont la liste est vide.",
            "Reports a `gouvernance` without `ordre-du-jour`, or with an empty list."),
        rationale: text(
            "Qui écrit l’ordre du jour choisit ce dont on parle. Le dire noir sur blanc, c’est la première étape d’un chemin de décision clair : la société civile sait comment inscrire un sujet.",
            "Whoever writes the agenda chooses what is discussed. Saying it in black and white is the first step of a clear decision path: civil society knows how to put an item on it."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance {
                décision: consensus
                retour: systématique
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
        governancesLacking(
            context, \.agenda, property: "ordre-du-jour",
            missing: { text("le chemin de décision de `\($0.id)` ne dit pas qui fixe l’ordre du jour",
                            "the decision path of `\($0.id)` does not say who sets the agenda") },
            empty: { text("l’ordre du jour de `\($0.id)` n’est fixé par personne", "nobody sets the agenda of `\($0.id)`") },
            help: text("ajoutez `ordre-du-jour: [<signataire ou personne>, …]`", "add `ordre-du-jour: [<signatory or person>, …]`"),
            // The space's members set the agenda: the list to narrow, if need be.
            template: { _ in "ordre-du-jour: membres" })
    }
}
