import PacteCore
import PacteSyntax
import PacteSchema

/// P0309 — an action has no lead (`pilote`). An action everyone is in
/// charge of is an action nobody carries.
struct P0309ActionLead: ValidationRule {
    static let explanation = Explanation(
        code: .actionLead,
        title: text("action sans pilote", "action without a lead"),
        checks: text("Signale une `action` sans `pilote` (le signataire qui la porte).", "Reports an `action` without `pilote` (the signatory who carries it)."),
        rationale: text(
            "Une action dont tout le monde est responsable n’est portée par personne. Nommer un pilote, c’est savoir à qui demander où elle en est.",
            "An action everyone is responsible for is carried by nobody. Naming a lead means knowing whom to ask how it is going."),
        failing: """
            action jardins "Jardins partagés" {
              objectif: nature
              partenaires: [mairie]
            }
            """,
        fixed: """
            action jardins "Jardins partagés" {
              objectif: nature
              pilote: asso-jardins
              partenaires: [mairie]
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        actionsLacking(
            context, { $0.lead.isAbsent },
            message: { text("l’action `\($0.id)` n’a pas de pilote", "action `\($0.id)` has no lead") },
            label: text("il manque `pilote`", "`pilote` is missing"),
            help: text("ajoutez `pilote: <signataire>`, la structure qui porte l’action", "add `pilote: <signatory>`, the organisation that carries the action"),
            // Which signatory carries it is the author's choice: the only one, or a placeholder P0204 lists.
            // Two ids are enough to know there is a choice: all of them, for
            // each action without a lead, made the rule quadratic.
            template: { _ in
                "pilote: " + PropertyTemplate.value(for: .reference([.signataire]), candidates: context.pacte.signatories.prefix(2).map(\.id))
            })
    }
}
