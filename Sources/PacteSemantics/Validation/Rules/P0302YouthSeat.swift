import PacteCore
import PacteSyntax
import PacteSchema

/// P0302 — a space has no youth seat and the territory has no space of
/// type `jeunesse`. The pacte gives young people a voice, either with a
/// seat in each space or in a space of their own.
struct P0302YouthSeat: ValidationRule {
    static let explanation = Explanation(
        code: .youthSeat,
        title: text("pas de siège jeunesse", "no youth seat"),
        checks: text(
            "Signale un espace sans `siège-jeunesse` quand le pacte ne déclare aucun espace de `type: jeunesse`. Un espace de type jeunesse n’a pas besoin de siège jeunesse.",
            "Reports a space without `siège-jeunesse` when the pacte declares no space of `type: jeunesse`. A space of type jeunesse needs no youth seat."),
        rationale: text(
            "Les transitions engagent surtout celles et ceux qui auront vingt ans en 2040. Réserver une place à la jeunesse, dans l’espace ou dans un conseil qui lui est propre, est un engagement du pacte, pas une option.",
            "The transitions commit above all those who will be twenty in 2040. Keeping a place for young people, in the space or in a council of their own, is a commitment of the pacte, not an option."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" {
              membres: [lea]
              gouvernance { ordre-du-jour: [lea]; décision: consensus; retour: systématique; pilotes: [lea] }
            }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne malo "Malo Tanguy" { genre: homme; rôle: habitant; jeune: oui }
            espace conseil "Conseil des transitions" {
              membres: [lea, malo]
              siège-jeunesse: malo
              gouvernance { ordre-du-jour: [lea]; décision: consensus; retour: systématique; pilotes: [lea] }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let spaces = context.pacte.spaces
        // A space of type jeunesse exists, or may be hidden in what could not be read.
        if context.isPartial || spaces.contains(where: { $0.effectiveType == .jeunesse || ($0.type.value == nil && !$0.type.isAbsent) }) {
            return []
        }
        return spaces.filter { $0.youthSeat.isAbsent }.map { space in
            diagnostic(
                at: space.site.head,
                text("l’espace `\(space.id)` n’a pas de siège jeunesse", "space `\(space.id)` has no youth seat"),
                label: text("aucun membre n’occupe le siège jeunesse", "no member holds the youth seat"),
                notes: [DiagnosticNote(text("le pacte réserve une place à la jeunesse, dans cet espace ou dans un espace qui lui est dédié",
                                            "the pacte keeps a place for young people, in this space or in a space of their own"))],
                help: text("ajoutez `siège-jeunesse: <personne>` (une personne marquée `jeune: oui`), ou déclarez un `espace` de `type: jeunesse`",
                           "add `siège-jeunesse: <person>` (a person marked `jeune: oui`), or declare an `espace` of `type: jeunesse`"))
        }
    }
}
