import PacteCore
import PacteSyntax
import PacteSchema

/// P0306 — an action has no calendar. Without dates, nobody can tell
/// whether it is late, nor plan the people and money it needs.
struct P0306ActionCalendar: ValidationRule {
    static let explanation = Explanation(
        code: .actionCalendar,
        title: text("action sans calendrier", "action without a calendar"),
        checks: text("Signale une `action` sans `calendrier` (une période comme `2026-09..2027-06`).",
                     "Reports an `action` without `calendrier` (a range such as `2026-09..2027-06`)."),
        rationale: text(
            "Une action sans dates ne peut être ni suivie ni évaluée, et l’espace de coopération ne peut pas dire si elle avance.",
            "An action without dates can be neither followed nor evaluated, and the cooperation space cannot tell whether it progresses."),
        failing: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
              budget: 6_000 €
              participation: co-construction
            }
            """,
        fixed: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
              budget: 6_000 €
              participation: co-construction
              calendrier: 2026-04..2028-10
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        actionsLacking(
            context, { $0.calendar.isAbsent },
            message: { text("l’action `\($0.id)` n’a pas de calendrier", "action `\($0.id)` has no calendar") },
            label: text("il manque `calendrier`", "`calendrier` is missing"),
            help: text("ajoutez `calendrier: début..fin`, par exemple `calendrier: 2026-09..2027-06`",
                       "add `calendrier: start..end`, for instance `calendrier: 2026-09..2027-06`"),
            // The pacte's whole période, to narrow: never outside it (P0307).
            template: { _ in "calendrier: " + PropertyTemplate.placeholderID })
    }
}
