import PacteCore
import PacteSyntax
import PacteSchema

/// P0325 — the `présidence` of a space is not held by an élu of a
/// collectivité signatory, where the form's law asks for a member of the
/// council: a commission under L2143-2 is presided by a member of the
/// municipal council designated by the mayor. Which forms ask comes from
/// ``FormLaw``.
struct P0325Presidency: ValidationRule {
    static let explanation = Explanation(
        code: .presidency,
        title: text("présidence confiée à une personne qui n’est pas élue", "presidency held by someone who is not an elected official"),
        checks: text(
            "Dans un pacte de `forme: commission-extra-municipale`, vérifie que la `présidence` de chaque espace de type `transitions` revient à une personne de `rôle: élu` dont la `structure` est un signataire de `collège: collectivité` : la loi veut que la commission soit présidée par un membre du conseil municipal désigné par le maire (\(FormLaw.source(of: .commissionExtraMunicipale, .fr))). Sans `présidence`, l’acte énonce cette règle.",
            "In a pacte with `forme: commission-extra-municipale`, checks that the `présidence` of each space of type `transitions` goes to a person with `rôle: élu` whose `structure` is a signatory of `collège: collectivité`: the law wants the commission presided over by a member of the municipal council designated by the mayor (\(FormLaw.source(of: .commissionExtraMunicipale, .en))). Without `présidence`, the act states that rule."),
        rationale: text(
            "La présidence d’un comité consultatif communal est fixée par la loi : une délibération qui la confierait à une association ou à un agent serait irrégulière. La société civile peut animer les travaux, co-construire l’ordre du jour ou porter des actions ; la présidence, elle, revient à un conseiller municipal.",
            "The presidency of a municipal consultative committee is set by law: a council decision giving it to an association or an agent would be unlawful. Civil society may run the work, build the agenda together or lead actions; the presidency goes to a municipal councillor."),
        failing: """
            pacte "Pacte de Kerlann" {
              territoire: "Commune de Kerlann"
              échelon: commune
              forme: commission-extra-municipale
              période: 2026..2031
            }
            signataire mairie "Commune de Kerlann" { collège: collectivité }
            signataire amap "AMAP du Lenn" { collège: association }
            personne lea "Léa Kervella" { genre: femme; rôle: élu; structure: mairie }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur; structure: amap }
            espace commission "Commission des transitions" { membres: [lea, tom]; présidence: tom }
            """,
        fixed: """
            pacte "Pacte de Kerlann" {
              territoire: "Commune de Kerlann"
              échelon: commune
              forme: commission-extra-municipale
              période: 2026..2031
            }
            signataire mairie "Commune de Kerlann" { collège: collectivité }
            signataire amap "AMAP du Lenn" { collège: association }
            personne lea "Léa Kervella" { genre: femme; rôle: élu; structure: mairie }
            personne tom "Tom Le Bihan" { genre: homme; rôle: acteur; structure: amap }
            espace commission "Commission des transitions" { membres: [lea, tom]; présidence: lea }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let form = pacte.form.value else { return [] }
        let law = FormLaw.of(form)
        guard let rule = law.presidency.rule, let citation = law.citation(.fr), let citationEn = law.citation(.en) else { return [] }
        // An élu whose structure is a collectivité that signs: a councillor.
        func isCouncillor(_ person: Person) -> Bool {
            person.role.value == .élu && person.organization.value.flatMap(pacte.signatory)?.college.value == .collectivité
        }
        // The councillors of the file, found at the first space that names
        // them: searched again for each, the rule took quadratic time on a
        // file of many spaces whose code is waived.
        var councillorsOfTheFile: [String]?
        return pacte.spaces.compactMap { space in
            guard space.effectiveType == .transitions, let id = space.presidency.value, let span = space.presidency.span,
                  let person = pacte.person(id), person.role.value != nil, person.organization.span == nil || person.organization.value != nil else { return nil }
            guard !isCouncillor(person) else { return nil }
            let councillors = councillorsOfTheFile ?? pacte.persons.filter(isCouncillor).map(\.id)
            councillorsOfTheFile = councillors
            return diagnostic(
                at: span,
                text("la présidence de l’espace `\(space.id)` revient à `\(id)`, qui n’est pas \(person.gender.value == .femme ? "une élue" : "un élu") de la collectivité",
                     "the presidency of space `\(space.id)` goes to `\(id)`, who is not an elected official of the local government"),
                label: text("la loi demande \(rule.fr) (\(citation))", "the law asks for \(rule.en) (\(citationEn))"),
                notes: [DiagnosticNote(text("`\(id)` est \(person.gender.value == .femme ? "déclarée" : "déclaré") ici", "`\(id)` is declared here"), at: person.site.head)],
                help: councillors.isEmpty
                    ? text("confiez la présidence à une personne de `rôle: élu` dont la `structure` est la collectivité signataire",
                           "give the presidency to a person with `rôle: élu` whose `structure` is the signatory local government")
                    : text("confiez la présidence à un élu de la collectivité : \(Suggestions.list(councillors, in: .fr))",
                           "give the presidency to an elected official of the local government: \(Suggestions.list(councillors, in: .en))"))
        }
    }
}
