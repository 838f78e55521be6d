import PacteCore
import PacteSyntax
import PacteSchema

/// P0305 — an action does not say how civil society takes part in it.
struct P0305ParticipationLevel: ValidationRule {
    static let explanation = Explanation(
        code: .participationLevel,
        title: text("action sans niveau de participation", "action without a participation level"),
        checks: text(
            "Signale une `action` sans `participation` : information, consultation, concertation, co-construction, coopération ou négociation.",
            "Reports an `action` without `participation`: information, consultation, concertation, co-construction, coopération or négociation."),
        rationale: text(
            "Être informé n’est pas décider ensemble. Dire pour chaque action jusqu’où va la participation évite les malentendus et les déceptions : chacun sait à quoi il s’engage.",
            "Being informed is not deciding together. Saying for each action how far participation goes avoids misunderstandings and disappointment: everyone knows what they commit to."),
        failing: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
              budget: 6_000 €
              calendrier: 2026..2028
            }
            """,
        fixed: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
              budget: 6_000 €
              participation: co-construction
              calendrier: 2026..2028
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        actionsLacking(
            context, { $0.participation.isAbsent },
            message: { text("l’action `\($0.id)` n’a pas de niveau de participation", "action `\($0.id)` has no participation level") },
            label: text("il manque `participation`", "`participation` is missing"),
            help: text("ajoutez `participation: information|consultation|concertation|co-construction|coopération|négociation`",
                       "add `participation: information|consultation|concertation|co-construction|coopération|négociation`"),
            // How far participation goes is the signatories' choice: P0207 lists the levels until it is made.
            template: { _ in "participation: " + PropertyTemplate.placeholderID })
    }
}
