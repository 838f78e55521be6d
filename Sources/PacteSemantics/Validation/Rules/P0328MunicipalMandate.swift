import PacteCore
import PacteSyntax
import PacteSchema

/// P0328 — a commission under L2143-2 is composed for the municipal
/// mandate in course at most, yet the pacte's période runs past the next
/// general municipal elections after its adoption. A warning: the pacte
/// may well run longer, but the commission must then be composed anew by
/// the next council. The term and the election dates come from ``FormLaw``
/// and ``MunicipalElections``.
struct P0328MunicipalMandate: ValidationRule {
    static let explanation = Explanation(
        code: .municipalMandate,
        title: text("commission au-delà du mandat municipal en cours", "commission beyond the municipal mandate in course"),
        checks: text(
            "Dans un pacte de `forme: commission-extra-municipale` qui donne sa date d’`adoption`, signale une `période` qui va au-delà des prochaines élections municipales générales : la composition d’un comité consultatif est fixée pour une durée qui ne peut excéder celle du mandat municipal en cours (\(FormLaw.source(of: .commissionExtraMunicipale, .fr))). Les dates des élections viennent de l’\(MunicipalElections.source.fr). C’est un avertissement.",
            "In a pacte with `forme: commission-extra-municipale` that gives its `adoption` date, reports a `période` that runs past the next general municipal elections: the composition of a consultative committee is fixed for a term that cannot exceed the municipal mandate in course (\(FormLaw.source(of: .commissionExtraMunicipale, .en))). The election dates come from \(MunicipalElections.source.en). It is a warning."),
        rationale: text(
            "Le pacte peut courir plus longtemps que le mandat, mais pas la commission telle qu’elle est composée : le conseil élu ensuite devra délibérer à nouveau sur sa composition. Le savoir dès la signature évite qu’une commission siège sans base après les élections.",
            "The pacte may run longer than the mandate, but not the commission as composed: the council elected next must decide its composition anew. Knowing it when signing keeps a commission from sitting without a basis after the elections."),
        failing: """
            pacte "Pacte de Kerlann" {
              territoire: "Commune de Kerlann"
              échelon: commune
              forme: commission-extra-municipale
              période: 2026..2034
              adoption: 2026-06-13
            }
            espace commission "Commission des transitions" { membres: [] }
            """,
        fixed: """
            pacte "Pacte de Kerlann" {
              territoire: "Commune de Kerlann"
              échelon: commune
              forme: commission-extra-municipale
              période: 2026..2031
              adoption: 2026-06-13
            }
            espace commission "Commission des transitions" { membres: [] }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let form = pacte.form.value, FormLaw.of(form).term == .currentMunicipalMandate,
              let adoption = pacte.adoption.value, let period = pacte.period.value, let span = pacte.period.span,
              pacte.spaces.contains(where: { $0.effectiveType == .transitions }) else { return [] }
        let elections = MunicipalElections.nextAfter(adoption)
        // A période ending in the election year itself runs past March.
        guard period.upperBound >= elections.year else { return [] }
        let citation = FormLaw.of(form).citation(.fr) ?? "", citationEn = FormLaw.of(form).citation(.en) ?? ""
        return [diagnostic(
            at: span,
            text("la période va jusqu’en \(period.upperBound), au-delà des élections municipales de mars \(elections.year)",
                 "the période runs to \(period.upperBound), past the municipal elections of March \(elections.year)"),
            label: text("la commission est composée pour le mandat en cours au plus (\(citation))",
                        "the commission is composed for the mandate in course at most (\(citationEn))"),
            notes: pacte.adoption.span.map { [DiagnosticNote(text("pacte adopté ici, pendant le mandat qui s’achève en mars \(elections.year)", "pacte adopted here, in the mandate ending in March \(elections.year)"), at: $0)] } ?? [],
            help: text("prévoyez dans le pacte que le conseil municipal élu en mars \(elections.year) délibère à nouveau sur la composition de la commission, ou arrêtez la période en \(elections.year - 1) ; `dérogation P0328 \"raison\"` le dit dans le document",
                       "provide in the pacte that the municipal council elected in March \(elections.year) decides the commission’s composition anew, or end the période in \(elections.year - 1); `dérogation P0328 \"reason\"` says so in the document"))]
    }
}
