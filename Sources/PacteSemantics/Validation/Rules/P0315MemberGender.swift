import PacteCore
import PacteSyntax
import PacteSchema

/// P0315 — a member of a space has no `genre`, so parity cannot be
/// checked. A warning: `non-précisé` is a valid answer, silence is not.
struct P0315MemberGender: ValidationRule {
    static let explanation = Explanation(
        code: .memberGender,
        title: text("membre sans genre", "member without gender"),
        checks: text(
            "Signale une personne membre d’un espace qui n’a pas de `genre`. Écrire `genre: non-précisé` est une réponse valable. C’est un avertissement.",
            "Reports a person who is a member of a space and has no `genre`. Writing `genre: non-précisé` is a valid answer. It is a warning."),
        rationale: text(
            "Sans le genre de chaque membre, la parité de l’espace ne peut pas être vérifiée, et le document signé ne peut pas en rendre compte.",
            "Without each member’s gender, the space’s parity cannot be checked, and the signed document cannot report it."),
        failing: """
            personne lea "Léa Kervella" { rôle: élu }
            espace conseil "Conseil des transitions" { membres: [lea] }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            espace conseil "Conseil des transitions" { membres: [lea] }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        // Only the members without a gender are looked for, by the index
        // of their spaces: a copy of each space per member took more
        // memory than the rest of the check.
        var ungendered: Set<String> = []
        for person in pacte.persons where person.gender.isAbsent { ungendered.insert(person.id) }
        guard !ungendered.isEmpty else { return [] }
        var spacesOf: [String: [Int]] = [:]
        for (index, space) in pacte.spaces.enumerated() {
            for id in space.members.value ?? [] where ungendered.contains(id)
                && spacesOf[id]?.contains(where: { pacte.spaces[$0].id == space.id }) != true {
                spacesOf[id, default: []].append(index)
            }
        }
        return pacte.persons.compactMap { person in
            guard person.gender.isAbsent, let spaces = spacesOf[person.id]?.map({ pacte.spaces[$0] }) else { return nil }
            return diagnostic(
                at: person.site.head,
                text("`\(person.id)` siège dans \(spaces.count > 1 ? "des espaces" : "un espace") sans genre précisé : la parité ne peut pas être vérifiée",
                     "`\(person.id)` sits in \(spaces.count > 1 ? "spaces" : "a space") without a stated gender: parity cannot be checked"),
                label: text("il manque `genre`", "`genre` is missing"),
                notes: spaces.compactMap { space in
                    space.members.span.map { DiagnosticNote(text("membre de `\(space.id)`", "member of `\(space.id)`"), at: $0) }
                },
                help: text("ajoutez `genre: femme`, `homme`, `autre` ou `non-précisé`", "add `genre: femme`, `homme`, `autre` or `non-précisé`"))
        }
    }
}
