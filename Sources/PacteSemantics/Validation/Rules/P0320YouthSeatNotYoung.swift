import PacteCore
import PacteSyntax
import PacteSchema

/// P0320 — the youth seat is held by a person not marked `jeune: oui`.
struct P0320YouthSeatNotYoung: ValidationRule {
    static let explanation = Explanation(
        code: .youthSeatNotYoung,
        title: text("siège jeunesse occupé par une personne qui n’est pas jeune", "youth seat held by a person who is not young"),
        checks: text("Vérifie que la personne du `siège-jeunesse` d’un espace est marquée `jeune: oui`.",
                     "Checks that the person holding a space’s `siège-jeunesse` is marked `jeune: oui`."),
        rationale: text(
            "Le siège jeunesse donne la parole aux jeunes du territoire ; l’attribuer à quelqu’un d’autre, même de bonne volonté, vide l’engagement de son sens.",
            "The youth seat gives a voice to the territory’s young people; giving it to someone else, however well-meaning, empties the commitment of its meaning."),
        failing: """
            personne herve "Hervé Tanguy" { genre: homme; rôle: agent }
            espace conseil "Conseil des transitions" { membres: [herve]; siège-jeunesse: herve }
            """,
        fixed: """
            personne herve "Hervé Tanguy" { genre: homme; rôle: agent }
            personne nolwenn "Nolwenn Bihan" { genre: femme; rôle: habitant; jeune: oui }
            espace conseil "Conseil des transitions" { membres: [herve, nolwenn]; siège-jeunesse: nolwenn }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        return pacte.spaces.compactMap { space in
            guard let id = space.youthSeat.value, let span = space.youthSeat.span, let person = pacte.person(id) else { return nil }
            switch person.isYoung {
            case .present(true, _), .invalid: return nil
            default:
                return diagnostic(
                    at: span,
                    text("le siège jeunesse de `\(space.id)` est occupé par `\(id)`, qui n’est pas marqué `jeune: oui`",
                         "the youth seat of `\(space.id)` is held by `\(id)`, who is not marked `jeune: oui`"),
                    label: text("pas une personne jeune", "not a young person"),
                    notes: [DiagnosticNote(text("`\(id)` est déclaré ici", "`\(id)` is declared here"), at: person.site.head)],
                    help: text("confiez le siège à une personne marquée `jeune: oui`, ou ajoutez `jeune: oui` à `\(id)` si c’est le cas",
                               "give the seat to a person marked `jeune: oui`, or add `jeune: oui` to `\(id)` if that is the case"))
            }
        }
    }
}
