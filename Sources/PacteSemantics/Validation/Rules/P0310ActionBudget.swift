import PacteCore
import PacteSyntax
import PacteSchema

/// P0310 — an action has no budget. A warning, not an error: some actions
/// cost nothing, or wait for a vote; a waiver says so in the annex.
struct P0310ActionBudget: ValidationRule {
    static let explanation = Explanation(
        code: .actionBudget,
        title: text("action sans budget", "action without a budget"),
        checks: text("Signale une `action` sans `budget` (un montant comme `12_000 €`). C’est un avertissement.",
                     "Reports an `action` without `budget` (an amount such as `12_000 €`). It is a warning."),
        rationale: text(
            "Sans budget, les totaux par objectif sont faux et les associations ne savent pas sur quoi compter. Une action sans coût peut l’écrire : `budget: 0 €`.",
            "Without a budget, the totals per objective are wrong and associations do not know what to count on. An action that costs nothing can say so: `budget: 0 €`."),
        failing: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
            }
            """,
        fixed: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
              budget: 6_000 €
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        actionsLacking(
            context, { $0.budget.isAbsent },
            message: { text("l’action `\($0.id)` n’a pas de budget", "action `\($0.id)` has no budget") },
            label: text("il manque `budget`", "`budget` is missing"),
            help: text("ajoutez `budget: <montant> €` (`budget: 0 €` si elle ne coûte rien)", "add `budget: <amount> €` (`budget: 0 €` if it costs nothing)"),
            // An amount that nobody would take for a real one.
            template: { _ in "budget: " + PropertyTemplate.placeholderID })
    }
}
