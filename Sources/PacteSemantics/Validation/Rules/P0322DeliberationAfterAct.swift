import PacteCore
import PacteSyntax
import PacteSchema

/// P0322 — a `délibération` dated after the act's `date`: the signature
/// would come before the decision that authorises it. Dates at different
/// precisions compare only when one surely follows the other: a
/// deliberation of `2026-03` is not after an act of 2026-03-14.
struct P0322DeliberationAfterAct: ValidationRule {
    static let explanation = Explanation(
        code: .deliberationAfterAct,
        title: text("délibération postérieure à la signature", "deliberation after the signing"),
        checks: text(
            "Signale une `délibération` dont la `date` tombe après la `date` de l’`acte`. Une date moins précise (`2026-03`) n’est comparée que si elle tombe sûrement après.",
            "Reports a `délibération` whose `date` falls after the `acte`’s `date`. A less precise date (`2026-03`) is compared only when it surely falls after."),
        rationale: text(
            "Le représentant d’une structure ne peut signer qu’une fois autorisé : signé avant la délibération, le pacte serait signé sans pouvoir, et l’acte pourrait être annulé. Le plus souvent, c’est une faute de frappe dans l’une des deux dates.",
            "A structure’s representative may sign only once authorised: signed before the deliberation, the pacte would be signed without authority, and the act could be annulled. Most often, one of the two dates has a typo."),
        failing: """
            acte { lieu: "Kerlann"; date: 2026-06-13 }
            signataire mairie "Commune de Kerlann" {
              collège: collectivité
              délibération "2026-014" { date: 2026-06-28 }
            }
            """,
        fixed: """
            acte { lieu: "Kerlann"; date: 2026-06-13 }
            signataire mairie "Commune de Kerlann" {
              collège: collectivité
              délibération "2026-014" { date: 2026-05-28 }
            }
            """)

    func check(_ context: ValidationContext) -> [Diagnostic] {
        let pacte = context.pacte
        guard let act = pacte.act, let signing = act.date.value, let signingSpan = act.date.span else { return [] }
        var found: [Diagnostic] = []
        for signatory in pacte.signatories {
            for deliberation in signatory.deliberations {
                guard let date = deliberation.date.value, let span = deliberation.date.span,
                      date.firstDay > signing.lastDay else { continue }
                let number = deliberation.number.map { " n° \($0)" } ?? ""
                let numberEn = deliberation.number.map { " no. \($0)" } ?? ""
                found.append(diagnostic(
                    at: span,
                    text("la délibération\(number) est datée du \(date.spelled(.fr)), après la signature du \(signing.spelled(.fr))",
                         "deliberation\(numberEn) is dated \(date.spelled(.en)), after the signing on \(signing.spelled(.en))"),
                    label: text("la signature doit suivre la délibération qui l’autorise", "the signing must follow the deliberation that authorises it"),
                    notes: [DiagnosticNote(text("date de la signature", "date of signing"), at: signingSpan)],
                    help: text("vérifiez les deux dates : la délibération précède la signature, ou la `date` de l’`acte` est à reporter",
                               "check both dates: the deliberation comes before the signing, or the `acte`’s `date` is to be postponed")))
            }
        }
        return found
    }
}
