import PacteCore
import PacteSyntax
import PacteSchema

/// P0316 — an objective has no action. A warning: an objective may wait
/// for its actions, but the plan shows a hole until they come.
struct P0316ObjectiveWithoutAction: ValidationRule {
    static let explanation = Explanation(
        code: .objectiveWithoutAction,
        title: text("objectif sans action", "objective without an action"),
        checks: text("Signale un `objectif` qu’aucune `action` ne sert. C’est un avertissement.",
                     "Reports an `objectif` that no `action` serves. It is a warning."),
        rationale: text(
            "Un objectif sans action est une intention : le plan d’actions signé doit dire comment on l’atteint, ou assumer qu’il reste à construire.",
            "An objective without an action is an intention: the signed action plan must say how it will be reached, or own that it is still to be built."),
        failing: """
            objectif haies "Replanter 12 km de haies"
            """,
        fixed: """
            objectif haies "Replanter 12 km de haies"
            action chantiers "Chantiers de plantation" { objectif: haies }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        // An action whose objective is missing or wrong (already reported) may be the missing one.
        guard !context.isPartial, !pacte.actions.indices.contains(where: { pacte.actions[$0].objective.value == nil }) else { return [] }
        return pacte.objectives.filter { !pacte.isServed($0) }.map { objective in
            diagnostic(
                at: objective.site.head,
                text("aucune action ne sert l’objectif `\(objective.id)`", "no action serves objective `\(objective.id)`"),
                label: text("objectif sans action", "objective without an action"),
                help: text("ajoutez une action avec `objectif: \(objective.id)`, ou retirez cet objectif du plan",
                           "add an action with `objectif: \(objective.id)`, or remove this objective from the plan"))
        }
    }
}
