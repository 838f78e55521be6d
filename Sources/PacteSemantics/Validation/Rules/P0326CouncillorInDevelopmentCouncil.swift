import PacteCore
import PacteSyntax
import PacteSchema

/// P0326 — an élu sits among the members of a conseil de développement,
/// whose law excludes the community councillors (art. L5211-10-1 du
/// CGCT). Which forms exclude councillors comes from ``FormLaw``.
struct P0326CouncillorInDevelopmentCouncil: ValidationRule {
    static let explanation = Explanation(
        code: .councillorExcluded,
        title: text("élu parmi les membres d’un conseil de développement", "elected official among the members of a development council"),
        checks: text(
            "Signale, dans un espace de type `transitions` d’un pacte de `forme: conseil-de-développement`, un membre de `rôle: élu` : les conseillers communautaires ne peuvent pas être membres d’un conseil de développement (\(FormLaw.source(of: .conseilDeDéveloppement, .fr))).",
            "Reports, in a space of type `transitions` of a pacte with `forme: conseil-de-développement`, a member with `rôle: élu`: community councillors cannot be members of a development council (\(FormLaw.source(of: .conseilDeDéveloppement, .en)))."),
        rationale: text(
            "Le conseil de développement porte la parole de la société civile auprès des élus : la loi en écarte les conseillers communautaires pour qu’il reste distinct du conseil qui décide. Les élus le consultent et lui répondent ; ils n’y siègent pas.",
            "The development council carries civil society’s voice to the elected officials: the law keeps community councillors out of it so that it stays distinct from the council that decides. Elected officials consult it and answer it; they do not sit in it."),
        failing: """
            pacte "Pacte du Pays de Kerlann" {
              territoire: "Pays de Kerlann"
              échelon: pays
              forme: conseil-de-développement
              période: 2026..2031
            }
            personne lea "Léa Kervella" { genre: femme; rôle: élu }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            espace conseil "Conseil de développement" { membres: [lea, tom] }
            """,
        fixed: """
            pacte "Pacte du Pays de Kerlann" {
              territoire: "Pays de Kerlann"
              échelon: pays
              forme: conseil-de-développement
              période: 2026..2031
            }
            personne lea "Léa Kervella" { genre: femme; rôle: acteur }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur }
            espace conseil "Conseil de développement" { membres: [lea, tom] }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let form = pacte.form.value else { return [] }
        let law = FormLaw.of(form)
        guard law.excludesCouncillors, let citation = law.citation(.fr), let citationEn = law.citation(.en) else { return [] }
        return pacte.spaces.flatMap { space -> [Diagnostic] in
            guard space.effectiveType == .transitions, let span = space.members.span else { return [] }
            let elected = (space.members.value ?? []).compactMap(pacte.person).filter { $0.role.value == .élu }
            return elected.map { person in
                diagnostic(
                    at: span,
                    text("`\(person.id)`, \(person.gender.value == .femme ? "élue" : "élu"), est membre de l’espace `\(space.id)`, un conseil de développement",
                         "`\(person.id)`, an elected official, is a member of space `\(space.id)`, a development council"),
                    label: text("les conseillers communautaires n’y siègent pas (\(citation))", "community councillors do not sit in it (\(citationEn))"),
                    notes: [DiagnosticNote(text("`\(person.id)` est \(person.gender.value == .femme ? "déclarée élue" : "déclaré élu") ici", "`\(person.id)` is declared elected here"), at: person.site.head)],
                    help: text("retirez `\(person.id)` des `membres` : les élus consultent le conseil de développement et lui répondent, sans y siéger",
                               "remove `\(person.id)` from the `membres`: elected officials consult the development council and answer it, without sitting in it"))
            }
        }
    }
}
