import PacteCore
import PacteSyntax
import PacteSchema

/// P0308 — the signatories lack a local government or lack civil society.
/// A pacte is an agreement between the two; with one side missing it is
/// something else.
struct P0308SignatoryColleges: ValidationRule {
    static let explanation = Explanation(
        code: .signatoryColleges,
        title: text("signataires incomplets", "incomplete signatories"),
        checks: text(
            "Vérifie que les signataires comptent au moins une `collège: collectivité` et au moins une structure de la société civile (association, économique, social, culturel ou habitant).",
            "Checks that the signatories include at least one `collège: collectivité` and at least one civil-society organisation (association, économique, social, culturel or habitant)."),
        rationale: text(
            "Le pacte lie une collectivité et sa société civile. Sans l’une ou l’autre, il n’y a pas de coopération à organiser, seulement un programme ou une pétition.",
            "The pacte binds a local government and its civil society. Without one or the other, there is no cooperation to organise, only a programme or a petition."),
        failing: """
            pacte "Pacte de Kervenn" { territoire: "Kervenn"; échelon: commune; forme: commission-extra-municipale; période: 2026..2030 }
            signataire mairie "Mairie de Kervenn" { collège: collectivité }
            """,
        fixed: """
            pacte "Pacte de Kervenn" { territoire: "Kervenn"; échelon: commune; forme: commission-extra-municipale; période: 2026..2030 }
            signataire mairie "Mairie de Kervenn" { collège: collectivité }
            signataire velo "Association Vélo Kervenn" { collège: association }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let signatories = context.pacte.signatories
        // A signatory whose `collège` is missing or wrong is already reported (P0205, P0207).
        guard !context.isPartial, !signatories.contains(where: { $0.college.value == nil }) else { return [] }
        let span = context.pacte.site?.head ?? Span(start: 0, length: 0)
        var found: [Diagnostic] = []
        if !signatories.contains(where: { $0.college.value == .collectivité }) {
            found.append(diagnostic(
                at: span,
                text("aucun signataire ne représente la collectivité", "no signatory represents the local government"),
                label: text("il manque un signataire `collège: collectivité`", "a `collège: collectivité` signatory is missing"),
                help: text("déclarez la collectivité : `signataire mairie \"Commune de …\" { collège: collectivité }`",
                           "declare the local government: `signataire mairie \"Commune de …\" { collège: collectivité }`")))
        }
        if !signatories.contains(where: { $0.college.value?.isCivilSociety == true }) {
            found.append(diagnostic(
                at: span,
                text("aucun signataire ne représente la société civile", "no signatory represents civil society"),
                label: text("il manque une association, un acteur économique, social ou culturel, ou des habitants",
                            "an association, an economic, social or cultural actor, or inhabitants are missing"),
                help: text("déclarez au moins un signataire de `collège: association`, `économique`, `social`, `culturel` ou `habitant`",
                           "declare at least one signatory of `collège: association`, `économique`, `social`, `culturel` or `habitant`")))
        }
        return found
    }
}
