import PacteCore
import PacteSyntax
import PacteSchema

/// P0318 — some voters are not members of the space. A warning: it may be
/// intended (a co-opted expert), but is more often a forgotten member.
struct P0318VotersNotMembers: ValidationRule {
    static let explanation = Explanation(
        code: .votersNotMembers,
        title: text("votants hors de l’espace", "voters outside the space"),
        checks: text("Signale les `votants` d’une gouvernance qui ne sont pas parmi les `membres` de l’espace. C’est un avertissement.",
                     "Reports `votants` of a governance who are not among the space’s `membres`. It is a warning."),
        rationale: text(
            "Voter sans siéger, c’est décider sans avoir pris part aux échanges. C’est souvent un membre oublié dans la liste ; sinon, le pacte doit le dire.",
            "Voting without sitting means deciding without having taken part in the discussion. It is often a member forgotten in the list; otherwise the pacte should say so."),
        failing: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            personne ana "Ana Riou" { genre: femme; rôle: agent }
            espace conseil "Conseil des transitions" {
              membres: [lea, tom]
              gouvernance { décision: vote; votants: [lea, tom, ana]; majorité: 1/2 }
            }
            """,
        fixed: """
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            personne ana "Ana Riou" { genre: femme; rôle: agent }
            espace conseil "Conseil des transitions" {
              membres: [lea, tom, ana]
              gouvernance { décision: vote; votants: membres; majorité: 1/2 }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        return pacte.spaces.compactMap { space in
            guard let members = space.members.value, let voters = space.governance?.voters.value, !voters.isAllMembers,
                  let span = space.governance?.voters.span else { return nil }
            let memberSet = Set(members)
            var outsiders: [String] = []
            for voter in voters.ids where !memberSet.contains(voter) && !outsiders.contains(voter) { outsiders.append(voter) }
            guard !outsiders.isEmpty else { return nil }
            let listed = outsiders.map { "`\($0)`" }.joined(separator: ", ")
            return diagnostic(
                at: span,
                text("\(outsiders.count > 1 ? "des votants ne sont pas membres" : "un votant n’est pas membre") de `\(space.id)` : \(listed)",
                     "\(outsiders.count > 1 ? "voters are not members" : "a voter is not a member") of `\(space.id)`: \(listed)"),
                label: text("hors des membres", "not among the members"),
                notes: outsiders.compactMap { id in pacte.person(id).map { DiagnosticNote(text("`\(id)` est déclaré ici", "`\(id)` is declared here"), at: $0.site.head) } },
                help: text("ajoutez \(listed) aux `membres`, ou écrivez `votants: membres`", "add \(listed) to the `membres`, or write `votants: membres`"))
        }
    }
}
