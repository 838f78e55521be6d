import PacteCore
import PacteSyntax
import PacteSchema

/// P0307 — an action's calendar starts before, or ends after, the pacte's
/// `période`. A year as the end of a range lasts to 31 December, a month
/// to its last day.
struct P0307CalendarOutsidePeriod: ValidationRule {
    static let explanation = Explanation(
        code: .calendarOutsidePeriod,
        title: text("calendrier hors de la période du pacte", "calendar outside the pacte’s period"),
        checks: text(
            "Compare le `calendrier` de chaque action à la `période` du pacte. Une année en fin de période court jusqu’au 31 décembre, un mois jusqu’à son dernier jour.",
            "Compares each action’s `calendrier` with the pacte’s `période`. A year at the end of a range runs to 31 December, a month to its last day."),
        rationale: text(
            "Le pacte engage ses signataires pour une période donnée. Une action qui déborde engage au-delà de ce qui est signé : c’est souvent une faute de frappe, parfois un engagement à renégocier.",
            "The pacte commits its signatories for a given period. An action that runs past it commits beyond what is signed: often a typo, sometimes a commitment to renegotiate."),
        failing: """
            pacte "Pacte de Kervenn" { territoire: "Kervenn"; échelon: commune; forme: commission-extra-municipale; période: 2026..2030 }
            action jardins "Jardins partagés" { objectif: nature; calendrier: 2029..2032 }
            """,
        fixed: """
            pacte "Pacte de Kervenn" { territoire: "Kervenn"; échelon: commune; forme: commission-extra-municipale; période: 2026..2030 }
            action jardins "Jardins partagés" { objectif: nature; calendrier: 2029..2030 }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        guard let period = context.pacte.period.value, let periodSpan = context.pacte.period.span else { return [] }
        let first = CalendarDate(year: period.lowerBound, month: 1, day: 1)
        let last = CalendarDate(year: period.upperBound, month: 12, day: 31)
        let actions = context.pacte.actions
        return actions.indices.compactMap { index in
            guard let calendar = actions[index].calendar.value, let span = actions[index].calendar.span else { return nil }
            let startsEarly = calendar.lowerBound.firstDay < first
            let endsLate = calendar.upperBound.lastDay > last
            guard startsEarly || endsLate else { return nil }
            let action = actions[index]
            let side = startsEarly
                ? text("commence avant", "starts before") : text("finit après", "ends after")
            return diagnostic(
                at: span,
                text("le calendrier de `\(action.id)` \(side.fr) la période du pacte (\(period.lowerBound)..\(period.upperBound))",
                     "the calendar of `\(action.id)` \(side.en) the pacte’s period (\(period.lowerBound)..\(period.upperBound))"),
                label: text("hors de \(period.lowerBound)..\(period.upperBound)", "outside \(period.lowerBound)..\(period.upperBound)"),
                notes: [DiagnosticNote(text("la période du pacte est fixée ici", "the pacte’s period is set here"), at: periodSpan)],
                help: text("ramenez le calendrier dans la période, ou allongez la `période` du pacte",
                           "bring the calendar within the period, or extend the pacte’s `période`"))
        }
    }
}
